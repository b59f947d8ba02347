import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type LocalNeo4jConfig, neo4jConfig, projectRoot } from './config';
import { boltAnswers } from './driver';

/**
 * The local Neo4j 5.26 LTS server: embedded Neo4j with Bolt on, run by a small Java launcher
 * built from Maven Central (graph/neo4j). One server per home directory, found by its pid file.
 */
const LAUNCHER_DIR = path.join(projectRoot(), 'graph', 'neo4j');
const LAUNCHER_CLASS = 'plangraph.EmbeddedNeo4j';
/** The jars of the embedded Neo4j, its admin tools among them (`ensureLauncher` puts them there). */
export const LAUNCHER_LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 90_000;

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  logFile: string;
}

/** The home of the local DBMS (its `data/databases`, `data/transactions` and logs), as neo4j-admin takes it. */
export const dbmsHome = (config: LocalNeo4jConfig): string => path.join(config.homeDir, 'data');
const pidFile = (config: LocalNeo4jConfig) => path.join(config.homeDir, 'neo4j.pid');
const logFile = (config: LocalNeo4jConfig) => path.join(config.homeDir, 'neo4j.log');
const uriOf = (config: LocalNeo4jConfig) => `bolt://127.0.0.1:${config.boltPort}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(config: LocalNeo4jConfig): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(config), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/** Builds the launcher and copies its jars once, and again when its source changed. */
export function ensureLauncher(log: (line: string) => void = console.log): void {
  const built = path.join(LAUNCHER_DIR, 'target', 'classes', 'plangraph', 'EmbeddedNeo4j.class');
  const source = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'plangraph', 'EmbeddedNeo4j.java');
  const libs = LAUNCHER_LIB;
  const current = mtime(built) >= mtime(source);
  if (current && fs.existsSync(libs) && fs.readdirSync(libs).length > 0) return;
  log('building the Neo4j launcher with Maven …');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: 'inherit' });
  if (result.error) throw new Error(`cannot run Maven (mvn): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Maven could not build graph/neo4j (exit ${result.status})`);
}

export function localStatus(config: LocalNeo4jConfig): LocalStatus {
  const pid = readPid(config);
  return { running: pid !== null, pid, uri: uriOf(config), logFile: logFile(config) };
}

function connection(config: LocalNeo4jConfig) {
  return { ...neo4jConfig({ NEO4J_PASSWORD: config.password }), externalUri: null, uri: uriOf(config) };
}

function logTail(config: LocalNeo4jConfig, lines = 30): string {
  try {
    return fs.readFileSync(logFile(config), 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts the server unless it already runs; resolves once Bolt answers. */
export async function startLocal(
  config: LocalNeo4jConfig,
  log: (line: string) => void = console.log,
): Promise<LocalStatus> {
  const running = readPid(config);
  if (running !== null) {
    if (await boltAnswers(connection(config))) {
      log(`Neo4j already running (pid ${running}) at ${uriOf(config)}`);
      return localStatus(config);
    }
  }
  ensureLauncher(log);
  fs.mkdirSync(config.homeDir, { recursive: true });
  const out = fs.openSync(logFile(config), 'a');
  const classpath = [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_LIB, '*')].join(path.delimiter);
  const child = spawn(
    'java',
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      LAUNCHER_CLASS,
      dbmsHome(config),
      String(config.boltPort),
      String(config.pageCacheMb),
    ],
    // The password goes through the environment: a command line is readable by every user (ps).
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_PASSWORD: config.password } },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error('could not start java');
  fs.writeFileSync(pidFile(config), String(child.pid));
  child.unref();

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(child.pid)) {
      throw new Error(`Neo4j exited while starting; last lines of ${logFile(config)}:\n${logTail(config)}`);
    }
    if (await boltAnswers(connection(config))) {
      log(`Neo4j ready at ${uriOf(config)} (pid ${child.pid}, log ${logFile(config)})`);
      return localStatus(config);
    }
    await sleep(1000);
  }
  await stopLocal(config, () => undefined);
  throw new Error(
    `Neo4j did not answer on ${uriOf(config)} within ${START_TIMEOUT_MS / 1000}s; see ${logFile(config)}`,
  );
}

/** Stops the server cleanly (SIGTERM, then SIGKILL after a grace period). */
export async function stopLocal(config: LocalNeo4jConfig, log: (line: string) => void = console.log): Promise<void> {
  const pid = readPid(config);
  if (pid === null) {
    fs.rmSync(pidFile(config), { force: true });
    log('Neo4j is not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(250);
  if (alive(pid)) {
    log(`Neo4j (pid ${pid}) did not stop in ${STOP_TIMEOUT_MS / 1000}s; killing it`);
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(100);
  }
  fs.rmSync(pidFile(config), { force: true });
  log(`Neo4j stopped (pid ${pid})`);
}
