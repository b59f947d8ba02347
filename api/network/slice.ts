import { z } from 'zod';
import { NODE_LABELS, ProvenanceProps, Tier, type NodeLabel } from '../../graph/model';
import { evidenceFrom, toBasis } from '../common/evidence';
import { nodeLabel } from '../common/node-label';
import type { Reader } from '../db/graph';
import { cypherInt, fromGraph, plain, toNumber } from '../db/values';
import { type ProjectFilterValues, projectFilterParams, projectSource } from '../projects/project-filter';
import { LINK_BY_ID, NEIGHBORHOOD_BY_DEPTH, NODE_BY_ID, OVERVIEW, OVERVIEW_SHOWN } from './slice.cypher';
import { type GraphEdge, type GraphNode, type GraphSlice } from './slice.type';

export interface RawNode {
  id: string;
  type: string;
  props: Record<string, unknown>;
}

/** A node as the slice statements return it (nodeMap in slice.cypher.ts): its properties as pairs. */
interface NodeRow {
  id: string;
  type: string;
  props: [key: string, value: unknown][];
}

const rawNode = ({ id, type, props }: NodeRow): RawNode => ({ id, type, props: Object.fromEntries(props) });

/** An edge as the slice statements return it (edgeRow in slice.cypher.ts). */
export type EdgeRow = [
  id: string,
  source: string,
  target: string,
  type: string,
  role: string | null,
  basis: string | null,
  document: string | null,
  line: unknown,
  quote: string | null,
  rule: string | null,
];

/** The properties a GraphNode shows typed, whichever label the node has (graph/model.ts names them). */
const NodeFields = z.object({
  type: z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]),
  props: z.object({
    name: z.string().nullish(),
    title: z.string().nullish(),
    zh: z.string().nullish(),
    en: z.string().nullish(),
    kind: z.string().nullish(),
    tier: Tier.nullish(),
    number: z.union([z.number(), z.string()]).nullish(),
  }),
});

/**
 * A slice's node. Its evidence and `data` are worked out when read, not before: GraphQL reads
 * only the fields a query asks for, and the network's overview asks for no evidence, which alone
 * costs more than the rest of the node.
 */
export function graphNode(raw: RawNode): GraphNode {
  const props = plain(raw.props) as Record<string, unknown>;
  const { type, props: fields } = fromGraph(NodeFields, raw);
  return {
    id: raw.id,
    label: nodeLabel(type, props, raw.id),
    type,
    name: fields.name ?? fields.title ?? null,
    zh: fields.zh ?? null,
    en: fields.en ?? null,
    kind: fields.kind ?? null,
    tier: fields.tier ?? null,
    // A document's `number` is its issue number (a string), not a count.
    number: typeof fields.number === 'number' ? fields.number : null,
    get evidence() {
      const provenance = ProvenanceProps.safeParse(props);
      return provenance.success && provenance.data.quote ? evidenceFrom(provenance.data) : null;
    },
    get data() {
      return JSON.stringify(props);
    },
  };
}

/** A slice's edge; its evidence, as a node's, is worked out when read. */
export function graphEdge([id, source, target, type, role, basis, document, line, quote, rule]: EdgeRow): GraphEdge {
  return {
    id,
    source,
    target,
    type,
    basis: basis === null ? null : toBasis(basis),
    get evidence() {
      return quote ? evidenceFrom({ document, line, quote, basis, rule }) : null;
    },
    role,
  };
}

export const EMPTY_SLICE = (limit: number): GraphSlice => ({ nodes: [], edges: [], truncated: false, limit });

/** The neighbourhood of a node; an unknown id gives an empty slice. */
export async function readNeighborhood(reader: Reader, id: string, depth: number, limit: number): Promise<GraphSlice> {
  const statement = NEIGHBORHOOD_BY_DEPTH.get(depth);
  if (!statement) throw new RangeError(`no neighbourhood statement for depth ${depth}`);
  const [record] = await reader.read(statement, { id, limit: cypherInt(limit) });
  if (!record) return EMPTY_SLICE(limit);
  return {
    nodes: (record.get('nodes') as NodeRow[]).map((row) => graphNode(rawNode(row))),
    edges: (record.get('edges') as EdgeRow[]).map(graphEdge),
    truncated: record.get('truncated') as boolean,
    limit,
  };
}

/** One node with its properties and evidence, or null when no node has that id. */
export async function readNode(reader: Reader, id: string): Promise<GraphNode | null> {
  const [record] = await reader.read(NODE_BY_ID, { id });
  return record ? graphNode(rawNode(record.get('node') as NodeRow)) : null;
}

/** One edge with its evidence, or null when no relationship has that id. */
export async function readLink(reader: Reader, id: string): Promise<GraphEdge | null> {
  const [record] = await reader.read(LINK_BY_ID, { id });
  return record ? graphEdge(record.get('edge') as EdgeRow) : null;
}

/** A project's link: its row, and whether its quote is the project's own and so was not sent again. */
type OverviewLink = [...EdgeRow, sharesQuote: boolean | null];

/**
 * The filtered projects and what they link to, at most `limit` nodes: projects are taken in plan
 * order, each with all its linked nodes, while they fit. `shownOnly`: the nodes' `data` and every
 * evidence are not wanted, so they are not read (their fields then hold only what was).
 */
export async function readOverview(
  reader: Reader,
  filter: ProjectFilterValues,
  limit: number,
  shownOnly = false,
): Promise<GraphSlice> {
  const statement = (shownOnly ? OVERVIEW_SHOWN : OVERVIEW)[projectSource(filter)];
  const [record] = await reader.read(statement, {
    ...projectFilterParams(filter),
    sort: 'BOX',
    skip: cypherInt(0),
    limit: cypherInt(limit),
  });
  if (!record) return EMPTY_SLICE(limit);
  const total = toNumber(record.get('total'));
  const projectIds = record.get('projectIds') as string[];
  const found = new Map((record.get('nodes') as NodeRow[]).map((row) => [row.id, rawNode(row)]));
  const links = new Map<string, EdgeRow[]>();
  for (const link of record.get('edges') as OverviewLink[]) {
    const [id, source, target, type, role, basis, document, line, quote, rule, sharesQuote] = link;
    const projectQuote = found.get(source)?.props.quote;
    const row: EdgeRow = [
      id,
      source,
      target,
      type,
      role,
      basis,
      document,
      line,
      sharesQuote && typeof projectQuote === 'string' ? projectQuote : quote,
      rule,
    ];
    const own = links.get(source);
    if (own) own.push(row);
    else links.set(source, [row]);
  }

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  let projects = 0;
  for (const id of projectIds) {
    const own = links.get(id) ?? [];
    const fresh = new Set([id, ...own.map(([, , target]) => target)].filter((n) => !nodes.has(n)));
    if (nodes.size + fresh.size > limit) break;
    for (const n of fresh) nodes.set(n, graphNode(found.get(n)!));
    for (const row of own) edges.push(graphEdge(row));
    projects += 1;
  }
  return { nodes: [...nodes.values()], edges, truncated: projects < total, limit };
}
