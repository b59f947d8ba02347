import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type LocalNeo4jConfig, localNeo4jConfig, neo4jConfig, projectRoot } from '../../graph/config';
import { createDriver } from '../../graph/driver';
import { localStatus, startLocal, stopLocal } from '../../graph/local-neo4j';
import { migrate } from '../../graph/migrate';
import { loadBundle } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { tempDir } from '../fixtures/cli-io';
import { fingerprint, spawnImport } from '../fixtures/import-child';
import { freePort } from '../fixtures/ports';

jest.setTimeout(600_000);

/**
 * Neo4j killed (SIGKILL) while the importer writes: after the restart (crash recovery from the
 * transaction log) the previous graph is there unchanged and the next import succeeds. A second,
 * own Neo4j on a free port, so that the shared test database is not the one killed.
 */
const GAZETTE = path.join(projectRoot(__dirname), 'data', 'jingdezhen-gazette-2026-05.txt');
const home = tempDir('neo4j-killed');
let local: LocalNeo4jConfig;
let driver: Driver | null = null;

const connect = () =>
  createDriver({ ...neo4jConfig({ NEO4J_PASSWORD: local.password }), uri: `bolt://127.0.0.1:${local.boltPort}` });

beforeAll(async () => {
  local = localNeo4jConfig({
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HOME_DIR: home.dir,
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE_MB: '64',
  });
  await startLocal(local, () => undefined);
  driver = connect();
  await migrate(driver);
  await loadBundle(driver, buildBundle(GAZETTE));
});

afterAll(async () => {
  await driver?.close();
  await stopLocal(local, () => undefined);
  home.remove();
});

it('keeps the previous graph when Neo4j is killed during an import, and the next import succeeds', async () => {
  const before = await fingerprint(driver!);
  expect(before.nodes).toBeGreaterThan(100);
  const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${local.boltPort}`, NEO4J_PASSWORD: local.password };

  const interrupted = spawnImport([GAZETTE], env);
  await interrupted.writing;
  const pid = localStatus(local).pid;
  expect(pid).not.toBeNull();
  process.kill(pid!, 'SIGKILL');
  const end = await interrupted.exit;
  expect(end.code).toBe(2);
  expect(end.stderr).toMatch(/the graph was not changed/);

  await driver!.close();
  await startLocal(local, () => undefined);
  driver = connect();
  expect(await fingerprint(driver)).toEqual(before);

  const next = await spawnImport([GAZETTE], env).exit;
  expect(next.code).toBe(0);
  expect(await fingerprint(driver)).toEqual(before);
});
