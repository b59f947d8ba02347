import 'reflect-metadata';
import type { Server } from 'node:http';
import { neo4jConfig } from '../graph/config';
import { createApp } from './app';
import { createApiDriver } from './db/driver';

/** Serves PlanGraph on PORT (default 4000) until SIGTERM or SIGINT, then closes the server and the driver. */
async function main(): Promise<void> {
  const config = neo4jConfig();
  const driver = createApiDriver(config);
  const { app, graph, stop } = await createApp({ driver, database: config.database });
  const port = Number(process.env.PORT || 4000);
  const server: Server = app.listen(port, () => {
    console.log(`PlanGraph API on http://localhost:${port}/graphql (Neo4j ${config.uri})`);
  });
  void graph.probe().then((r) => {
    if (!r.ready) console.warn(r.message);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 5_000).unref();
    await stop();
    await driver.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
