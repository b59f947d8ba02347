import type { ElementDefinition } from 'cytoscape';
import { FIT_PADDING, fitBox, union, ZOOM, type Box, type Viewport } from './fit';
import { layOutLabel, type LabelLayout, type Measure } from './labels';
import { ringLayout, type LabelSide } from './rings';
import { SUMMARY_LOOK } from './styles';

/** The summary drawn in a canvas of a given size: each node's position, label and the viewport. */
export interface SummaryPlacement {
  positions: Record<string, { x: number; y: number }>;
  labelSides: Record<string, LabelSide>;
  labels: Record<string, LabelLayout>;
  viewport: Viewport;
}

interface SummaryNodeData {
  id: string;
  type: string;
  label: string;
  size: number;
}

/**
 * Places the summary's nodes on their rings (rings.ts) for a canvas of `width` × `height` and fits
 * nodes and labels into it (no closer than the fit's maximum zoom). The page's first picture and
 * Cytoscape both draw from this, so that for the same canvas they show the same graph in the same
 * place.
 */
export function placeSummary(
  elements: readonly ElementDefinition[],
  width: number,
  height: number,
  measure: Measure,
): SummaryPlacement {
  const { positions, labelSides } = ringLayout(elements, width / Math.max(1, height));
  const labels: Record<string, LabelLayout> = {};
  const boxes: Box[] = [];
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    const { id, type, label, size } = element.data as SummaryNodeData;
    const at = positions[id];
    const half = (size + SUMMARY_LOOK.borderWidth) / 2;
    boxes.push({ x1: at.x - half, y1: at.y - half, x2: at.x + half, y2: at.y + half });
    labels[id] = layOutLabel(label, type, at, size, labelSides[id], measure);
    boxes.push(labels[id].box);
  }
  const box = union(boxes) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const viewport = fitBox(box, width, height, FIT_PADDING, { min: ZOOM.min, max: ZOOM.fitMax });
  return { positions, labelSides, labels, viewport };
}
