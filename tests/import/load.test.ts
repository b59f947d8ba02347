import type { Driver } from 'neo4j-driver';
import { NodeLabel, RelType } from '../../graph/model';
import { BUNDLE_VERSION } from '../../import/bundle/schema';
import { InvalidBundleError, loadBundle, loadedPlans } from '../../import/load';
import { miniBundle, miniId as id } from '../fixtures/mini-bundle';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(120_000);

let driver: Driver;
const database = testDatabase();

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

beforeAll(() => {
  driver = testDriver();
});

beforeEach(() => resetGraph(driver));

afterAll(async () => {
  await resetGraph(driver);
  await driver.close();
});

describe('loading a bundle', () => {
  it('writes every node with its global id and counts what it wrote', async () => {
    const bundle = miniBundle();
    const summary = await loadMiniBundle(driver);
    expect(summary.dryRun).toBe(false);
    expect(summary.nodes).toMatchObject({
      Document: 3,
      Chapter: bundle.chapters.length,
      Box: 5,
      Project: bundle.projects.length,
      Industry: bundle.industries.length,
      // The province and city of the plan, and its six districts.
      Region: bundle.districts.length + 2,
      Place: bundle.places.length,
      Unit: bundle.units.length,
      Task: 3,
      Indicator: 3,
    });
    const ids = await query('MATCH (n) WHERE n:Box OR n:Region OR n:Industry RETURN n.id AS id ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        id('box:2'),
        id('box:13'),
        'region:360203',
        'region:360222',
        'region:3602',
        'region:36',
        'industry:chem-pharma',
      ]),
    );
    const [box] = await query('MATCH (b:Box {id: $id}) RETURN b.number AS number, b.itemTitles AS items', {
      id: id('box:13'),
    });
    expect(box.number.toNumber()).toBe(13);
    expect(box.items).toContain('民航');
  });

  it('links a project to its boxes, place, district, industry and responsible units with provenance', async () => {
    await loadMiniBundle(driver);
    const [site] = await query(`
      MATCH (p:Project {name: '御窑厂遗址'})-[l:LISTED_IN]->(b:Box)
      MATCH (p)-[:AT_PLACE]->(pl:Place)-[:IN_DISTRICT]->(d:Region)
      MATCH (p)-[pd:IN_DISTRICT]->(d)
      MATCH (p)-[r:RESPONSIBLE]->(u:Unit)-[:GOVERNS]->(d)
      RETURN b.id AS box, l.item AS item, l.quote AS quote, pl.name AS place, d.name AS district,
             pd.basis AS basis, pd.rule AS rule, r.role AS role, u.name AS unit, p.searchText AS searchText`);
    expect(site).toMatchObject({
      box: id('box:2'),
      place: '御窑厂',
      district: '珠山区',
      basis: 'derived',
      role: 'district',
      unit: '珠山区人民政府',
    });
    expect(site.item.toNumber()).toBe(1);
    expect(site.quote).toContain('御窑厂遗址');
    expect(site.searchText).toBe('御窑厂遗址 御窑厂');

    const [both] = await query(`
      MATCH (p:Project {name: '航空物流集散储备转运中心'})-[l:LISTED_IN]->(b:Box)
      RETURN count(l) AS listings, collect(b.number) AS boxes`);
    expect(both.listings.toNumber()).toBe(2);

    const [pharma] = await query(`
      MATCH (p:Project {name: '富祥药业产品工艺装备提升'})-[r:RESPONSIBLE]->(u:Unit {name: '富祥药业'})
      MATCH (p)-[:IN_INDUSTRY]->(i:Industry)
      RETURN count(r) AS links, r.role AS role, r.basis AS basis, r.rule AS rule, i.code AS industry`);
    expect(pharma).toMatchObject({
      role: 'implementing',
      basis: 'stated',
      rule: 'project-org',
      industry: 'chem-pharma',
    });
    expect(pharma.links.toNumber()).toBe(1);

    const [shared] = await query(
      `
      MATCH (pl:Place {id: $id})<-[:AT_PLACE]-(p:Project) RETURN count(p) AS projects`,
      { id: id('place:罗家机场') },
    );
    expect(shared.projects.toNumber()).toBe(2);
  });

  it('writes the outline, tasks, the command chain and indicators', async () => {
    await loadMiniBundle(driver);
    const outline = await query(
      `
      MATCH path = (:Box {id: $id})-[:IN_CHAPTER]->(:Chapter)-[:PART_OF*]->(d:Document)
      RETURN [n IN nodes(path) | n.id] AS ids`,
      { id: id('box:5') },
    );
    expect(outline.map((r) => r.ids)).toEqual([
      ['box:5', 'chapter:p3.c1.s3', 'chapter:p3.c1', 'chapter:p3', 'doc:plan'].map(id),
    ]);

    const chain = await query(`
      MATCH path = (:Unit {name: '市民航突发事件应急指挥部办公室'})-[:REPORTS_TO* {role: 'supervisor'}]->(top:Unit)
      WHERE NOT (top)-[:REPORTS_TO]->()
      RETURN [n IN nodes(path) | n.name] AS names`);
    expect(chain.map((r) => r.names)).toEqual([
      ['市民航突发事件应急指挥部办公室', '市民航突发事件应急指挥部', '景德镇市人民政府'],
    ]);

    const task = await query(
      `
      MATCH (t:Task {id: $id})-[r:RESPONSIBLE]->(u:Unit)
      RETURN u.name AS unit, r.role AS role, r.basis AS basis ORDER BY unit`,
      { id: id('task:1') },
    );
    expect(task).toEqual([
      { unit: '工信局', role: 'lead', basis: 'stated' },
      { unit: '浮梁县人民政府', role: 'district', basis: 'derived' },
      { unit: '珠山区人民政府', role: 'district', basis: 'derived' },
    ]);
    const mentions = await query(
      `MATCH (:Task {id: $id})-[:MENTIONS]->(p:Project) RETURN p.name AS name ORDER BY name`,
      { id: id('task:3') },
    );
    expect(mentions.map((r) => r.name)).toEqual(['先进陶瓷产业孵化园', '富祥药业产品工艺装备提升']);

    const measures = await query(
      `MATCH (i:Indicator)-[m:MEASURES]->(n:Industry) RETURN i.id AS id, n.code AS code, m.rule AS rule ORDER BY id`,
    );
    expect(measures.map((r) => [r.id, r.code])).toEqual([
      [id('indicator:10'), 'ceramics'],
      [id('indicator:11'), 'aviation'],
      [id('indicator:12'), 'chem-pharma'],
    ]);
  });

  it('gives every relationship its provenance', async () => {
    await loadMiniBundle(driver);
    const missing = await query(
      `
      MATCH (a)-[r]->(b) WHERE type(r) IN $types
        AND (r.basis IS NULL OR r.rule IS NULL OR
             (r.document IS NULL AND NOT type(r) IN $derivedWithoutSentence))
      RETURN a.id AS from, type(r) AS type, b.id AS to`,
      { types: Object.values(RelType), derivedWithoutSentence: [RelType.IN_DISTRICT, RelType.WITHIN] },
    );
    expect(missing).toEqual([]);
    const bases = await query(`MATCH ()-[r]->() RETURN DISTINCT r.basis AS basis ORDER BY basis`);
    expect(bases.map((r) => r.basis)).toEqual(['derived', 'stated']);
  });

  it('records the plan in one Plan node that covers its region', async () => {
    const summary = await loadMiniBundle(driver);
    const plans = await loadedPlans(driver, database);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      id: 'plan:江西省/景德镇市:city:十五五',
      title: '景德镇市国民经济和社会发展第十五个五年规划纲要',
      edition: '十五五',
      level: 'city',
      region: '景德镇市',
      sha256: miniBundle().source.sha256,
      file: 'mini-gazette.txt',
      version: BUNDLE_VERSION,
    });
    expect(plans[0].counts).toEqual({ nodes: summary.nodes, relationships: summary.relationships });
    const [covers] = await query(
      `MATCH (p:${NodeLabel.Plan})-[c:COVERS]->(r:Region) RETURN r.id AS region, c.quote AS quote, c.basis AS basis`,
    );
    expect(covers).toEqual({ region: 'region:3602', quote: plans[0].title, basis: 'stated' });
  });

  it('yields the same graph when the same bundle is loaded again', async () => {
    await loadMiniBundle(driver);
    const first = await snapshotGraph(driver);
    const again = await loadMiniBundle(driver);
    const second = await snapshotGraph(driver);
    expect(second).toEqual(first);
    expect(again.replaced).toBe(first.nodes.length);
    expect(first.relationships.length).toBeGreaterThan(50);
  });

  it('replaces the previous plan instead of adding to it', async () => {
    await loadMiniBundle(driver);
    const smaller = miniBundle();
    smaller.projects = smaller.projects.filter((p) => p.box !== 13 && !p.boxes.includes(13));
    smaller.tasks = smaller.tasks.map((t) => ({
      ...t,
      projectIds: t.projectIds.filter((id) => smaller.projects.some((p) => p.id === id)),
    }));
    smaller.responsibilities = smaller.responsibilities.filter(
      (r) => r.subjectKind !== 'project' || smaller.projects.some((p) => p.id === r.subjectId),
    );
    smaller.source.sha256 = 'f'.repeat(64);
    const summary = await loadBundle(driver, smaller, { database });
    const [left] = await query(`MATCH (p:Project)-[:LISTED_IN]->(:Box {id: $id}) RETURN count(p) AS n`, {
      id: id('box:13'),
    });
    expect(left.n.toNumber()).toBe(0);
    expect(summary.nodes.Project).toBe(smaller.projects.length);
    const plans = await loadedPlans(driver, database);
    expect(plans.map((p) => p.sha256)).toEqual(['f'.repeat(64)]);
  });

  it('leaves nodes of other labels alone', async () => {
    await driver.executeQuery('CREATE (:LoaderProbe {id: "probe"})', {}, { database });
    try {
      await loadMiniBundle(driver);
      const [probe] = await query('MATCH (n:LoaderProbe) RETURN count(n) AS n');
      expect(probe.n.toNumber()).toBe(1);
    } finally {
      await driver.executeQuery('MATCH (n:LoaderProbe) DELETE n', {}, { database });
    }
  });
});

describe('a dry run', () => {
  it('counts what it would write and changes nothing', async () => {
    await loadMiniBundle(driver);
    const before = await snapshotGraph(driver);
    const smaller = miniBundle();
    smaller.indicators = [];
    const summary = await loadBundle(driver, smaller, { database, dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.nodes.Indicator).toBe(0);
    expect(summary.nodes.Project).toBe(smaller.projects.length);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('on an empty graph leaves it empty', async () => {
    const summary = await loadBundle(driver, miniBundle(), { database, dryRun: true });
    expect(summary.nodes.Project).toBeGreaterThan(0);
    expect(await snapshotGraph(driver)).toEqual({ nodes: [], relationships: [] });
  });
});

describe('a failed import', () => {
  it('that fails midway leaves the previous graph exactly as it was', async () => {
    await loadMiniBundle(driver);
    const before = await snapshotGraph(driver);
    const changed = miniBundle();
    changed.projects[0].name = '改名的项目';
    const steps: string[] = [];
    await expect(
      loadBundle(driver, changed, {
        database,
        batchSize: 2,
        onProgress: ({ step, done, total }) => {
          steps.push(step);
          if (done === Math.floor(total / 2)) throw new Error('batch failed');
        },
      }),
    ).rejects.toThrow('batch failed');
    // It had already deleted the old plan and written part of the new one before failing.
    expect(steps).toContain('delete');
    expect(steps).toContain(NodeLabel.Project);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('rejected by the database leaves the previous graph exactly as it was', async () => {
    await loadMiniBundle(driver);
    const before = await snapshotGraph(driver);
    // The id index cannot hold a key this long, so Neo4j refuses the write after earlier batches went in.
    const rejected = miniBundle();
    rejected.places.push({ id: `place:${'窑'.repeat(12_000)}`, name: '长名', district: null });
    await expect(loadBundle(driver, rejected, { database })).rejects.toThrow(/too large to index/);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('of an invalid bundle writes nothing and says what is wrong', async () => {
    await loadMiniBundle(driver);
    const before = await snapshotGraph(driver);
    const broken = miniBundle() as unknown as { projects: { mentions: unknown[] }[] };
    broken.projects[0].mentions = [];
    await expect(loadBundle(driver, broken, { database })).rejects.toThrow(InvalidBundleError);
    await expect(loadBundle(driver, broken, { database })).rejects.toThrow(/projects.*mentions/s);

    const dangling = miniBundle();
    dangling.projects[0].places.push({ ...dangling.projects[0].places[0], id: 'place:nowhere' });
    await expect(loadBundle(driver, dangling, { database })).rejects.toThrow(/no Place \S+\/place:nowhere/);
    expect(await snapshotGraph(driver)).toEqual(before);
  });
});
