import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { clusteredLayout, type AggregateGraph, type Positions } from './clustered';

/**
 * Runs the force-directed and layered layouts in a worker, so that the page never freezes: a
 * headless Cytoscape lays the elements out and the positions go back to the page, which then
 * draws them once with the preset layout.
 */
cytoscape.use(fcose);
cytoscape.use(dagre);

export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
  options: LayoutOptions;
  /** Lay out clusters of projects rather than every element (clustered.ts): for thousands of projects. */
  clustered?: boolean;
}

export interface LayoutResult {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}

/** Runs a layout on a headless Cytoscape; nodes are 20 px unless their data gives a `size`. */
function run(elements: ElementDefinition[], options: LayoutOptions): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [
      { selector: 'node', style: { width: 20, height: 20 } },
      { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    ],
  });
  cy.layout({ ...options, animate: false } as LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  return positions;
}

const aggregateElements = (graph: AggregateGraph): ElementDefinition[] => [
  ...graph.nodes.map((data) => ({ group: 'nodes' as const, data })),
  ...graph.edges.map((data) => ({ group: 'edges' as const, data })),
];

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, elements, options, clustered } = event.data;
  const positions = clustered
    ? clusteredLayout(elements, (graph) => run(aggregateElements(graph), options))
    : run(elements, options);
  const result: LayoutResult = { id, positions };
  self.postMessage(result);
};
