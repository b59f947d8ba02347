import { act, render, screen } from '@testing-library/react';
import { expectFirstPicture } from './firstPicture';
import { useFirstPictureSettled } from './useFirstPictureSettled';

function Probe() {
  return <span>{useFirstPictureSettled() ? 'settled' : 'waiting'}</span>;
}

describe('useFirstPictureSettled', () => {
  it('is settled at once when no first picture is expected', () => {
    render(<Probe />);
    expect(screen.getByText('settled')).toBeTruthy();
  });

  it('waits while the first picture is expected, and settles once it is drawn or given up', async () => {
    let answer: (response: Response) => void = () => undefined;
    expectFirstPicture(new Promise<Response>((resolve) => (answer = resolve)), {
      search: '',
      by: 'industry',
      lang: 'zh',
    });
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeTruthy();
    // An answer without data: the picture is given up, and what waited for it goes on.
    act(() => answer({ ok: false } as Response));
    expect(await screen.findByText('settled')).toBeTruthy();
  });
});
