import 'reflect-metadata';
import { createApp } from '../api/app';
import { createApiDriver } from '../api/db/driver';
import { neo4jConfig } from '../graph/config';

/**
 * PlanGraph's API and a built UI for `bench:ui`, in a process of its own as in production, so that
 * the page's requests never wait on the benchmark's own work (the browser's trace it receives):
 * `node dist/bench/ui-server.js PORT UI_DIR` against the Neo4j of NEO4J_URI, no rate limit to speak
 * of; prints `ready` once it listens. Stops on SIGTERM.
 */
async function main(): Promise<void> {
  const [port, uiDir] = process.argv.slice(2);
  if (!port || !uiDir) throw new Error('usage: node dist/bench/ui-server.js PORT UI_DIR');
  const config = neo4jConfig();
  const driver = createApiDriver(config);
  const { app, stop } = await createApp({
    driver,
    database: config.database,
    uiDir,
    rateLimit: { windowMs: 60_000, limit: 1_000_000 },
  });
  const server = app.listen(Number(port), '127.0.0.1', () => console.log('ready'));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void stop().then(() => driver.close()));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
