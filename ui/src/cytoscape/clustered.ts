/**
 * A layout for graphs of thousands of projects (the overview of many plans), where fcose over every
 * element takes tens of seconds of CPU: each project joins a cluster — its box, else the first
 * group node it links to — the clusters and the other group nodes (industries, regions, units,
 * places, chapters) are laid out by fcose as one small graph, each cluster as large as its projects
 * need, and each cluster's projects are then set round its centre on a sunflower spiral. Plain
 * data in and out, so that it runs in the layout worker.
 */

/** What the layout reads of an element: a node's id and type, an edge's ends. */
export interface LayoutElement {
  group?: 'nodes' | 'edges';
  data: { id?: string; type?: string; source?: string; target?: string };
}

export type Positions = Record<string, { x: number; y: number }>;

/** The small graph fcose lays out: one node per cluster or group node, sized, and their links. */
export interface AggregateGraph {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
}

/** Distance between neighbouring projects of a cluster, in model pixels. */
export const PROJECT_SPACING = 26;
/** The golden angle: successive projects of the spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** A cluster's node when its projects link to no group node. */
const UNLINKED = '\u0000unlinked';
/** Size of a group node with no projects of its own in the small graph. */
const HUB_SIZE = 30;

/** The radius a cluster of `count` projects takes on the spiral. */
export function clusterRadius(count: number): number {
  return PROJECT_SPACING * Math.sqrt(count + 1);
}

/** Each project's cluster: a box it belongs to, else the first group node it links to. */
function clustersOf(elements: readonly LayoutElement[]): { cluster: Map<string, string>; types: Map<string, string> } {
  const types = new Map<string, string>();
  for (const e of elements) if (e.group === 'nodes' && e.data.id) types.set(e.data.id, e.data.type ?? '');
  const cluster = new Map<string, string>();
  const isProject = (id: string | undefined) => types.get(id ?? '') === 'Project';
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const { source, target } = e.data;
    for (const [project, other] of [
      [source, target],
      [target, source],
    ] as const) {
      if (!project || !other || !isProject(project) || isProject(other) || !types.has(other)) continue;
      const current = cluster.get(project);
      if (current === undefined || (types.get(current) !== 'Box' && types.get(other) === 'Box'))
        cluster.set(project, other);
    }
  }
  for (const [id, type] of types) if (type === 'Project' && !cluster.has(id)) cluster.set(id, UNLINKED);
  return { cluster, types };
}

/**
 * Lays out `elements`: `layOutAggregate` places the small graph of clusters and group nodes (fcose in
 * the worker); the projects then go round their cluster's place.
 */
export function clusteredLayout(
  elements: readonly LayoutElement[],
  layOutAggregate: (graph: AggregateGraph) => Positions,
): Positions {
  const { cluster, types } = clustersOf(elements);
  const members = new Map<string, string[]>();
  for (const [project, key] of cluster) {
    const list = members.get(key);
    if (list) list.push(project);
    else members.set(key, [project]);
  }

  const nodes = new Map<string, number>();
  for (const [id, type] of types) if (type !== 'Project') nodes.set(id, HUB_SIZE);
  for (const [key, projects] of members) nodes.set(key, Math.max(HUB_SIZE, 2 * clusterRadius(projects.length)));
  const edges = new Map<string, { id: string; source: string; target: string }>();
  const placeOf = (id: string) => cluster.get(id) ?? id;
  for (const e of elements) {
    if (e.group !== 'edges' || !e.data.source || !e.data.target) continue;
    const [a, b] = [placeOf(e.data.source), placeOf(e.data.target)].sort();
    if (a === b || !nodes.has(a) || !nodes.has(b)) continue;
    const id = `${a}\u0000${b}`;
    if (!edges.has(id)) edges.set(id, { id, source: a, target: b });
  }
  const centres = layOutAggregate({
    nodes: [...nodes].map(([id, size]) => ({ id, size })),
    edges: [...edges.values()],
  });

  const positions: Positions = {};
  for (const id of types.keys()) if (types.get(id) !== 'Project' && centres[id]) positions[id] = { ...centres[id] };
  for (const [key, projects] of members) {
    const centre = centres[key] ?? { x: 0, y: 0 };
    // The cluster's own node (a box) sits in the middle; its projects start one step out.
    projects.forEach((project, i) => {
      const r = PROJECT_SPACING * Math.sqrt(i + 1);
      positions[project] = {
        x: centre.x + r * Math.cos(i * GOLDEN_ANGLE),
        y: centre.y + r * Math.sin(i * GOLDEN_ANGLE),
      };
    });
  }
  return positions;
}
