import type { ElementDefinition } from 'cytoscape';

/** Where a node's label goes: away from the centre, so that labels do not cover the links. */
export type LabelSide = 'top' | 'bottom' | 'left' | 'right';

export interface Ring {
  positions: Record<string, { x: number; y: number }>;
  labelSides: Record<string, LabelSide>;
}

/** Room along a ring for one node: its own diameter plus a label of about ten characters. */
const SLOT = 90;
/** The inner ring is never smaller than this share of the outer one, so that the links between them have room. */
const INNER_SHARE = 0.45;
/** How much wider the outer ring is than the inner one at least. */
const OUTER_GROWTH = 1.6;
/** Samples of an ellipse's outline used to place nodes at equal distances along it. */
const SAMPLES = 720;

/**
 * Ties broken by id in code-point order: only stable, never shown, and unlike `localeCompare` it
 * does not load the locale's collation on the first screen.
 */
const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

interface NodeInfo {
  id: string;
  type: string;
  size: number;
  count: number;
}

function nodesOf(elements: readonly ElementDefinition[]): NodeInfo[] {
  return elements
    .filter((e) => e.group === 'nodes')
    .map((e) => {
      const data = e.data as { id: string; type?: string; size?: number; count?: number };
      return { id: data.id, type: data.type ?? '', size: data.size ?? 20, count: data.count ?? 0 };
    });
}

/** An ellipse's outline as cumulative length at SAMPLES points of its parameter angle. */
function outline(a: number, b: number): { angle: number[]; length: number[]; total: number } {
  const angle: number[] = [];
  const length: number[] = [];
  let total = 0;
  for (let i = 0; i <= SAMPLES; i++) {
    const t = (2 * Math.PI * i) / SAMPLES;
    if (i > 0) {
      const s = (2 * Math.PI * (i - 0.5)) / SAMPLES;
      total += Math.hypot(a * Math.sin(s), b * Math.cos(s)) * ((2 * Math.PI) / SAMPLES);
    }
    angle.push(t);
    length.push(total);
  }
  return { angle, length, total };
}

/** The parameter angle at a distance along the outline (wrapping round). */
function angleAt(line: ReturnType<typeof outline>, distance: number): number {
  const d = ((distance % line.total) + line.total) % line.total;
  let lo = 0;
  let hi = SAMPLES;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (line.length[mid] <= d) lo = mid;
    else hi = mid;
  }
  const span = line.length[hi] - line.length[lo] || 1;
  return line.angle[lo] + ((d - line.length[lo]) / span) * (line.angle[hi] - line.angle[lo]);
}

/** The distance along the outline of a parameter angle. */
function distanceAt(line: ReturnType<typeof outline>, angle: number): number {
  const t = ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const i = Math.min(SAMPLES - 1, Math.floor((t / (2 * Math.PI)) * SAMPLES));
  const part = (t - line.angle[i]) / (line.angle[i + 1] - line.angle[i]);
  return line.length[i] + part * (line.length[i + 1] - line.length[i]);
}

/**
 * The half-axes of an ellipse of width:height `aspect` whose outline holds `list`'s slots; its
 * short half-axis is at least the largest slot, so that the ends do not bend nodes into each other.
 */
function axesFor(list: NodeInfo[], aspect: number): { a: number; b: number } {
  const unit = outline(1, 1 / aspect).total;
  const needed = list.reduce((sum, n) => sum + n.size + SLOT, 0);
  const widest = Math.max(...list.map((n) => n.size + SLOT));
  const a = Math.max(needed / unit, widest * aspect);
  return { a, b: a / aspect };
}

/**
 * Places `nodes` in order along an ellipse, each given room in proportion to its slot; the first
 * node goes where `start` (a distance along the outline) says.
 */
function placeAlong(
  nodes: NodeInfo[],
  a: number,
  b: number,
  start: number,
  ring: Ring,
  side: (x: number, y: number) => LabelSide,
): void {
  const line = outline(a, b);
  const slots = nodes.map((n) => n.size + SLOT);
  const scale =
    line.total /
    Math.max(
      1,
      slots.reduce((sum, s) => sum + s, 0),
    );
  let at = start;
  nodes.forEach((node, i) => {
    const t = angleAt(line, at);
    const position = { x: a * Math.cos(t), y: b * Math.sin(t) };
    ring.positions[node.id] = position;
    ring.labelSides[node.id] = side(position.x / a, position.y / b);
    at += (slots[i] * scale) / 2 + ((slots[i + 1] ?? 0) * scale) / 2;
  });
}

/** Labels of the outer ring point away from the centre. */
function outward(x: number, y: number): LabelSide {
  if (Math.abs(y) < 0.35) return x < 0 ? 'left' : 'right';
  return y < 0 ? 'top' : 'bottom';
}

/**
 * Positions for a graph of groups (the summary network) computed at once, with no layout run:
 * with two kinds of node (districts or regions, and industries), the kind with fewer nodes goes on
 * an inner ellipse and the other on an outer one, each outer node near the mean direction of the
 * inner nodes it links to (weighted by the link's `count`), so that links stay short and cross
 * little; with one kind (boxes), the nodes go round one ellipse in their order. The ellipses take
 * the canvas's proportions (`aspect`, width:height) so that fitting them fills it.
 */
export function ringLayout(elements: readonly ElementDefinition[], aspect: number): Ring {
  const ring: Ring = { positions: {}, labelSides: {} };
  const nodes = nodesOf(elements);
  if (nodes.length === 0) return ring;
  const ratio = Math.min(4, Math.max(1, aspect));
  const byType = new Map<string, NodeInfo[]>();
  for (const node of nodes) byType.set(node.type, [...(byType.get(node.type) ?? []), node]);
  const kinds = [...byType.values()].sort((x, y) => x.length - y.length);

  if (kinds.length === 1) {
    const { a, b } = axesFor(nodes, ratio);
    // Clockwise from the top, in the order given.
    placeAlong(nodes, a, b, outline(a, b).total * 0.75, ring, outward);
    return ring;
  }

  const inner = [...kinds[0]].sort((x, y) => y.count - x.count || byId(x.id, y.id));
  const outer = kinds.slice(1).flat();
  const outerAxes = axesFor(outer, ratio);
  const innerNeeded = axesFor(inner, ratio);
  const innerA = Math.max(innerNeeded.a, outerAxes.a * INNER_SHARE);
  // The outer ring stays clear of the inner one however large the inner nodes are.
  if (outerAxes.a < innerA / INNER_SHARE) {
    outerAxes.a = Math.max(outerAxes.a, innerA * OUTER_GROWTH);
    outerAxes.b = outerAxes.a / ratio;
  }
  if (inner.length === 1) {
    ring.positions[inner[0].id] = { x: 0, y: 0 };
    ring.labelSides[inner[0].id] = 'bottom';
  } else {
    const innerB = innerA / ratio;
    placeAlong(inner, innerA, innerB, outline(innerA, innerB).total * 0.75, ring, () => 'bottom');
  }

  // Each outer node's direction: the weighted mean of the inner nodes it links to.
  const innerIds = new Set(inner.map((n) => n.id));
  const pull = new Map<string, { x: number; y: number }>();
  for (const edge of elements.filter((e) => e.group === 'edges')) {
    const { source, target, count } = edge.data as { source: string; target: string; count?: number };
    const [hub, other] = innerIds.has(source) ? [source, target] : [target, source];
    const at = ring.positions[hub];
    if (!at || innerIds.has(other)) continue;
    const length = Math.hypot(at.x, at.y) || 1;
    const sum = pull.get(other) ?? { x: 0, y: 0 };
    const weight = count ?? 1;
    pull.set(other, { x: sum.x + (weight * at.x) / length, y: sum.y + (weight * at.y) / length });
  }
  const direction = (node: NodeInfo) => {
    const p = pull.get(node.id);
    return p && Math.hypot(p.x, p.y) > 1e-9 ? Math.atan2(p.y, p.x) : Math.PI / 2;
  };
  const line = outline(outerAxes.a, outerAxes.b);
  const wanted = outer
    .map((node) => ({
      node,
      at: distanceAt(line, Math.atan2(Math.sin(direction(node)) * ratio, Math.cos(direction(node)))),
    }))
    .sort((x, y) => x.at - y.at || byId(x.node.id, y.node.id));
  // The ring turns so that the nodes sit, on average, where their links pull them.
  const slots = wanted.map((w) => w.node.size + SLOT);
  const scale = line.total / slots.reduce((sum, s) => sum + s, 0);
  let cumulative = 0;
  let shift = { x: 0, y: 0 };
  wanted.forEach((w, i) => {
    const offset = w.at - cumulative;
    const t = (2 * Math.PI * offset) / line.total;
    shift = { x: shift.x + Math.cos(t), y: shift.y + Math.sin(t) };
    cumulative += (slots[i] * scale) / 2 + ((slots[i + 1] ?? 0) * scale) / 2;
  });
  const start = ((Math.atan2(shift.y, shift.x) / (2 * Math.PI)) * line.total + line.total) % line.total;
  placeAlong(
    wanted.map((w) => w.node),
    outerAxes.a,
    outerAxes.b,
    start,
    ring,
    outward,
  );
  return ring;
}
