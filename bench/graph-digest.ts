import { createHash } from 'node:crypto';
import { type Driver, isInt } from 'neo4j-driver';
import { NODE_LABELS } from '../graph/model';
import { neo4jConfig } from '../graph/config';
import { createDriver } from '../graph/driver';

/**
 * A digest of the whole PlanGraph graph: every node with its labels and properties, every
 * relationship with its ends, type and properties, as sorted canonical lines. Two loads that give
 * the same digest wrote the same graph, whatever order or statements they used. `importedAt` is
 * left out: it changes on every import by design.
 *
 *     NEO4J_URI=bolt://127.0.0.1:7687 node dist/bench/graph-digest.js
 */

const ALL_NODES = `
MATCH (n:${NODE_LABELS.join('|')})
RETURN labels(n) AS labels, properties(n) AS props`;

const ALL_RELATIONSHIPS = `
MATCH (a:${NODE_LABELS.join('|')})-[r]->(b:${NODE_LABELS.join('|')})
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;

const VOLATILE = new Set(['importedAt']);

function plain(value: unknown): unknown {
  if (isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => !VOLATILE.has(k))
        .sort()
        .map((k) => [k, plain((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export interface GraphDigest {
  nodes: number;
  relationships: number;
  /** sha256 of the sorted node lines, then the sorted relationship lines. */
  sha256: string;
}

/** The digest of the graph in `database`. */
export async function graphDigest(driver: Driver, database?: string): Promise<GraphDigest> {
  const nodes = (await driver.executeQuery(ALL_NODES, {}, { database })).records
    .map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), plain(r.get('props'))]))
    .sort();
  const relationships = (await driver.executeQuery(ALL_RELATIONSHIPS, {}, { database })).records
    .map((r) => JSON.stringify([r.get('from'), r.get('type'), r.get('to'), plain(r.get('props'))]))
    .sort();
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
