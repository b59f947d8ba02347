import { Basis, evidenceFrom, toBasis } from '../common/evidence';
import type { Reader } from '../db/graph';
import { cypherInt, plain, toNumber } from '../db/values';
import { ProjectFilterValues, projectFilterParams } from '../projects/project-filter';
import { NEIGHBORHOOD_BY_DEPTH, OVERVIEW } from './slice.cypher';
import { GraphEdge, GraphNode, GraphSlice } from './slice.types';

export interface RawNode {
  id: string;
  type: string;
  props: Record<string, unknown>;
}
export interface RawEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

/** Properties used only for indexing, not shown. */
const HIDDEN_PROPS = new Set(['searchText']);

function displayLabel(props: Record<string, unknown>, id: string): string {
  for (const key of ['name', 'title']) if (typeof props[key] === 'string' && props[key]) return props[key] as string;
  if (props.number !== undefined && props.number !== null) return String(plain(props.number));
  return id;
}

export function graphNode(raw: RawNode): GraphNode {
  const props = plain(raw.props) as Record<string, unknown>;
  const data = Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN_PROPS.has(k)));
  return { id: raw.id, label: displayLabel(props, raw.id), type: raw.type, data: JSON.stringify(data) };
}

export function graphEdge(raw: RawEdge): GraphEdge {
  const props = raw.props;
  const hasBasis = props.basis !== undefined && props.basis !== null;
  const hasQuote = typeof props.quote === 'string' && props.quote !== '';
  return {
    id: raw.id,
    source: raw.source,
    target: raw.target,
    type: raw.type,
    basis: hasBasis ? toBasis(props.basis) : null,
    evidence: hasQuote ? evidenceFrom(props, { basis: Basis.STATED }) : null,
    role: typeof props.role === 'string' ? props.role : null,
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
    nodes: (record.get('nodes') as RawNode[]).map(graphNode),
    edges: (record.get('edges') as RawEdge[]).map(graphEdge),
    truncated: record.get('truncated') as boolean,
    limit,
  };
}

interface OverviewRow {
  project: RawNode;
  links: { edge: RawEdge; node: RawNode }[];
}

/**
 * The filtered projects and what they link to, at most `limit` nodes: projects are taken in plan
 * order, each with all its linked nodes, while they fit.
 */
export async function readOverview(reader: Reader, filter: ProjectFilterValues, limit: number): Promise<GraphSlice> {
  const [record] = await reader.read(OVERVIEW, { ...projectFilterParams(filter), sort: 'BOX', limit: cypherInt(limit) });
  const total = record ? toNumber(record.get('total')) : 0;
  const rows = record ? (record.get('rows') as OverviewRow[]) : [];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let projects = 0;
  for (const row of rows) {
    const fresh = [row.project, ...row.links.map((l) => l.node)].filter((n, i, all) => !nodes.has(n.id) && all.findIndex((m) => m.id === n.id) === i);
    if (nodes.size + fresh.length > limit) break;
    for (const node of fresh) nodes.set(node.id, graphNode(node));
    for (const link of row.links) edges.set(link.edge.id, graphEdge(link.edge));
    projects += 1;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: projects < total, limit };
}
