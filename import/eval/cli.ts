import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../../graph/config';
import { BASELINE_FILE, evaluate, labelledPlans, readBaseline } from './plans';
import { resultTable } from './table';

/**
 * `npm run eval`: imports every labelled plan and prints its recall, precision, district, industry
 * and organisation figures. `--details` lists the misses and wrong links of the training plans
 * (never of a held-out plan, whose labels no rule may be tuned on); `--write-baseline` records
 * the figures as the ones the tests hold the reader to.
 */
export function runEval(argv: string[]): number {
  const cli = new Command('plangraph-eval')
    .option('--details', 'list misses, extras and wrong links of the training plans')
    .option('--write-baseline', `record the figures in ${BASELINE_FILE}`)
    .parse(argv, { from: 'user' });
  const options = cli.opts<{ details?: boolean; writeBaseline?: boolean }>();
  const baseline = readBaseline();
  const results = evaluate(labelledPlans(baseline.heldOut));
  process.stdout.write(resultTable(results));
  if (options.details) {
    for (const r of results.filter((x) => !x.plan.heldOut))
      process.stdout.write(`\n${r.plan.name}\n${r.score.details.map((d) => `  ${d}`).join('\n')}\n`);
  }
  if (options.writeBaseline) {
    const plans = Object.fromEntries(
      results.map((r) => [
        r.plan.name,
        Object.fromEntries(Object.entries(r.score.figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
      ]),
    );
    fs.writeFileSync(path.join(projectRoot(), BASELINE_FILE), `${JSON.stringify({ ...baseline, plans }, null, 2)}\n`);
    process.stdout.write(`recorded in ${BASELINE_FILE}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = runEval(process.argv.slice(2));
