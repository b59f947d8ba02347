import neo4j, { type Driver } from 'neo4j-driver';
import { type Neo4jConfig, neo4jConfig } from './config';

export function createDriver(config: Neo4jConfig = neo4jConfig()): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 20_000,
    maxConnectionPoolSize: 50,
  });
}

/** True once the server answers a query over Bolt. */
export async function boltAnswers(config: Neo4jConfig = neo4jConfig()): Promise<boolean> {
  const driver = createDriver(config);
  try {
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
