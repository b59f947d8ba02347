import cytoscape, { type ElementDefinition } from 'cytoscape';
import { addInSlices, SLICE_SIZE } from './slices';

const graph = (nodeCount: number): ElementDefinition[] => {
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}` },
    position: { x: i, y: 0 },
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: node.data.id },
  }));
  return [...edges, ...nodes];
};

describe('addInSlices', () => {
  test('adds every node before any edge, a slice per task, and reports the first slice and the last node', async () => {
    const cy = cytoscape({ headless: true });
    const seen: string[] = [];
    let firstSliceNodes = -1;
    const added = await addInSlices(cy, graph(SLICE_SIZE * 2 + 7), () => false, {
      afterFirstSlice: () => {
        firstSliceNodes = cy.nodes().length;
        seen.push('first');
      },
      afterNodes: () => {
        expect(cy.edges().length).toBe(0);
        seen.push(`nodes ${cy.nodes().length}`);
      },
    });
    expect(added).toBe(true);
    expect(firstSliceNodes).toBe(SLICE_SIZE);
    expect(seen).toEqual(['first', `nodes ${SLICE_SIZE * 2 + 7}`]);
    expect(cy.edges().length).toBe(SLICE_SIZE * 2 + 6);
    cy.destroy();
  });

  test('measures each slice in the task that adds it, not in a later frame', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const measure = jest.spyOn(Object.getPrototypeOf(cy.collection()) as { boundingBox(): unknown }, 'boundingBox');
    const sizes: number[] = [];
    measure.mockImplementation(function (this: { length: number }) {
      sizes.push(this.length);
      return { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
    });
    try {
      await addInSlices(cy, graph(SLICE_SIZE + 3), () => false, { afterFirstSlice: () => {}, afterNodes: () => {} });
      expect(sizes).toEqual([SLICE_SIZE, 3, SLICE_SIZE, 2]);
    } finally {
      measure.mockRestore();
      cy.destroy();
    }
  });

  test('stops between slices once cancelled, leaving the rest out', async () => {
    const cy = cytoscape({ headless: true });
    let cancelled = false;
    const added = await addInSlices(cy, graph(SLICE_SIZE * 3), () => cancelled, {
      afterFirstSlice: () => {
        cancelled = true;
      },
      afterNodes: () => {
        throw new Error('not reached');
      },
    });
    expect(added).toBe(false);
    expect(cy.nodes().length).toBe(SLICE_SIZE);
    expect(cy.edges().length).toBe(0);
    cy.destroy();
  });
});
