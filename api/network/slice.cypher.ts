import { RelType } from '../../graph/model';
import { nodeById } from '../common/node-by-id';
import { LIMITS } from '../limits';
import { COUNT_PROJECTS_FROM, PAGE_OF_PROJECTS, type ProjectSource } from '../projects/project-filter.cypher';

/**
 * Properties a slice leaves out of its nodes: the index's text, and the plans a shared node
 * (region, industry, unit) lists — every plan that names it, for an industry nearly every plan in
 * the graph (3,000 ids, 90 KB, at national scale): read by no view, and most of a slice's bytes.
 */
export const SLICE_HIDDEN_PROPS = ['searchText', 'plans'];

/**
 * A node as slices return it, its properties as [key, value] pairs without the hidden ones. The
 * pairs come from the node's keys, so a hidden value is never read from the store: reading an
 * industry's list of plans only to drop it made a neighbourhood cost twice the Neo4j CPU.
 */
const nodeMap = (v: string) =>
  `{id: ${v}.id, type: labels(${v})[0], props: [k IN keys(${v}) WHERE NOT k IN ${JSON.stringify(SLICE_HIDDEN_PROPS)} | [k, ${v}[k]]]}`;

/**
 * The properties a GraphNode's typed fields and label are made of (slice.ts): all a slice reads of
 * a node when no one asks for its `data` or evidence.
 */
export const SLICE_SHOWN_PROPS = ['name', 'title', 'zh', 'en', 'kind', 'tier', 'number'];

/** A node as `nodeMap` gives it, with only the shown properties it has. */
const shownNodeMap = (v: string) =>
  `{id: ${v}.id, type: labels(${v})[0], props: [k IN ${JSON.stringify(SLICE_SHOWN_PROPS)} WHERE ${v}[k] IS NOT NULL | [k, ${v}[k]]]}`;

/**
 * An edge as a row in the order of `EdgeRow` (slice.ts), with only what a GraphEdge shows: rows
 * cost the driver far less to unpack than maps, which matters in a slice of a thousand edges.
 */
const edgeRow = (v: string, source = `startNode(${v}).id`, quote = `${v}.quote`) =>
  `[elementId(${v}), ${source}, endNode(${v}).id, type(${v}), ${v}.role, ${v}.basis, ${v}.document, ${v}.line, ${quote}, ${v}.rule]`;

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
RETURN [n IN kept | ${nodeMap('n')}] AS nodes, [r IN rels | ${edgeRow('r')}] AS edges, truncated`;
}

export const NEIGHBORHOOD_BY_DEPTH: ReadonlyMap<number, string> = new Map(
  Array.from({ length: LIMITS.maxNeighborhoodDepth }, (_, i) => [i + 1, neighborhood(i + 1)]),
);

/** One node by its id, as a slice gives it. */
export const NODE_BY_ID = `
${nodeById('id', 'n')}
RETURN ${nodeMap('n')} AS node`;

/** One relationship by its id (the element id a slice gives its edges), as an edge row. */
export const LINK_BY_ID = `
MATCH ()-[r]->()
WHERE elementId(r) = $id
RETURN ${edgeRow('r')} AS edge`;

/** The relationships the overview draws from each project. */
const OVERVIEW_RELS = [
  RelType.LISTED_IN,
  RelType.IN_INDUSTRY,
  RelType.IN_DISTRICT,
  RelType.AT_PLACE,
  RelType.RESPONSIBLE,
].join('|');

/**
 * The filtered projects in plan order (at most `$limit`, the first page of PAGE_OF_PROJECTS: an
 * industry's and every project's read in index order), their links, and each node once: the
 * projects in order, then the nodes they link to. `total` is how many projects the filter
 * matches. The links are read in one pass over the chosen projects, so that a node linked from
 * many projects (a box, an industry, the city government) is sent once, not once per link. A
 * link's quote is nearly always the sentence that lists its project: it is sent as null then,
 * with `sharesQuote` true, rather than once more per link. `shown`: see OVERVIEW_SHOWN.
 */
const overview = (source: ProjectSource, shown: boolean) => `
CALL () { ${COUNT_PROJECTS_FROM[source]} }
WITH totalCount AS total
CALL () {
  ${PAGE_OF_PROJECTS[`BOX ${source}`]}
  RETURN collect(p) AS projects
}
CALL (projects) {
  UNWIND projects AS p
  MATCH (p)-[r:${OVERVIEW_RELS}]->(m)
  ${
    shown
      ? 'RETURN collect([elementId(r), p.id, endNode(r).id, type(r), r.role, r.basis, null, null, null, null, false]) AS edges,'
      : `WITH p, r, m, r.quote = p.quote AS sharesQuote
  RETURN collect(${edgeRow('r', 'p.id', 'CASE WHEN sharesQuote THEN null ELSE r.quote END')} + [sharesQuote]) AS edges,`
  }
    collect(DISTINCT m) AS linked
}
RETURN total, [p IN projects | p.id] AS projectIds, [n IN projects + linked | ${shown ? shownNodeMap('n') : nodeMap('n')}] AS nodes, edges`;

const overviews = (shown: boolean): Record<ProjectSource, string> => ({
  district: overview('district', shown),
  industry: overview('industry', shown),
  plans: overview('plans', shown),
  all: overview('all', shown),
});

export const OVERVIEW = overviews(false);

/**
 * The overview as the network draws it: the same projects, links and nodes, but each node with its
 * shown properties only and each link without its provenance (null in the row). Half the bytes for
 * Neo4j to send and the driver to unpack, which took most of the answer's time for a graph of ten
 * thousand elements.
 */
export const OVERVIEW_SHOWN = overviews(true);
