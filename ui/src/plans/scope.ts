import type { UrlPatch, UrlState } from '../url-state/useUrlState';

/** The plan and region the switcher chose, as the API's `plan` and `region` arguments take them. */
export interface Scope {
  plan: string | null;
  region: string | null;
}

/** The scope in the URL: `plan` and `region`, each null when not chosen. */
export function scopeOf(state: UrlState): Scope {
  return { plan: state.plan ?? null, region: state.region ?? null };
}

/**
 * URL keys whose values belong to the plans in scope — a district, box, chapter, unit or place,
 * a focused node, an overlap group, a page trail — and lose their meaning when the scope
 * changes. Industry, search text, the overlap kind, layout, sort and language stay.
 */
export const SCOPED_KEYS = [
  'district',
  'box',
  'chapter',
  'unit',
  'place',
  'focus',
  'expand',
  'group',
  'trail',
  'page',
] as const;

/** The URL patch of a change of scope: the new plan and region, the scoped keys cleared. */
export function scopePatch(scope: Scope): UrlPatch {
  return { ...Object.fromEntries(SCOPED_KEYS.map((key) => [key, null])), ...scope };
}
