import type { Core, NodeSingular } from 'cytoscape';

/**
 * Rings round a focus node for Cytoscape's `concentric` layout: the focus alone in the centre, its
 * neighbours on the first ring, theirs on the next, and so on. Ranked by degree instead, every hub
 * (district, box, industry, government) crowds the centre with the focus and their labels cover
 * one another. Without a focus, nodes are ranked by degree in bands of two.
 */
export function focusRings(focus: string | undefined): {
  concentric: (node: NodeSingular) => number;
  levelWidth: () => number;
} {
  if (!focus) return { concentric: (node) => node.degree(false), levelWidth: () => 2 };
  let hops: Map<string, number> | undefined;
  return {
    // Higher values lie further in; nodes the focus does not reach go on the outermost ring.
    concentric: (node) => {
      hops ??= hopsFrom(node.cy(), focus);
      return -(hops.get(node.id()) ?? hops.size + 1);
    },
    levelWidth: () => 1,
  };
}

/** How many links lie between the focus and each node it reaches, links taken either way. */
function hopsFrom(cy: Core, focus: string): Map<string, number> {
  const hops = new Map<string, number>();
  const root = cy.getElementById(focus);
  if (root.empty()) return hops;
  cy.elements().bfs({
    roots: root,
    directed: false,
    visit: (node, _edge, _previous, _index, depth) => {
      hops.set(node.id(), depth);
    },
  });
  return hops;
}
