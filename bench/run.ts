import os from 'node:os';
import { benchApi } from './api';
import { benchExtract } from './extract';
import { benchImport } from './import';
import { passes, type Result } from './measure';

/** The targets of bench/README.md; a figure at or above its target fails the run. */
const TARGETS = {
  extractMs: 5_000,
  extractRssMb: 400,
  importMs: 60_000,
  importWarmMs: 2_000,
  apiSequentialP95Ms: 500,
  apiConcurrentP95Ms: 1_500,
};

const BENCHMARKS = {
  extract: () => benchExtract({ ms: TARGETS.extractMs, rssMb: TARGETS.extractRssMb }),
  import: () => benchImport(TARGETS.importMs, TARGETS.importWarmMs),
  api: () => benchApi({ sequentialMs: TARGETS.apiSequentialP95Ms, concurrentMs: TARGETS.apiConcurrentP95Ms }),
};
type Benchmark = keyof typeof BENCHMARKS;

const format = (value: number, unit: Result['unit']) =>
  Number.isNaN(value)
    ? '-'
    : unit === 'count'
      ? String(value)
      : `${value.toFixed(unit === 'ms' && value < 100 ? 1 : 0)} ${unit}`;

function printTable(results: Result[]): void {
  const rows = results.map((r) => [
    r.name,
    format(r.value, r.unit),
    r.target === undefined ? '' : `< ${format(r.target, r.unit)}`,
    r.target === undefined ? '' : passes(r) ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const header = ['benchmark', 'measured', 'target', 'result', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

/**
 * Runs the benchmarks named on the command line (default: extract, import, api, in that order;
 * the API reads the plan the import leaves loaded) and checks each figure against its target.
 */
async function main(args: string[]): Promise<number> {
  const names = (args.length ? args : Object.keys(BENCHMARKS)) as Benchmark[];
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  if (names.some((name) => name !== 'extract') && !process.env.NEO4J_URI) {
    throw new Error(
      'the import and API benchmarks replace the loaded plan: set NEO4J_URI, or run `npm run bench` for a throwaway Neo4j',
    );
  }
  // The load average says how much of the machine others were using while the figures were taken.
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(
    `PlanGraph benchmarks, ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${load()}`,
  );
  const results: Result[] = [];
  for (const name of names) {
    console.log(`running ${name} … (load ${load()})`);
    results.push(...(await BENCHMARKS[name]()));
  }
  console.log(`done (load ${load()})\n`);
  printTable(results);
  const failed = results.filter((r) => !passes(r));
  console.log(failed.length ? `\n${failed.length} target(s) missed` : '\nall targets met');
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
