/** A viewport: Cytoscape's zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A rectangle in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room around a fitted graph, in pixels. */
export const FIT_PADDING = 30;

/** The zoom range of the network; a fit never comes closer than `fitMax`, where labels are already large. */
export const ZOOM = { min: 0.05, max: 4, fitMax: 1.2 } as const;

/** The smallest box holding all of `boxes`, or undefined for none. */
export function union(boxes: Iterable<Box>): Box | undefined {
  let result: Box | undefined;
  for (const b of boxes)
    result = result
      ? {
          x1: Math.min(result.x1, b.x1),
          y1: Math.min(result.y1, b.y1),
          x2: Math.max(result.x2, b.x2),
          y2: Math.max(result.y2, b.y2),
        }
      : { ...b };
  return result;
}

/** The viewport that fits `box` into a canvas of `width` × `height` with `padding` on every side, centred. */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  padding: number,
  zoomRange: { min: number; max: number },
): Viewport {
  const fitted = Math.min(
    (width - 2 * padding) / Math.max(1, box.x2 - box.x1),
    (height - 2 * padding) / Math.max(1, box.y2 - box.y1),
  );
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: { x: width / 2 - zoom * ((box.x1 + box.x2) / 2), y: height / 2 - zoom * ((box.y1 + box.y2) / 2) },
  };
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
  const box = union(positions.map(({ x, y }) => ({ x1: x, y1: y, x2: x, y2: y })));
  return box && fitBox(box, width, height, padding, zoomRange);
}
