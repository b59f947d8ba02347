import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { localNeo4jConfig, neo4jConfig, projectRoot } from '../graph/config';
import { createDriver } from '../graph/driver';
import { localStatus } from '../graph/local-neo4j';
import { percentile } from './measure';
import { waitForIdle } from './peer/idle';

/**
 * `node dist/bench/peer.js`: PlanGraph's API and the @neo4j/graphql peer (bench/peer/) served side
 * by side over the Neo4j of NEO4J_URI, each in its own process, sent the same reads with
 * autocannon at 1, 16 and 64 connections in the same run. Prints req/s and p50/p95/p99 latency
 * of each, the CPU each API's process and the local Neo4j spent per request, and PlanGraph's
 * throughput as a ratio of the peer's. With `--baseline`, another build of PlanGraph (main's, say)
 * is served too and sent the same reads in turn, so that a change is measured against the build
 * before it in the same minutes. On a shared machine, `--rounds` loads each API several times,
 * taking turns, and gives the median throughput.
 */

/** How long a load's leftover transactions may run on before they are terminated. */
const IDLE_LIMIT_MS = 120_000;

/** The cases by the name `--cases` knows them by. */
const CASE_KEYS = ['projects', 'search', 'neighbourhood'] as const;

interface Case {
  key: (typeof CASE_KEYS)[number];
  name: string;
  plangraph: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
}

function cases(industry: string, text: string, projectId: string): Case[] {
  const order = [{ box: 'ASC' }, { item: 'ASC' }, { line: 'ASC' }, { id: 'ASC' }];
  return [
    {
      key: 'projects',
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
      key: 'search',
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
      key: 'neighbourhood',
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
  api: string;
  connections: number;
  /** Median over the rounds. */
  requestsPerSecond: number;
  /** Over every request of every round. */
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU ms per request answered: the API's process, and the local Neo4j's (null when it is not local). */
  apiCpuMs: number;
  neo4jCpuMs: number | null;
}

/** One API's load for one case and connection count, in one round. */
interface Round {
  requestsPerSecond: number;
  requests: number;
  latencies: number[];
  errors: number;
  apiCpuMs: number;
  neo4jCpuMs: number | null;
}

/** CPU ms (user and system) a process has used (Linux). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function load(
  url: string,
  body: string,
  connections: number,
  seconds: number,
  pids: { api: number; neo4j: number | null },
): Promise<Round> {
  const latencies: number[] = [];
  const before = { api: cpuMs(pids.api), neo4j: pids.neo4j === null ? 0 : cpuMs(pids.neo4j) };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencies,
    errors: result.errors + result.timeouts + result.non2xx,
    apiCpuMs: cpuMs(pids.api) - before.api,
    neo4jCpuMs: pids.neo4j === null ? null : cpuMs(pids.neo4j) - before.neo4j,
  };
}

/** The rounds of one API, case and connection count as one run. */
function summarize(c: string, api: string, connections: number, rounds: Round[]): Run {
  const rates = rounds.map((r) => r.requestsPerSecond).sort((a, b) => a - b);
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const answered = Math.max(
    1,
    rounds.reduce((sum, r) => sum + r.requests, 0),
  );
  const perRequest = (ms: number) => Math.round((ms / answered) * 100) / 100;
  const neo4jMs = rounds.map((r) => r.neo4jCpuMs);
  return {
    case: c,
    api,
    connections,
    requestsPerSecond: percentile(rates, 50),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    apiCpuMs: perRequest(rounds.reduce((sum, r) => sum + r.apiCpuMs, 0)),
    neo4jCpuMs: neo4jMs.includes(null) ? null : perRequest(neo4jMs.reduce((sum, ms) => sum! + ms!, 0)!),
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
  const child = spawn(process.execPath, [script], {
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
    .option(
      '--rounds <n>',
      'loads of each API per case and connection count, taking turns (req/s: the median)',
      positive,
      1,
    )
    .option('--cases <list>', `cases to run, of ${CASE_KEYS.join(', ')}`, CASE_KEYS.join(','))
    .option('--port <n>', 'PlanGraph on this port, the peer on the next, the baseline on the one after', positive, 7775)
    .option('--baseline <dir>', 'also serve the PlanGraph build of this project folder (its dist/api/main.js)')
    .parse(process.argv);
  const opts = program.opts<{
    industry: string;
    search: string;
    project?: string;
    seconds: number;
    connections: string;
    cases: string;
    rounds: number;
    port: number;
    baseline?: string;
  }>();
  const connections = opts.connections.split(',').map(Number);
  const config = neo4jConfig();
  const env = {
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    RATE_LIMIT_MAX: '1000000000',
  };
  const dist = path.join(projectRoot(__dirname), 'dist');
  const apis = [
    { api: 'PlanGraph', url: `http://127.0.0.1:${opts.port}/graphql`, script: path.join(dist, 'api', 'main.js') },
    {
      api: '@neo4j/graphql',
      url: `http://127.0.0.1:${opts.port + 1}/`,
      script: path.join(dist, 'bench', 'peer', 'server.js'),
    },
    ...(opts.baseline
      ? [
          {
            api: 'PlanGraph (baseline)',
            url: `http://127.0.0.1:${opts.port + 2}/graphql`,
            script: path.resolve(opts.baseline, 'dist', 'api', 'main.js'),
          },
        ]
      : []),
  ];
  const [plangraph, peer] = apis;
  const neo4jPid = config.externalUri ? null : localStatus(localNeo4jConfig()).pid;
  const children = apis.map(({ script }, i) => serve(script, opts.port + i, env));
  const driver = createDriver(config);
  try {
    const probe = { query: '{ __typename }', variables: {} };
    await Promise.all(apis.map(({ url }) => waitFor(url, probe)));
    const hits = (
      await post(plangraph.url, {
        query: `query ($t: String!) { search(text: $t, first: 5) { id type } }`,
        variables: { t: opts.search },
      })
    ).search as { id: string; type: string }[];
    const projectId = opts.project ?? hits.find((h) => h.type === 'Project')?.id;
    if (!projectId) throw new Error(`search("${opts.search}") found no project; give --project`);

    const runs: Run[] = [];
    const chosen = opts.cases.split(',');
    for (const c of cases(opts.industry, opts.search, projectId).filter((c) => chosen.includes(c.key))) {
      const payloads = apis.map(({ api }) => (api === peer.api ? c.peer : c.plangraph));
      // Each answers before it is measured; a wrong query must not be measured as a fast one.
      // An API still busy with the last case's requests (the peer's pool taken for a minute after
      // 64 connections of a slow query) is waited for, not counted as failing.
      for (const [i, { url }] of apis.entries()) await waitFor(url, payloads[i]);
      for (const n of connections) {
        const rounds: Round[][] = apis.map(() => []);
        for (let round = 0; round < opts.rounds; round++) {
          // Each round in another order, so that no API always follows the same one.
          for (let k = 0; k < apis.length; k++) {
            const i = (k + round) % apis.length;
            const pids = { api: children[i].pid!, neo4j: neo4jPid };
            const measured = await load(apis[i].url, JSON.stringify(payloads[i]), n, opts.seconds, pids);
            rounds[i].push(measured);
            // Requests still in flight when a load ends must not count against the next one: their
            // clients have gone, but Neo4j runs their statements to the end unless they are ended;
            // then a second for the APIs to finish with the answers nobody reads.
            const idle = await waitForIdle(driver, IDLE_LIMIT_MS);
            await new Promise((resolve) => setTimeout(resolve, 1000));
            console.error(
              `${c.name} | ${apis[i].api} | c${n} | round ${round + 1} | ${measured.requestsPerSecond.toFixed(0)} req/s | errors ${measured.errors} | Neo4j busy ${(idle.waitedMs / 1000).toFixed(1)} s after it${idle.terminated ? `, ${idle.terminated} transactions terminated` : ''}`,
            );
          }
        }
        runs.push(...apis.map(({ api }, i) => summarize(c.name, api, n, rounds[i])));
      }
    }
    console.log(
      '| query | connections | API | req/s (median) | p50 / p95 / p99 ms | API CPU ms/req | Neo4j CPU ms/req | ratio to the peer |',
    );
    console.log('| --- | ---: | --- | ---: | --- | ---: | ---: | ---: |');
    for (let i = 0; i < runs.length; i += apis.length) {
      const group = runs.slice(i, i + apis.length);
      const peerRun = group.find((r) => r.api === peer.api)!;
      for (const r of group) {
        const errors = r.errors ? ` (${r.errors} errors)` : '';
        // An API that answered nothing has no latency, and a ratio to it says nothing.
        const ratio =
          r === peerRun
            ? ''
            : peerRun.requestsPerSecond > 0
              ? (r.requestsPerSecond / peerRun.requestsPerSecond).toFixed(2)
              : '—';
        const latency = Number.isNaN(r.p50) ? 'no answer during the load' : `${r.p50} / ${r.p95} / ${r.p99}`;
        console.log(
          `| ${r.case} | ${r.connections} | ${r.api} | ${r.requestsPerSecond.toFixed(0)}${errors} | ${latency} | ${r.apiCpuMs} | ${r.neo4jCpuMs ?? '–'} | ${ratio} |`,
        );
      }
    }
  } finally {
    await driver.close();
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
