import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { problemOf, tryInput } from './check';
import { bigNoise, type FuzzInput, mutatedGazette, noise, seeds } from './gazettes';

export interface FuzzSummary {
  cases: number;
  bundles: number;
  refused: number;
  /** Inputs that broke the property, each with its recipe and what went wrong (fast-check shrinks the first). */
  problems: string[];
  /** Wall-clock time of the slowest input. */
  slowestMs: number;
  /** CPU time of the input that took most of it (the property's measure). */
  slowestCpuMs: number;
  seed: number;
}

/** The summaries of runs that shared the work (each with its own seed) as one; `seed` is the first run's. */
export function mergeSummaries(parts: FuzzSummary[]): FuzzSummary {
  return {
    cases: parts.reduce((n, p) => n + p.cases, 0),
    bundles: parts.reduce((n, p) => n + p.bundles, 0),
    refused: parts.reduce((n, p) => n + p.refused, 0),
    problems: parts.flatMap((p) => p.problems.map((problem) => `seed ${p.seed}: ${problem}`)),
    slowestMs: Math.max(0, ...parts.map((p) => p.slowestMs)),
    slowestCpuMs: Math.max(0, ...parts.map((p) => p.slowestCpuMs)),
    seed: parts[0]?.seed ?? 0,
  };
}

/**
 * Runs the importer on `cases` generated inputs (mostly mutated gazettes, some noise) and, unless
 * `bigNoise` is false, on three 10 MB noise files. Property: a bundle or a typed refusal naming
 * the file, within 5 s of CPU time. Deterministic for a given seed.
 */
export function fuzzImporter(options: {
  cases: number;
  seed: number;
  bigNoise?: boolean;
  onCase?: (done: number) => void;
}): FuzzSummary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-fuzz-'));
  const summary: FuzzSummary = {
    cases: 0,
    bundles: 0,
    refused: 0,
    problems: [],
    slowestMs: 0,
    slowestCpuMs: 0,
    seed: options.seed,
  };
  const check = (input: FuzzInput): boolean => {
    const outcome = tryInput(input, dir);
    summary.cases += 1;
    summary.slowestMs = Math.max(summary.slowestMs, outcome.ms);
    summary.slowestCpuMs = Math.max(summary.slowestCpuMs, outcome.cpuMs);
    if (outcome.kind === 'bundle') summary.bundles += 1;
    if (outcome.kind === 'refused') summary.refused += 1;
    options.onCase?.(summary.cases);
    const problem = problemOf(outcome);
    if (problem) summary.problems.push(`${input.recipe.join(' → ')}: ${problem}`);
    return problem === null;
  };
  try {
    if (options.bigNoise !== false)
      for (const kind of ['bytes', 'han', 'lines'] as const) check(bigNoise(kind, options.seed));
    const inputs = fc.oneof({ weight: 4, arbitrary: mutatedGazette(seeds()) }, { weight: 1, arbitrary: noise });
    const result = fc.check(fc.property(inputs, check), {
      seed: options.seed,
      numRuns: options.cases,
      endOnFailure: true,
    });
    if (result.failed && result.counterexample)
      summary.problems.unshift(`smallest failing input: ${result.counterexample[0].recipe.join(' → ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return summary;
}

// `node run.js CASES SEED [--no-big-noise]`: prints the summary as one JSON line.
if (require.main === module) {
  const cases = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 2026);
  const started = Date.now();
  const summary = fuzzImporter({
    cases,
    seed,
    bigNoise: !process.argv.includes('--no-big-noise'),
    onCase: (done) => {
      if (done % 500 === 0)
        process.stderr.write(`fuzz (seed ${seed}): ${done} inputs, ${Math.round((Date.now() - started) / 1000)} s\n`);
    },
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exitCode = summary.problems.length ? 1 : 0;
}
