import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command, CommanderError } from 'commander';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../graph/config';
import { createDriver } from '../graph/driver';
import { BUNDLE_VERSION, type Bundle } from './bundle/schema';
import { PlanInputError } from './errors';
import { currentImport, InvalidBundleError, loadBundle, LoadProgress, LoadSummary } from './load';
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
  return new CliFailure(EXIT_BAD_INPUT, `${file}: cannot read the plan: ${error instanceof Error ? error.message : String(error)}`);
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
    .map((box) => `  ${String(bundle.projects.filter((p) => p.boxes.includes(box.number)).length).padStart(4)}  专栏${box.number} ${box.title}\n`)
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
  ];
  const head = summary.dryRun
    ? `dry run of ${summary.file} (sha256 ${summary.sha256}): nothing was written; it would hold`
    : `imported ${summary.file} (sha256 ${summary.sha256}), replacing ${summary.replaced} nodes`;
  return `${head}\n${table(rows, ['graph', 'count'])}`;
}

/** A progress bar on a terminal, one line per step otherwise (logs, CI). */
function progressReporter(io: CliIo): { onProgress: (p: LoadProgress) => void; stop: () => void } {
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: io.stderr as NodeJS.WritableStream, format: 'loading [{bar}] {percentage}% {value}/{total} {step}', hideCursor: true },
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

async function withDriver<T>(io: CliIo, work: (driver: Driver, database: string | undefined) => Promise<T>): Promise<T> {
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
}

async function importPlan(file: string, options: ImportOptions, io: CliIo): Promise<void> {
  if (options.ifAbsent) {
    let sha256: string;
    try {
      sha256 = decodePlanFile(file).sha256;
    } catch (error) {
      throw inputFailure(file, error);
    }
    const loaded = await withDriver(io, (driver, database) => currentImport(driver, database));
    // A bundle of another version is re-imported even from the same file: its graph differs.
    if (loaded?.sha256 === sha256 && loaded.version === BUNDLE_VERSION) {
      io.stderr.write(`${file} is already loaded (imported ${loaded.importedAt}); nothing to do\n`);
      return;
    }
  }
  io.stderr.write(`reading ${file}\n`);
  const bundle = build(file, options.profile, io);
  io.stderr.write(`${bundle.projects.length} projects in ${bundle.boxes.length} boxes; writing to Neo4j\n`);
  const progress = progressReporter(io);
  const summary = await withDriver(io, (driver, database) =>
    loadBundle(driver, bundle, { database, dryRun: options.dryRun, onProgress: progress.onProgress }).finally(progress.stop),
  );
  io.stdout.write(loadSummary(summary));
}

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
    .option('--profile <path>', 'city profile JSON, used only for a plan of its city (default: the one in data/city/ that is)')
    .action((file: string, options: { json?: boolean; profile?: string }) => {
      const bundle = build(file, options.profile, io);
      io.stdout.write(options.json ? `${JSON.stringify(bundle, null, 2)}\n` : bundleSummary(bundle));
      setCode(EXIT_OK);
    });

  cli
    .command('import')
    .description('load FILE into the Neo4j of NEO4J_URI, replacing the plan loaded before')
    .argument('<file>', 'the gazette text (UTF-8 or GBK)')
    .option('--dry-run', 'write inside a transaction, report the counts, then roll back')
    .option('--if-absent', 'do nothing when the graph already holds this very file')
    .option('--profile <path>', 'city profile JSON, used only for a plan of its city (default: the one in data/city/ that is)')
    .action(async (file: string, options: ImportOptions) => {
      await importPlan(file, options, io);
      setCode(EXIT_OK);
    });
  return cli;
}

/**
 * Runs the `plangraph` command with `argv` (without node and script) and returns its exit code:
 * 0 done, 1 bad input (nothing written), 2 database unreachable or failed (graph untouched).
 */
export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
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
