import { evaluate, labelledPlans, readBaseline } from './plans';
import { FIGURES } from './score';

/** The reader may not fall more than one point below any plan's recorded figure (held-out plans too). */
const TOLERANCE = 0.01;

const baseline = readBaseline();
const results = evaluate(labelledPlans(baseline.heldOut));

describe.each(results.map((r) => [r.plan.name, r] as const))('labelled plan %s', (name, result) => {
  it('has a recorded baseline', () => {
    expect(Object.keys(baseline.plans)).toContain(name);
  });

  it.each(FIGURES)('keeps its %s', (figure) => {
    const recorded = baseline.plans[name]?.[figure] ?? 1;
    expect(result.score.figures[figure]).toBeGreaterThanOrEqual(recorded - TOLERANCE);
  });
});
