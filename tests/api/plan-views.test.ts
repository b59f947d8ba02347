import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { profileOf } from '../../import/bulk/plan-files';
import { loadBundle } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { startApi, type ApiServer } from './api-server';
import { parseCsv } from '../fixtures/csv';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';

/**
 * The views' queries and exports at a chosen plan or region, on the bundled plan beside the
 * invented city 栖云市 (both editions) and its counties 青禾县 and 梧岭县, read from their texts.
 * Expectations come from the graph and the vocabulary, never from lists of project names.
 */

jest.setTimeout(600_000);

const database = testDatabase();
let driver: Driver;
let api: ApiServer;

const BUNDLED = path.join(projectRoot(), 'data', 'jingdezhen-gazette-2026-05.txt');
const fixture = (name: string) => path.join(projectRoot(), 'tests', 'fixtures', 'plans', name, 'plan.txt');
const FILES = {
  bundled: BUNDLED,
  city: fixture('city-a-15'),
  county1: fixture('county-a1-15'),
  county2: fixture('county-a2-15'),
  earlier: fixture('city-a-14'),
};
type Name = keyof typeof FILES;
const plans = {} as Record<Name, string>;
const regions = {} as Record<Name, string>;

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

interface Group {
  key: string;
  districts: string[];
  facilityKind: { id: string; zh: string; en: string } | null;
  projects: { id: string; name: string; plan: string; kind: string | null }[];
}

interface Page<T> {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  groups: T[];
}

/** Every SAME_KIND_ACROSS_DISTRICTS group of a scope, walked page by page. */
async function kindGroups(scope: { plan?: string; region?: string }): Promise<Group[]> {
  const groups: Group[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: { data: { overlapPage: Page<Group> }; errors?: unknown } = await api.gql(
      `query ($plan: ID, $region: ID, $after: String) {
        overlapPage(kind: SAME_KIND_ACROSS_DISTRICTS, plan: $plan, region: $region, first: 5, after: $after) {
          totalCount hasNextPage endCursor
          groups { key districts facilityKind { id zh en } projects { id name plan kind } } } }`,
      { ...scope, after },
    );
    expect(errors).toBeUndefined();
    groups.push(...data.overlapPage.groups);
    if (!data.overlapPage.hasNextPage) {
      expect(groups).toHaveLength(data.overlapPage.totalCount);
      return groups;
    }
    after = data.overlapPage.endCursor;
  }
}

/** The names of the regions directly within a region. */
async function regionsBelow(id: string): Promise<Set<string>> {
  const rows = await query('MATCH (r:Region)-[:WITHIN]->(:Region {id: $id}) RETURN r.name AS name', { id });
  return new Set(rows.map((r) => r.name as string));
}

async function csvOf(params: Record<string, string>) {
  const res = await fetch(`${api.url}/export/projects.csv?${new URLSearchParams(params).toString()}`);
  expect(res.status).toBe(200);
  const [, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  return { total: Number(res.headers.get('x-total-count')), ids: rows.map((r) => r[0]) };
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  for (const [name, file] of Object.entries(FILES) as [Name, string][]) {
    const summary = await loadBundle(driver, buildBundle(file, { profile: profileOf(file, undefined) }), { database });
    plans[name] = summary.plan;
    const [row] = await query('MATCH (:Plan {id: $plan})-[:COVERS]->(r:Region) RETURN r.id AS id', {
      plan: summary.plan,
    });
    regions[name] = row.id as string;
  }
  api = await startApi({ driver, database });
});

afterAll(async () => {
  await api?.close();
  await resetGraph(driver);
  await driver?.close();
});

describe('the CSV export at a chosen plan or region', () => {
  it('holds exactly the projects of the chosen plan', async () => {
    const stored = await query('MATCH (p:Project {plan: $plan}) RETURN p.id AS id', { plan: plans.county1 });
    const { total, ids } = await csvOf({ plan: plans.county1 });
    expect(total).toBe(stored.length);
    expect(new Set(ids)).toEqual(new Set(stored.map((r) => r.id)));
  });

  it('holds the projects of every plan for the region, and none of another city’s plan', async () => {
    const [{ n }] = await query(
      `MATCH (pl:Plan)-[:COVERS]->(:Region)-[:WITHIN*0..3]->(:Region {id: $region})
       MATCH (p:Project {plan: pl.id}) RETURN count(p) AS n`,
      { region: regions.city },
    );
    const { total, ids } = await csvOf({ region: regions.city });
    expect(total).toBe(n.toNumber());
    expect(ids.some((id) => id.startsWith(plans.bundled))).toBe(false);
    for (const name of ['city', 'county1', 'county2', 'earlier'] as const)
      expect([name, ids.some((id) => id.startsWith(plans[name]))]).toEqual([name, true]);
  });

  it('agrees with the projects query for the same filter and scope', async () => {
    const { data } = await api.gql(
      `query ($plan: ID) { industries { code projectCount } projects(filter: { plan: $plan }, first: 1) { totalCount } }`,
      { plan: plans.city },
    );
    const industry = (data.industries as { code: string; projectCount: number }[]).find((i) => i.projectCount > 0)!;
    const scoped = await api.gql(
      `query ($plan: ID, $industry: String) { projects(filter: { plan: $plan, industry: $industry }) { totalCount } }`,
      { plan: plans.city, industry: industry.code },
    );
    const { total } = await csvOf({ plan: plans.city, industry: industry.code });
    expect(total).toBe(scoped.data.projects.totalCount);
  });
});

describe('the same kind of facility at each region level', () => {
  it('stores the vocabulary’s kind and names: a training base or a school IT upgrade is no school', async () => {
    const rows = await query(
      `MATCH (p:Project) WHERE p.name ENDS WITH '实训基地' OR p.name CONTAINS '学校信息化'
       RETURN p.name AS name, p.kind AS kind, p.kindZh AS zh`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect([row.name, row.kind]).not.toEqual([row.name, 'school']);
    const schools = await query(`MATCH (p:Project {kind: 'school'}) RETURN DISTINCT p.kindZh AS zh, p.kindEn AS en`);
    expect(schools).toEqual([{ zh: '学校', en: 'School' }]);
  });

  it('compares the counties of a city, a county plan’s projects lying in its county', async () => {
    const groups = await kindGroups({ region: regions.city });
    expect(groups.length).toBeGreaterThan(0);
    const below = await regionsBelow(regions.city);
    for (const group of groups) {
      expect(group.districts.length).toBeGreaterThanOrEqual(2);
      for (const d of group.districts) expect([group.key, d, below.has(d)]).toEqual([group.key, d, true]);
      expect(group.facilityKind?.id).toBe(group.key);
      for (const p of group.projects) expect([p.name, p.kind]).toEqual([p.name, group.key]);
    }
    // Both counties plan a school (by their own plans' projects, which state no town).
    const counties = await query(
      'MATCH (:Plan {id: $a})-[:COVERS]->(a), (:Plan {id: $b})-[:COVERS]->(b) RETURN a.name AS a, b.name AS b',
      {
        a: plans.county1,
        b: plans.county2,
      },
    );
    const schools = groups.find((g) => g.key === 'school');
    expect(schools?.facilityKind).toEqual({ id: 'school', zh: '学校', en: 'School' });
    expect(schools?.districts).toEqual(expect.arrayContaining([counties[0].a, counties[0].b]));
    expect(schools?.projects.some((p) => p.plan === plans.county1)).toBe(true);
    expect(schools?.projects.some((p) => p.plan === plans.county2)).toBe(true);
  });

  it('compares the cities of a province: one city loaded there, so nothing overlaps', async () => {
    const [{ province }] = await query('MATCH (:Region {id: $city})-[:WITHIN]->(p:Region) RETURN p.id AS province', {
      city: regions.city,
    });
    expect(await kindGroups({ region: province as string })).toEqual([]);
  });

  it('compares the towns of a county at a county plan', async () => {
    const below = await regionsBelow(regions.county1);
    for (const group of await kindGroups({ plan: plans.county1 }))
      for (const d of group.districts) expect([group.key, d, below.has(d)]).toEqual([group.key, d, true]);
  });

  it('compares districts and counties across cities with no scope', async () => {
    const groups = await kindGroups({});
    const schools = groups.find((g) => g.key === 'school')!;
    const plansOf = new Set(schools.projects.map((p) => p.plan));
    expect(plansOf.has(plans.bundled)).toBe(true);
    expect(plansOf.has(plans.county1)).toBe(true);
    for (const p of schools.projects) expect(p.name.endsWith('实训基地') || p.name.includes('信息化')).toBe(false);
  });
});

describe('the matrix and the groups of the other views at a region', () => {
  it('counts only the projects of the plans for the region', async () => {
    const { data, errors } = await api.gql(
      `query ($region: ID) { districtIndustryMatrix(region: $region) { district count }
        districts(region: $region) { name } }`,
      { region: regions.county1 },
    );
    expect(errors).toBeUndefined();
    const towns = await regionsBelow(regions.county1);
    const cells = data.districtIndustryMatrix as { district: string | null; count: number }[];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) if (cell.district !== null) expect(towns.has(cell.district)).toBe(true);
    for (const d of data.districts as { name: string }[]) expect(towns.has(d.name)).toBe(true);
  });

  it('pages the several-plans groups of a city region without repeating one', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { data }: { data: { overlapPage: Page<{ key: string }> } } = await api.gql(
        `query ($region: ID, $after: String) { overlapPage(kind: SAME_PROJECT_IN_SEVERAL_PLANS, region: $region, first: 4, after: $after) {
            totalCount hasNextPage endCursor groups { key } } }`,
        { region: regions.city, after },
      );
      total = data.overlapPage.totalCount;
      keys.push(...data.overlapPage.groups.map((g) => g.key));
      after = data.overlapPage.hasNextPage ? data.overlapPage.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(4);
    expect(keys).toHaveLength(total);
  });
});
