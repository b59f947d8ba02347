import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { bundleSummary, EXIT_BAD_INPUT, EXIT_DATABASE, EXIT_OK, runCli } from '../../import/cli';
import { loadBundle } from '../../import/load';
import { captureIo, tempDir } from '../fixtures/cli-io';
import { miniBundle } from '../fixtures/mini-bundle';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(60_000);

/** The command's own behaviour, independent of what the gazette holds (see gazette.test.ts). */
let driver: Driver;
const tmp = tempDir('cli');

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  await loadMiniBundle(driver);
});

afterAll(async () => {
  tmp.remove();
  await resetGraph(driver);
  await driver.close();
});

const write = (name: string, content: string | Buffer) => {
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('plangraph', () => {
  it('prints its commands with --help', async () => {
    const run = captureIo();
    expect(await runCli(['--help'], run.io)).toBe(EXIT_OK);
    expect(run.stdout()).toMatch(/extract[\s\S]*import/);
  });

  it('refuses an unknown option as bad input', async () => {
    const run = captureIo();
    expect(await runCli(['import', 'x.txt', '--no-such-option'], run.io)).toBe(EXIT_BAD_INPUT);
    expect(run.stderr()).toMatch(/unknown option/);
  });

  it('says which file is missing', async () => {
    const run = captureIo();
    const missing = path.join(tmp.dir, 'missing.txt');
    expect(await runCli(['extract', missing, '--json'], run.io)).toBe(EXIT_BAD_INPUT);
    expect(run.stderr()).toBe(`${missing}: file not found\n`);
    expect(run.stdout()).toBe('');
  });

  it('exits 1 on an empty file and writes nothing', async () => {
    const before = await snapshotGraph(driver);
    const run = captureIo();
    const empty = write('empty.txt', '');
    expect(await runCli(['import', empty], run.io)).toBe(EXIT_BAD_INPUT);
    expect(run.stderr()).toContain(`${empty}: file is empty`);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('exits 2 when Neo4j cannot be reached, before writing anything', async () => {
    const file = write('plan.txt', '规划纲要\n');
    const run = captureIo({ ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(await runCli(['import', file, '--if-absent'], run.io)).toBe(EXIT_DATABASE);
    expect(run.stderr()).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:9: [\s\S]*the graph was not changed/);
  });

  it('with --if-absent does nothing when the graph holds the very same file', async () => {
    const content = '已导入的规划文本\n';
    const file = write('loaded.txt', content);
    const loaded = miniBundle();
    loaded.source.sha256 = createHash('sha256').update(content).digest('hex');
    await loadBundle(driver, loaded, { database: testDatabase() });
    const before = await snapshotGraph(driver);
    const run = captureIo();
    expect(await runCli(['import', file, '--if-absent'], run.io)).toBe(EXIT_OK);
    expect(run.stderr()).toContain('is already loaded');
    expect(await snapshotGraph(driver)).toEqual(before);

    // Loaded by an importer of another bundle version: read again (and here refused as no plan).
    await driver.executeQuery('MATCH (p:Plan) SET p.version = 0', {}, { database: testDatabase() });
    const again = captureIo();
    expect(await runCli(['import', file, '--if-absent'], again.io)).toBe(EXIT_BAD_INPUT);
    expect(again.stderr()).not.toContain('is already loaded');
    expect(again.stderr()).toContain(`${file}: not a plan`);
  });
});

describe('the extract summary', () => {
  it('counts each kind and the projects of each box', () => {
    const text = bundleSummary(miniBundle());
    expect(text).toMatch(/projects\s+17\n/);
    expect(text).toMatch(/tier A\s+17\n/);
    expect(text).toMatch(/units\s+8\n/);
    expect(text).toMatch(/\s2 {2}专栏6 航空产业提升工程\n/);
    expect(text).toMatch(/\s6 {2}专栏13 交通基础设施提升工程\n/);
  });
});
