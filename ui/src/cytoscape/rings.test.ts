import type { ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { ringLayout } from './rings';

const node = (id: string, type: string, size = 30, count = 1): ElementDefinition => ({
  group: 'nodes',
  data: { id, type, size, count },
});
const edge = (source: string, target: string, count = 1): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}>${target}`, source, target, count },
});
const radius = (p: { x: number; y: number }, aspect: number) => Math.hypot(p.x, p.y * aspect);

describe('ringLayout', () => {
  test('puts the kind with fewer nodes inside and each outer node on the side of the groups it links to', () => {
    const elements = [
      node('west', 'District', 60, 40),
      node('east', 'District', 60, 30),
      ...['a', 'b', 'c'].map((id) => node(id, 'Industry')),
      ...['x', 'y', 'z'].map((id) => node(id, 'Industry')),
      ...['a', 'b', 'c'].map((id) => edge(id, 'west', 5)),
      ...['x', 'y', 'z'].map((id) => edge(id, 'east', 5)),
    ];
    const { positions, labelSides } = ringLayout(elements, 2);
    const inner = Math.max(radius(positions.west, 2), radius(positions.east, 2));
    for (const id of ['a', 'b', 'c', 'x', 'y', 'z']) expect(radius(positions[id], 2)).toBeGreaterThan(inner);
    // The inner ring: the larger group first, at the top; the other opposite it.
    expect(positions.west.y).toBeLessThan(0);
    expect(positions.east.y).toBeGreaterThan(0);
    for (const id of ['a', 'b', 'c']) expect(positions[id].y).toBeLessThan(positions.east.y);
    for (const id of ['x', 'y', 'z']) expect(positions[id].y).toBeGreaterThan(positions.west.y);
    expect(Object.keys(labelSides).sort()).toEqual(['a', 'b', 'c', 'east', 'west', 'x', 'y', 'z']);
  });

  test('a single inner group sits in the middle', () => {
    const { positions } = ringLayout([node('only', 'District'), node('a', 'Industry'), node('b', 'Industry')], 2);
    expect(positions.only).toEqual({ x: 0, y: 0 });
  });

  test('one kind of node goes round one ring in its order, starting at the top', () => {
    const boxes = ['1', '2', '3', '4'].map((id) => node(id, 'Box'));
    const { positions, labelSides } = ringLayout(boxes, 1);
    expect(positions['1'].y).toBeLessThan(0);
    expect(Math.abs(positions['1'].x)).toBeLessThan(1e-6);
    expect(labelSides['1']).toBe('top');
    expect(positions['3'].y).toBeGreaterThan(0);
  });

  test('nothing to place gives no positions', () => {
    expect(ringLayout([], 2)).toEqual({ positions: {}, labelSides: {} });
  });

  test('every node is placed, and no two nodes of a ring overlap, whatever the groups and links', () => {
    const graph = fc
      .record({
        inner: fc.integer({ min: 1, max: 40 }),
        outer: fc.integer({ min: 1, max: 40 }),
        aspect: fc.double({ min: 0.5, max: 5, noNaN: true }),
        sizes: fc.array(fc.integer({ min: 18, max: 90 }), { minLength: 80, maxLength: 80 }),
        links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 50 })), { maxLength: 200 }),
      })
      .map(({ inner, outer, aspect, sizes, links }) => {
        const hubs = Array.from({ length: inner }, (_, i) => node(`d${i}`, 'District', sizes[i], sizes[i]));
        const spokes = Array.from({ length: outer }, (_, i) => node(`i${i}`, 'Industry', sizes[40 + i], 1));
        const edges = links.map(([a, b, count]) => edge(`i${a % outer}`, `d${b % inner}`, count));
        return { elements: [...hubs, ...spokes, ...edges], aspect };
      });
    fc.assert(
      fc.property(graph, ({ elements, aspect }) => {
        const { positions } = ringLayout(elements, aspect);
        const nodes = elements.filter((e) => e.group === 'nodes');
        expect(Object.keys(positions)).toHaveLength(nodes.length);
        for (const kind of ['District', 'Industry']) {
          const ring = nodes.filter((n) => n.data.type === kind);
          for (let i = 0; i < ring.length; i++)
            for (let j = i + 1; j < ring.length; j++) {
              const [p, q] = [positions[ring[i].data.id!], positions[ring[j].data.id!]];
              const room = ((ring[i].data.size as number) + (ring[j].data.size as number)) / 2;
              expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(room);
            }
        }
      }),
      { numRuns: 30 },
    );
  });
});
