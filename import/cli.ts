import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import type { Driver } from 'neo4j-driver';
import { boxLabel } from '../graph/box-number';
import { localNeo4jConfig, neo4jConfig } from '../graph/config';
import { createDriver } from '../graph/driver';
import { BUNDLE_VERSION, type Bundle } from './bundle/schema';
import {
  bulkImport,
  DEFAULT_BATCH_ROWS,
  type BulkSummary,
  countPlanFiles,
  defaultWorkerCount,
  isBulk,
  type PlanOutcome,
  planJobs,
  profileOf,
} from './bulk';
import { initialImport, type InitialPlanOutcome, type InitialSummary, NotEmptyError } from './bulk/initial-import';
import { PlanInputError } from './errors';
import {
  InvalidBundleError,
  loadBundle,
  loadedPlans,
  type LoadedPlan,
  type LoadProgress,
  type LoadSummary,
  removePlan,
} from './load';
import { buildBundle } from './pipeline';
import { decodePlanFile } from './text/decode';

/** Where the command writes and what it reads from its surroundings; the process's own by default. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_DATABASE = 2;

/** Ends a command with an exit code and a message for stderr. */
class CliFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const isInputError = (error: unknown) => error instanceof PlanInputError || error instanceof InvalidBundleError;

function inputFailure(file: string, error: unknown): CliFailure {
  if (isInputError(error)) return new CliFailure(EXIT_BAD_INPUT, (error as Error).message);
  return new CliFailure(
    EXIT_BAD_INPUT,
    `${file}: cannot read the plan: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function databaseFailure(uri: string, error: unknown): CliFailure {
  if (isInputError(error)) return new CliFailure(EXIT_BAD_INPUT, (error as Error).message);
  const message = error instanceof Error ? error.message : String(error);
  return new CliFailure(EXIT_DATABASE, `Neo4j at ${uri}: ${message}\nthe graph was not changed`);
}

function build(file: string, profile: string | undefined, io: CliIo): Bundle {
  let bundle: Bundle;
  try {
    bundle = buildBundle(file, { profile: profile && path.resolve(profile) });
  } catch (error) {
    throw inputFailure(file, error);
  }
  // Layout noise the reader repaired or skipped: the plan was read, but the user should look.
  for (const w of bundle.warnings) io.stderr.write(`${w.file}:${w.line}: warning: ${w.message}\n`);
  return bundle;
}

/** Left-aligned first column, right-aligned numbers. */
function table(rows: [string, string | number][], header?: [string, string]): string {
  const all = header ? [header, ...rows] : rows;
  const width = Math.max(...all.map(([k]) => k.length));
  const numberWidth = Math.max(...all.map(([, v]) => String(v).length));
  return all.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(numberWidth)}`).join('\n') + '\n';
}

export function bundleSummary(bundle: Bundle): string {
  const tiers = (tier: 'A' | 'B') => bundle.projects.filter((p) => p.tier === tier).length;
  const kinds: [string, number][] = [
    ['documents', bundle.documents.length],
    ['chapters', bundle.chapters.length],
    ['boxes', bundle.boxes.length],
    ['projects', bundle.projects.length],
    ['  tier A', tiers('A')],
    ['  tier B', tiers('B')],
    ['industries', bundle.industries.length],
    ['districts', bundle.districts.length],
    ['places', bundle.places.length],
    ['units', bundle.units.length],
    ['tasks', bundle.tasks.length],
    ['indicators', bundle.indicators.length],
    ['responsibilities', bundle.responsibilities.length],
  ];
  // Count first: box titles are Chinese, whose display width padding cannot line up.
  const perBox = bundle.boxes
    .map(
      (box) =>
        `  ${String(bundle.projects.filter((p) => p.boxes.includes(box.number)).length).padStart(4)}  专栏${boxLabel(box.number)} ${box.title}\n`,
    )
    .join('');
  const { file, encoding, lines, sha256 } = bundle.source;
  return (
    `${file}: ${encoding}, ${lines} lines, sha256 ${sha256}\n` +
    table(kinds, ['kind', 'count']) +
    `projects per box\n` +
    perBox
  );
}

function loadSummary(summary: LoadSummary): string {
  const rows: [string, number][] = [
    ...Object.entries(summary.nodes).map(([label, n]) => [`(:${label})`, n] as [string, number]),
    ...Object.entries(summary.relationships).map(([type, n]) => [`[:${type}]`, n] as [string, number]),
    ...Object.entries(summary.links).map(([type, n]) => [`[:${type}] to other plans`, n] as [string, number]),
  ];
  const head = summary.dryRun
    ? `dry run of ${summary.file} (sha256 ${summary.sha256}) as ${summary.plan}: nothing was written; it would hold`
    : `imported ${summary.file} (sha256 ${summary.sha256}) as ${summary.plan}, replacing ${summary.replaced} nodes`;
  return `${head}\n${table(rows, ['graph', 'count'])}`;
}

function plansTable(plans: LoadedPlan[]): string {
  if (plans.length === 0) return 'no plan is loaded\n';
  return plans
    .map(
      (p) =>
        `${p.id}\n  ${p.title} · ${p.level} · ${p.edition ?? '-'} · ${p.counts.nodes.Project ?? 0} projects · ${p.file} · ${p.importedAt}\n`,
    )
    .join('');
}

/** A progress bar on a terminal, one line per step otherwise (logs, CI). */
function progressReporter(io: CliIo): { onProgress: (p: LoadProgress) => void; stop: () => void } {
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: io.stderr as NodeJS.WritableStream,
        format: 'loading [{bar}] {percentage}% {value}/{total} {step}',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: ({ step, done, total }) => {
        if (!started) bar.start(total, 0, { step });
        started = true;
        bar.update(done, { step });
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = '';
  return {
    onProgress: ({ step, done, total }) => {
      if (step !== last) io.stderr.write(`loading ${step} (${done}/${total})\n`);
      last = step;
    },
    stop: () => undefined,
  };
}

async function withDriver<T>(
  io: CliIo,
  work: (driver: Driver, database: string | undefined) => Promise<T>,
): Promise<T> {
  const config = neo4jConfig(io.env);
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return await work(driver, config.database);
  } catch (error) {
    throw error instanceof CliFailure ? error : databaseFailure(config.uri, error);
  } finally {
    await driver.close();
  }
}

interface ImportOptions {
  dryRun?: boolean;
  ifAbsent?: boolean;
  profile?: string;
  workers?: number;
  batchRows?: number;
  initial?: boolean;
  csvDir?: string;
}

async function importPlan(file: string, options: ImportOptions, io: CliIo): Promise<void> {
  if (options.ifAbsent) {
    let sha256: string;
    try {
      sha256 = decodePlanFile(file).sha256;
    } catch (error) {
      throw inputFailure(file, error);
    }
    const plans = await withDriver(io, (driver, database) => loadedPlans(driver, database));
    // A bundle of another version is re-imported even from the same file: its graph differs.
    const loaded = plans.find((p) => p.sha256 === sha256 && p.version === BUNDLE_VERSION);
    if (loaded) {
      io.stderr.write(`${file} is already loaded as ${loaded.id} (imported ${loaded.importedAt}); nothing to do\n`);
      return;
    }
  }
  io.stderr.write(`reading ${file}\n`);
  const bundle = build(file, profileOf(file, options.profile), io);
  io.stderr.write(`${bundle.projects.length} projects in ${bundle.boxes.length} boxes; writing to Neo4j\n`);
  const progress = progressReporter(io);
  const summary = await withDriver(io, (driver, database) =>
    loadBundle(driver, bundle, { database, dryRun: options.dryRun, onProgress: progress.onProgress }).finally(
      progress.stop,
    ),
  );
  io.stdout.write(loadSummary(summary));
}

/** A bar with plans/s and items/s on a terminal; one line per plan otherwise (logs, CI). */
function bulkProgress(io: CliIo, total: number): { onPlan: (outcome: PlanOutcome) => void; stop: () => void } {
  const started = Date.now();
  let plans = 0;
  let items = 0;
  let failed = 0;
  const rate = (n: number) => (n / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(n < 1000 ? 1 : 0);
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: io.stderr as NodeJS.WritableStream,
        format: 'plans [{bar}] {value}/{total} | {plansPerSecond} plans/s | {itemsPerSecond} items/s | {failed} failed',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { plansPerSecond: '0', itemsPerSecond: '0', failed: 0 });
    return {
      onPlan: (outcome) => {
        plans++;
        if (outcome.status === 'imported') items += outcome.items;
        if (outcome.status === 'failed') failed++;
        bar.update(plans, { plansPerSecond: rate(plans), itemsPerSecond: rate(items), failed });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    onPlan: (outcome) => {
      plans++;
      const at = `[${plans}/${total}]`;
      if (outcome.status === 'imported') {
        items += outcome.items;
        io.stderr.write(
          `${at} imported ${outcome.file} as ${outcome.summary.plan}: ${outcome.projects} projects, ${outcome.items} items; ${rate(plans)} plans/s, ${rate(items)} items/s\n`,
        );
      } else if (outcome.status === 'skipped') io.stderr.write(`${at} ${outcome.file} is already loaded; skipped\n`);
      else io.stderr.write(`${at} ${outcome.message}\n`);
    },
    stop: () => undefined,
  };
}

function bulkSummaryText(summary: BulkSummary, dryRun: boolean): string {
  const perSecond = (n: number) => Math.round(n / Math.max(summary.seconds, 0.001));
  const rows: [string, string | number][] = [
    ['plans', summary.plans],
    [dryRun ? 'would import' : 'imported', summary.imported],
    ['skipped (already loaded)', summary.skipped],
    ['failed', summary.failed.length],
    ['projects', summary.projects],
    ['items (nodes + relationships)', summary.items],
    ['seconds', summary.seconds.toFixed(1)],
    ['plans/s', (summary.imported / Math.max(summary.seconds, 0.001)).toFixed(1)],
    ['items/s', perSecond(summary.items)],
    ['parse workers', summary.workers],
    ['transactions', summary.batches],
    ['retried plan by plan', summary.retried],
  ];
  return `${dryRun ? 'dry run: nothing was written\n' : ''}${table(rows, ['bulk import', ''])}`;
}

/**
 * Imports a folder or many files: workers parse plans in parallel while each parsed plan is written
 * in its own transaction. A failed plan is reported (file:line) and the others load; the worst
 * failure sets the exit code.
 */
async function importMany(args: string[], options: ImportOptions, io: CliIo): Promise<number> {
  const workers = options.workers ?? defaultWorkerCount();
  const total = await countPlanFiles(args);
  const summary = await withDriver(io, async (driver, database) => {
    const loaded = options.ifAbsent
      ? new Set((await loadedPlans(driver, database)).filter((p) => p.version === BUNDLE_VERSION).map((p) => p.sha256))
      : null;
    const progress = bulkProgress(io, total);
    try {
      return await bulkImport(driver, planJobs(args, options.profile), {
        workers,
        database,
        dryRun: options.dryRun,
        batchRows: options.batchRows,
        skip: loaded ? (sha256) => loaded.has(sha256) : undefined,
        onPlan: progress.onPlan,
      });
    } finally {
      progress.stop();
    }
  });
  io.stdout.write(bulkSummaryText(summary, Boolean(options.dryRun)));
  io.stderr.write(`${summary.imported + summary.skipped} of ${summary.plans} plans imported\n`);
  for (const { message } of summary.failed) io.stderr.write(`  failed: ${message.split('\n')[0]}\n`);
  if (summary.failed.some((f) => f.kind === 'database')) return EXIT_DATABASE;
  return summary.failed.length ? EXIT_BAD_INPUT : EXIT_OK;
}

function initialProgress(io: CliIo): (outcome: InitialPlanOutcome) => void {
  let plans = 0;
  return (outcome) => {
    plans++;
    io.stderr.write(
      outcome.status === 'written'
        ? `[${plans}] ${outcome.file} as ${outcome.plan}: ${outcome.projects} projects, ${outcome.items} items\n`
        : `[${plans}] ${outcome.message}\n`,
    );
  };
}

function initialSummaryText(summary: InitialSummary): string {
  const s = summary.seconds;
  const rows: [string, string | number][] = [
    ['plans', summary.plans],
    ['imported', summary.written],
    ['failed', summary.failed.length],
    ['projects', summary.projects],
    ['items (nodes + relationships)', summary.items],
    ...Object.entries(summary.links).map(([type, n]): [string, number] => [`[:${type}] between plans`, n]),
    ['values written after the import', summary.fixups],
    ['seconds', s.total.toFixed(1)],
    ['  reading plans, writing CSV (units, links between plans)', s.csv.toFixed(1)],
    ['  neo4j-admin database import', s.tool.toFixed(1)],
    ['  schema (constraints, indexes)', s.schema.toFixed(1)],
    ['  fix-ups', s.fixups.toFixed(1)],
    ['items/s', Math.round(summary.items / Math.max(s.total, 0.001))],
    ['import tool CPU seconds', summary.tool ? summary.tool.cpuSeconds.toFixed(1) : '-'],
    ['import tool peak RSS MB', summary.tool ? summary.tool.peakRssMb : '-'],
    ['parse workers', summary.workers],
  ];
  return table(rows, ['initial import', '']);
}

/**
 * The first load of an empty local database with neo4j-admin database import (bulk/initial-import.ts).
 * The local Neo4j only: its store files are written, so a server named by NEO4J_URI cannot be.
 */
async function importInitial(args: string[], options: ImportOptions, io: CliIo): Promise<number> {
  if (io.env.NEO4J_URI)
    throw new CliFailure(
      EXIT_BAD_INPUT,
      `--initial writes the store of the local Neo4j (NEO4J_HOME_DIR), but NEO4J_URI=${io.env.NEO4J_URI} names a server: unset it, or load that server with \`plangraph import\``,
    );
  if (options.dryRun || options.ifAbsent || options.batchRows)
    throw new CliFailure(
      EXIT_BAD_INPUT,
      '--initial loads an empty database: --dry-run, --if-absent and --batch-rows do not apply',
    );
  const local = localNeo4jConfig(io.env);
  let summary: InitialSummary;
  try {
    summary = await initialImport(planJobs(args, options.profile), {
      local,
      database: neo4jConfig(io.env).database,
      workers: options.workers ?? defaultWorkerCount(),
      csvDir: options.csvDir && path.resolve(options.csvDir),
      onPlan: initialProgress(io),
      onStep: (step, progress) =>
        io.stderr.write(progress ? `${step} ${progress.done}/${progress.total}\n` : `${step} …\n`),
    });
  } catch (error) {
    if (error instanceof NotEmptyError) throw new CliFailure(EXIT_BAD_INPUT, error.message);
    throw new CliFailure(
      EXIT_DATABASE,
      `initial import into ${local.homeDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.stdout.write(initialSummaryText(summary));
  io.stderr.write(`${summary.written} of ${summary.plans} plans imported\n`);
  for (const { message } of summary.failed) io.stderr.write(`  failed: ${message.split('\n')[0]}\n`);
  return summary.failed.length ? EXIT_BAD_INPUT : EXIT_OK;
}

const atLeastOne =
  (what: string) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be a whole number of at least 1`);
    return n;
  };

function program(io: CliIo, setCode: (code: number) => void): Command {
  const cli = new Command('plangraph')
    .description('PlanGraph importer: reads a plan gazette into the Neo4j graph of its projects')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  cli
    .command('extract')
    .description('read FILE into a plan bundle without touching the database')
    .argument('<file>', 'the gazette text (UTF-8 or GBK)')
    .option('--json', 'print the bundle as JSON')
    .option(
      '--profile <path>',
      'city profile JSON, used only for a plan of its city (default: the one in data/city/ that is)',
    )
    .action((file: string, options: { json?: boolean; profile?: string }) => {
      const bundle = build(file, profileOf(file, options.profile), io);
      io.stdout.write(options.json ? `${JSON.stringify(bundle, null, 2)}\n` : bundleSummary(bundle));
      setCode(EXIT_OK);
    });

  cli
    .command('import')
    .description(
      'load each plan into the Neo4j of NEO4J_URI, adding it or replacing that same plan (region, level, edition)',
    )
    .argument('<files...>', 'gazette texts (UTF-8 or GBK), or folders of them (.txt)')
    .option('--dry-run', 'write inside a transaction, report the counts, then roll back')
    .option('--if-absent', 'do nothing when the graph already holds this very file')
    .option(
      '--profile <path>',
      'city profile JSON, used only for a plan of its city (default: NAME.profile.json beside NAME.txt, else the one in data/city/ that is)',
    )
    .option(
      '--workers <n>',
      `parse workers for a folder or many files (default ${defaultWorkerCount()}: one per core but one)`,
      atLeastOne('the number of workers'),
    )
    .option(
      '--batch-rows <n>',
      `rows (nodes and relationships) of consecutive plans written in one transaction; 1: each plan alone (default ${DEFAULT_BATCH_ROWS})`,
      atLeastOne('the rows of a batch'),
    )
    .option(
      '--initial',
      'first load of an EMPTY local database: the plans written as CSV and loaded offline by neo4j-admin database import (much faster for many plans; refused when the database holds plans)',
    )
    .option('--csv-dir <dir>', 'with --initial: keep the CSV files in this folder (default: a temporary one)')
    .action(async (files: string[], options: ImportOptions) => {
      if (options.initial) return setCode(await importInitial(files, options, io));
      if (isBulk(files)) return setCode(await importMany(files, options, io));
      await importPlan(files[0], options, io);
      setCode(EXIT_OK);
    });

  cli
    .command('plans')
    .description('list the plans the graph holds')
    .option('--json', 'print them as JSON')
    .action(async (options: { json?: boolean }) => {
      const plans = await withDriver(io, (driver, database) => loadedPlans(driver, database));
      io.stdout.write(options.json ? `${JSON.stringify(plans, null, 2)}\n` : plansTable(plans));
      setCode(EXIT_OK);
    });

  cli
    .command('remove')
    .description('remove one plan and nothing else (see `plans` for the ids)')
    .argument('<plan-id>', 'the id of the plan, e.g. plan:江西省/景德镇市:city:十五五')
    .action(async (planId: string) => {
      const removed = await withDriver(io, (driver, database) => removePlan(driver, planId, database));
      if (!removed) throw new CliFailure(EXIT_BAD_INPUT, `no plan ${planId} is loaded; \`plangraph plans\` lists them`);
      io.stdout.write(`removed ${planId}\n`);
      setCode(EXIT_OK);
    });
  return cli;
}

/**
 * Runs the `plangraph` command with `argv` (without node and script) and returns its exit code:
 * 0 done, 1 bad input (nothing written), 2 database unreachable or failed (graph untouched).
 */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let code = EXIT_BAD_INPUT;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    if (error instanceof CliFailure) {
      io.stderr.write(`${error.message}\n`);
      return error.code;
    }
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
