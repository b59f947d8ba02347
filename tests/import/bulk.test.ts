import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { bulkImport, planJobs } from '../../import/bulk';
import { EXIT_BAD_INPUT, EXIT_OK, runCli } from '../../import/cli';
import { loadedPlans } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { captureIo, tempDir } from '../fixtures/cli-io';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(600_000);

const FIXTURES = path.join(__dirname, '../fixtures/plans');
const PLANS = ['city-a-14', 'county-a1-15', 'county-a2-15', 'city-b-15'];

let driver: Driver;
const database = testDatabase();
const folder = tempDir('bulk');
/** Projects of each good plan when it is read on its own, by file name. */
const expected = new Map<string, number>();
const bad = path.join(folder.dir, 'truncated.txt');

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  for (const name of PLANS) {
    const file = path.join(folder.dir, `${name}.txt`);
    fs.copyFileSync(path.join(FIXTURES, name, 'plan.txt'), file);
    expected.set(`${name}.txt`, buildBundle(file).projects.length);
  }
  // A plan cut off inside one of its boxes, as an interrupted download leaves it.
  const lines = fs.readFileSync(path.join(FIXTURES, 'city-a-14', 'plan.txt'), 'utf8').split('\n');
  const inBox = lines.findIndex((l) => /^\s*专栏\s*2\s/.test(l));
  fs.writeFileSync(bad, lines.slice(0, inBox + 3).join('\n'));
});

afterAll(async () => {
  folder.remove();
  await resetGraph(driver);
  await driver.close();
});

describe('importing a folder of plans', () => {
  it('loads every good plan completely and reports the bad one with its file and line', async () => {
    const run = captureIo();
    expect(await runCli(['import', folder.dir, '--workers', '2'], run.io)).toBe(EXIT_BAD_INPUT);
    const escaped = bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(run.stderr()).toMatch(new RegExp(`failed: ${escaped}:\\d+: `));
    expect(run.stderr()).toContain(`${PLANS.length} of ${PLANS.length + 1} plans imported`);
    expect(run.stdout()).toMatch(/parse workers\s+2\n/);

    const plans = await loadedPlans(driver, database);
    expect(plans.map((p) => p.file).sort()).toEqual([...expected.keys()].sort());
    for (const plan of plans) expect(plan.counts.nodes.Project).toBe(expected.get(plan.file));
  });

  it('gives the identical graph when the same folder is imported again', async () => {
    const before = await snapshotGraph(driver);
    fs.renameSync(bad, `${bad}.skip`);
    try {
      expect(await runCli(['import', folder.dir, '--workers', '1'], captureIo().io)).toBe(EXIT_OK);
    } finally {
      fs.renameSync(`${bad}.skip`, bad);
    }
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('parses on no more threads than the pool is given', async () => {
    for (const workers of [1, 2]) {
      const summary = await bulkImport(driver, planJobs([folder.dir]), { workers, database, dryRun: true });
      expect(summary).toMatchObject({ plans: PLANS.length + 1, imported: PLANS.length, workers });
      expect(summary.threads).toBeGreaterThanOrEqual(1);
      expect(summary.threads).toBeLessThanOrEqual(workers);
    }
  });
});
