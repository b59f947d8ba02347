import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { neo4jConfig, projectRoot } from '../graph/config';
import { percentile } from './measure';

/**
 * `node dist/bench/peer.js`: PlanGraph's API and the @neo4j/graphql peer (bench/peer/) served side
 * by side over the Neo4j of NEO4J_URI, each in its own process, sent the same reads with
 * autocannon at 1, 16 and 64 connections in the same run. Prints req/s and p50/p95/p99 latency
 * of each, and PlanGraph's throughput as a ratio of the peer's.
 */

interface Case {
  name: string;
  plangraph: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
}

function cases(industry: string, text: string, projectId: string): Case[] {
  const order = [{ box: 'ASC' }, { item: 'ASC' }, { line: 'ASC' }, { id: 'ASC' }];
  return [
    {
      name: `projects(industry: ${industry}), 50 with districts and industries`,
      plangraph: {
        query: `query ($industry: String) { projects(filter: { industry: $industry }, first: 50) { totalCount nodes { id name box districts { name } industries { code zh } } } }`,
        variables: { industry },
      },
      peer: {
        query: `query ($industry: String!, $sort: [ProjectSort!]) { projectsConnection(first: 50, where: { industries: { some: { code: { eq: $industry } } } }, sort: $sort) { totalCount edges { node { id name box districts { name } industries { code zh } } } } }`,
        variables: { industry, sort: order },
      },
    },
    {
      name: `search("${text}"), 20 hits`,
      plangraph: {
        query: `query ($text: String!) { search(text: $text, first: 20) { id name score } }`,
        variables: { text },
      },
      peer: {
        query: `query ($text: String!) { search(text: $text, first: 20) { id name score } }`,
        variables: { text },
      },
    },
    {
      name: 'a project’s neighbourhood (depth 1)',
      plangraph: {
        query: `query ($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id label type } edges { id source target type } } }`,
        variables: { id: projectId },
      },
      peer: {
        query: `query ($id: ID!) { projects(where: { id: { eq: $id } }) { id name industries { id code } districts { id name } boxes { id number title } units { id name } } }`,
        variables: { id: projectId },
      },
    },
  ];
}

interface Run {
  case: string;
  api: 'PlanGraph' | '@neo4j/graphql';
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  body: string,
  connections: number,
  seconds: number,
): Promise<Omit<Run, 'case' | 'api'>> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  samples.sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function post(
  url: string,
  payload: { query: string; variables: Record<string, unknown> },
): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(`${url}: HTTP ${res.status} ${body.errors?.[0]?.message ?? ''}`);
  return body.data!;
}

/** A server in its own process; the run stops if it exits (a port in use must not send load elsewhere). */
function serve(script: string, port: number, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.join(projectRoot(__dirname), 'dist', script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    // Stopped by this run: the API handles SIGTERM itself and exits 0; the peer dies of it.
    if (child.killed && (code === 0 || signal === 'SIGTERM')) return;
    console.error(`${script} exited (${code ?? signal}); stopping`);
    process.exit(1);
  });
  return child;
}

async function waitFor(url: string, payload: { query: string; variables: Record<string, unknown> }): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      await post(url, payload);
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

async function main(): Promise<void> {
  const program = new Command('peer')
    .option('--industry <code>', 'industry of the projects query', 'logistics')
    .option('--search <text>', 'search text', '物流园')
    .option('--project <id>', 'project of the neighbourhood query (default: the best hit of the search)')
    .option('--seconds <n>', 'seconds of load per API, case and connection count', positive, 8)
    .option('--connections <list>', 'connection counts', '1,16,64')
    .option('--port <n>', 'PlanGraph on this port, the peer on the next', positive, 7775)
    .parse(process.argv);
  const opts = program.opts<{
    industry: string;
    search: string;
    project?: string;
    seconds: number;
    connections: string;
    port: number;
  }>();
  const connections = opts.connections.split(',').map(Number);
  const config = neo4jConfig();
  const env = {
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    RATE_LIMIT_MAX: '1000000000',
  };
  const urls = { plangraph: `http://127.0.0.1:${opts.port}/graphql`, peer: `http://127.0.0.1:${opts.port + 1}/` };
  const children = [serve('api/main.js', opts.port, env), serve('bench/peer/server.js', opts.port + 1, env)];
  try {
    const probe = { query: '{ __typename }', variables: {} };
    await Promise.all([waitFor(urls.plangraph, probe), waitFor(urls.peer, probe)]);
    const hits = (
      await post(urls.plangraph, {
        query: `query ($t: String!) { search(text: $t, first: 5) { id type } }`,
        variables: { t: opts.search },
      })
    ).search as { id: string; type: string }[];
    const projectId = opts.project ?? hits.find((h) => h.type === 'Project')?.id;
    if (!projectId) throw new Error(`search("${opts.search}") found no project; give --project`);

    const runs: Run[] = [];
    for (const c of cases(opts.industry, opts.search, projectId)) {
      // Both answer before they are measured; a wrong query must not be measured as a fast one.
      // An API still busy with the last case's requests (the peer's pool taken for a minute after
      // 64 connections of a slow query) is waited for, not counted as failing.
      await waitFor(urls.plangraph, c.plangraph);
      await waitFor(urls.peer, c.peer);
      for (const n of connections) {
        for (const [api, url, payload] of [
          ['PlanGraph', urls.plangraph, c.plangraph],
          ['@neo4j/graphql', urls.peer, c.peer],
        ] as const) {
          const run = { case: c.name, api, ...(await load(url, JSON.stringify(payload), n, opts.seconds)) };
          runs.push(run);
          // Requests still in flight when a run ends must not count against the next one.
          await new Promise((resolve) => setTimeout(resolve, opts.seconds * 500));
          console.error(
            `${run.case} | ${api} | c${n} | ${run.requestsPerSecond.toFixed(0)} req/s | p50 ${run.p50} p95 ${run.p95} p99 ${run.p99} ms | errors ${run.errors}`,
          );
        }
      }
    }
    console.log(
      '| query | connections | PlanGraph req/s | p50 / p95 / p99 ms | @neo4j/graphql req/s | p50 / p95 / p99 ms | ratio |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (let i = 0; i < runs.length; i += 2) {
      const [ours, peer] = [runs[i], runs[i + 1]];
      const errors = (r: Run) => (r.errors ? ` (${r.errors} errors)` : '');
      console.log(
        `| ${ours.case} | ${ours.connections} | ${ours.requestsPerSecond.toFixed(0)}${errors(ours)} | ${ours.p50} / ${ours.p95} / ${ours.p99} | ${peer.requestsPerSecond.toFixed(0)}${errors(peer)} | ${peer.p50} / ${peer.p95} / ${peer.p99} | ${(ours.requestsPerSecond / peer.requestsPerSecond).toFixed(2)} |`,
      );
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
