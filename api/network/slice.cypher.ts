import { RelType } from '../../graph/model';
import { nodeById } from '../common/node-by-id';
import { LIMITS } from '../limits';
import { MATCH_FILTERED_PROJECTS, PROJECT_ORDER } from '../projects/project-filter';

const nodeMap = (v: string) => `{id: ${v}.id, type: labels(${v})[0], props: properties(${v})}`;
const edgeMap = (v: string) =>
  `{id: elementId(${v}), source: startNode(${v}).id, target: endNode(${v}).id, type: type(${v}), props: properties(${v})}`;

/**
 * The nodes within `depth` steps of a node, nearest first, cut at `$limit` nodes (the centre
 * included), with every relationship among them. The depth is part of the pattern so that Neo4j
 * can expand breadth-first to distinct nodes; one statement per allowed depth.
 */
function neighborhood(depth: number): string {
  return `
${nodeById('id', 'center')}
CALL (center) {
  MATCH (center)-[*1..${depth}]-(m)
  WHERE m <> center
  WITH DISTINCT m
  ORDER BY CASE WHEN EXISTS { (center)--(m) } THEN 0 ELSE 1 END, m.id
  RETURN collect(m) AS found
}
WITH [center] + found[0..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN kept | ${nodeMap('n')}] AS nodes, [r IN rels | ${edgeMap('r')}] AS edges, truncated`;
}

export const NEIGHBORHOOD_BY_DEPTH: ReadonlyMap<number, string> = new Map(
  Array.from({ length: LIMITS.maxNeighborhoodDepth }, (_, i) => [i + 1, neighborhood(i + 1)]),
);

/** The relationships the overview draws from each project. */
const OVERVIEW_RELS = [RelType.LISTED_IN, RelType.IN_INDUSTRY, RelType.IN_DISTRICT, RelType.AT_PLACE, RelType.RESPONSIBLE].join('|');

/**
 * The filtered projects in plan order (at most `$limit`), each with the links it has and the
 * nodes at their other ends; `total` is how many projects the filter matches.
 */
export const OVERVIEW = `
CALL () { ${MATCH_FILTERED_PROJECTS} RETURN count(p) AS total }
CALL () {
  ${MATCH_FILTERED_PROJECTS}
  WITH p ORDER BY ${PROJECT_ORDER} LIMIT $limit
  RETURN collect(p) AS projects
}
RETURN total, [p IN projects | {
  project: ${nodeMap('p')},
  links: [(p)-[r:${OVERVIEW_RELS}]->(m) | {edge: ${edgeMap('r')}, node: ${nodeMap('m')}}]
}] AS rows`;
