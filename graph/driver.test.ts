import { createDriver } from './driver';

const config = (uri: string) => ({ externalUri: uri, uri, user: 'neo4j', password: 'secret', database: undefined });

describe('the driver', () => {
  // Encryption set in the driver's config as well as by a +s scheme is refused by neo4j-driver.
  it.each([
    'neo4j://cluster.example:7687',
    'neo4j+s://xxxx.databases.neo4j.io',
    'neo4j+ssc://cluster.example',
    'bolt://127.0.0.1:7687',
  ])('accepts the routing or direct URI %s', async (uri) => {
    const driver = createDriver(config(uri));
    await driver.close();
  });
});
