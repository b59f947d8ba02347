import { getIntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { INDUSTRIES } from '../../api/catalog/catalog.cypher';
import { GRAPH_GENERATION } from '../../api/db/generation.cypher';
import { Graph } from '../../api/db/graph';
import { GraphTimeoutError } from '../../api/db/errors';
import { LIMITS } from '../../api/limits';
import { NEIGHBORHOOD_BY_DEPTH } from '../../api/network/slice.cypher';
import { SEARCH_ALL_NAMES } from '../../api/search/search.cypher';
import { gid, scopedMiniBundle } from '../fixtures/mini-bundle';
import { testDatabase } from '../fixtures/neo4j';
import { type ApiServer, type MiniApi, startApi, startMiniApi } from './api-server';

jest.setTimeout(60_000);

let driver: Driver;
let api: ApiServer;
let suite: MiniApi | undefined;
const counting = { statements: [] as string[] };
const bundle = scopedMiniBundle();

beforeAll(async () => {
  suite = await startMiniApi({ counting: true });
  ({ driver, api } = suite);
  counting.statements = suite.statements;
});

afterAll(() => suite?.close());

const NESTED = `query($first: Int) { projects(first: $first) { totalCount nodes {
  id name chapterPath { title }
  industries { code evidence { quote documentTitle } }
  districts { name evidence { basis documentTitle } }
  places { place { name projectCount } evidence { quote } }
  units { role unit { name } evidence { documentTitle } }
  mentions { box line }
  evidence { documentTitle }
} } }`;

async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
  counting.statements.length = 0;
  const response = await api.gql(query, variables);
  expect(response.errors).toBeUndefined();
  return { count: counting.statements.length, statements: [...counting.statements], data: response.data };
}

describe('statements per request', () => {
  it('runs the same few statements for a nested page of 3 projects as for all of them', async () => {
    const few = await statementsFor(NESTED, { first: 3 });
    const all = await statementsFor(NESTED, { first: 200 });
    expect(few.data.projects.nodes).toHaveLength(3);
    expect(all.data.projects.nodes).toHaveLength(bundle.projects.length);
    // The page with the links of all its projects, then the titles of all cited documents.
    expect(all.count).toBe(2);
    expect(few.count).toBe(all.count);
  });

  it('loads the projects of all overlap groups together', async () => {
    const { count } = await statementsFor(
      `{ overlaps(kind: SHARED_PLACE) { key projects { name districts { name } units { role } } } }`,
    );
    expect(count).toBe(2);
  });

  it('answers a project’s neighbourhood and a search with one statement each, and no generation check', async () => {
    const id = bundle.projects[0].id;
    const neighbourhood = await statementsFor(`query ($id: ID!) { neighborhood(id: $id) { nodes { id } } }`, { id });
    expect(neighbourhood.data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(neighbourhood.statements).toEqual([NEIGHBORHOOD_BY_DEPTH.get(1)]);
    const search = await statementsFor(`query ($text: String!) { search(text: $text) { id } }`, { text: '御窑' });
    expect(search.data.search.length).toBeGreaterThan(0);
    expect(search.statements).toEqual([SEARCH_ALL_NAMES]);
  });

  it('answers a catalog list with one statement beside the graph’s generation, and all its industries’ indicators with one more', async () => {
    const list = `{ industries { code } }`;
    expect((await statementsFor(list)).statements).toEqual([GRAPH_GENERATION, INDUSTRIES]);
    // The list is kept until the graph changes: the next request reads only the generation.
    expect((await statementsFor(list)).statements).toEqual([GRAPH_GENERATION]);
    const indicators = await statementsFor(`{ industries { code indicators { name } } }`);
    expect(indicators.statements.filter((s) => s !== GRAPH_GENERATION)).toHaveLength(1);
  });
});

describe('limits', () => {
  it(`refuses a page larger than ${LIMITS.maxPageSize}`, async () => {
    const { data, errors, status } = await api.gql(`{ projects(first: ${LIMITS.maxPageSize + 1}) { totalCount } }`);
    expect(data).toBeNull();
    expect(status).toBe(400);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/first must be between/);
  });

  it('refuses a query deeper than the depth cap', async () => {
    // The schema has no cycles, so its own depth is small; a lower cap shows the rule at work.
    const shallow = await startApi({ driver, database: testDatabase(), maxDepth: 3 });
    try {
      const ok = await shallow.gql(`{ projects(first: 1) { nodes { districts { name } } } }`);
      expect(ok.status).toBe(200);
      expect(ok.errors).toBeUndefined();
      const deep = await shallow.gql(`{ projects(first: 1) { nodes { places { place { name } } } } }`);
      expect(deep.status).toBe(400);
      expect(deep.errors![0].message).toMatch(/exceeds maximum operation depth of 3/);
    } finally {
      await shallow.close();
    }
  });

  it('lets the full introspection query through (GraphiQL and code generators need it)', async () => {
    const { status, data, errors } = await api.gql(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('refuses a query whose cost is above the complexity cap', async () => {
    // Within the alias cap, but every alias asks for a full page.
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `p${i}: projects(first: 200) { nodes { id name box tier boxes item } }`,
    ).join('\n');
    const { status, errors, data } = await api.gql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps a neighbourhood and says which limit it used', async () => {
    const { data } = await api.gql(
      `{ neighborhood(id: "${gid('box:13')}", depth: 2, limit: 100000) { limit truncated nodes { id } } }`,
    );
    expect(data.neighborhood.limit).toBe(LIMITS.maxNeighborhoodNodes);
    expect(data.neighborhood.truncated).toBe(false);
    const deep = await api.gql(
      `{ neighborhood(id: "${gid('box:13')}", depth: ${LIMITS.maxNeighborhoodDepth + 1}) { limit } }`,
    );
    expect(deep.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('stops a read that runs past the transaction timeout', async () => {
    // A statement's first run has the warm-up's allowance (it is planned then); here both are short.
    const graph = new Graph(driver, {
      database: testDatabase(),
      transactionTimeoutMs: 300,
      requestTimeoutMs: 20_000,
      probeTimeoutMs: 3_000,
      maxConcurrentReads: 8,
      warmUpStatementTimeoutMs: 300,
      warmUpConcurrency: 2,
    });
    const reader = graph.openRequest();
    const started = Date.now();
    await expect(
      reader.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)'),
    ).rejects.toBeInstanceOf(GraphTimeoutError);
    expect(Date.now() - started).toBeLessThan(15_000);
    await reader.close();
  });

  it('reads only: a write through the API reader is refused', async () => {
    const reader = new Graph(driver, {
      database: testDatabase(),
      transactionTimeoutMs: 5_000,
      requestTimeoutMs: 10_000,
      probeTimeoutMs: 3_000,
      maxConcurrentReads: 8,
      warmUpStatementTimeoutMs: 60_000,
      warmUpConcurrency: 2,
    }).openRequest();
    // Neo4j itself refuses: the statement runs in a session opened for reads (READ access mode).
    await expect(reader.read("CREATE (:Project {id: 'project:written-by-api'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    await expect(reader.read("MATCH (p:Project) SET p.name = 'overwritten' RETURN count(p)")).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    await expect(reader.read('MATCH (p:Project) DETACH DELETE p')).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    await reader.close();
    const check = await driver.executeQuery(
      "MATCH (p:Project {id: 'project:written-by-api'}) RETURN count(p) AS n",
      {},
      { database: testDatabase() },
    );
    expect(check.records[0].get('n').toNumber()).toBe(0);
    const names = await driver.executeQuery(
      'MATCH (p:Project) RETURN count(p) AS n, sum(CASE p.name WHEN $x THEN 1 ELSE 0 END) AS overwritten',
      { x: 'overwritten' },
      { database: testDatabase() },
    );
    expect(names.records[0].get('n').toNumber()).toBe(bundle.projects.length);
    expect(names.records[0].get('overwritten').toNumber()).toBe(0);
  });
});

describe('CSRF protection', () => {
  const query = encodeURIComponent('{ boxes { number } }');

  it('refuses a GET without a content type or preflight header (what urql sends by default)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${query}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('accepts a GET with the preflight header and a POST with application/json', async () => {
    const get = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ boxes { number } }' }),
    });
    expect(post.status).toBe(200);
    expect((await post.json()).data.boxes.map((b: { number: number }) => b.number)).toEqual([2, 5, 6, 7, 13]);
  });
});
