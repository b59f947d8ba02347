import { NodeLabel, RelType } from '../../graph/model';

/** The labels the name index covers, in the order a hit's type is read from its labels. */
export const SEARCHED_LABELS: readonly string[] = [NodeLabel.Project, NodeLabel.Unit, NodeLabel.Place];

/**
 * Names matching the query, best first, within one plan (`$plan`) or the plans for a region
 * (`$region`) when given: projects and places by their plan, units by the plans that name them.
 * The index streams hits by score, so LIMIT stops it once enough are in scope.
 */
export const SEARCH_NAMES = `
CALL () {
  OPTIONAL MATCH (pl:${NodeLabel.Plan})-[:${RelType.COVERS}]->(:${NodeLabel.Region})-[:${RelType.WITHIN}*0..3]->(:${NodeLabel.Region} {id: $region})
  RETURN collect(pl.id) AS regionPlans
}
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score, [x IN coalesce(node.plans, [node.plan]) WHERE x IS NOT NULL] AS nodePlans, regionPlans
WHERE ($plan IS NULL OR $plan IN nodePlans) AND ($region IS NULL OR any(x IN nodePlans WHERE x IN regionPlans))
WITH node, score LIMIT $limit
RETURN node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS type, node.name AS name, score
ORDER BY score DESC, name`;

/**
 * SEARCH_NAMES without a plan or region: the index itself keeps only the best `$limit` hits
 * (Lucene's top hits) instead of streaming every match through the scope's filter. Among hits of
 * equal score, which ones make the page is the index's choice, as it is for SEARCH_NAMES.
 */
export const SEARCH_ALL_NAMES = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS type, node.name AS name, score
ORDER BY score DESC, name`;

/** The search statement by scope: `plans` when a plan or region narrows it, else `all`. */
export const SEARCH_BY_SCOPE: Record<'plans' | 'all', string> = { plans: SEARCH_NAMES, all: SEARCH_ALL_NAMES };
