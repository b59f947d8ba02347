import { fuzzImporter } from './run';

/**
 * The importer on a few hundred hostile gazettes (seeded, so a failure replays): each gives a
 * valid bundle or a typed error naming the file, within 5 s. `npm run stress` runs 10,000.
 */
jest.setTimeout(600_000);

it('accepts or refuses every generated gazette cleanly and in time', () => {
  const summary = fuzzImporter({ cases: 200, seed: 13 });
  expect(summary.problems).toEqual([]);
  expect(summary.cases).toBe(203);
  // The generators reach both sides: some damaged gazettes still read, most are refused.
  expect(summary.bundles).toBeGreaterThan(10);
  expect(summary.refused).toBeGreaterThan(50);
});
