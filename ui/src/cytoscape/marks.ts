/**
 * User Timing marks of the network's first screen, which the browser benchmark (`bench/ui.ts`)
 * reads to break the time to the first nodes into its parts. Each is set once per page load.
 */
export const MARKS = {
  /** The main script has been parsed and runs. */
  script: 'plangraph:script',
  /** The Cytoscape chunk has loaded and the canvas exists. */
  cytoscape: 'plangraph:cytoscape',
  /** The first graph's data is there (the summary query answered). */
  data: 'plangraph:data',
  /** Its nodes have positions. */
  placed: 'plangraph:placed',
  /**
   * The first frame with the nodes: the page's first picture (first-picture/), or Cytoscape's
   * first frame when there is none.
   */
  drawn: 'plangraph:drawn',
  /** Cytoscape's own first frame with nodes. */
  cytoscapeDrawn: 'plangraph:cytoscape-drawn',
  /** Cytoscape has drawn every element of the first graph, edges included. */
  complete: 'plangraph:complete',
} as const;

/** Sets a mark unless this page has set it already. */
export function markOnce(name: (typeof MARKS)[keyof typeof MARKS]): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
