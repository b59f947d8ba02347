import type { Driver, Plan, ProfiledPlan } from 'neo4j-driver';
import type { Reader } from '../../api/db/graph';
import { readRegionSummary } from '../../api/network/region-summary';
import { CHILD_REGION_INDUSTRY, CHILD_REGION_TOTALS } from '../../api/network/region-summary.cypher';
import { loadBundle, planIdOf } from '../../import/load';
import { miniBundle, miniBundleAs, OTHER_CITY } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';

/** The network summary of a country or province: the regions one level down with their projects by industry. */

jest.setTimeout(120_000);

const database = testDatabase();
let driver: Driver;
let reader: Reader;
const city = planIdOf(miniBundle().plan);

beforeAll(async () => {
  driver = testDriver();
  reader = { read: async (cypher, params) => (await driver.executeQuery(cypher, params, { database })).records };
  await resetGraph(driver);
  await loadBundle(driver, miniBundle(), { database });
  await loadBundle(driver, miniBundleAs(OTHER_CITY, 'b'), { database });
});

afterAll(async () => {
  await resetGraph(driver);
  await driver?.close();
});

async function one(cypher: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records[0]?.get(0);
}

function operators(plan: Plan | ProfiledPlan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

describe('regionSummary', () => {
  test('the country shows the province both cities lie in, with every project once', async () => {
    const projects = Number(await one('MATCH (p:Project) RETURN count(p)'));
    const summary = await readRegionSummary(reader, { plan: null, region: null });
    expect(summary.regions).toHaveLength(1);
    expect(summary.regions[0]).toMatchObject({ name: '江西省', level: 'province', projectCount: projects });
    const inIndustry = Number(await one('MATCH (p:Project) WHERE (p)-[:IN_INDUSTRY]->() RETURN count(p)'));
    expect(inIndustry).toBeGreaterThan(0);
    const perIndustry = Number(await one('MATCH (p:Project)-[:IN_INDUSTRY]->(i:Industry) RETURN count(*)'));
    expect(summary.cells.reduce((sum, c) => sum + c.count, 0)).toBe(perIndustry);
  });

  test('the province shows its two cities, each with its own plan’s projects; a plan narrows to its city', async () => {
    const province = String(await one("MATCH (r:Region {name: '江西省'}) RETURN r.id"));
    const summary = await readRegionSummary(reader, { plan: null, region: province });
    expect(summary.regions.map((r) => r.name).sort()).toEqual(['上饶市', '景德镇市']);
    const cityProjects = Number(await one('MATCH (p:Project {plan: $plan}) RETURN count(p)', { plan: city }));
    for (const region of summary.regions) expect(region.projectCount).toBe(cityProjects);
    expect(new Set(summary.cells.map((c) => c.region))).toEqual(new Set(summary.regions.map((r) => r.id)));

    const narrowed = await readRegionSummary(reader, { plan: city, region: province });
    expect(narrowed.regions.map((r) => r.name)).toEqual(['景德镇市']);
  });

  test('a region with no plans below it shows nothing', async () => {
    const summary = await readRegionSummary(reader, { plan: null, region: 'region:nowhere' });
    expect(summary).toEqual({ regions: [], cells: [] });
  });

  test.each([
    ['totals', CHILD_REGION_TOTALS],
    ['by industry', CHILD_REGION_INDUSTRY],
  ])('%s: projects are found plan by plan through the index, never by scanning every project', async (_, cypher) => {
    const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, { plan: null, region: null }, { database });
    const ops = operators(summary.profile as ProfiledPlan);
    expect(ops).not.toContain('AllNodesScan');
    expect(ops.some((op) => op.startsWith('NodeIndexSeek'))).toBe(true);
  });
});
