import type { Core, ElementDefinition } from 'cytoscape';
import { nextTask, slicesOf } from './tasks';

/** Elements added per task: their style is computed as they are added, a few milliseconds per hundred. */
export const SLICE_SIZE = 500;

/**
 * Adds placed elements a slice per task, nodes first, then the edges between them, so that a graph of
 * thousands of elements never blocks the page in one long task; the first slice of nodes is drawn
 * while the rest is added. Each slice is measured (style, label, bounds) in its own task: Cytoscape
 * would otherwise do it for every element added since its last frame inside that frame, which for
 * ten thousand elements made frames of 500–850 ms. `steps` run after the first slice and once every
 * node is in. Resolves false when cancelled.
 */
export async function addInSlices(
  cy: Core,
  placed: readonly ElementDefinition[],
  cancelled: () => boolean,
  steps: { afterFirstSlice: () => void; afterNodes: () => void },
): Promise<boolean> {
  const nodes = placed.filter((e) => e.group === 'nodes');
  const edges = placed.filter((e) => e.group !== 'nodes');
  const nodeSlices = slicesOf(nodes, SLICE_SIZE);
  for (const [index, slice] of nodeSlices.entries()) {
    if (index > 0) await nextTask();
    if (cancelled()) return false;
    cy.add(slice).boundingBox();
    if (index === 0) steps.afterFirstSlice();
  }
  steps.afterNodes();
  for (const slice of slicesOf(edges, SLICE_SIZE)) {
    await nextTask();
    if (cancelled()) return false;
    cy.add(slice).boundingBox();
  }
  return true;
}
