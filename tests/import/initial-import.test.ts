import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { writePlan } from '../../bench/corpus/corpus';
import { LAYOUTS } from '../../bench/corpus/plan';
import { RelType } from '../../graph/model';
import { EXIT_BAD_INPUT, EXIT_OK, runCli } from '../../import/cli';
import { captureIo, tempDir } from '../fixtures/cli-io';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(1_800_000);

const BUNDLED = path.join(__dirname, '../../data/jingdezhen-gazette-2026-05.txt');
const FIXTURES = path.join(__dirname, '../fixtures/plans');
/** Two editions of one city and two of its counties: both kinds of cross-plan link. */
const LINKED = ['city-a-14', 'city-a-15', 'county-a1-15', 'county-a2-15'];

const folder = tempDir('initial');
/** The throwaway Neo4j of `graph/cli.js test` as the local server of `--initial` (its store, port and memory). */
const localEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEO4J_URI: '',
  NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT || '7688',
  NEO4J_HOME_DIR: process.env.NEO4J_TEST_HOME_DIR || '.neo4j/test',
  NEO4J_HEAP: process.env.NEO4J_TEST_HEAP || '1g',
  NEO4J_PAGECACHE_MB: process.env.NEO4J_TEST_PAGECACHE_MB || '256',
};
let driver: Driver;

const count = async (type: RelType) =>
  (
    await driver.executeQuery(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`, {}, { database: testDatabase() })
  ).records[0]
    .get('n')
    .toNumber() as number;

beforeAll(async () => {
  fs.copyFileSync(BUNDLED, path.join(folder.dir, 'bundled.txt'));
  for (const name of LINKED) {
    fs.copyFileSync(path.join(FIXTURES, name, 'plan.txt'), path.join(folder.dir, `${name}.txt`));
    const profile = path.join(FIXTURES, name, 'plan.profile.json');
    if (fs.existsSync(profile)) fs.copyFileSync(profile, path.join(folder.dir, `${name}.profile.json`));
  }
  const corpus = path.join(folder.dir, 'corpus');
  fs.mkdirSync(corpus);
  for (let i = 0; i < 10; i++)
    writePlan(corpus, { plans: 10, seed: 7, projects: 60, editions: 2, layouts: LAYOUTS }, i);
  driver = testDriver();
  await resetGraph(driver);
});

afterAll(async () => {
  folder.remove();
  await resetGraph(driver);
  await driver.close();
});

describe('the initial load with neo4j-admin database import', () => {
  let initial: Awaited<ReturnType<typeof snapshotGraph>>;

  it('refuses a server named by NEO4J_URI: its store is not on this machine to write', async () => {
    const run = captureIo({ ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(await runCli(['import', folder.dir, '--initial'], run.io)).toBe(EXIT_BAD_INPUT);
    expect(run.stderr()).toContain('--initial writes the store of the local Neo4j');
  });

  it('loads the bundled plan, linked plans and a corpus into the empty database', async () => {
    const run = captureIo(localEnv);
    const code = await runCli(['import', folder.dir, '--initial', '--workers', '1'], run.io);
    expect({ code, stderr: run.stderr().split('\n').slice(-5) }).toMatchObject({ code: EXIT_OK });
    expect(run.stdout()).toMatch(/imported\s+15\n/);
    await driver.close();
    driver = testDriver();
    initial = await snapshotGraph(driver);
    expect(initial.nodes.length).toBeGreaterThan(1000);
    // Both kinds of link between plans are written with the CSV, as the online loader derives them.
    expect(await count(RelType.SAME_PROJECT)).toBeGreaterThan(0);
    expect(await count(RelType.CARRIED_OVER)).toBeGreaterThan(0);
    // Units two editions name differently show the 十五五 plan's statement: the smaller id, added after the 十四五 plan.
    const { records } = await driver.executeQuery(
      `MATCH (d14:Document)-[s14:NAMES]->(u:Unit)<-[s15:NAMES]-(d15:Document)
       MATCH (p14:Plan {id: d14.plan}), (p15:Plan {id: d15.plan})
       WHERE p14.edition = '十四五' AND p15.edition = '十五五' AND p14.regionId = p15.regionId
         AND (s14.quote <> s15.quote OR s14.line <> s15.line)
       RETURN count(u) AS units, count(CASE WHEN u.quote = s15.quote AND u.line = s15.line THEN 1 END) AS shown`,
      {},
      { database: testDatabase() },
    );
    const units = records[0].get('units').toNumber() as number;
    expect(units).toBeGreaterThan(0);
    expect(records[0].get('shown').toNumber()).toBe(units);
  });

  it('refuses a database that holds plans, and leaves it as it is', async () => {
    const run = captureIo(localEnv);
    expect(await runCli(['import', path.join(folder.dir, 'bundled.txt'), '--initial'], run.io)).toBe(EXIT_BAD_INPUT);
    expect(run.stderr()).toContain('holds plans already');
    expect(await snapshotGraph(driver)).toEqual(initial);
  });

  it('gives the graph the online import of the same plans gives, property for property', async () => {
    await resetGraph(driver);
    const run = captureIo();
    expect(await runCli(['import', folder.dir, '--workers', '1'], run.io)).toBe(EXIT_OK);
    const online = await snapshotGraph(driver);
    expect(online.relationships).toEqual(initial.relationships);
    expect(online.nodes).toEqual(initial.nodes);
  });
});
