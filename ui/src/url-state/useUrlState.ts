import { useCallback, useSyncExternalStore } from 'react';

/**
 * Every view keeps its state (filters, focus, layout, language, page) in the query string, so a
 * view can be bookmarked, shared and restored by reload or the back button.
 */
export type UrlState = Readonly<Record<string, string>>;
export type UrlPatch = Record<string, string | number | null | undefined>;

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

let cachedSearch: string | undefined;
let cachedState: UrlState = {};

export function parseSearch(search: string): UrlState {
  if (search === cachedSearch) return cachedState;
  const state: Record<string, string> = {};
  new URLSearchParams(search).forEach((value, key) => {
    if (value !== '') state[key] = value;
  });
  cachedSearch = search;
  cachedState = state;
  return state;
}

/** Applies a patch; empty values remove their key so URLs stay short. Keys keep a stable order. */
export function applyPatch(state: UrlState, patch: UrlPatch): string {
  const next: Record<string, string> = { ...state };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') delete next[key];
    else next[key] = String(value);
  }
  const params = new URLSearchParams();
  for (const key of Object.keys(next).sort()) params.set(key, next[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
  const base = options.reset ? {} : parseSearch(window.location.search);
  return `${window.location.pathname}${applyPatch(base, patch) || '?'}`;
}
