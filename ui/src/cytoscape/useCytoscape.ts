import { useEffect, useRef, useState, type RefObject } from 'react';
import type {
  CollectionArgument,
  Core,
  CytoscapeOptions,
  EdgeSingular,
  ElementDefinition,
  EventObject,
  LayoutOptions,
  NodeSingular,
} from 'cytoscape';
import { firstPictureDone, firstPictureSettled } from '../first-picture/firstPicture';
import { FIT_PADDING, fitPositions, ZOOM, type Viewport } from './fit';
import { focusRings } from './focusRings';
import { canvasMeasure } from './labels';
import { loadCytoscape } from './load';
import { layoutInWorker, startLayoutWorker } from './layout';
import { markOnce, MARKS } from './marks';
import { addInSlices } from './slices';
import { setDirectDraw, setTextureOnViewport } from './renderer';
import { placeSummary } from './summaryPlacement';
import { nextTask } from './tasks';
import { graphStyle } from './styles';

export type LayoutName = 'fcose' | 'concentric' | 'dagre';
export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'dagre'];

/** What the view may ask for: a layout people choose, or `rings`, the summary's placement computed at once. */
export type DrawLayout = LayoutName | 'rings';

/** Beyond this many elements edges are drawn as haystacks (straight, no arrows) to stay smooth. */
export const HAYSTACK_THRESHOLD = 400;

/** Beyond this many elements pans and zooms move a cached picture of the graph, redrawn when they end. */
export const TEXTURE_THRESHOLD = 2000;

/** Up to this many elements the canvas renderer draws each frame afresh, not from element textures. */
export const DIRECT_DRAW_THRESHOLD = 500;

/**
 * Beyond this many elements fcose lays out clusters of projects rather than every element
 * (clustered.ts): seconds instead of tens of seconds of CPU for ten thousand elements.
 */
export const CLUSTER_THRESHOLD = 2000;

/** The layouts whose options are plain data, which run in the layout worker. */
const WORKER_LAYOUTS: readonly LayoutName[] = ['fcose', 'dagre'];

/**
 * The layout worker compiles a second copy of Cytoscape; on a machine of two cores that would
 * compete with the first screen, which needs no worker, so it starts once the first graph is
 * drawn whole.
 */
function startWorkerWhenIdle(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => startLayoutWorker(), { timeout: 2000 });
  else setTimeout(startLayoutWorker, 500);
}

/** The stylesheet each instance has, by its options (see graphStyle). */
const styleKeys = new WeakMap<Core, string>();

/** Label widths as the page's first picture measures them, so that both place the summary alike. */
const measureLabel = canvasMeasure();

/** Above this many nodes the graph is styled as an overview (hub labels only when zoomed out). */
const LARGE_GRAPH_NODES = 150;

export function layoutOptions(name: LayoutName, focus: string | undefined, count: number): LayoutOptions {
  const animate = count < 300 && !WORKER_LAYOUTS.includes(name);
  switch (name) {
    case 'concentric':
      // Spaced for a node and a label of about eight characters (the widest label would spread
      // every ring too thin to read once fitted).
      return { name: 'concentric', animate, minNodeSpacing: 60, ...focusRings(focus) };
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

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The neighbour of `node` that lies most nearly in the arrow's direction; any neighbour when none
 * lies that way, so that the arrows always move.
 */
export function neighbourToward(node: NodeSingular, [dx, dy]: [number, number]): NodeSingular | undefined {
  const from = node.position();
  let best: { node: NodeSingular; score: number } | undefined;
  node.neighborhood('node').forEach((other) => {
    const to = other.position();
    const [vx, vy] = [to.x - from.x, to.y - from.y];
    const score = (vx * dx + vy * dy) / (Math.hypot(vx, vy) || 1);
    if (!best || score > best.score) best = { node: other, score };
  });
  return best?.node;
}

export interface CytoscapeHandlers {
  onSelectNode?: (id: string) => void;
  onSelectEdge?: (id: string) => void;
  onClearSelection?: () => void;
  /** Cytoscape has drawn a new set of elements for the first time. */
  onDrawn?: () => void;
}

function capZoom(cy: Core, around?: CollectionArgument) {
  // A handful of nodes would otherwise be fitted at maximum zoom with oversized labels; what was
  // fitted stays in the middle.
  if (cy.zoom() > ZOOM.fitMax) {
    cy.zoom(ZOOM.fitMax);
    cy.center(around);
  }
}

/**
 * Runs `then` once the renderer has drawn the next frame. The canvas renderer says so with its
 * `render` event; the WebGL one emits none, and draws in its own animation-frame callback, so the
 * callback of the frame after is the first that follows its drawing.
 */
export function afterNextFrame(cy: Core, webgl: boolean, then: () => void): void {
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(then));
  else cy.one('render', then);
}

/**
 * Owns one Cytoscape instance on a container ref: created in an effect (again when the renderer
 * changes), destroyed on cleanup (so StrictMode's double mount leaves no orphan), resized with
 * its container, and fed placed element sets a slice per task. Force-directed layouts run in a
 * worker; the focused node is selected and zoomed to; the container takes the arrow keys.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  layout: DrawLayout,
  focus: string | undefined,
  highlight: readonly string[],
  handlers: CytoscapeHandlers,
  options: { webgl: boolean } = { webgl: false },
): Core | undefined {
  // Only the concentric layout depends on the focus; elsewhere selecting a node must not re-lay out.
  const layoutFocus = layout === 'concentric' ? focus : undefined;
  const [cy, setCy] = useState<Core>();
  const [laidOut, setLaidOut] = useState(0);
  const handlerRef = useRef(handlers);
  handlerRef.current = handlers;
  const { webgl } = options;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    // Cytoscape is a chunk of its own, loaded once the page's first picture no longer needs the
    // main thread (at once when there is none).
    void firstPictureSettled()
      .then(loadCytoscape)
      .then((cytoscape) => {
        if (!cancelled) cleanup = mount(cytoscape, element);
      });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [container, webgl]);

  // A graph laid out in the worker waits for it: started with the view, it compiles its copy of
  // Cytoscape while the graph's answer is on its way, not after.
  useEffect(() => {
    if (WORKER_LAYOUTS.includes(layout as LayoutName)) startLayoutWorker();
  }, [layout]);

  function mount(cytoscape: typeof import('cytoscape'), element: HTMLDivElement): () => void {
    // No stylesheet yet: it is parsed in a task of its own once the first elements are there.
    const instance = cytoscape({
      container: element,
      minZoom: ZOOM.min,
      maxZoom: ZOOM.max,
      wheelSensitivity: 0.3,
      textureOnViewport: false,
      hideEdgesOnViewport: true,
      boxSelectionEnabled: false,
      // The WebGL renderer (cytoscape ≥ 3.31) draws thousands of elements smoothly.
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as CytoscapeOptions);
    instance.on('tap', 'node', (event: EventObject) =>
      handlerRef.current.onSelectNode?.((event.target as NodeSingular).id()),
    );
    instance.on('tap', 'edge', (event: EventObject) =>
      handlerRef.current.onSelectEdge?.((event.target as EdgeSingular).id()),
    );
    instance.on('tap', (event) => {
      if (event.target === instance) handlerRef.current.onClearSelection?.();
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        handlerRef.current.onClearSelection?.();
        return;
      }
      const direction = ARROWS[event.key];
      if (!direction) return;
      event.preventDefault();
      const selected = instance.nodes(':selected').first();
      const next = selected.nonempty()
        ? neighbourToward(selected, direction)
        : instance.nodes().max((node) => node.degree(false)).ele;
      if (next) handlerRef.current.onSelectNode?.(next.id());
    };
    element.addEventListener('keydown', onKey);
    // The panel beside the graph narrows the container; the canvas must follow, not run under it.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    markOnce(MARKS.cytoscape);
    setCy(instance);
    return () => {
      resize.disconnect();
      element.removeEventListener('keydown', onKey);
      instance.destroy();
      setCy(undefined);
    };
  }

  useEffect(() => {
    if (!cy) return;
    let cancelled = false;
    const isCancelled = () => cancelled;
    const haystack = elements.length > HAYSTACK_THRESHOLD;
    const large = elements.filter((e) => e.group === 'nodes').length > LARGE_GRAPH_NODES;
    // Parsing a stylesheet costs tens of milliseconds: only a change of kind replaces it.
    const styleKey = `${haystack}|${large}`;
    const restyle = () => {
      if (styleKeys.get(cy) === styleKey) return;
      cy.style(graphStyle({ haystack, large }));
      styleKeys.set(cy, styleKey);
    };
    cy.elements().remove();
    setTextureOnViewport(cy, elements.length > TEXTURE_THRESHOLD);
    setDirectDraw(cy, !webgl && elements.length <= DIRECT_DRAW_THRESHOLD);
    if (elements.length === 0) return;
    const done = () => {
      capZoom(cy);
      setLaidOut((n) => n + 1);
    };
    const drawn = () => {
      markOnce(MARKS.drawn);
      markOnce(MARKS.cytoscapeDrawn);
      if (!cancelled) handlerRef.current.onDrawn?.();
    };
    // Drawn where the nodes were placed: no layout runs on the page. A viewport given is kept;
    // else a large graph is fitted from its positions and a small one by Cytoscape.
    const drawPlaced = async (placed: ElementDefinition[], given?: Viewport) => {
      restyle();
      const viewport =
        given ??
        (placed.length > TEXTURE_THRESHOLD
          ? fitPositions(
              placed.flatMap((e) => (e.position ? [e.position] : [])),
              cy.width(),
              cy.height(),
              FIT_PADDING,
              { min: cy.minZoom(), max: cy.maxZoom() },
            )
          : undefined);
      if (viewport) cy.viewport(viewport);
      await nextTask();
      if (cancelled) return;
      const added = await addInSlices(cy, placed, isCancelled, {
        afterFirstSlice: () => afterNextFrame(cy, webgl, drawn),
        // The nodes' own boxes (labels included, measured as each slice was added) frame a small
        // graph; the edges lie between them.
        afterNodes: () => {
          if (!viewport) cy.fit(undefined, FIT_PADDING);
        },
      });
      if (!added) return;
      afterNextFrame(cy, webgl, () => {
        markOnce(MARKS.complete);
        // The page's first picture showed this graph until now (when it was the summary).
        firstPictureDone();
        startWorkerWhenIdle();
      });
      done();
    };
    if (layout === 'rings') {
      // Tasks of their own, apart from React's render of the data: none grows into a long task.
      void nextTask().then(() => {
        if (cancelled) return;
        // The placement and viewport of the page's first picture, for the same canvas.
        const { positions, labelSides, viewport } = placeSummary(elements, cy.width(), cy.height(), measureLabel);
        markOnce(MARKS.placed);
        return drawPlaced(
          elements.map((e) =>
            e.group === 'nodes'
              ? {
                  ...e,
                  position: positions[e.data.id!],
                  classes: [e.classes, `label-${labelSides[e.data.id!]}`].filter(Boolean).join(' '),
                }
              : e,
          ),
          viewport,
        );
      });
    } else if (WORKER_LAYOUTS.includes(layout)) {
      // Not awaited: the effect's clean-up sets `cancelled`, which the callback checks.
      const clustered = layout === 'fcose' && elements.length > CLUSTER_THRESHOLD;
      void layoutInWorker(elements, layoutOptions(layout, undefined, elements.length), clustered).then((positions) => {
        if (cancelled) return;
        markOnce(MARKS.placed);
        return drawPlaced(elements.map((e) => (e.group === 'nodes' ? { ...e, position: positions[e.data.id!] } : e)));
      });
    } else {
      restyle();
      cy.batch(() => cy.add(elements));
      afterNextFrame(cy, webgl, drawn);
      const running = cy.layout(layoutOptions(layout, layoutFocus, elements.length));
      running.one('layoutstop', done);
      running.run();
    }
    return () => {
      cancelled = true;
    };
  }, [cy, elements, layout, layoutFocus, webgl]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('highlight dim');
      cy.elements().unselect();
      for (const id of highlight) cy.getElementById(id).addClass('highlight');
      if (!focus) return;
      const node = cy.getElementById(focus);
      if (node.nonempty()) {
        node.select();
        node.connectedEdges().addClass('highlight');
        // In a large graph the focus and its neighbours would be lost among hundreds of labels:
        // the rest fades, without labels, and stays there as context.
        if (cy.nodes().length > LARGE_GRAPH_NODES)
          cy.elements()
            .difference(node.closedNeighborhood().union(cy.elements('.highlight')))
            .addClass('dim');
      }
    });
    const node = focus ? cy.getElementById(focus) : undefined;
    // Zoom to the selection, its neighbours and the highlighted (a group's members), no closer than
    // a readable overview of them.
    if (node?.nonempty()) {
      const shown = node.closedNeighborhood().union(cy.nodes('.highlight'));
      cy.animate({ fit: { eles: shown, padding: 80 } }, { duration: 250, complete: () => capZoom(cy, shown) });
    }
  }, [cy, focus, highlight, laidOut]);

  return cy;
}
