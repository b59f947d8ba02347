import type { Driver } from 'neo4j-driver';
import { loadBundle, planIdOf } from '../../import/load';
import { gid, miniBundle, miniBundleAs, OTHER_CITY } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, countingDriver, startApi } from './api-server';

/**
 * The catalog's industries and boxes within a plan or region, as the other views are: two cities
 * with the same projects are loaded, so every count of one city is half of both. Indicators are
 * read only when a query asks for them.
 */

jest.setTimeout(120_000);

const database = testDatabase();
const bundle = miniBundle();
const city = planIdOf(bundle.plan);
/** The region of the mini plan's city (景德镇市). */
const CITY_REGION = 'region:3602';
let driver: Driver;
let api: ApiServer;
let statements: string[];

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, bundle, { database });
  await loadBundle(driver, miniBundleAs(OTHER_CITY, 'b'), { database });
  const counted = countingDriver(driver);
  statements = counted.statements;
  api = await startApi({ driver: counted.driver, database });
});

afterAll(async () => {
  await api?.close();
  await resetGraph(driver);
  await driver?.close();
});

/** Runs a query and returns its data and the statements it ran. */
async function ask(query: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const { data, errors } = await api.gql(query, variables);
  expect(errors).toBeUndefined();
  return { data, ran: [...statements] };
}

/** Projects of the mini plan per industry code, from the bundle itself. */
function expectedIndustryCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const project of bundle.projects)
    for (const code of new Set(project.industries.map((i) => i.code))) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

const countsOf = (rows: { code: string; projectCount: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.projectCount > 0).map((r) => [r.code, r.projectCount]));

describe('industries', () => {
  const QUERY = `query($plan: ID, $region: ID) { industries(plan: $plan, region: $region) { code projectCount } }`;

  it.each([
    ['a plan', { plan: city }],
    ['a region', { region: CITY_REGION }],
  ])('at %s count only the projects of its plans', async (_scope, scope) => {
    const expected = expectedIndustryCounts();
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    const { data } = await ask(QUERY, scope);
    expect(countsOf(data.industries)).toEqual(expected);
  });

  it('count every plan’s projects without a scope, and none in a region without plans', async () => {
    const both = Object.fromEntries(Object.entries(expectedIndustryCounts()).map(([code, n]) => [code, 2 * n]));
    expect(countsOf((await ask(QUERY)).data.industries)).toEqual(both);
    const nowhere = (await ask(QUERY, { region: 'region:nowhere' })).data.industries;
    expect(nowhere.length).toBeGreaterThan(0);
    expect(countsOf(nowhere)).toEqual({});
  });

  it('read no indicators unless asked, then all industries’ in one statement, of the plans in scope', async () => {
    const without = await ask(QUERY, { plan: city });
    expect(without.ran).toHaveLength(1);
    expect(without.ran[0]).not.toMatch(/Indicator/);

    const asked = await ask(
      `query($plan: ID) { industries(plan: $plan) { code projectCount indicators { id number } } }`,
      { plan: city },
    );
    expect(asked.ran).toHaveLength(2);
    expect(asked.ran.filter((s) => /Indicator/.test(s))).toHaveLength(1);
    const indicators = asked.data.industries.flatMap((i: { indicators: { id: string }[] }) => i.indicators);
    expect(indicators).toHaveLength(bundle.indicators.length);
    for (const indicator of indicators) expect(indicator.id.startsWith(city)).toBe(true);

    const everyPlan = await ask(`{ industries { indicators { id } } }`);
    expect(everyPlan.data.industries.flatMap((i: { indicators: unknown[] }) => i.indicators)).toHaveLength(
      2 * bundle.indicators.length,
    );
  });
});

describe('boxes', () => {
  const QUERY = `query($plan: ID, $region: ID) { boxes(plan: $plan, region: $region) { number projectCount } }`;
  const expected = () =>
    bundle.boxes
      .map((b) => ({
        number: b.number,
        projectCount: bundle.projects.filter((p) => p.boxes.includes(b.number)).length,
      }))
      .sort((a, b) => a.number - b.number);

  it.each([
    ['a plan', { plan: city }],
    ['a region', { region: CITY_REGION }],
  ])('at %s are the boxes of its plans with their projects', async (_scope, scope) => {
    expect((await ask(QUERY, scope)).data.boxes).toEqual(expected());
  });

  it('are every plan’s without a scope', async () => {
    const { boxes } = (await ask(QUERY)).data;
    expect(boxes).toEqual(expected().flatMap((b) => [b, b]));
  });
});

describe('chapters', () => {
  const QUERY = `query($plan: ID, $region: ID) { chapters(plan: $plan, region: $region) { id projectCount } }`;

  it.each([
    ['a plan', { plan: city }],
    ['a region', { region: CITY_REGION }],
  ])('at %s are the chapters of its plans, counting its projects', async (_scope, scope) => {
    const { data, ran } = await ask(QUERY, scope);
    expect(data.chapters.map((c: { id: string }) => c.id).sort()).toEqual(bundle.chapters.map((c) => gid(c.id)).sort());
    const all = (await ask(QUERY)).data.chapters as { id: string; projectCount: number }[];
    // The other city's copy of each chapter counts its own projects only: the same numbers.
    for (const chapter of data.chapters as { id: string; projectCount: number }[])
      expect(all.find((c) => c.id === chapter.id)?.projectCount).toBe(chapter.projectCount);
    expect(ran).toHaveLength(1);
  });

  it('are every plan’s without a scope, plan by plan, and none in a region without plans', async () => {
    const { chapters } = (await ask(QUERY)).data;
    expect(chapters).toHaveLength(2 * bundle.chapters.length);
    const plans = chapters.map((c: { id: string }) => (c.id.startsWith(city) ? 'a' : 'b'));
    expect(plans.indexOf('a') < plans.indexOf('b') ? plans.lastIndexOf('a') : plans.lastIndexOf('b')).toBe(
      bundle.chapters.length - 1,
    );
    expect((await ask(QUERY, { region: 'region:nowhere' })).data.chapters).toEqual([]);
  });
});

describe('units', () => {
  const QUERY = `query($plan: ID, $region: ID) { units(plan: $plan, region: $region, first: 500) { id } }`;
  const ids = (rows: { id: string }[]) => rows.map((u) => u.id).sort();

  it.each([
    ['a plan', { plan: city }],
    ['a region', { region: CITY_REGION }],
  ])('at %s are the units its plans name', async (_scope, scope) => {
    expect(ids((await ask(QUERY, scope)).data.units)).toEqual(bundle.units.map((u) => gid(u.id)).sort());
  });

  it('are every plan’s without a scope, and none in a region without plans', async () => {
    const all = ids((await ask(QUERY)).data.units);
    expect(all).toEqual(expect.arrayContaining(bundle.units.map((u) => gid(u.id))));
    expect(all.length).toBeGreaterThan(bundle.units.length);
    expect((await ask(QUERY, { region: 'region:nowhere' })).data.units).toEqual([]);
  });
});
