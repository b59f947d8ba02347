import type { Driver } from 'neo4j-driver';
import { migrate } from '../../graph/migrate';
import { NodeLabel, PLAN_SCOPED_LABELS, RelType } from '../../graph/model';
import { loadBundle, loadedPlans, removePlan, toGraphValue } from '../../import/load';
import { planWrites } from '../../import/load/rows';
import { planScope } from '../../import/load/scope';
import { startApi } from '../api/api-server';
import { miniBundle } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

/**
 * Migration 003 on a graph as the release before many plans stored it: one plan, ids without a
 * plan prefix, districts as `District` nodes keyed `district:NAME`, no `plan` on any node or
 * relationship, and the import recorded on one `Import` node.
 */

jest.setTimeout(300_000);

const database = testDatabase();
let driver: Driver;

const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database });
const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await run(cypher, params)).records.map((r) => r.toObject());

/** The labels of the previous release that are no longer in graph/model.ts. */
const LEGACY_LABELS = 'District|Import';

/** Writes the mini plan the way the previous release's loader did. */
async function writeLegacyGraph(): Promise<void> {
  const bundle = miniBundle();
  const scope = planScope(bundle);
  // The previous release keyed a district by its name alone and knew no regions above it.
  const legacyDistrict = new Map(bundle.districts.map((d) => [scope.district(d.name).id, `district:${d.name}`]));
  const legacyId = (id: string) => legacyDistrict.get(id) ?? id;
  const legacyLabel = (label: NodeLabel) => (label === NodeLabel.Region ? 'District' : label);
  await run(`UNWIND $districts AS d CREATE (n:District) SET n = d`, {
    districts: bundle.districts.map((d) => ({
      id: `district:${d.name}`,
      name: d.name,
      kind: d.kind,
      shortForms: d.shortForms,
    })),
  });
  const writes = planWrites(bundle, { ...scope, id: (localId) => localId, box: (n) => `box:${n}` });
  for (const write of writes) {
    if (write.kind !== 'nodes' || write.label === NodeLabel.Region) continue;
    await run(`UNWIND $rows AS row MERGE (n:${write.label} {id: row.id}) SET n += row.props`, {
      rows: toGraphValue(write.rows.map((r) => ({ id: r.id, props: flat(r.props) }))),
    });
  }
  for (const write of writes) {
    if (write.kind !== 'relationships' || write.type === RelType.WITHIN) continue;
    await run(
      `UNWIND $rows AS row
       MATCH (a:${legacyLabel(write.from)} {id: row.from}) MATCH (b:${legacyLabel(write.to)} {id: row.to})
       CREATE (a)-[r:${write.type}]->(b) SET r += row.props`,
      {
        rows: toGraphValue(
          write.rows.map((r) => ({ from: legacyId(r.from), to: legacyId(r.to), props: flat(r.props) })),
        ),
      },
    );
  }
  await run(`CREATE (i:Import {id: 'import:current'}) SET i += $props`, {
    props: toGraphValue({
      sha256: bundle.source.sha256,
      file: bundle.source.file,
      encoding: bundle.source.encoding,
      lines: bundle.source.lines,
      version: bundle.version,
      importedAt: '2026-01-05T08:00:00.000Z',
      counts: '{}',
    }),
  });
}

/** The previous release stored no `plan` and no `plans`; its node and relationship properties were flat. */
function flat(props: Record<string, unknown>): Record<string, unknown> {
  const { plan: _plan, plans: _plans, matchKey: _matchKey, ...rest } = props;
  return rest;
}

beforeAll(() => {
  driver = testDriver();
});

beforeEach(async () => {
  await resetGraph(driver);
  await run(`MATCH (n:${LEGACY_LABELS}) DETACH DELETE n`);
});

afterAll(async () => {
  await resetGraph(driver);
  await run(`MATCH (n:${LEGACY_LABELS}) DETACH DELETE n`);
  await driver.close();
});

describe('migration 003 of a one-plan graph of the previous release', () => {
  it('turns it into a proper plan with its projects, districts and links intact', async () => {
    await writeLegacyGraph();
    const links = `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.name AS to ORDER BY from, type, to`;
    const before = await rows(links);
    const [{ projects }] = await rows('MATCH (p:Project) RETURN count(p) AS projects');
    expect(projects.toNumber()).toBe(miniBundle().projects.length);

    await migrate(driver, database);

    expect(await rows(`MATCH (n:${LEGACY_LABELS}) RETURN n`)).toEqual([]);
    const [plan] = await loadedPlans(driver, database);
    expect(plan).toMatchObject({
      id: 'plan:legacy',
      file: miniBundle().source.file,
      sha256: miniBundle().source.sha256,
    });
    for (const label of PLAN_SCOPED_LABELS) {
      const [{ orphans }] = await rows(
        `MATCH (n:${label}) WHERE n.plan IS NULL OR n.plan <> 'plan:legacy' RETURN count(n) AS orphans`,
      );
      expect([label, orphans.toNumber()]).toEqual([label, 0]);
    }
    // Every link is still there, now ending at the district's Region.
    expect(await rows(links)).toEqual(before);
    const districts = await rows(`MATCH (r:Region) RETURN r.name AS name, r.plans AS plans ORDER BY name`);
    expect(districts.map((d) => d.name)).toEqual(
      miniBundle()
        .districts.map((d) => d.name)
        .sort(),
    );
    for (const d of districts) expect(d.plans).toEqual(['plan:legacy']);

    // The API reads it as one plan among others.
    const api = await startApi({ driver, database });
    try {
      const { data, errors } = await api.gql(
        `{ plans { id projectCount } projects(filter: { plan: "plan:legacy" }) { totalCount } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.plans).toEqual([{ id: 'plan:legacy', projectCount: miniBundle().projects.length }]);
      expect(data.projects.totalCount).toBe(miniBundle().projects.length);
    } finally {
      await api.close();
    }
  });

  it('running the migrations again changes nothing', async () => {
    await writeLegacyGraph();
    await migrate(driver, database);
    const once = await snapshotGraph(driver);
    await migrate(driver, database);
    expect(await snapshotGraph(driver)).toEqual(once);
  });

  it('importing the same file again replaces the legacy plan by the graph a fresh import gives', async () => {
    const fresh = await loadBundle(driver, miniBundle(), { database });
    const expected = await snapshotGraph(driver);
    await resetGraph(driver);
    await writeLegacyGraph();
    await migrate(driver, database);
    const again = await loadBundle(driver, miniBundle(), { database });
    expect(again.plan).toBe(fresh.plan);
    expect(again.replaced).toBeGreaterThan(0);
    expect((await loadedPlans(driver, database)).map((p) => p.id)).toEqual([fresh.plan]);
    expect(await snapshotGraph(driver)).toEqual(expected);
  });

  it('`remove plan:legacy` removes the migrated plan and leaves nothing of it', async () => {
    await writeLegacyGraph();
    await migrate(driver, database);
    expect(await removePlan(driver, 'plan:legacy', database)).toBe(true);
    expect(await snapshotGraph(driver)).toEqual({ nodes: [], relationships: [] });
  });
});
