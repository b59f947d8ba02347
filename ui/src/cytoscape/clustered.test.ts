import { clusteredLayout, clusterRadius, PROJECT_SPACING, type AggregateGraph, type LayoutElement } from './clustered';

const node = (id: string, type: string): LayoutElement => ({ group: 'nodes', data: { id, type } });
const edge = (source: string, target: string): LayoutElement => ({
  group: 'edges',
  data: { id: `${source}>${target}`, source, target },
});

/** The small graph on a line, 1,000 px apart, in the order given. */
const onALine = (graph: AggregateGraph) => Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: 1000 * i, y: 0 }]));

describe('clusteredLayout', () => {
  const projects = Array.from({ length: 40 }, (_, i) => `p${i}`);
  const elements: LayoutElement[] = [
    node('box:1', 'Box'),
    node('box:2', 'Box'),
    node('industry:a', 'Industry'),
    node('region:x', 'Region'),
    ...projects.map((id) => node(id, 'Project')),
    // Half the projects in each box; all in one industry; some also in a region.
    ...projects.map((id, i) => edge(id, i < 20 ? 'box:1' : 'box:2')),
    ...projects.map((id) => edge(id, 'industry:a')),
    ...projects.slice(0, 5).map((id) => edge(id, 'region:x')),
    node('lonely', 'Project'),
  ];

  it('lays out the clusters and group nodes only, a cluster as large as its projects need', () => {
    let seen: AggregateGraph | undefined;
    clusteredLayout(elements, (graph) => {
      seen = graph;
      return onALine(graph);
    });
    const sizes = Object.fromEntries(seen!.nodes.map((n) => [n.id, n.size]));
    expect(Object.keys(sizes)).toHaveLength(5);
    expect(sizes['box:1']).toBeCloseTo(2 * clusterRadius(20));
    expect(seen!.edges.map((e) => [e.source, e.target].sort().join(' ')).sort()).toEqual([
      'box:1 industry:a',
      'box:1 region:x',
      'box:2 industry:a',
    ]);
  });

  it('sets each project round its box, apart from the others, and every node gets a place', () => {
    const positions = clusteredLayout(elements, onALine);
    const ids = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id!);
    expect(Object.keys(positions).sort()).toEqual([...ids].sort());
    for (const [i, id] of projects.entries()) {
      const centre = positions[i < 20 ? 'box:1' : 'box:2'];
      const p = positions[id];
      expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(clusterRadius(20) + 1e-9);
    }
    const points = projects.map((id) => positions[id]);
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(PROJECT_SPACING / 3);
  });
});
