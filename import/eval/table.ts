import { FIGURES } from './score';
import type { PlanResult } from './plans';

const percent = (x: number) => (100 * x).toFixed(1).padStart(6);

/** The figures of each plan, training plans first and held-out plans apart. */
export function resultTable(results: PlanResult[]): string {
  const width = Math.max(...results.map((r) => r.plan.name.length), 'plan'.length) + 2;
  const head = `${'plan'.padEnd(width)}${FIGURES.map((f) => f.padStart(10)).join('')}   projects  labels\n`;
  const row = (r: PlanResult) =>
    `${r.plan.name.padEnd(width)}${FIGURES.map((f) => percent(r.score.figures[f]).padStart(10)).join('')}   ${String(r.score.counts.extracted).padStart(8)}  ${String(r.score.counts.labelled).padStart(6)}\n` +
    (r.error ? `  not imported: ${r.error}\n` : '') +
    (r.bundle && r.bundle.warnings.length > 0 ? `  ${r.bundle.warnings.length} warnings\n` : '');
  const training = results.filter((r) => !r.plan.heldOut);
  const heldOut = results.filter((r) => r.plan.heldOut);
  return (
    head +
    training.map(row).join('') +
    (heldOut.length > 0 ? `held out (never tuned on):\n${heldOut.map(row).join('')}` : '')
  );
}
