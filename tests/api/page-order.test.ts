import path from 'node:path';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { migrate } from '../../graph/migrate';
import { cypherInt } from '../../api/db/values';
import { ProjectFilterSchema, projectFilterParams } from '../../api/projects/project-filter';
import {
  MATCH_PROJECTS_FROM,
  PROJECT_ORDER,
  PROJECT_SORTS,
  type ProjectSort,
  type ProjectSource,
} from '../../api/projects/project-filter.cypher';
import { PROJECTS_PAGE } from '../../api/projects/projects.cypher';
import { loadBundle } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { planSteps } from '../fixtures/query-plan';

/**
 * Pages read in the order of an index (an industry's, every project's) come in the order the
 * projects had when all of them were found and sorted, and the migration writes the same keys as
 * the loader. On the bundled plan (365 projects).
 */

jest.setTimeout(120_000);

let driver: Driver;
const database = testDatabase();
beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  const bundle = buildBundle(path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt'));
  await loadBundle(driver, bundle, { database });
});
afterAll(() => driver?.close());

/** The page as every statement read it before the keys: all of the source's projects found, then sorted. */
const sortedPage = (source: ProjectSource) => `
${MATCH_PROJECTS_FROM[source]}
WITH p ORDER BY ${PROJECT_ORDER} SKIP $skip LIMIT $limit
RETURN collect(p.id) AS ids`;

const params = (filter: Record<string, unknown>, sort: ProjectSort, skip: number, limit: number) => ({
  ...projectFilterParams(ProjectFilterSchema.parse(filter)),
  sort,
  skip: cypherInt(skip),
  limit: cypherInt(limit),
});

async function ids(cypher: string, values: Record<string, unknown>): Promise<string[]> {
  const { records } = await driver.executeQuery(cypher, values, { database });
  const record = records[0];
  return record.has('ids')
    ? (record.get('ids') as string[])
    : (record.get('nodes') as { id: string }[]).map((n) => n.id);
}

async function industryCodes(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (i:Industry) WHERE (i)<-[:IN_INDUSTRY]-() RETURN i.code AS code ORDER BY code',
    {},
    { database },
  );
  return records.map((r) => r.get('code') as string);
}

describe.each(PROJECT_SORTS)('a page in %s order', (sort) => {
  it('of each industry lists the projects as sorting them all did, page by page', async () => {
    const codes = await industryCodes();
    expect(codes.length).toBeGreaterThan(5);
    for (const industry of codes) {
      for (const [skip, limit] of [
        [0, 1000],
        [0, 7],
        [5, 7],
      ]) {
        const values = params({ industry }, sort, skip, limit);
        const expected = await ids(sortedPage('industry'), values);
        expect(await ids(PROJECTS_PAGE[`${sort} industry`], values)).toEqual(expected);
      }
    }
  });

  it('of an industry with more criteria, and of the industry by its Chinese name, lists them as before', async () => {
    for (const filter of [
      { industry: 'ceramics', text: '园' },
      { industry: '陶瓷' },
      { industry: 'ceramics', box: 3 },
    ]) {
      const values = params(filter, sort, 0, 1000);
      const expected = await ids(sortedPage('industry'), values);
      expect(expected.length).toBeGreaterThan(0);
      expect(await ids(PROJECTS_PAGE[`${sort} industry`], values)).toEqual(expected);
    }
  });

  it('of every project, with or without a criterion, lists them as before', async () => {
    for (const [filter, skip, limit] of [
      [{}, 0, 1000],
      [{}, 40, 25],
      [{ text: '园' }, 3, 30],
    ] as const) {
      const values = params(filter, sort, skip, limit);
      const expected = await ids(sortedPage('all'), values);
      expect(expected.length).toBeGreaterThan(0);
      expect(await ids(PROJECTS_PAGE[`${sort} all`], values)).toEqual(expected);
    }
  });
});

describe('the industry page', () => {
  it('reads only as far as the page in the index of its links’ keys, sorting none of its projects', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (i:Industry {code: $code}) RETURN COUNT { (i)<-[:IN_INDUSTRY]-() } AS n',
      { code: 'ceramics' },
      { database },
    );
    expect((records[0].get('n') as { toNumber(): number }).toNumber()).toBeGreaterThan(20);
    // Plans made before this file's graph (by earlier files on the same database) are not reused.
    await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
    for (const sort of PROJECT_SORTS) {
      const { summary } = await driver.executeQuery(
        `PROFILE ${PROJECTS_PAGE[`${sort} industry`]}`,
        params({ industry: 'ceramics' }, sort, 2, 3),
        { database },
      );
      const plan = planSteps(summary.profile as ProfiledPlan);
      const seek = plan.filter((s) => /RelationshipIndexSeek/.test(s.operator));
      // The operators, should the planner have read the links some other way.
      expect({ seeks: seek.length, operators: seek.length === 1 ? [] : plan.map((s) => s.operator) }).toEqual({
        seeks: 1,
        operators: [],
      });
      expect(seek[0].details).toContain(`IN_INDUSTRY(${sort === 'BOX' ? 'orderKey' : 'nameKey'})`);
      // Index seeks may read one entry past the last they give.
      expect(seek[0].rows).toBeLessThanOrEqual(5);
      // The one sort merges the pages of the industry nodes the value names: five rows at most.
      const sorts = plan.filter((s) => /Sort|Top/.test(s.operator));
      expect(sorts).toHaveLength(1);
      expect(sorts[0].rows).toBeLessThanOrEqual(5);
    }
  });
});

describe('the migration', () => {
  const KEYS = `
MATCH (p:Project)
RETURN p.id AS id, p.orderKey AS orderKey, p.nameKey AS nameKey,
  COLLECT { MATCH (p)-[r:IN_INDUSTRY]->(i) RETURN [i.code, r.orderKey, r.nameKey] ORDER BY i.code } AS industries
ORDER BY id`;

  it('writes the sort keys the loader writes, for projects loaded without them', async () => {
    const read = async () => (await driver.executeQuery(KEYS, {}, { database })).records.map((r) => r.toObject());
    const loaded = await read();
    expect(loaded.every((p) => p.orderKey && p.industries.every((k: string[]) => k[1] && k[2]))).toBe(true);
    await driver.executeQuery(
      'MATCH (p:Project) REMOVE p.orderKey WITH p MATCH (p)-[r:IN_INDUSTRY]->() REMOVE r.orderKey, r.nameKey',
      {},
      { database },
    );
    expect((await read()).every((p) => p.orderKey === null)).toBe(true);
    await migrate(driver, database);
    expect(await read()).toEqual(loaded);
  });
});
