import { NODE_LABELS, type NodeLabel, type RelType } from '../../../graph/model';

/**
 * The statements of an initial load, run after the import for what the CSV files could not carry.
 * Labels and types come from graph/model.ts; rows arrive as `$rows`.
 */

/** Whether the database holds any PlanGraph node: an initial load writes only into an empty one. */
export const ANY_PLANGRAPH_NODE = `
RETURN EXISTS { MATCH (n:${NODE_LABELS.join('|')}) } AS any`;

/** The properties a CSV cell could not hold, set on the nodes of `label` by id. */
export function fixNodes(label: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n += row.props`;
}

/**
 * The same for relationships: found by their ends, their plan (none for WITHIN and COVERS) and,
 * where a unit answers for the same subject in several roles, their role.
 */
export function fixRelationships(from: NodeLabel, type: RelType, to: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WHERE (row.plan IS NULL OR r.plan = row.plan) AND (row.role IS NULL OR r.role = row.role)
SET r += row.props`;
}

/** A required list (graph/model.ts) set empty on the nodes of `label` the import left without it. */
export function emptyNodeLists(label: NodeLabel, property: string): string {
  return `
MATCH (n:${label}) WHERE n.\`${property}\` IS NULL
CALL (n) { SET n.\`${property}\` = [] } IN TRANSACTIONS OF 10000 ROWS`;
}

/** The same for the relationships of `type`. */
export function emptyRelationshipLists(type: RelType, property: string): string {
  return `
MATCH ()-[r:${type}]->() WHERE r.\`${property}\` IS NULL
CALL (r) { SET r.\`${property}\` = [] } IN TRANSACTIONS OF 10000 ROWS`;
}
