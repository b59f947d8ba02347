import type { Driver } from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import {
  PROJECTS_CSV,
  PROJECTS_CSV_ROWS,
  PROJECTS_PAGE,
  PROJECTS_PAGE_WITH_LINKS,
} from '../../api/projects/projects.cypher';
import { OVERVIEW, OVERVIEW_SHOWN } from '../../api/network/slice.cypher';
import { BOXES, CHAPTERS, INDUSTRIES_IN_SCOPE, UNITS } from '../../api/catalog/catalog.cypher';
import { planIdOf } from '../../import/load';
import { miniBundle } from '../fixtures/mini-bundle';
import { ProjectFilterSchema, projectFilterParams } from '../../api/projects/project-filter';
import { cypherInt } from '../../api/db/values';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { bySource, planSteps, scansEveryProject, type PlanStep } from '../fixtures/query-plan';

/**
 * The plans Neo4j makes for the project statements: started from an index or a node, never a scan
 * of everything. (The count and the page are two one-row subqueries; their CartesianProduct is harmless.)
 */

jest.setTimeout(60_000);

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadMiniBundle(driver);
});
afterAll(() => driver?.close());

async function profile(cypher: string, values: Record<string, unknown>): Promise<PlanStep[]> {
  const params = {
    ...projectFilterParams(ProjectFilterSchema.parse(values)),
    sort: 'BOX',
    skip: cypherInt(0),
    limit: cypherInt(50),
    // Every part of the links, for the page that reads them in the same statement.
    want: { chapterPath: true, industries: true, districts: true, places: true, units: true, mentions: true },
  };
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params, { database: testDatabase() });
  return planSteps(summary.profile as ProfiledPlan);
}

/** The steps that read an industry's links from the index of their keys, in its order. */
const seeksIndustryKeys = (plan: PlanStep[], key: 'orderKey' | 'nameKey') =>
  plan.filter(
    (s) => s.operator === 'DirectedRelationshipIndexSeekByRange' && s.details.includes(`IN_INDUSTRY(${key})`),
  );
const sorts = (plan: PlanStep[]) => plan.filter((s) => /Sort|Top/.test(s.operator));

describe.each([
  ['projects', bySource(PROJECTS_PAGE, 'BOX'), 'orderKey'],
  ['projects by name', bySource(PROJECTS_PAGE, 'NAME'), 'nameKey'],
  ['projects with their links', bySource(PROJECTS_PAGE_WITH_LINKS, 'BOX'), 'orderKey'],
  ['CSV export', PROJECTS_CSV, null],
  ['overview', OVERVIEW, 'orderKey'],
  ['overview as drawn', OVERVIEW_SHOWN, 'orderKey'],
] as const)('the %s statement', (_name, statements, key) => {
  it('of an industry starts from the industry and counts it by degree', async () => {
    const plan = await profile(statements.industry, { industry: 'transport' });
    expect(plan.filter((s) => s.operator === 'AllNodesScan')).toEqual([]);
    expect(plan.filter(scansEveryProject)).toEqual([]);
    if (key) {
      // Read in the order of the index, up to the page; the one sort merges the pages of the
      // nodes the value names (one here), never the industry's projects.
      expect(seeksIndustryKeys(plan, key)).toHaveLength(1);
      expect(sorts(plan)).toHaveLength(1);
    } else {
      expect(
        plan.some((s) => s.operator === 'Expand(All)' && /\(anchor\)<-\[\w+:IN_INDUSTRY\]-\(p\)/.test(s.details)),
      ).toBe(true);
    }
  });

  it('of a district finds the district by its index', async () => {
    const plan = await profile(statements.district, { district: '浮梁县', industry: 'logistics' });
    expect(plan.filter(scansEveryProject)).toEqual([]);
    expect(plan.some((s) => /Index/.test(s.operator) && /:Region/.test(s.details))).toBe(true);
    // The count and the page are two one-row subqueries: their product is one row, not a scan.
    expect(plan.filter((s) => s.operator === 'AllNodesScan')).toEqual([]);
  });
});

describe.each([
  ['projects', bySource(PROJECTS_PAGE, 'BOX'), 'orderKey'],
  ['projects by name', bySource(PROJECTS_PAGE, 'NAME'), 'nameKey'],
  ['overview', OVERVIEW, 'orderKey'],
  ['overview as drawn', OVERVIEW_SHOWN, 'orderKey'],
] as const)('the %s statement of every project', (_name, statements, key) => {
  it('reads the projects in the order of their index, never every project', async () => {
    const plan = await profile(statements.all, {});
    expect(plan.filter(scansEveryProject)).toEqual([]);
    expect(plan.some((s) => /Index/.test(s.operator) && s.details.includes(`:Project(${key})`))).toBe(true);
  });
});

describe('the CSV export’s rows', () => {
  it('are read by the Project(id) key, one seek per id, in the order of the ids', async () => {
    const ids = (
      await driver.executeQuery(
        'MATCH (p:Project) RETURN p.id AS id ORDER BY id DESC LIMIT 5',
        {},
        { database: testDatabase() },
      )
    ).records.map((r) => r.get('id') as string);
    expect(ids).toHaveLength(5);
    const { records, summary } = await driver.executeQuery(
      `PROFILE ${PROJECTS_CSV_ROWS}`,
      { ids, lang: 'en' },
      { database: testDatabase() },
    );
    const plan = planSteps(summary.profile as ProfiledPlan);
    expect(plan.filter((s) => /Scan/.test(s.operator))).toEqual([]);
    const seek = plan.find((s) => s.operator === 'NodeUniqueIndexSeek' && /:Project\(id\)/.test(s.details));
    expect(seek?.rows).toBe(ids.length);
    expect(records.map((r) => (r.get('row') as unknown[])[0])).toEqual(ids);
  });
});

describe.each([
  ['chapters', CHAPTERS],
  ['units', UNITS],
  ['boxes', BOXES],
  ['industries', INDUSTRIES_IN_SCOPE],
])('the %s of one plan', (_name, statement) => {
  it('are found through the plan, never by a scan of a label', async () => {
    const { summary } = await driver.executeQuery(
      `PROFILE ${statement}`,
      { plan: planIdOf(miniBundle().plan), region: null, limit: cypherInt(200) },
      { database: testDatabase() },
    );
    const plan = planSteps(summary.profile as ProfiledPlan);
    expect(plan.filter((s) => s.operator === 'AllNodesScan')).toEqual([]);
    // Industries are a fixed list of 27, read whole; every other label is reached through the plan.
    expect(plan.filter((s) => s.operator === 'NodeByLabelScan' && !/:(Plan|Industry)\b/.test(s.details))).toEqual([]);
  });
});
