import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { localNeo4jConfig, projectRoot } from '../graph/config';
import { createDriver } from '../graph/driver';
import { startLocal, stopLocal } from '../graph/local-neo4j';
import { migrate } from '../graph/migrate';
import { graphDigest } from './graph-digest';

/**
 * The first load of a corpus both ways, side by side: `plangraph import DIR` (online, batched
 * transactions) and `plangraph import DIR --initial` (CSV and neo4j-admin database import), each
 * into its own fresh local Neo4j, started and migrated before the command runs. For each: wall
 * time, items/s, the importer's CPU seconds and peak RSS (/proc), and the graph digest, which must
 * be the same.
 *
 *     npm run build:server && node dist/bench/initial-import.js DIR [--bolt-port 7872] [--workers 1]
 */

const ROOT = projectRoot(__dirname);

/** CPU seconds (with its children's, once reaped) and peak RSS of a process, from /proc. */
function sampler(pid: number): { stop(): { cpuSeconds: number; peakRssMb: number } } {
  let last = { cpuSeconds: 0, peakRssMb: 0 };
  const sample = () => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) last = { cpuSeconds: (f[11] + f[12]) / 100, peakRssMb: Math.round(Number(hwm[1]) / 1024) };
    } catch {
      // The process has ended; its last sample stands.
    }
  };
  const timer = setInterval(sample, 200);
  return { stop: () => (clearInterval(timer), last) };
}

interface Run {
  method: string;
  seconds: number;
  items: number;
  cpuSeconds: number;
  peakRssMb: number;
  digest: string;
  summary: string;
}

/** The number of a row of the importer's summary table. */
const value = (stdout: string, label: string) =>
  Number(
    stdout
      .split('\n')
      .find((l) => l.trim().startsWith(label))
      ?.trim()
      .slice(label.length)
      .trim() ?? NaN,
  );

async function measure(dir: string, initial: boolean, port: number, workers: string): Promise<Run> {
  const home = path.join(ROOT, '.neo4j', initial ? 'bench-initial' : 'bench-online');
  const env = { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_HOME_DIR: home, NEO4J_URI: '' };
  const local = localNeo4jConfig(env);
  await stopLocal(local, () => undefined);
  fs.rmSync(home, { recursive: true, force: true });
  await startLocal(local);
  const config = {
    externalUri: null,
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: local.password,
    database: undefined,
  };
  const driver = createDriver(config);
  try {
    await migrate(driver);
    const args = [path.join(ROOT, 'dist/import/cli.js'), 'import', dir, '--workers', workers];
    if (initial) args.push('--initial');
    const childEnv = initial ? env : { ...env, NEO4J_URI: `bolt://127.0.0.1:${port}` };
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'pipe', 'ignore'] });
    const usage = sampler(child.pid!);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { cpuSeconds, peakRssMb } = usage.stop();
    if (code !== 0) throw new Error(`plangraph import ${initial ? '--initial ' : ''}exited with ${code}:\n${stdout}`);
    // A driver of its own: the first one's bookmarks name transactions of the store --initial replaced.
    const reader = createDriver(config);
    const digest = await graphDigest(reader).finally(() => reader.close());
    return {
      method: initial ? '--initial (neo4j-admin)' : 'online (transactions)',
      seconds,
      items: value(stdout, 'items (nodes + relationships)'),
      cpuSeconds,
      peakRssMb,
      digest: `${digest.nodes} nodes, ${digest.relationships} rels, ${digest.sha256.slice(0, 12)}`,
      summary: stdout,
    };
  } finally {
    await driver.close();
    await stopLocal(local, () => undefined);
  }
}

async function main(): Promise<void> {
  const program = new Command('initial-import')
    .argument('<dir>', 'the corpus folder')
    .option('--bolt-port <port>', 'Bolt port of the throwaway servers', '7872')
    .option('--workers <n>', 'parse workers of both imports', '1')
    .option('--only <method>', 'online or initial: measure one of them')
    .parse();
  const [dir] = program.args;
  const opts = program.opts<{ boltPort: string; workers: string; only?: string }>();
  const load = () => os.loadavg()[0].toFixed(1);
  const rows: string[] = [];
  for (const initial of [false, true]) {
    if (opts.only && opts.only !== (initial ? 'initial' : 'online')) continue;
    const before = load();
    const run = await measure(path.resolve(dir), initial, Number(opts.boltPort), opts.workers);
    console.error(run.summary);
    rows.push(
      `| ${run.method} | ${run.items} | ${run.seconds.toFixed(1)} | ${Math.round(run.items / run.seconds)} | ${run.cpuSeconds.toFixed(1)} | ${run.peakRssMb} | ${run.digest} | ${before}–${load()} |`,
    );
  }
  console.log(`${new Date().toISOString()}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  console.log('| method | items | wall s | items/s | importer CPU s | importer peak RSS MB | graph digest | load |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
