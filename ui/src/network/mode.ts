import type { OverlapKind } from '../gql/graphql';
import { isOverlapKind } from '../overlaps/kinds';
import type { UrlState } from '../url-state/useUrlState';

/** The URL keys of the network's facets. */
export const FACET_KEYS = ['industry', 'district', 'box', 'chapter', 'unit'] as const;

/** `group` in the URL names an overlap group as KIND~key. */
export function parseGroup(value: string | undefined): { kind: OverlapKind; key: string } | undefined {
  if (!value) return undefined;
  const at = value.indexOf('~');
  const kind = value.slice(0, at);
  if (at < 0 || !isOverlapKind(kind)) return undefined;
  return { kind, key: value.slice(at + 1) };
}

/** A comma-separated URL value as a list. */
export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** What the network draws for a URL: an overlap group, the projects (overview), or the summary. */
export interface NetworkMode {
  group: { kind: OverlapKind; key: string } | undefined;
  /** Projects themselves: a facet, a search, a place or "show every project" is chosen. */
  showOverview: boolean;
  /** The summary of groups: nothing above is chosen and no node is expanded. */
  summaryWanted: boolean;
}

/** The network's mode from the URL; the page's boot uses it to ask for the summary before React starts. */
export function networkMode(state: UrlState): NetworkMode {
  const group = parseGroup(state.group);
  const filtered = FACET_KEYS.some((key) => state[key]) || Boolean(state.q) || Boolean(state.place);
  const showOverview = !group && (filtered || Boolean(state.detail));
  const summaryWanted = !group && !showOverview && splitList(state.expand).length === 0;
  return { group, showOverview, summaryWanted };
}
