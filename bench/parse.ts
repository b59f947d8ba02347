import { createHash } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import { planJobs } from '../import/bulk/plan-files';
import { buildPlan } from '../import/pipeline';
import { machine } from './scale-curve';
import { summarize } from './measure';

/**
 * `node dist/bench/parse.js DIR…`: the reader's CPU cost per plan, as one parse worker of
 * `plangraph import` pays it: every plan is read into a plan ready to write (`buildPlan`: read,
 * validated, ids scoped, rows built), one after another in this process. The first round is what a
 * fresh worker pays (the lexicons loaded and the code compiled as the first plans are read); the
 * last, after `rounds - 1` readings of the same plans, is the reader warm. Prints CPU ms per plan,
 * items (the rows the plan writes: nodes and relationships) per CPU-second, and a digest of all
 * plans, which is the same before and after a change that leaves the reader's output alone.
 */

export interface RoundFigures {
  cpuMs: number;
  perPlanMs: { median: number; p95: number; max: number };
  itemsPerCpuSecond: number;
}

export interface ParseFigures {
  plans: number;
  failed: number;
  items: number;
  /** The first reading of every plan in this process: a fresh parse worker. */
  first: RoundFigures;
  /** The last round: the reader warm. */
  last: RoundFigures;
  digest: string;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A plan's whole numbers are bigints, which JSON does not write. */
const json = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** Reads every plan of `dirs` `rounds` times; the figures are of the first and the last round. */
export async function benchParse(dirs: string[], rounds = 1): Promise<ParseFigures> {
  const jobs = [];
  for await (const job of planJobs(dirs)) jobs.push(job);
  jobs.sort((a, b) => a.file.localeCompare(b.file));
  if (!jobs.length) throw new Error(`no plan (.txt) below ${dirs.join(', ')}`);
  const figures: (RoundFigures & { items: number; failed: number; digest: string })[] = [];
  for (let round = 0; round < rounds; round++) {
    const hash = createHash('sha256');
    const perPlan: number[] = [];
    let items = 0;
    let failed = 0;
    for (const job of jobs) {
      const start = cpuMs();
      try {
        const plan = buildPlan(job.file, { profile: job.profile });
        perPlan.push(cpuMs() - start);
        items += plan.rows;
        hash.update(json(plan));
      } catch (error) {
        perPlan.push(cpuMs() - start);
        failed += 1;
        hash.update(error instanceof Error ? error.message : String(error));
      }
    }
    const total = perPlan.reduce((a, b) => a + b, 0);
    const stats = summarize(perPlan);
    figures.push({
      items,
      failed,
      cpuMs: Math.round(total),
      perPlanMs: { median: Math.round(stats.median), p95: Math.round(stats.p95), max: Math.round(stats.max) },
      itemsPerCpuSecond: Math.round(items / (total / 1000)),
      digest: hash.digest('hex').slice(0, 16),
    });
  }
  const round = ({ cpuMs, perPlanMs, itemsPerCpuSecond }: RoundFigures): RoundFigures => ({
    cpuMs,
    perPlanMs,
    itemsPerCpuSecond,
  });
  const last = figures.at(-1)!;
  return {
    plans: jobs.length,
    failed: last.failed,
    items: last.items,
    first: round(figures[0]),
    last: round(last),
    digest: last.digest,
  };
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench:parse')
    .description('CPU time of the reader per plan, over the plans of folders (e.g. a generated corpus)')
    .argument('<dirs...>', 'folders or files of plans')
    .option(
      '--rounds <n>',
      'read all plans this many times; the first and the last round are reported',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
        return n;
      },
      2,
    );
  program.parse(argv);
  const figures = await benchParse(program.args, program.opts<{ rounds: number }>().rounds);
  process.stdout.write(`${machine()}, ${new Date().toISOString()}\n${JSON.stringify(figures, null, 2)}\n`);
}

if (require.main === module) {
  main(process.argv).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
