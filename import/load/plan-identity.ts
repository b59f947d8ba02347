import type { PlanIdentity } from '../bundle/schema';
import { resolveRegionPath, type Region, type RegionLevel } from '../resolve/regions';

export type { PlanIdentity };

/** The regions a plan is for, from its province down to its own region. */
export function planRegions(plan: PlanIdentity): Region[] {
  const path: [string | null, RegionLevel][] = [
    [plan.province, 'province'],
    [plan.level === 'province' ? null : plan.level === 'city' ? plan.region : (plan.parentCity ?? plan.city), 'city'],
    [plan.level === 'county' ? plan.region : null, 'county'],
  ];
  if (plan.level === 'province') path[0] = [plan.region, 'province'];
  // A level the plan does not name is left out; keys stay path-based and distinct below it.
  const named = path.filter((entry): entry is [string, RegionLevel] => !!entry[0]);
  return resolveRegionPath(
    named.map(([name]) => name),
    named.map(([, level]) => level),
  );
}

/**
 * A plan's id: its region path, level and edition. Importing another text of the same region,
 * level and edition replaces it; anything else is another plan.
 */
export function planIdOf(plan: PlanIdentity): string {
  const region = planRegions(plan).at(-1)!;
  return `plan:${region.path}:${plan.level}:${plan.edition ?? 'plan'}`;
}

const DIGITS = '一二三四五六七八九';

/** 十四五 → 14, 十五五 → 15: the order of editions. Null for an edition not written that way. */
export function editionNumber(edition: string | null): number | null {
  const m = edition?.match(/^(十)?([一二三四五六七八九])?五$/);
  if (!m || (!m[1] && !m[2])) return null;
  return (m[1] ? 10 : 0) + (m[2] ? DIGITS.indexOf(m[2]) + 1 : 0);
}
