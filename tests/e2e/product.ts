import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { RateLimitOptions } from '../../api/http/security';

/** The checkout: the nearest folder above with a package.json (from the sources, or compiled into dist/). */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

const ROOT = findRoot(__dirname);
const GAZETTE = path.join(ROOT, 'data', 'jingdezhen-gazette-2026-05.txt');
const UI_DIR = path.join(ROOT, 'dist', 'ui');

export interface Product {
  url: string;
  close(): Promise<void>;
}

/** Whether `npm run build:ui` has built the UI that startProduct serves. */
export function uiBuilt(): boolean {
  return fs.existsSync(path.join(UI_DIR, 'index.html'));
}

export interface ProductOptions {
  /** The HTTP port on 127.0.0.1; a free one when left out. */
  port?: number;
  /** Requests per client and window; the API's default when left out. */
  rateLimit?: RateLimitOptions;
  /** The built UI to serve; dist/ui when left out (the UI benchmark also serves an earlier build). */
  uiDir?: string;
}

/**
 * Starts PlanGraph in this process against the Neo4j of NEO4J_URI (as `npm test` provides): loads
 * the gazette unless that very file is already loaded, then serves the API and the built UI on
 * loopback.
 */
export async function startProduct(options: ProductOptions = {}): Promise<Product> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set');
  const uiDir = options.uiDir ?? UI_DIR;
  if (!fs.existsSync(path.join(uiDir, 'index.html')))
    throw new Error(`the UI is not built (${uiDir}); run npm run build:ui`);

  const { runCli } = await import('../../import/cli');
  const log: string[] = [];
  const sink = { write: (text: string) => log.push(text) };
  const code = await runCli(['import', GAZETTE, '--if-absent'], { stdout: sink, stderr: sink, env: process.env });
  if (code !== 0) throw new Error(`loading the gazette failed (exit ${code}):\n${log.join('')}`);

  const { neo4jConfig } = await import('../../graph/config');
  const { createApiDriver } = await import('../../api/db/driver');
  const { createApp } = await import('../../api/app');
  const config = neo4jConfig();
  const driver = createApiDriver(config);
  const { app, stop } = await createApp({
    driver,
    database: config.database,
    uiDir,
    rateLimit: options.rateLimit,
  });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await driver.close();
    },
  };
}
