import { Random, hashSeed } from './random';
import { NAME_SPACE, namePermutation, placeName } from './names';

/**
 * The invented country of a corpus: provinces of cities of counties. Plans are numbered in the
 * order a national collection would hold them — each city's plan followed by the plans of its
 * counties — so that any N plans include whole cities with their counties.
 */

export const CITIES_PER_PROVINCE = 10;
export const COUNTIES_PER_CITY = 8;
const PLANS_PER_CITY = 1 + COUNTIES_PER_CITY;

/** Name slots: provinces, cities and counties draw from separate ranges of one permutation. */
const CITY_SLOTS = 100;
const COUNTY_SLOTS = CITY_SLOTS + 500;

export interface Region {
  level: 'city' | 'county';
  /** The region's full name (…市, …县). */
  name: string;
  /** The name without its administrative suffix, as the region calls itself (…市 → …). */
  short: string;
  province: string;
  /** The city a county belongs to (for a city: itself). */
  city: string;
  /** Index of the city among all cities; of the county among all counties. */
  index: number;
  /** The areas of the region's plan: a city's counties and districts, a county's towns. */
  areas: string[];
}

const COUNTY_SUFFIXES = ['县', '县', '县', '区', '市'];
const TOWN_SUFFIXES = ['镇', '镇', '镇', '乡', '街道'];

/** The corpus's geography; every name is a pure function of the seed and the region's position. */
export class Geography {
  private readonly pair: (slot: number) => number;

  constructor(readonly seed: number) {
    this.pair = namePermutation(hashSeed(seed, 'names'));
  }

  static maxRegions(): number {
    return Math.floor((NAME_SPACE - COUNTY_SLOTS) / COUNTIES_PER_CITY) * PLANS_PER_CITY;
  }

  province(p: number): string {
    return placeName(this.pair(p), '省');
  }

  city(c: number): Region {
    const name = placeName(this.pair(CITY_SLOTS + c), '市');
    return {
      level: 'city',
      name,
      short: name.slice(0, -1),
      province: this.province(Math.floor(c / CITIES_PER_PROVINCE)),
      city: name,
      index: c,
      areas: Array.from({ length: COUNTIES_PER_CITY }, (_, k) => this.countyName(c * COUNTIES_PER_CITY + k)),
    };
  }

  private countyName(k: number): string {
    const suffix = Random.of(this.seed, 'county-suffix', k).pick(COUNTY_SUFFIXES);
    return placeName(this.pair(COUNTY_SLOTS + k), suffix);
  }

  county(k: number): Region {
    const name = this.countyName(k);
    const city = this.city(Math.floor(k / COUNTIES_PER_CITY));
    const rng = Random.of(this.seed, 'towns', k);
    const towns = namePermutation(hashSeed(this.seed, 'town-names', k));
    const count = rng.int(6, 12);
    const areas = Array.from({ length: count }, (_, t) => placeName(towns(t), rng.pick(TOWN_SUFFIXES)));
    areas.push(`${name.slice(0, -1)}工业园区`);
    return {
      level: 'county',
      name,
      short: name.slice(0, -1),
      province: city.province,
      city: city.name,
      index: k,
      areas,
    };
  }

  /** The region whose plan comes at position `i` of the corpus. */
  region(i: number): Region {
    if (i >= Geography.maxRegions()) throw new Error(`at most ${Geography.maxRegions()} regions per corpus`);
    const c = Math.floor(i / PLANS_PER_CITY);
    const within = i % PLANS_PER_CITY;
    return within === 0 ? this.city(c) : this.county(c * COUNTIES_PER_CITY + within - 1);
  }

  /** Positions in the corpus of a city's counties (for a county: none). */
  countyPositions(region: Region): number[] {
    if (region.level !== 'city') return [];
    return Array.from({ length: COUNTIES_PER_CITY }, (_, k) => region.index * PLANS_PER_CITY + 1 + k);
  }
}
