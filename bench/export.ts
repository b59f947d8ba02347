import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import neo4j from 'neo4j-driver';
import { neo4jConfig, projectRoot } from '../graph/config';
import { createDriver } from '../graph/driver';
import { NodeLabel } from '../graph/model';
import { CREATE_PROVINCE, PLACE_DISTRICTS, SET_PROJECT_PLAN } from './export.cypher';
import { percentile } from './measure';
import { writeNational } from './national';

/**
 * `npm run bench:export`: a synthetic national graph (bench/national.ts) with at least
 * `--projects` projects in a few counties of one invented province, then the API in its own
 * process asked for the province's projects as CSV (time to first byte, total time, rows, the
 * API's peak RSS) and for the first page of each overlap kind at province level as the overlaps
 * view asks (p50/p95 over `--runs`), and the API's CPU per export. With `--builds`, the APIs of
 * several builds (a copy of `dist` from before a change and today's) run side by side on the same
 * graph and are asked in turn. Reuses the graph when it already holds enough projects.
 */

const PROVINCE = 'region:bench-province';
const CITIES = 2;

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

/** The overlaps view's page query (ui/src/overlaps/overlaps.graphql.ts), with the fields it shows. */
const OVERLAPS = `query Overlaps($kind: OverlapKind!, $region: ID, $first: Int) {
  overlapPage(kind: $kind, region: $region, first: $first) {
    totalCount hasNextPage endCursor
    groups { kind key districts facilityKind { id zh en } projectCount projects { id name boxes districts { name } } }
  }
}`;

/** Every overlap kind, the view's default first. */
const OVERLAP_KINDS = [
  'SAME_KIND_ACROSS_DISTRICTS',
  'SAME_PROJECT_IN_SEVERAL_BOXES',
  'SHARED_PLACE',
  'SAME_PROJECT_IN_SEVERAL_PLANS',
] as const;

interface Options {
  projects: number;
  districts: number;
  runs: number;
  port: number;
  /** Compiled builds (`dist` folders) whose APIs are asked in turn: before and after, side by side. */
  builds: string[];
}

async function buildGraph(options: Options): Promise<number> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  const write = (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, { database: config.database, routing: neo4j.routing.WRITE });
  try {
    const count = async () =>
      (await write(`MATCH (p:${NodeLabel.Project}) RETURN count(p) AS n`, {})).records[0].get('n') as number;
    if ((await count()) < options.projects) {
      const summary = await writeNational({
        projects: options.projects,
        districts: options.districts,
        batch: 10_000,
        seed: 1,
      });
      console.log(`graph written: ${summary.nodes + summary.relationships} items in ${summary.seconds.toFixed(1)} s`);
    }
    const cities = Array.from({ length: CITIES }, (_, i) => ({
      id: `region:bench-city-${i + 1}`,
      name: `基准市${i + 1}`,
    }));
    await write(CREATE_PROVINCE, { province: PROVINCE, provinceName: '基准省', cities });
    const districts = (
      await write(`MATCH (d:${NodeLabel.Region}) WHERE d.id STARTS WITH 'district:' RETURN d.id AS id ORDER BY id`, {})
    ).records.map((r, i) => ({
      district: r.get('id') as string,
      city: cities[i % CITIES].id,
      plan: `plan:bench:${i + 1}`,
    }));
    await write(PLACE_DISTRICTS, { rows: districts });
    for (const { district, plan } of districts) {
      for (;;) {
        const { records } = await write(SET_PROJECT_PLAN, { district, plan, batch: neo4j.int(20_000) });
        if (Number(records[0].get('updated')) === 0) break;
      }
    }
    return Number(await count());
  } finally {
    await driver.close();
  }
}

/** Peak resident memory of a process since it started (Linux). */
const peakRssMb = (pid: number) =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** CPU seconds (user and system) a process has used (Linux). */
const cpuSeconds = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

function startApi(build: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(build, 'api', 'main.js')], {
    env: { ...process.env, PORT: String(port), RATE_LIMIT_MAX: '100000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForApi(url: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} not ready within 120 s`);
}

/** Rows of a CSV body as it streams in: line ends outside quotes (cells may hold line breaks). */
function rowCounter() {
  let quoted = false;
  let rows = 0;
  return {
    add(chunk: string) {
      for (const c of chunk) {
        if (c === '"') quoted = !quoted;
        else if (c === '\n' && !quoted) rows++;
      }
    },
    rows: () => rows,
  };
}

async function exportOnce(url: string) {
  const started = performance.now();
  const res = await fetch(`${url}/export/projects.csv?region=${encodeURIComponent(PROVINCE)}&lang=en`);
  if (!res.ok || !res.body) throw new Error(`export: HTTP ${res.status} ${await res.text()}`);
  let firstByteMs = 0;
  const counter = rowCounter();
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    firstByteMs ||= performance.now() - started;
    counter.add(decoder.decode(chunk, { stream: true }));
  }
  return {
    firstByteMs,
    totalMs: performance.now() - started,
    rows: counter.rows() - 1,
    totalCount: Number(res.headers.get('x-total-count')),
    truncated: res.headers.get('x-truncated'),
  };
}

async function overlapsOnce(url: string, kind: string): Promise<{ ms: number; groups: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: OVERLAPS,
      variables: { kind, region: PROVINCE, first: 20 },
    }),
  });
  const body = (await res.json()) as { data?: { overlapPage: { totalCount: number } }; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length)
    throw new Error(`overlaps: HTTP ${res.status} ${body.errors?.[0]?.message ?? ''}`);
  return { ms: performance.now() - started, groups: body.data!.overlapPage.totalCount };
}

const quantiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms (${samples.length} runs)`;
};

async function main(options: Options): Promise<void> {
  console.log(
    `${new Date().toISOString()} ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const projects = await buildGraph(options);
  console.log(`graph: ${projects} projects in ${options.districts} counties of one province`);
  const apis = options.builds.map((build, i) => {
    const port = options.port + i;
    return { build, url: `http://127.0.0.1:${port}`, process: startApi(build, port) };
  });
  try {
    for (const api of apis) await waitForApi(api.url);
    // The first run plans the statements; it is not counted.
    for (const api of apis) {
      await exportOnce(api.url);
      for (const kind of OVERLAP_KINDS) await overlapsOnce(api.url, kind);
    }
    const exports = apis.map(() => [] as (Awaited<ReturnType<typeof exportOnce>> & { cpuSeconds: number })[]);
    for (let i = 0; i < options.runs; i++) {
      for (const [k, api] of apis.entries()) {
        const cpu = cpuSeconds(api.process.pid!);
        const run = await exportOnce(api.url);
        exports[k].push({ ...run, cpuSeconds: cpuSeconds(api.process.pid!) - cpu });
      }
    }
    const overlaps = apis.map(() => new Map<string, { ms: number; groups: number }[]>());
    for (const kind of OVERLAP_KINDS) {
      for (const [k, api] of apis.entries()) {
        const runs = [];
        for (let i = 0; i < options.runs; i++) runs.push(await overlapsOnce(api.url, kind));
        overlaps[k].set(kind, runs);
      }
    }
    for (const [k, api] of apis.entries()) {
      if (apis.length > 1) console.log(`build ${api.build}:`);
      const runs = exports[k];
      const last = runs[runs.length - 1];
      const cpu = runs.map((e) => e.cpuSeconds).sort((x, y) => x - y);
      console.log(
        `export: ${last.rows} rows of ${last.totalCount}${last.truncated ? ` (X-Truncated: ${last.truncated})` : ''}; ` +
          `first byte ${quantiles(runs.map((e) => e.firstByteMs))}; total ${quantiles(runs.map((e) => e.totalMs))}; ` +
          `API CPU p50 ${percentile(cpu, 50).toFixed(1)} s per export`,
      );
      for (const [kind, kindRuns] of overlaps[k])
        console.log(
          `overlaps ${kind} at province level: ${kindRuns[0].groups} groups; ${quantiles(kindRuns.map((o) => o.ms))}`,
        );
      console.log(`API peak RSS ${peakRssMb(api.process.pid!)} MB`);
    }
    console.log(
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    for (const api of apis) api.process.kill('SIGTERM');
  }
}

const program = new Command('bench-export')
  .description('The projects CSV of 100,000 rows and the overlaps at province level, timed')
  .option('--projects <n>', 'projects of the province', positive, 100_000)
  .option('--districts <n>', 'counties of the province', positive, 8)
  .option('--runs <n>', 'timed runs of each request', positive, 3)
  .option('--port <n>', 'port of the API (of the first build; the next builds take the ports after it)', positive, 7895)
  .option(
    '--builds <dir...>',
    'compiled builds (dist folders, with node_modules above them) asked in turn, e.g. before and after a change',
    [path.join(projectRoot(__dirname), 'dist')],
  )
  .parse(process.argv);

main(program.opts<Options>()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
