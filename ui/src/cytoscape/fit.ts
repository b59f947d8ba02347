/** A viewport: Cytoscape's zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that fits node positions into a canvas of `width` × `height` with `padding` on every
 * side, from the positions alone. Cytoscape's own fit measures every element's rendered box, which
 * computes the style and label size of each of thousands of elements in one long task; for a large
 * graph, whose labels are hidden at that zoom anyway, the node centres are enough.
 */
export function fitPositions(
  positions: readonly { x: number; y: number }[],
  width: number,
  height: number,
  padding: number,
  zoomRange: { min: number; max: number },
): Viewport | undefined {
  if (positions.length === 0) return undefined;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const fitted = Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}
