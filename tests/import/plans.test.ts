import type { Driver } from 'neo4j-driver';
import type { Bundle } from '../../import/bundle/schema';
import { loadBundle, loadedPlans, loadPlans, preparePlan, removePlan } from '../../import/load';
import { miniBundle, miniBundleAs, OTHER_CITY } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(120_000);

let driver: Driver;
const database = testDatabase();

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

const CITY_15 = { title: '景德镇市国民经济和社会发展第十五个五年规划纲要' };
const CITY_14 = { title: '景德镇市国民经济和社会发展第十四个五年规划纲要', edition: '十四五' };
const COUNTY_15 = {
  title: '浮梁县国民经济和社会发展第十五个五年规划纲要',
  level: 'county' as const,
  region: '浮梁县',
  parentCity: '景德镇市',
};

const load = (bundle: Bundle) => loadBundle(driver, bundle, { database });

beforeAll(() => {
  driver = testDriver();
});

beforeEach(() => resetGraph(driver));

afterAll(async () => {
  await resetGraph(driver);
  await driver.close();
});

describe('many plans in one graph', () => {
  it('adds another city’s plan beside the first, which keeps its counts', async () => {
    const city = await load(miniBundleAs(CITY_15, 'a'));
    const other = await load(miniBundleAs(OTHER_CITY, 'b'));
    expect(other.plan).toBe('plan:江西省/上饶市:city:十五五');
    expect(other.replaced).toBe(0);
    const plans = await loadedPlans(driver, database);
    expect(plans.map((p) => p.id)).toEqual([city.plan, other.plan].sort());
    const [projects] = await query('MATCH (p:Project) RETURN p.plan AS plan, count(*) AS n ORDER BY plan');
    expect(projects.n.toNumber()).toBe(miniBundle().projects.length);
    const links = await query(
      `MATCH ()-[r]->() WHERE r.plan = $plan RETURN type(r) AS type, count(*) AS n ORDER BY type`,
      { plan: city.plan },
    );
    expect(links.length).toBeGreaterThan(5);
    for (const { type, n } of links) expect(n.toNumber()).toBe(city.relationships[type as string]);
    // Same district names in two cities: two regions, not one.
    const zhushan = await query(`MATCH (r:Region {name: '珠山区'}) RETURN r.id AS id ORDER BY id`);
    expect(zhushan.map((r) => r.id)).toEqual(['region:360203', 'region:江西省/上饶市/珠山区']);
  });

  it('removing one plan leaves the other exactly as it was alone', async () => {
    await load(miniBundleAs(CITY_15, 'a'));
    const alone = await snapshotGraph(driver);
    const other = await load(miniBundleAs(OTHER_CITY, 'b'));
    const edition = await load(miniBundleAs(CITY_14, 'c'));
    expect(await removePlan(driver, other.plan, database)).toBe(true);
    expect(await removePlan(driver, edition.plan, database)).toBe(true);
    expect(await snapshotGraph(driver)).toEqual(alone);
    expect(await removePlan(driver, other.plan, database)).toBe(false);
  });

  it('importing the same plans again gives the identical graph', async () => {
    await load(miniBundleAs(CITY_15, 'a'));
    await load(miniBundleAs(COUNTY_15, 'b'));
    const first = await snapshotGraph(driver);
    const again = await load(miniBundleAs(CITY_15, 'a'));
    expect(again.replaced).toBeGreaterThan(0);
    expect(await snapshotGraph(driver)).toEqual(first);
  });

  it('places a county plan under its city and links the projects both name, with both sentences', async () => {
    const city = await load(miniBundleAs(CITY_15, 'a'));
    const county = await load(miniBundleAs(COUNTY_15, 'b'));
    expect(county.plan).toBe('plan:江西省/景德镇市/浮梁县:county:十五五');
    expect(county.links.SAME_PROJECT).toBe(miniBundle().projects.length);
    const [region] = await query(
      `
      MATCH (:Plan {id: $plan})-[:COVERS]->(r:Region)-[w:WITHIN]->(c:Region)<-[:COVERS]-(:Plan {id: $city})
      RETURN r.id AS county, c.id AS city, w.rule AS rule`,
      { plan: county.plan, city: city.plan },
    );
    expect(region).toEqual({ county: 'region:360222', city: 'region:3602', rule: 'division-code' });
    const [link] = await query(
      `
      MATCH (a:Project {plan: $county, name: '御窑厂遗址'})-[r:SAME_PROJECT]->(b:Project)
      RETURN b.plan AS plan, r.basis AS basis, r.rule AS rule, r.quote AS quote, r.toQuote AS toQuote, r.document AS document`,
      { county: county.plan },
    );
    expect(link).toMatchObject({
      plan: city.plan,
      basis: 'derived',
      rule: 'same-name-county-city',
      document: `${county.plan}/doc:plan`,
    });
    expect(link.quote).toContain('御窑厂遗址');
    expect(link.toQuote).toContain('御窑厂遗址');
  });

  it('links a project carried over from one edition to the next, phase words aside', async () => {
    const older = miniBundleAs(CITY_14, 'c');
    const renamed = older.projects[0];
    renamed.name = `${renamed.name}（续建）`;
    const before = await load(older);
    const after = await load(miniBundleAs(CITY_15, 'a'));
    expect(after.links.CARRIED_OVER).toBe(miniBundle().projects.length);
    const [carried] = await query(
      `
      MATCH (a:Project {plan: $from})-[r:CARRIED_OVER]->(b:Project {plan: $to})
      WHERE a.name = $name
      RETURN b.name AS name, r.rule AS rule, r.quote AS quote, r.toQuote AS toQuote`,
      { from: before.plan, to: after.plan, name: renamed.name },
    );
    expect(carried).toMatchObject({ name: miniBundle().projects[0].name, rule: 'edition-name-match' });
    expect(carried.quote).toBeTruthy();
  });

  it('a plan that fails changes nothing and leaves the others loaded', async () => {
    await load(miniBundleAs(CITY_15, 'a'));
    const before = await snapshotGraph(driver);
    const broken = miniBundleAs(OTHER_CITY, 'b');
    broken.tasks[0].projectIds.push('project:不存在');
    await expect(load(broken)).rejects.toThrow(/no Project/);
    expect(await snapshotGraph(driver)).toEqual(before);
  });
});

describe('several plans in one transaction', () => {
  const together = (...bundles: Bundle[]) => loadPlans(driver, bundles.map(preparePlan), { database });

  it('gives the graph that loading them one after the other gives, links between them included', async () => {
    const bundles = () => [miniBundleAs(CITY_15, 'a'), miniBundleAs(COUNTY_15, 'b'), miniBundleAs(CITY_14, 'c')];
    for (const bundle of bundles()) await load(bundle);
    const oneByOne = await snapshotGraph(driver);
    const counts = (await loadedPlans(driver, database)).map((p) => p.counts);

    await resetGraph(driver);
    const summaries = await together(...bundles());
    expect(summaries.map((s) => s.plan)).toEqual(bundles().map((b) => preparePlan(b).id));
    expect(await snapshotGraph(driver)).toEqual(oneByOne);
    expect((await loadedPlans(driver, database)).map((p) => p.counts)).toEqual(counts);
    // The county and its city, loaded together, each report the links between them.
    expect(summaries[1].links.SAME_PROJECT).toBeGreaterThan(0);
    expect(summaries[0].links.SAME_PROJECT).toBe(summaries[1].links.SAME_PROJECT);

    // Again over themselves: each replaces its previous version.
    const again = await together(...bundles());
    expect(again.every((s) => s.replaced > 0)).toBe(true);
    expect(await snapshotGraph(driver)).toEqual(oneByOne);
  });

  it('loads none of them when one fails, and refuses two versions of the same plan', async () => {
    await load(miniBundleAs(CITY_15, 'a'));
    const before = await snapshotGraph(driver);
    // Neo4j refuses an id too long for its index, after the other plans' rows went in.
    const rejected = miniBundleAs(OTHER_CITY, 'b');
    rejected.places.push({ id: `place:${'窑'.repeat(12_000)}`, name: '长名', district: null });
    await expect(together(miniBundleAs(COUNTY_15, 'c'), rejected)).rejects.toThrow(/too large to index/);
    expect(await snapshotGraph(driver)).toEqual(before);
    await expect(together(miniBundleAs(CITY_14, 'c'), miniBundleAs(CITY_14, 'd'))).rejects.toThrow(/given twice/);
    expect(await snapshotGraph(driver)).toEqual(before);
  });
});
