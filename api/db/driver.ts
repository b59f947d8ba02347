import neo4j, { type Driver } from 'neo4j-driver';
import { type Neo4jConfig, neo4jConfig } from '../../graph/config';

/**
 * The API's one driver. Retries and connection waits are kept short so that a request made while
 * Neo4j is away gets an answer (an error) within seconds instead of after the driver's defaults.
 */
export function createApiDriver(config: Neo4jConfig = neo4jConfig()): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 3_000,
  });
}
