import type { Driver } from 'neo4j-driver';
import { GRAPH_GENERATION } from '../../api/db/generation.cypher';
import { loadBundle, planIdOf, removePlan } from '../../import/load';
import { miniBundle, miniBundleAs, OTHER_CITY } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { planSteps } from '../fixtures/query-plan';
import { type ApiServer, startApi } from './api-server';

/** The summary's counts are kept across requests, and an import or a removal is seen by the next request. */

jest.setTimeout(180_000);

const database = testDatabase();
let driver: Driver;
let api: ApiServer;

const SUMMARY = `{
  industries { code projectCount }
  districts { name projectCount }
  boxes { number projectCount }
  districtIndustryMatrix { district industry count }
  regionSummary { regions { id projectCount } cells { region industry count } }
}`;

interface Summary {
  regionSummary: { regions: { projectCount: number }[] };
}

async function projects(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (p:Project) RETURN count(p) AS n', {}, { database });
  return Number(records[0].get('n'));
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, miniBundle(), { database });
  api = await startApi({ driver, database });
});

afterAll(async () => {
  await api?.close();
  await resetGraph(driver);
  await driver?.close();
});

test('a second plan imported, then removed, changes the next summary', async () => {
  const total = (summary: Summary) => summary.regionSummary.regions.reduce((sum, r) => sum + r.projectCount, 0);
  const one = await api.gql<Summary>(SUMMARY);
  expect(one.errors).toBeUndefined();
  expect(total(one.data)).toBe(await projects());
  expect(await api.gql<Summary>(SUMMARY)).toEqual(one);

  const other = miniBundleAs(OTHER_CITY, 'b');
  await loadBundle(driver, other, { database });
  const two = await api.gql<Summary>(SUMMARY);
  expect(total(two.data)).toBe(await projects());
  expect(total(two.data)).toBeGreaterThan(total(one.data));

  await removePlan(driver, planIdOf(other.plan), database);
  expect(await api.gql<Summary>(SUMMARY)).toEqual(one);
});

test('the same plan imported again is a new generation', async () => {
  const read = async () => {
    const { records } = await driver.executeQuery(GRAPH_GENERATION, {}, { database });
    return JSON.stringify(records.map((r) => r.toObject()));
  };
  const before = await read();
  expect(await read()).toBe(before);
  await loadBundle(driver, miniBundle(), { database });
  expect(await read()).not.toBe(before);
});

test('the generation is read from the counts Neo4j keeps, without a scan', async () => {
  const { summary } = await driver.executeQuery(`EXPLAIN ${GRAPH_GENERATION}`, {}, { database });
  const operators = planSteps(summary.plan as Parameters<typeof planSteps>[0]).map((s) => s.operator);
  expect(operators).toEqual(expect.arrayContaining(['NodeCountFromCountStore', 'RelationshipCountFromCountStore']));
  expect(operators).not.toContain('AllNodesScan');
  expect(operators).not.toContain('DirectedAllRelationshipsScan');
});
