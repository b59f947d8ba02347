import { fuzzImporter, mergeSummaries } from './run';

/**
 * The importer on a few hundred hostile gazettes (seeded, so a failure replays): each gives a
 * valid bundle or a typed error naming the file, within 5 s of CPU time. `npm run stress` runs
 * 10,000.
 */
jest.setTimeout(600_000);

it('accepts or refuses every generated gazette cleanly and in time', () => {
  const summary = fuzzImporter({ cases: 200, seed: 13 });
  expect(summary.problems).toEqual([]);
  expect(summary.cases).toBe(203);
  // The generators reach both sides: some damaged gazettes still read, most are refused.
  expect(summary.bundles).toBeGreaterThan(10);
  expect(summary.refused).toBeGreaterThan(50);
  expect(summary.slowestCpuMs).toBeGreaterThan(0);
});

it('adds up the runs that shared the cases and names the seed of each problem', () => {
  const run = { cases: 10, bundles: 3, refused: 7, problems: [], slowestMs: 900, slowestCpuMs: 400, seed: 1 };
  const merged = mergeSummaries([
    run,
    { ...run, bundles: 4, refused: 6, problems: ['x: crashed'], slowestMs: 700, slowestCpuMs: 600, seed: 2 },
  ]);
  expect(merged).toEqual({
    cases: 20,
    bundles: 7,
    refused: 13,
    problems: ['seed 2: x: crashed'],
    slowestMs: 900,
    slowestCpuMs: 600,
    seed: 1,
  });
});
