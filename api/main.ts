import 'reflect-metadata';
import { neo4jConfig } from '../graph/config';
import { createApp } from './app';
import { createApiDriver } from './db/driver';
import { rateLimitFromEnv } from './http/rate-limit-env';

/**
 * Serves PlanGraph on PORT (default 4000) until SIGTERM or SIGINT; then requests in flight finish
 * (Apollo's drainHttpServer), the server closes and the driver with it.
 */
async function main(): Promise<void> {
  const config = neo4jConfig();
  const driver = createApiDriver(config);
  const { server, graph, stop } = await createApp({
    driver,
    database: config.database,
    rateLimit: rateLimitFromEnv(process.env),
  });
  const port = Number(process.env.PORT || 4000);
  server.listen(port, () => {
    console.log(`PlanGraph API on http://localhost:${port}/graphql (Neo4j ${config.uri})`);
  });
  void graph.probe().then((r) => {
    if (!r.ready) console.warn(r.message);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then closing`);
    await stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
