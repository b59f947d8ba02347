import { useEffect, useState } from 'react';
import { firstPicturePending, firstPictureSettled } from './firstPicture';

/**
 * Whether the page's first picture is drawn or will not be. Parts of the first screen that the
 * picture does not need (the plan's subtitle, the plan switcher, the service check) wait for it, so
 * that React's first render and the requests it sends do not hold up the first nodes.
 */
export function useFirstPictureSettled(): boolean {
  const [settled, setSettled] = useState(() => !firstPicturePending());
  useEffect(() => {
    if (settled) return;
    let live = true;
    void firstPictureSettled().then(() => live && setSettled(true));
    return () => {
      live = false;
    };
  }, [settled]);
  return settled;
}
