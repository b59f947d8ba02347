import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../graph/config';
import type { Bundle } from '../bundle/schema';
import { loadCityProfiles, profileForPlan } from '../city/profile';
import { buildBundle } from '../pipeline';
import { type Label, readLabels } from './labels';
import { districtScorableIn, FIGURES, type PlanFigures, type PlanScore, scorePlan } from './score';

/** Labelled plans of invented cities and counties, one folder each (plan.txt, labels.tsv). */
export const PLANS_DIR = path.join('tests', 'fixtures', 'plans');
export const BASELINE_FILE = path.join(PLANS_DIR, 'baseline.json');
/** The bundled gazette and the labels of its boxes made while its rules were written. */
const BUNDLED = {
  name: 'jingdezhen-2026-05',
  file: path.join('data', 'jingdezhen-gazette-2026-05.txt'),
  labels: path.join('import', 'extract', 'fixtures'),
};

const Figures = z.object(
  Object.fromEntries(FIGURES.map((f) => [f, z.number().min(0).max(1)])) as Record<keyof PlanFigures, z.ZodNumber>,
);

/** tests/fixtures/plans/baseline.json: the figures each plan must keep, and which plans are held out. */
export const Baseline = z.object({
  about: z.string(),
  /** Plans no rule is tuned on: their figures are reported apart. */
  heldOut: z.array(z.string()),
  plans: z.record(z.string(), Figures),
});
export type Baseline = z.infer<typeof Baseline>;

export interface LabelledPlan {
  name: string;
  file: string;
  labels: Label[];
  heldOut: boolean;
}

export interface PlanResult {
  plan: LabelledPlan;
  /** Null when the plan could not be imported; `error` says why. */
  bundle: Bundle | null;
  score: PlanScore;
  error: string | null;
}

const full = (file: string) => path.join(projectRoot(), file);

export function readBaseline(): Baseline {
  return Baseline.parse(JSON.parse(fs.readFileSync(full(BASELINE_FILE), 'utf8')));
}

/** Every labelled plan: the bundled gazette, then the folders of tests/fixtures/plans. */
export function labelledPlans(heldOut: readonly string[]): LabelledPlan[] {
  const bundledLabels = fs
    .readdirSync(full(BUNDLED.labels))
    .filter((f) => /^labels-.*\.tsv$/.test(f))
    .sort()
    .flatMap((f) => readLabels(path.join(full(BUNDLED.labels), f)));
  const plans: LabelledPlan[] = [
    { name: BUNDLED.name, file: full(BUNDLED.file), labels: bundledLabels, heldOut: false },
  ];
  for (const name of fs.readdirSync(full(PLANS_DIR)).sort()) {
    const dir = path.join(full(PLANS_DIR), name);
    if (!fs.existsSync(path.join(dir, 'labels.tsv'))) continue;
    plans.push({
      name,
      file: path.join(dir, 'plan.txt'),
      labels: readLabels(path.join(dir, 'labels.tsv')),
      heldOut: heldOut.includes(name),
    });
  }
  return plans;
}

function emptyBundle(): Pick<Bundle, 'projects' | 'units'> {
  return { projects: [], units: [] };
}

/** Imports each plan as a user would and scores it against its labels. */
export function evaluate(plans: LabelledPlan[]): PlanResult[] {
  return plans.map((plan) => {
    let bundle: Bundle;
    try {
      bundle = buildBundle(plan.file);
    } catch (error) {
      // A plan that cannot be read scores nothing, rather than hiding the other plans' figures.
      const empty = emptyBundle();
      return { plan, bundle: null, score: scorePlan(empty, plan.labels), error: (error as Error).message };
    }
    return {
      plan,
      bundle,
      score: scorePlan(bundle, plan.labels, {
        districtScorable: districtScorableIn(profileForPlan(bundle.plan, loadCityProfiles())),
      }),
      error: null,
    };
  });
}
