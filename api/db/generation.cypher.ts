import { NodeLabel } from '../../graph/model';

const { Plan } = NodeLabel;

/**
 * What changes whenever the graph's content does: an import writes its plans' `importedAt` (the
 * time of that import) in the transaction that writes the plan, and an import or a removal changes
 * the plans, nodes or relationships counted (counts Neo4j keeps, read without a scan).
 */
export const GRAPH_GENERATION = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
CALL () { MATCH (p:${Plan}) RETURN count(p) AS plans, max(p.importedAt) AS latest }
RETURN nodes, links, plans, latest`;
