import type { Bundle } from '../bundle/schema';
import { resolveRegionPath, type Region, type RegionLevel } from '../resolve/regions';
import { planIdOf, planRegions, type PlanIdentity } from './plan-identity';

/**
 * Where one plan's nodes go in a graph of many plans. Bundle ids are local to their plan
 * (`project:…`, `box:5`); the graph's ids are prefixed with the plan's id, or for units with the
 * id of the plan's region, so two plans never share a project and two editions of one city's plan
 * share its units.
 */
export interface PlanScope {
  planId: string;
  plan: PlanIdentity;
  /** The plan's own region and those above it, from the province down. */
  regions: Region[];
  /** The region of a district the plan names, below the plan's own region. */
  district(name: string): Region;
  /** The graph id of a plan-local id. */
  id(localId: string): string;
  box(number: number): string;
}

const UNIT_PREFIX = 'unit:';

/** The region level one below a plan's own, where the districts it names lie. */
const DISTRICT_LEVEL: Record<PlanIdentity['level'], RegionLevel> = { province: 'city', city: 'county', county: 'town' };

export function planScope(bundle: Bundle): PlanScope {
  const { plan } = bundle;
  const planId = planIdOf(plan);
  const regions = planRegions(plan);
  const own = regions.at(-1)!;
  const names = regions.map((r) => r.name);
  const levels = regions.map((r) => r.level);
  const districts = new Map<string, Region>();
  // A county plan may name its neighbours, the other counties of its city.
  const siblings = plan.level === 'county' ? resolveRegionPath(names.slice(0, -1), levels.slice(0, -1)) : null;
  const id = (localId: string) => (localId.startsWith(UNIT_PREFIX) ? `${own.id}/${localId}` : `${planId}/${localId}`);
  return {
    planId,
    plan,
    regions,
    id,
    box: (number) => id(`box:${number}`),
    district(name) {
      let region = districts.get(name);
      if (!region) {
        const sibling =
          siblings &&
          resolveRegionPath([...siblings.map((r) => r.name), name], [...siblings.map((r) => r.level), 'county']).at(
            -1,
          )!;
        region = sibling?.code
          ? sibling
          : resolveRegionPath([...names, name], [...levels, DISTRICT_LEVEL[plan.level]]).at(-1)!;
        districts.set(name, region);
      }
      return region;
    },
  };
}

/** Fields of the bundle that hold ids; every string in them is scoped. */
const ID_FIELDS = new Set([
  'id',
  'parentId',
  'chapterId',
  'document',
  'subjectId',
  'unitId',
  'governmentId',
  'projectIds',
  'orgs',
]);

/** The bundle with every id scoped to the plan: a copy, the input is not changed. */
export function scopeBundle(bundle: Bundle, scope: PlanScope): Bundle {
  const walk = (value: unknown, scoped: boolean): unknown => {
    if (typeof value === 'string') return scoped ? scope.id(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, scoped));
    if (value !== null && typeof value === 'object') {
      // Every field of every node of a plan passes here: built in place, not through entry arrays.
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value))
        out[key] = walk((value as Record<string, unknown>)[key], ID_FIELDS.has(key));
      return out;
    }
    return value;
  };
  const { source, ...rest } = bundle;
  return { ...(walk(rest, false) as Omit<Bundle, 'source'>), source };
}
