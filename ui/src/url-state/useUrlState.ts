import { useCallback, useSyncExternalStore } from 'react';
import { applyPatch, parseSearch, type UrlPatch, type UrlState } from './search';

// The views import the URL's state and its patching from here, with the hook.
export { applyPatch, parseSearch, type UrlPatch, type UrlState };

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getSearch = () => window.location.search;

export function navigate(patch: UrlPatch, options: { replace?: boolean; reset?: boolean } = {}): void {
  const base = options.reset ? {} : parseSearch(window.location.search);
  const search = applyPatch(base, patch);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((listener) => listener());
}

/** Returns the URL's state and a setter; the component re-renders whenever the URL changes. */
export function useUrlState(): [UrlState, typeof navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = parseSearch(search);
  const set = useCallback(navigate, []);
  return [state, set];
}

/** A URL for a state patch, for real links (open in new tab, copy link). */
export function hrefFor(patch: UrlPatch, options: { reset?: boolean } = {}): string {
  // Without a window (the first screen rendered at build time) the page is the default one.
  const { pathname, search } = typeof window === 'undefined' ? { pathname: '/', search: '' } : window.location;
  const base = options.reset ? {} : parseSearch(search);
  return `${pathname}${applyPatch(base, patch) || '?'}`;
}
