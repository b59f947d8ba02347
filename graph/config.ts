import path from 'node:path';
import { projectRoot } from './project-root';

/** Where the project lives; kept in its own module so that the importer reads the same function. */
export { projectRoot };

export interface Neo4jConfig {
  /** Set when an outside server is used: nothing is provisioned then. */
  externalUri: string | null;
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  boltPort: number;
  password: string;
  /** Data, logs and pid file of the local server. */
  homeDir: string;
  heap: string;
  pageCacheMb: number;
}

/** The password of the local server when none is set; never acceptable for a server on another host. */
export const DEFAULT_PASSWORD = 'plangraph-local';

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function localNeo4jConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  return {
    boltPort: intFromEnv(env, 'NEO4J_BOLT_PORT', 7687),
    password: env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
    homeDir: path.resolve(projectRoot(), env.NEO4J_HOME_DIR || '.neo4j/main'),
    // Sized for a 2-core, 24 GiB machine that also runs the API and the importer.
    heap: env.NEO4J_HEAP || '2g',
    pageCacheMb: intFromEnv(env, 'NEO4J_PAGECACHE_MB', 1024),
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True when the URI names this machine (localhost, 127.0.0.1 or ::1). */
export function isLoopbackUri(uri: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(uri).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const externalUri = env.NEO4J_URI || null;
  const local = externalUri ? null : localNeo4jConfig(env);
  const password = env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  // The default password is public (it is in this repository): only a server on this machine may use it.
  if (externalUri && password === DEFAULT_PASSWORD && !isLoopbackUri(externalUri)) {
    throw new Error(
      `NEO4J_URI=${externalUri} is another machine, but NEO4J_PASSWORD is unset or the public default; set NEO4J_PASSWORD to that server's own password`,
    );
  }
  return {
    externalUri,
    uri: externalUri ?? `bolt://127.0.0.1:${local!.boltPort}`,
    user: env.NEO4J_USER || 'neo4j',
    password,
    database: env.NEO4J_DATABASE || undefined,
  };
}
