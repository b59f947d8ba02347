/** Cytoscape's module, loaded once, on first request. */
type Cytoscape = typeof import('cytoscape');

let loading: Promise<Cytoscape> | undefined;

/**
 * Loads Cytoscape (its own chunk of some 440 KB). Asked for by the network view, and by the boot
 * script once the page's first picture is drawn (or when there is none to draw), so that its
 * download and compilation do not compete with the first picture on the main thread.
 */
export function loadCytoscape(): Promise<Cytoscape> {
  loading ??= import('cytoscape').then((module) => module.default);
  return loading;
}
