import { createHash } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import { planJobs } from '../import/bulk/plan-files';
import { planWrites } from '../import/load/rows';
import { buildBundle } from '../import/pipeline';
import { machine } from './scale-curve';
import { summarize } from './measure';

/**
 * `node dist/bench/parse.js DIR…`: the reader's CPU cost per plan, as one parse worker of
 * `plangraph import` pays it. Every plan is read into a bundle in this process, one after another,
 * after one unmeasured plan has loaded the lexicons and compiled the code. Prints CPU ms per plan,
 * items (the nodes and relationships the bundle writes) per CPU-second, and a digest of all bundles,
 * which is the same before and after a change that leaves the reader's output alone.
 */

export interface ParseFigures {
  plans: number;
  failed: number;
  items: number;
  cpuMs: number;
  perPlanMs: { median: number; p95: number; max: number };
  itemsPerCpuSecond: number;
  digest: string;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Reads every plan of `dirs` `rounds` times; the figures are of the last round. */
export async function benchParse(dirs: string[], rounds = 1): Promise<ParseFigures> {
  const jobs = [];
  for await (const job of planJobs(dirs)) jobs.push(job);
  jobs.sort((a, b) => a.file.localeCompare(b.file));
  if (!jobs.length) throw new Error(`no plan (.txt) below ${dirs.join(', ')}`);
  try {
    buildBundle(jobs[0].file, { profile: jobs[0].profile });
  } catch {
    // The warm-up only loads code and data; a plan the reader refuses is counted below.
  }
  let figures: ParseFigures | null = null;
  for (let round = 0; round < rounds; round++) {
    const hash = createHash('sha256');
    const perPlan: number[] = [];
    let items = 0;
    let failed = 0;
    for (const job of jobs) {
      const start = cpuMs();
      try {
        const bundle = buildBundle(job.file, { profile: job.profile });
        perPlan.push(cpuMs() - start);
        items += planWrites(bundle).reduce((sum, write) => sum + write.rows.length, 0);
        hash.update(JSON.stringify(bundle));
      } catch (error) {
        perPlan.push(cpuMs() - start);
        failed += 1;
        hash.update(error instanceof Error ? error.message : String(error));
      }
    }
    const total = perPlan.reduce((a, b) => a + b, 0);
    const stats = summarize(perPlan);
    figures = {
      plans: jobs.length,
      failed,
      items,
      cpuMs: Math.round(total),
      perPlanMs: { median: Math.round(stats.median), p95: Math.round(stats.p95), max: Math.round(stats.max) },
      itemsPerCpuSecond: Math.round(items / (total / 1000)),
      digest: hash.digest('hex').slice(0, 16),
    };
  }
  return figures!;
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench:parse')
    .description('CPU time of the reader per plan, over the plans of folders (e.g. a generated corpus)')
    .argument('<dirs...>', 'folders or files of plans')
    .option(
      '--rounds <n>',
      'read all plans this many times; the last round is reported',
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
