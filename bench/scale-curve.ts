import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { neo4jConfig, projectRoot } from '../graph/config';
import { createDriver } from '../graph/driver';
import { NodeLabel, RelType } from '../graph/model';
import { percentile } from './measure';

/**
 * `npm run bench:curve -- --plans 1,10,100`: for each size, a generated corpus (bench/corpus) is
 * imported by `plangraph import DIR` into a throwaway Neo4j, then the API is loaded with autocannon.
 * One row per size: import time and items/s, store size, API p95 at 64 connections, peak RSS of
 * importer, API and Neo4j.
 */

const ROOT = projectRoot(__dirname);
const dist = (...parts: string[]) => path.join(ROOT, 'dist', ...parts);

/** The industry with the most projects: the heaviest page of the `projects` query. */
const BUSIEST_INDUSTRY = `MATCH (i:${NodeLabel.Industry})
RETURN i.code AS code, COUNT { (i)<-[:${RelType.IN_INDUSTRY}]-(:${NodeLabel.Project}) } AS n ORDER BY n DESC LIMIT 1`;

const PROJECTS_BY_INDUSTRY = `query Projects($filter: ProjectFilter) { projects(filter: $filter, first: 50) { totalCount
  nodes { id name tier box industries { code zh } districts { name } } pageInfo { hasNextPage endCursor } } }`;

export interface CurveRow {
  plans: number;
  imported: number;
  failed: number;
  projects: number;
  items: number;
  importSeconds: number;
  itemsPerSecond: number;
  storeMb: number;
  apiP95Ms: number | null;
  apiRequestsPerSecond: number | null;
  apiErrors: number | null;
  importerRssMb: number;
  apiRssMb: number | null;
  neo4jRssMb: number;
}

/** Peak resident memory of a process, sampled from /proc while it runs (Linux). */
function rssSampler(pid: number, intervalMs = 250): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // The process has ended; its last sample stands.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return { stop: () => (clearInterval(timer), sample(), Math.round(peak)) };
}

function sizeMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) bytes += fs.statSync(full).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return Math.round(bytes / 1024 / 1024);
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The number of a row of the importer's summary table (`  items/s   1234`). */
function summaryValue(stdout: string, label: string): number {
  const line = stdout.split('\n').find((l) => l.trim().startsWith(label));
  return Number(line?.trim().slice(label.length).trim() ?? NaN);
}

async function importCorpus(dir: string, workers: number | undefined, neo4jPid: number) {
  const args = [dist('import/cli.js'), 'import', dir, ...(workers ? ['--workers', String(workers)] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const importer = rssSampler(child.pid!);
  const neo4j = rssSampler(neo4jPid);
  await finished(child);
  return {
    imported: summaryValue(stdout, 'imported'),
    failed: summaryValue(stdout, 'failed'),
    projects: summaryValue(stdout, 'projects'),
    items: summaryValue(stdout, 'items (nodes + relationships)'),
    importSeconds: summaryValue(stdout, 'seconds'),
    itemsPerSecond: summaryValue(stdout, 'items/s'),
    importerRssMb: importer.stop(),
    neo4jRssMb: neo4j.stop(),
  };
}

async function busiestIndustry(): Promise<string | null> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  try {
    const { records } = await driver.executeQuery(BUSIEST_INDUSTRY, {}, { database: config.database });
    return (records[0]?.get('code') as string | undefined) ?? null;
  } finally {
    await driver.close();
  }
}

async function waitForApi(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const up = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API at ${url} did not answer`);
}

/** p95 and throughput of `projects` by the busiest industry at 64 connections, with the API's peak RSS. */
async function loadApi(port: number, seconds: number, neo4jPid: number) {
  const industry = await busiestIndustry();
  const env = { ...process.env, PORT: String(port), RATE_LIMIT_MAX: '100000000' };
  const api = spawn(process.execPath, [dist('api/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForApi(url, api);
    // Answered once before it is measured, as bench/peer.ts does: Neo4j plans a statement on its
    // first run, which on a busy machine takes longer than autocannon waits for an answer.
    const body = JSON.stringify({ query: PROJECTS_BY_INDUSTRY, variables: { filter: { industry } } });
    // The API keeps planning after a request gives up (504), so a later attempt finds the plan cached.
    for (let attempt = 1; ; attempt++) {
      const warm = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await warm.text();
      if (warm.ok) break;
      if (attempt === 8) throw new Error(`the API answered ${warm.status} to every warm-up request: ${text}`);
    }
    const apiRss = rssSampler(api.pid!);
    const neo4jRss = rssSampler(neo4jPid);
    const samples: number[] = [];
    let done!: (result: autocannon.Result) => void;
    let failed!: (error: Error) => void;
    const finishedLoad = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: 64,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        body,
      },
      (error, result) => (error ? failed(error) : done(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => samples.push(ms));
    const result = await finishedLoad;
    samples.sort((a, b) => a - b);
    return {
      apiP95Ms: samples.length ? Math.round(percentile(samples, 95)) : null,
      apiRequestsPerSecond: Math.round(result.requests.average),
      apiErrors: result.errors + result.non2xx + result.timeouts,
      apiRssMb: apiRss.stop(),
      neo4jRssMb: neo4jRss.stop(),
    };
  } finally {
    api.kill('SIGTERM');
    await finished(api);
  }
}

/** One row, run inside `graph/cli.js test` (NEO4J_URI is the throwaway server). */
async function row(
  dir: string,
  plans: number,
  options: { workers?: number; apiPort: number; seconds: number; home: string },
): Promise<CurveRow> {
  const neo4jPid = Number(fs.readFileSync(path.join(options.home, 'neo4j.pid'), 'utf8').trim());
  const imported = await importCorpus(dir, options.workers, neo4jPid);
  const storeMb = sizeMb(path.join(options.home, 'data'));
  const api = await loadApi(options.apiPort, options.seconds, neo4jPid);
  return { plans, ...imported, storeMb, ...api, neo4jRssMb: Math.max(imported.neo4jRssMb, api.neo4jRssMb) };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return finished(spawn(command, args, { env, stdio: 'inherit' }));
}

const sizes = (value: string) => {
  const list = value.split(',').map(Number);
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1))
    throw new InvalidArgumentError('a list of whole numbers, e.g. 1,10,100');
  return list;
};
const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
};

export function markdownRow(r: CurveRow): string {
  const cell = (v: number | null) => (v === null ? '—' : String(v));
  return `| ${r.plans} | ${r.imported} | ${r.failed} | ${r.projects} | ${r.items} | ${r.importSeconds} | ${r.itemsPerSecond} | ${r.storeMb} | ${cell(r.apiP95Ms)} | ${cell(r.apiRequestsPerSecond)} | ${cell(r.apiErrors)} | ${r.importerRssMb} | ${cell(r.apiRssMb)} | ${r.neo4jRssMb} |`;
}

export const CURVE_HEADER = `| plans | imported | failed | projects | items | import s | items/s | store MB | API p95 ms (64 conn.) | API req/s | API errors | importer RSS MB | API RSS MB | Neo4j RSS MB |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench:curve')
    .description(
      'Scaling curve: generated corpora of several sizes imported into a throwaway Neo4j each, then the API loaded',
    )
    .option('--plans <list>', 'corpus sizes', sizes, [1, 10, 100])
    .option('--seed <s>', 'corpus seed', positive, 1)
    .option('--workers <n>', 'parse workers of the importer (default: its own)', positive)
    .option('--bolt-port <n>', 'port of the throwaway Neo4j', positive, 7802)
    .option('--api-port <n>', 'port of the API under load', positive, 7805)
    .option('--seconds <n>', 'autocannon duration per row', positive, 10)
    .option('--out <file>', 'append each row (JSON) to this file')
    .option('--row <dir>', 'internal: measure one imported corpus (run inside graph/cli.js test)');
  program.parse(argv);
  const opts = program.opts<{
    plans: number[];
    seed: number;
    workers?: number;
    boltPort: number;
    apiPort: number;
    seconds: number;
    out?: string;
    row?: string;
  }>();
  const home = path.join(ROOT, '.neo4j', 'curve');

  if (opts.row) {
    const result = await row(opts.row, opts.plans[0], {
      workers: opts.workers,
      apiPort: opts.apiPort,
      seconds: opts.seconds,
      home,
    });
    process.stdout.write(`CURVE ${JSON.stringify(result)}\n`);
    if (opts.out)
      fs.appendFileSync(
        opts.out,
        JSON.stringify({ ...result, date: new Date().toISOString(), machine: machine() }) + '\n',
      );
    return;
  }
  // Rows are appended here by each measuring process, then printed as a table.
  const out = path.resolve(opts.out ?? path.join(os.tmpdir(), `plangraph-curve-${process.pid}.jsonl`));
  const table: string[] = [];
  for (const plans of opts.plans) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plangraph-curve-${plans}-`));
    try {
      const corpus = await run(
        process.execPath,
        [dist('bench/corpus/cli.js'), '--plans', String(plans), '--seed', String(opts.seed), '--out', dir, '--quiet'],
        process.env,
      );
      if (corpus !== 0) throw new Error(`the corpus of ${plans} plans could not be written`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEO4J_TEST_BOLT_PORT: String(opts.boltPort),
        NEO4J_TEST_HOME_DIR: home,
      };
      delete env.NEO4J_URI;
      const inner = [
        dist('graph/cli.js'),
        'test',
        '--',
        process.execPath,
        dist('bench/scale-curve.js'),
        '--row',
        dir,
        '--plans',
        String(plans),
        '--api-port',
        String(opts.apiPort),
        '--seconds',
        String(opts.seconds),
        ...(opts.workers ? ['--workers', String(opts.workers)] : []),
        '--out',
        out,
      ];
      const code = await run(process.execPath, inner, env);
      if (code !== 0) process.stderr.write(`row of ${plans} plans failed (exit ${code})\n`);
      else table.push(markdownRow(JSON.parse(fs.readFileSync(out, 'utf8').trim().split('\n').at(-1)!) as CurveRow));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`${machine()}, ${new Date().toISOString()}\n${CURVE_HEADER}\n${table.join('\n')}\n`);
}

/** The machine a row was measured on, as bench/README.md records it. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

if (require.main === module) {
  main(process.argv).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
