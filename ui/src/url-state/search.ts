/**
 * Every view keeps its state (filters, focus, layout, language, page) in the query string, so a
 * view can be bookmarked, shared and restored by reload or the back button. Parsing and patching
 * it needs no React: the page's boot script (boot.ts) reads it before React has loaded.
 */
export type UrlState = Readonly<Record<string, string>>;
export type UrlPatch = Record<string, string | number | null | undefined>;

let cachedSearch: string | undefined;
let cachedState: UrlState = {};

/** The query string's non-empty values by key (the last parse is kept: views parse the same string often). */
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
