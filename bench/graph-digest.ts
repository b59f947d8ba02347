import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { snapshotGraph } from '../graph/snapshot';
import { neo4jConfig } from '../graph/config';
import { createDriver } from '../graph/driver';

/**
 * A digest of the whole PlanGraph graph: the sha256 of its snapshot (graph/snapshot.ts). Two loads
 * that give the same digest wrote the same graph, whatever order or statements they used.
 *
 *     NEO4J_URI=bolt://127.0.0.1:7687 node dist/bench/graph-digest.js
 */

export interface GraphDigest {
  nodes: number;
  relationships: number;
  /** sha256 of the sorted node lines, then the sorted relationship lines. */
  sha256: string;
}

/** The digest of the graph in `database`. */
export async function graphDigest(driver: Driver, database?: string): Promise<GraphDigest> {
  const { nodes, relationships } = await snapshotGraph(driver, database);
  const hash = createHash('sha256');
  for (const line of [...nodes, '', ...relationships]) hash.update(`${line}\n`);
  return { nodes: nodes.length, relationships: relationships.length, sha256: hash.digest('hex') };
}

async function main(): Promise<void> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  try {
    const digest = await graphDigest(driver, config.database);
    console.log(`nodes ${digest.nodes}, relationships ${digest.relationships}, sha256 ${digest.sha256}`);
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
