import { type Driver, isInt } from 'neo4j-driver';
import { NODE_LABELS } from './model';

/** The whole PlanGraph graph as sorted canonical lines: equal snapshots are the same graph. */
export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const ALL_NODES = `
MATCH (n:${NODE_LABELS.join('|')})
RETURN labels(n) AS labels, properties(n) AS props`;

const ALL_RELATIONSHIPS = `
MATCH (a:${NODE_LABELS.join('|')})-[r]->(b:${NODE_LABELS.join('|')})
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`;

/** Properties that change on every import by design. */
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

/**
 * Every PlanGraph node with its labels and properties and every relationship with its ends, type
 * and properties, as sorted lines: two loads with equal snapshots wrote the same graph, whatever
 * order or statements they used.
 */
export async function snapshotGraph(driver: Driver, database?: string): Promise<GraphSnapshot> {
  const nodes = (await driver.executeQuery(ALL_NODES, {}, { database })).records.map((r) =>
    JSON.stringify([[...(r.get('labels') as string[])].sort(), plain(r.get('props'))]),
  );
  const relationships = (await driver.executeQuery(ALL_RELATIONSHIPS, {}, { database })).records.map((r) =>
    JSON.stringify([r.get('from'), r.get('type'), r.get('to'), plain(r.get('props'))]),
  );
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}
