import type { Driver } from 'neo4j-driver';
import { DISTRICT_INDUSTRY_MATRIX } from '../../api/catalog/catalog.cypher';
import { loadBundle, planIdOf } from '../../import/load';
import { miniBundle, miniBundleAs } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';

/**
 * The district × industry matrix above a county plan: what the county plan leaves unplaced lies in
 * that county, while the city plan's unplaced projects stay under "district not stated".
 */

jest.setTimeout(120_000);

const database = testDatabase();
const bundle = miniBundle();
const COUNTY = {
  title: '浮梁县国民经济和社会发展第十五个五年规划纲要',
  level: 'county' as const,
  region: '浮梁县',
  parentCity: '景德镇市',
};
let driver: Driver;
let county: string;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, bundle, { database });
  county = (await loadBundle(driver, miniBundleAs(COUNTY, 'c'), { database })).plan;
});

afterAll(async () => {
  await resetGraph(driver);
  await driver?.close();
});

/** The matrix as `district|industry → count`, null districts as "-". */
async function matrix(scope: { plan?: string; region?: string }): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    DISTRICT_INDUSTRY_MATRIX,
    { plan: scope.plan ?? null, region: scope.region ?? null },
    { database },
  );
  return Object.fromEntries(
    records.map((r) => [
      `${(r.get('district') as string | null) ?? '-'}|${r.get('industry') as string}`,
      r.get('count').toNumber() as number,
    ]),
  );
}

/** The mini plan's projects per industry that state no district. */
function unplacedPerIndustry(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of bundle.projects)
    if (p.districts.length === 0)
      for (const code of new Set(p.industries.map((i) => i.code))) counts[`-|${code}`] = (counts[`-|${code}`] ?? 0) + 1;
  return counts;
}

const unplaced = (cells: Record<string, number>) =>
  Object.fromEntries(Object.entries(cells).filter(([key]) => key.startsWith('-|')));

describe('the matrix with a county plan beside its city’s', () => {
  it('keeps the county plan’s unplaced projects under "not stated" within the county plan itself', async () => {
    expect(unplaced(await matrix({ plan: county }))).toEqual(unplacedPerIndustry());
    expect(Object.keys(unplacedPerIndustry()).length).toBeGreaterThan(0);
  });

  it('at city scope counts them in the county, and only the city plan’s as not stated', async () => {
    const city = await matrix({ region: 'region:3602' });
    const alone = await matrix({ plan: planIdOf(bundle.plan) });
    const inCounty = await matrix({ plan: county });
    expect(unplaced(city)).toEqual(unplaced(alone));
    for (const [key, n] of Object.entries(unplacedPerIndustry())) {
      const industry = key.slice(2);
      const countyPlaced = inCounty[`浮梁县|${industry}`] ?? 0;
      expect([industry, city[`浮梁县|${industry}`]]).toEqual([
        industry,
        (alone[`浮梁县|${industry}`] ?? 0) + countyPlaced + n,
      ]);
    }
  });
});
