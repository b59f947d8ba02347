import type { Driver, ProfiledPlan, Record as Neo4jRecord } from 'neo4j-driver';
import { cypherInt, toNumber } from '../../api/db/values';
import {
  SAME_KIND_ACROSS_DISTRICTS,
  SAME_PROJECT_IN_SEVERAL_BOXES,
  SAME_PROJECT_IN_SEVERAL_PLANS,
  SHARED_PLACE,
} from '../../api/overlaps/overlaps.cypher';
import { loadBundle } from '../../import/load';
import { miniBundle, miniBundleAs } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { planSteps } from '../fixtures/query-plan';

/**
 * The overlap statements page their groups in Cypher: a page holds the groups the whole list holds
 * at its place, each with its first projects and the count of all, and no project outside the page
 * is turned into a property map. Data: the mini plan and the same plan as its county's, so that
 * every kind but the shared place has groups of several projects.
 */

jest.setTimeout(120_000);

const database = testDatabase();
const COUNTY = {
  title: '浮梁县国民经济和社会发展第十五个五年规划纲要',
  level: 'county' as const,
  region: '浮梁县',
  parentCity: '景德镇市',
};
const STATEMENTS = {
  SAME_PROJECT_IN_SEVERAL_BOXES,
  SAME_KIND_ACROSS_DISTRICTS,
  SHARED_PLACE,
  SAME_PROJECT_IN_SEVERAL_PLANS,
};
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, miniBundle(), { database });
  await loadBundle(driver, miniBundleAs(COUNTY, 'c'), { database });
});

afterAll(async () => {
  await resetGraph(driver);
  await driver?.close();
});

interface Group {
  key: string;
  projectCount: number;
  projects: string[];
  districts: string[];
}

const slice = (skip: number, first: number | null, members: number | null) => ({
  plan: null,
  region: null,
  skip: cypherInt(skip),
  first: first === null ? null : cypherInt(first),
  members: members === null ? null : cypherInt(members),
});

function groupsOf(records: Neo4jRecord[]): { totalCount: number; groups: Group[] } {
  return {
    totalCount: toNumber(records[0].get('totalCount')),
    groups: records
      .filter((r) => r.get('key') !== null)
      .map((r) => ({
        key: r.get('key') as string,
        projectCount: toNumber(r.get('projectCount')),
        projects: (r.get('projects') as { id: string }[]).map((p) => p.id),
        districts: [...new Set(r.get('districts') as string[])].sort(),
      })),
  };
}

describe.each(Object.entries(STATEMENTS))('the %s statement', (kind, statement) => {
  it('gives each page the groups of the whole list, each with its first projects and the count of all', async () => {
    const whole = groupsOf((await driver.executeQuery(statement, slice(0, null, null), { database })).records);
    expect(whole.totalCount).toBe(whole.groups.length);
    if (kind !== 'SHARED_PLACE') expect(whole.groups.length).toBeGreaterThan(0);
    for (const group of whole.groups) expect(group.projectCount).toBe(group.projects.length);
    for (let skip = 0; skip <= whole.groups.length; skip++) {
      const page = groupsOf((await driver.executeQuery(statement, slice(skip, 1, 1), { database })).records);
      expect(page.totalCount).toBe(whole.totalCount);
      expect(page.groups).toEqual(
        whole.groups.slice(skip, skip + 1).map((g) => ({ ...g, projects: g.projects.slice(0, 1) })),
      );
    }
  });

  it('turns only the page’s projects into property maps', async () => {
    const { summary } = await driver.executeQuery(`PROFILE ${statement}`, slice(0, 1, 1), { database });
    const plan = planSteps(summary.profile as ProfiledPlan);
    // A project's map, as the plan shows its projection of ProjectRow: `x{document: x.document, …}`.
    const maps = plan.filter((s) => /\w\{document: \w+\.document, /.test(s.details));
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.every((s) => s.rows !== null && s.rows <= 1)).toBe(true);
    expect(plan.filter((s) => s.operator === 'AllNodesScan' || /NodeByLabelScan/.test(s.operator))).toEqual(
      plan.filter((s) => /NodeByLabelScan/.test(s.operator) && /:Plan\b/.test(s.details)),
    );
  });
});

it('keeps a kind’s group whole across areas: more projects than one page of members', async () => {
  const { groups } = groupsOf(
    (await driver.executeQuery(SAME_KIND_ACROSS_DISTRICTS, slice(0, null, 1), { database })).records,
  );
  expect(groups.some((g) => g.projectCount > g.projects.length)).toBe(true);
  for (const g of groups) expect(g.districts.length).toBeGreaterThanOrEqual(2);
});
