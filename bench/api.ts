import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from '../api/app';
import { createApiDriver } from '../api/db/driver';
import { neo4jConfig } from '../graph/config';
import { type Result, runPool, summarize } from './measure';

/** The fields the web UI asks for (ui/src/graphql/queries.ts). */
const EVIDENCE = 'evidence { document documentTitle line quote basis rule }';
const QUERIES = {
  projects: `query Projects($filter: ProjectFilter) { projects(filter: $filter, first: 50) { totalCount
    nodes { id name tier box boxes industries { code zh } districts { name } units { role unit { id name } } }
    pageInfo { hasNextPage endCursor } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 20) { id type name score } }`,
  overlaps: `query Overlaps($kind: OverlapKind!) { overlaps(kind: $kind) { kind key districts
    projects { id name boxes districts { name } } } }`,
  chain: `query ResponsibilityChain($projectId: ID!) { responsibilityChain(projectId: $projectId) { complete note
    stopsAt { id type name } steps { relation basis from { id type name } to { id type name } ${EVIDENCE} } } }`,
  neighborhood: `query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) {
    nodes { id label type data } edges { id source target type basis ${EVIDENCE} } truncated limit } }`,
};

export interface ApiBenchOptions {
  sequentialMs: number;
  concurrentMs: number;
  requests?: number;
  concurrency?: number;
  /** Each query stops starting requests after this long in each mode. */
  budgetMs?: number;
}

/**
 * Latency of the API's key reads over loopback HTTP, the app started in this process on an
 * ephemeral port against the plan loaded in NEO4J_URI.
 */
export async function benchApi(options: ApiBenchOptions): Promise<Result[]> {
  const { requests = 50, concurrency = 8, budgetMs = 60_000 } = options;
  const config = neo4jConfig();
  const driver = createApiDriver(config);
  const { server, stop } = await createApp({
    driver,
    database: config.database,
    rateLimit: { windowMs: 60_000, limit: 1_000_000 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (!res.ok || body.errors?.length)
      throw new Error(`HTTP ${res.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    return body.data!;
  };
  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`);
    const text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  };

  try {
    // The chain and the neighbourhood are read for the best search hit that is a project.
    const hits = (await gql(QUERIES.search, { text: '御窑' })).search as { id: string; type: string }[];
    const project = hits.find((hit) => hit.type === 'Project');
    if (!project) throw new Error('search("御窑") found no project: is the bundled plan loaded?');

    const cases: { name: string; call: () => Promise<unknown> }[] = [
      { name: 'projects(industry: aviation)', call: () => gql(QUERIES.projects, { filter: { industry: 'aviation' } }) },
      { name: 'search("御窑")', call: () => gql(QUERIES.search, { text: '御窑' }) },
      {
        name: 'overlaps(SAME_KIND_ACROSS_DISTRICTS)',
        call: () => gql(QUERIES.overlaps, { kind: 'SAME_KIND_ACROSS_DISTRICTS' }),
      },
      { name: 'responsibilityChain', call: () => gql(QUERIES.chain, { projectId: project.id }) },
      { name: 'neighborhood(depth 2)', call: () => gql(QUERIES.neighborhood, { id: project.id, depth: 2 }) },
      { name: 'GET /export/projects.csv', call: () => get('/export/projects.csv') },
    ];

    const results: Result[] = [];
    for (const { name, call } of cases) {
      for (const [mode, lanes, target] of [
        ['seq', 1, options.sequentialMs],
        [`c${concurrency}`, concurrency, options.concurrentMs],
      ] as const) {
        try {
          // First calls compile the query plans in Neo4j and warm the connection pool; not counted.
          for (let i = 0; i < 3; i += 1) await call();
          const cpuBefore = process.cpuUsage();
          const durations = await runPool(requests, lanes, budgetMs, async () => void (await call()));
          const cpu = process.cpuUsage(cpuBefore);
          const stats = summarize(durations);
          // CPU this process (server and client) spent per request: the part that does not grow with a busy machine.
          const cpuMs = (cpu.user + cpu.system) / 1000 / stats.count;
          const note = `median ${stats.median.toFixed(0)}, max ${stats.max.toFixed(0)} ms; node CPU ${cpuMs.toFixed(0)} ms/req; ${stats.count} req`;
          results.push({ name: `api ${name} ${mode} p95`, value: stats.p95, unit: 'ms', target, note });
        } catch (error) {
          const note = `failed: ${error instanceof Error ? error.message : String(error)}`;
          results.push({ name: `api ${name} ${mode} p95`, value: NaN, unit: 'ms', target, note });
        }
      }
    }
    return results;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await driver.close();
  }
}
