import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { BOXES, DISTRICT_INDUSTRY_MATRIX, DISTRICTS, INDUSTRIES_IN_SCOPE } from '../../api/catalog/catalog.cypher';
import { cypherInt } from '../../api/db/values';
import { OVERVIEW, OVERVIEW_SHOWN } from '../../api/network/slice.cypher';
import {
  SAME_KIND_ACROSS_DISTRICTS,
  SAME_PROJECT_IN_SEVERAL_BOXES,
  SAME_PROJECT_IN_SEVERAL_PLANS,
  SHARED_PLACE,
} from '../../api/overlaps/overlaps.cypher';
import { ProjectFilterSchema, projectFilterParams, projectSource } from '../../api/projects/project-filter';
import { PROJECTS_CSV, PROJECTS_PAGE } from '../../api/projects/projects.cypher';
import { loadBundle, planIdOf } from '../../import/load';
import { miniBundle, miniBundleAs, OTHER_CITY } from '../fixtures/mini-bundle';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { bySource, planSteps, scansEveryProject, type PlanStep } from '../fixtures/query-plan';

/**
 * Plan and region scopes are found through the plans and the Project(plan) index: no statement
 * scans every project, and none gathers the plans of a region once per project.
 */

jest.setTimeout(120_000);

const database = testDatabase();
let driver: Driver;
const city = planIdOf(miniBundle().plan);
let other: string;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  expect((await loadBundle(driver, miniBundle(), { database })).plan).toBe(city);
  other = (await loadBundle(driver, miniBundleAs(OTHER_CITY, 'b'), { database })).plan;
});

afterAll(async () => {
  await resetGraph(driver);
  await driver?.close();
});

async function profile(cypher: string, params: Record<string, unknown>): Promise<{ steps: PlanStep[]; rows: number }> {
  const { summary, records } = await driver.executeQuery(`PROFILE ${cypher}`, params, { database });
  return { steps: planSteps(summary.profile as ProfiledPlan), rows: records.length };
}

const filterParams = (values: Record<string, unknown>) => ({
  ...projectFilterParams(ProjectFilterSchema.parse(values)),
  sort: 'BOX',
  skip: cypherInt(0),
  limit: cypherInt(50),
});

const scopes = () =>
  [
    ['a plan', { plan: city, region: null }],
    ['a region', { plan: null, region: 'region:3602' }],
  ] as const;

describe.each([
  ['projects', bySource(PROJECTS_PAGE, 'BOX')],
  ['CSV export', PROJECTS_CSV],
  ['overview', OVERVIEW],
  ['overview as drawn', OVERVIEW_SHOWN],
])('the %s statement', (_name, statements) => {
  it.each(scopes())('at %s starts from the plans and never scans every project', async (_scope, scope) => {
    const values = filterParams(scope);
    expect(projectSource(ProjectFilterSchema.parse(scope))).toBe('plans');
    const { steps: plan } = await profile(statements.plans, values);
    expect(plan.filter(scansEveryProject)).toEqual([]);
  });

  it('at a region from a district looks each project’s plan up by id', async () => {
    const { steps: plan } = await profile(
      statements.district,
      filterParams({ district: '浮梁县', region: 'region:3602' }),
    );
    expect(plan.filter(scansEveryProject)).toEqual([]);
    expect(plan.filter((s) => s.operator === 'NodeByLabelScan' && /:Plan\b/.test(s.details))).toEqual([]);
  });
});

describe.each([
  ['same project in several boxes', SAME_PROJECT_IN_SEVERAL_BOXES],
  ['same kind across districts', SAME_KIND_ACROSS_DISTRICTS],
  ['shared place', SHARED_PLACE],
  ['same project in several plans', SAME_PROJECT_IN_SEVERAL_PLANS],
  ['district × industry matrix', DISTRICT_INDUSTRY_MATRIX],
  ['districts', DISTRICTS],
  ['industries', INDUSTRIES_IN_SCOPE],
  ['boxes', BOXES],
])('the %s statement', (_name, statement) => {
  it.each(scopes())('at %s scans no project', async (_scope, scope) => {
    // The overlap statements read one page of groups; the others ignore these parameters.
    const { steps: plan } = await profile(statement, {
      ...scope,
      skip: cypherInt(0),
      first: cypherInt(20),
      members: cypherInt(50),
    });
    expect(plan.filter(scansEveryProject)).toEqual([]);
  });
});

describe('a scope keeps to its plans', () => {
  it('counts one city’s projects at its plan and at its region, both cities’ with none', async () => {
    const count = async (scope: Record<string, unknown>) => {
      const { records } = await driver.executeQuery(
        PROJECTS_PAGE[`BOX ${projectSource(ProjectFilterSchema.parse(scope))}`],
        filterParams(scope),
        { database },
      );
      return (records[0].get('totalCount') as { toNumber(): number }).toNumber();
    };
    const n = miniBundle().projects.length;
    expect(await count({ plan: city })).toBe(n);
    expect(await count({ plan: other })).toBe(n);
    expect(await count({ region: 'region:3602' })).toBe(n);
    expect(await count({ region: 'region:36' })).toBe(2 * n);
    expect(await count({ region: 'region:nowhere' })).toBe(0);
    expect(await count({})).toBe(2 * n);
  });
});
