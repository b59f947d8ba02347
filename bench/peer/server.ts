import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { neo4jConfig } from '../../graph/config';
import { createDriver } from '../../graph/driver';
import { peerSchema } from './schema';

/** Serves the peer schema on 127.0.0.1:PORT over the Neo4j of NEO4J_URI until SIGTERM. */
async function main(): Promise<void> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  const server = new ApolloServer({ schema: await peerSchema(driver) });
  const port = Number(process.env.PORT || 7776);
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`@neo4j/graphql peer on ${url}`);
  process.on('SIGTERM', () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
