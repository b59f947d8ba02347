import { performance } from 'node:perf_hooks';
import { facilityKind, loadFacilityKinds } from '../import/extract/facility-kinds';
import { loadIndustryLexicon } from '../import/resolve/industry-lexicon';
import { decodePlanFile } from '../import/text/decode';
import { BUNDLED_PLAN } from './extract';
import { passes, type Result, summarize } from './measure';

/** Target of bench/README.md: matching the whole bundled gazette against the lexicon, median run. */
export const LEXICON_TARGET_MS = 100;

const RUNS = 20;

function medianMs(work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return summarize(samples).median;
}

/**
 * The industry lexicon and the facility-kind vocabulary on the bundled gazette: loading each, matching
 * every line of the gazette (far more text than a plan's boxes), and classifying every line as if it
 * were a project name. Each figure is the median of 20 runs after one warm-up.
 */
export function benchLexicon(targetMs: number = LEXICON_TARGET_MS): Result[] {
  const lines = decodePlanFile(BUNDLED_PLAN).text.split('\n');
  const chars = lines.reduce((n, line) => n + line.length, 0);
  const lexicon = loadIndustryLexicon();
  const kinds = loadFacilityKinds();
  let found = 0;
  const matchAll = () => {
    found = 0;
    for (const line of lines) found += lexicon.match(line).length;
  };
  const classifyAll = () => {
    for (const line of lines) facilityKind(line, kinds);
  };
  matchAll();
  classifyAll();
  return [
    { name: 'lexicon load', value: medianMs(() => loadIndustryLexicon()), unit: 'ms', note: `${lexicon.size} terms` },
    {
      name: 'lexicon match, whole gazette',
      value: medianMs(matchAll),
      unit: 'ms',
      target: targetMs,
      note: `${lines.length} lines, ${chars} characters, ${found} matches`,
    },
    {
      name: 'facility kinds load',
      value: medianMs(() => loadFacilityKinds()),
      unit: 'ms',
      note: `${kinds.entries.length} kinds`,
    },
    { name: 'facility kind of every line', value: medianMs(classifyAll), unit: 'ms', note: `${lines.length} lines` },
  ];
}

if (require.main === module) {
  const results = benchLexicon();
  for (const r of results)
    console.log(
      `${r.name}\t${r.value.toFixed(2)} ${r.unit}${r.target ? `\t< ${r.target} ${r.unit}\t${passes(r) ? 'PASS' : 'FAIL'}` : ''}\t${r.note ?? ''}`,
    );
  process.exitCode = results.every(passes) ? 0 : 1;
}
