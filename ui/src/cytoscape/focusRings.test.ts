import cytoscape from 'cytoscape';
import { focusRings } from './focusRings';

/** A focus project with two neighbours, one a hub of five further projects, and a node apart. */
function graph() {
  const nodes = ['focus', 'district', 'box', 'p1', 'p2', 'p3', 'p4', 'p5', 'apart'].map((id) => ({
    group: 'nodes' as const,
    data: { id },
  }));
  const edges = [
    ['focus', 'district'],
    ['focus', 'box'],
    ...['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => [p, 'district']),
  ].map(([source, target]) => ({ group: 'edges' as const, data: { id: `${source}-${target}`, source, target } }));
  return cytoscape({ headless: true, elements: [...nodes, ...edges] });
}

function radii(focus: string | undefined): Record<string, number> {
  const cy = graph();
  cy.layout({ name: 'concentric', animate: false, ...focusRings(focus) }).run();
  const centre = cy.getElementById(focus ?? 'district').position();
  return Object.fromEntries(
    cy.nodes().map((n) => [n.id(), Math.round(Math.hypot(n.position().x - centre.x, n.position().y - centre.y))]),
  );
}

describe('focusRings', () => {
  it('puts the focus alone in the centre, its neighbours on the first ring and theirs further out', () => {
    const r = radii('focus');
    expect(r.focus).toBe(0);
    // The hub (degree 6) shares the first ring with the box (degree 1): rings are hops, not degree.
    expect(r.district).toBe(r.box);
    expect(r.district).toBeGreaterThan(0);
    expect(new Set(['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => r[p])).size).toBe(1);
    expect(r.p1).toBeGreaterThan(r.district);
    expect(r.apart).toBeGreaterThan(r.p1);
  });

  it('ranks by degree without a focus, the hub in the centre', () => {
    const r = radii(undefined);
    expect(r.district).toBe(0);
  });
});
