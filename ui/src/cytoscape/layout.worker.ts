import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';

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
}

export interface LayoutResult {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, elements, options } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
  });
  cy.layout({ ...options, animate: false } as LayoutOptions).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  const result: LayoutResult = { id, positions };
  self.postMessage(result);
};
