import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { loadBundle } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { fingerprint, spawnImport } from '../fixtures/import-child';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';

jest.setTimeout(300_000);

/** The importer killed (SIGKILL) while its transaction writes: the stored graph stays as it was. */
const GAZETTE = path.join(projectRoot(__dirname), 'data', 'jingdezhen-gazette-2026-05.txt');

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  // The previous graph: the bundled plan, which the importer below replaces with itself.
  await loadBundle(driver, buildBundle(GAZETTE), { database: testDatabase() });
});

afterAll(async () => {
  await resetGraph(driver);
  await driver.close();
});

it('keeps the previous graph when the importer is killed mid-write, and the next import succeeds', async () => {
  const before = await fingerprint(driver);
  expect(before.nodes).toBeGreaterThan(100);

  const killed = spawnImport([GAZETTE]);
  await killed.writing;
  killed.child.kill('SIGKILL');
  const end = await killed.exit;
  expect(end.signal).toBe('SIGKILL');
  expect(end.stdout).toBe('');

  expect(await fingerprint(driver)).toEqual(before);

  const next = spawnImport([GAZETTE]);
  const done = await next.exit;
  expect(done.code).toBe(0);
  expect(done.stdout).toMatch(/^imported .* replacing \d+ nodes/);
  expect(await fingerprint(driver)).toEqual(before);
});
