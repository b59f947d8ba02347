import type { Driver, Plan } from 'neo4j-driver';
import { PLAN_SCOPED_LABELS, SHARED_LABELS } from '../../graph/model';
import * as Q from '../../import/load/cypher';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { planSteps, type PlanStep } from '../fixtures/query-plan';

/**
 * The plans Neo4j makes for the loader's statements: every one starts from an index seek on the
 * plan's own ids, so that loading, replacing or removing a plan costs that plan and not the graph.
 * No statement scans all nodes, a shared label (regions, units) or the label of plan-scoped nodes,
 * and none scans the relationships of a type or all relationships. The exceptions are named below.
 */

jest.setTimeout(120_000);

/**
 * Scans a statement may make, and why they cost the plan and not the graph: the industries are
 * one taxonomy of a few dozen nodes that every plan names; the legacy plan is the only plan of a
 * graph loaded before plans had ids; listing the plans reads every plan by definition.
 */
const ALLOWED_SCANS: Record<string, RegExp> = {
  RELEASE_SHARED_NODES: /^NodeByLabelScan n:Industry$/,
  SHARED_NODES_OF_LEGACY_PLAN: /^NodeByLabelScan (u:Unit|r:Region)$/,
  LIST_PLANS: /^NodeByLabelScan p:Plan$/,
};

const SCAN =
  /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan|NodeIndexScan|RelationshipIndexScan/;

/** Every statement of import/load/cypher.ts, by export name (a list of statements: name[i]). */
const STATEMENTS: [string, string][] = Object.entries(Q).flatMap(([name, value]): [string, string][] => {
  const isStatement = (s: unknown): s is string => typeof s === 'string' && /\b(MATCH|MERGE|CREATE|RETURN)\b/.test(s);
  if (isStatement(value)) return [[name, value]];
  if (Array.isArray(value)) return value.filter(isStatement).map((s, i) => [`${name}[${i}]`, s]);
  return [];
});

let driver: Driver;
let plan: string;
let params: Record<string, unknown>;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  plan = (await loadMiniBundle(driver)).plan;
  const { records } = await driver.executeQuery(Q.SHARED_NODES_OF_PLAN, { plan }, { database: testDatabase() });
  const shared = Object.fromEntries(SHARED_LABELS.map((l) => [l, [] as string[]]));
  params = {
    plan,
    plans: [],
    sha256: 'none',
    rows: [],
    units: records[0].get('units'),
    regions: records[0].get('regions'),
    shared,
    regionId: 'none',
    props: {},
    covers: {},
  };
});
afterAll(() => driver?.close());

/** The operators of the plan Neo4j makes for a statement, without running it. */
async function explain(cypher: string): Promise<PlanStep[]> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${cypher}`, params, { database: testDatabase() });
  return planSteps(summary.plan as Plan);
}

describe('the loader statements', () => {
  it('are all found', () => {
    const names = [
      'COUNT_PLAN_NODES',
      'COUNT_PLAN_RELATIONSHIPS',
      'RELEASE_SHARED_NODES',
      'SHARED_NODES_OF_PLAN',
      'LINK_SAME_PROJECT',
      'MERGE_UNITS',
      'DELETE_PLAN_NODES',
      'CREATE_PROJECTS',
      'CREATE_PROJECT_RESPONSIBLE',
    ];
    expect(STATEMENTS.map(([name]) => name)).toEqual(expect.arrayContaining(names));
  });

  it.each(STATEMENTS)('%s scans no label and no relationship type', async (name, cypher) => {
    const allowed = ALLOWED_SCANS[name.replace(/\[\d+\]$/, '')];
    const scans = (await explain(cypher))
      .filter((s) => SCAN.test(s.operator))
      .map((s) => `${s.operator} ${s.details}`)
      .filter((s) => !allowed?.test(s));
    expect(scans).toEqual([]);
  });

  it('count the relationships of a plan from its nodes, each label through its `plan` index', async () => {
    const seeks = (await explain(Q.COUNT_PLAN_RELATIONSHIPS)).filter((s) => s.operator === 'NodeIndexSeek');
    expect(seeks.map((s) => /:(\w+)\(plan\)/.exec(s.details)?.[1]).sort()).toEqual([...PLAN_SCOPED_LABELS].sort());
  });

  it.each(STATEMENTS.filter(([name]) => name.startsWith('CREATE_')))(
    "%s creates a plan's rows as they stream: no MERGE, no Eager, each end by its id constraint",
    async (_name, cypher) => {
      const operators = (await explain(cypher)).map((s) => s.operator);
      expect(operators).toContain('Create');
      expect(operators.filter((o) => /Merge|Eager/.test(o))).toEqual([]);
      const seeks = operators.filter((o) => /IndexSeek/.test(o));
      expect(seeks.every((o) => /^NodeUniqueIndexSeek/.test(o))).toBe(true);
    },
  );

  it("merge a shared node, and a region's WITHIN, through the id constraint", async () => {
    for (const cypher of [Q.MERGE_REGIONS, Q.MERGE_INDUSTRIES, Q.MERGE_UNITS, Q.MERGE_REGION_WITHIN]) {
      const operators = (await explain(cypher)).map((s) => s.operator);
      expect(operators.filter((o) => /IndexSeek/.test(o)).every((o) => /^NodeUniqueIndexSeek/.test(o))).toBe(true);
    }
  });

  it('match the projects of other plans by the composite (plan, matchKey) index', async () => {
    for (const cypher of [Q.LINK_SAME_PROJECT, Q.LINK_CARRIED_OVER]) {
      expect(
        (await explain(cypher)).some(
          (s) => s.operator === 'NodeIndexSeek' && /:Project\(plan, matchKey\)/.test(s.details),
        ),
      ).toBe(true);
    }
  });

  it('find the shared nodes of a plan that it named', async () => {
    expect((params.units as string[]).length).toBeGreaterThan(0);
    expect((params.regions as string[]).length).toBeGreaterThan(0);
    const { records } = await driver.executeQuery(
      `MATCH (n:Unit|Region) WHERE $plan IN n.plans RETURN collect(n.id) AS ids`,
      { plan },
      { database: testDatabase() },
    );
    expect([...(params.units as string[]), ...(params.regions as string[])]).toEqual(
      expect.arrayContaining(records[0].get('ids') as string[]),
    );
  });
});
