import { useEffect, useRef, useState, type RefObject } from 'react';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { registerLayouts } from './register';
import { graphStyle } from './styles';

export type LayoutName = 'fcose' | 'concentric' | 'dagre';
export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'dagre'];

/** Beyond this many elements edges are drawn as haystacks (straight, no arrows) to stay smooth. */
export const HAYSTACK_THRESHOLD = 400;

/** The closest a layout may fit the graph. */
const MAX_FIT_ZOOM = 1.2;

/** Above this many nodes the graph is styled as an overview (hub labels only when zoomed out). */
const LARGE_GRAPH_NODES = 150;

export function layoutOptions(name: LayoutName, focus: string | undefined, count: number): LayoutOptions {
  const animate = count < 300;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        minNodeSpacing: 12,
        concentric: (node: cytoscape.NodeSingular) => (focus && node.id() === focus ? 1000 : node.degree(false)),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'dagre':
      return { name: 'dagre', rankDir: 'TB', nodeSep: 20, rankSep: 60, animate } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        quality: 'default',
        animate,
        randomize: true,
        // Small graphs get room for their labels; large ones stay compact enough to read as a whole.
        nodeRepulsion: count < 150 ? 30000 : 8000,
        idealEdgeLength: count < 150 ? 130 : 75,
        nodeSeparation: 75,
        numIter: count > 1000 ? 1200 : 2500,
        packComponents: true,
      } as LayoutOptions;
  }
}

export interface CytoscapeHandlers {
  onSelectNode?: (id: string) => void;
  onSelectEdge?: (id: string) => void;
  onClearSelection?: () => void;
}

/**
 * Owns one Cytoscape instance on a container ref: created in an effect, destroyed on cleanup (so
 * StrictMode's double mount leaves no orphan), and fed element sets inside `cy.batch`.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  layout: LayoutName,
  focus: string | undefined,
  highlight: readonly string[],
  handlers: CytoscapeHandlers,
): Core | undefined {
  // Only the concentric layout depends on the focus; elsewhere selecting a node must not re-lay out.
  const layoutFocus = layout === 'concentric' ? focus : undefined;
  const [cy, setCy] = useState<Core>();
  const handlerRef = useRef(handlers);
  handlerRef.current = handlers;

  useEffect(() => {
    if (!container.current) return;
    registerLayouts();
    const instance = cytoscape({
      container: container.current,
      style: graphStyle({ haystack: false, large: false }),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      textureOnViewport: false,
      hideEdgesOnViewport: true,
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node', (event) => handlerRef.current.onSelectNode?.(event.target.id()));
    instance.on('tap', 'edge', (event) => handlerRef.current.onSelectEdge?.(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) handlerRef.current.onClearSelection?.();
    });
    setCy(instance);
    return () => {
      instance.destroy();
      setCy(undefined);
    };
  }, [container]);

  useEffect(() => {
    if (!cy) return;
    const haystack = elements.length > HAYSTACK_THRESHOLD;
    const large = elements.filter((e) => e.group === 'nodes').length > LARGE_GRAPH_NODES;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
      cy.style(graphStyle({ haystack, large }));
    });
    if (elements.length === 0) return;
    const running = cy.layout(layoutOptions(layout, layoutFocus, elements.length));
    // A handful of nodes would otherwise be fitted at maximum zoom with oversized labels.
    running.one('layoutstop', () => {
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    });
    running.run();
  }, [cy, elements, layout, layoutFocus]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('highlight');
      cy.elements().unselect();
      for (const id of highlight) cy.getElementById(id).addClass('highlight');
      if (!focus) return;
      const node = cy.getElementById(focus);
      if (node.nonempty()) {
        node.select();
        node.connectedEdges().addClass('highlight');
      }
    });
  }, [cy, focus, highlight, elements]);

  return cy;
}
