import type { ElementDefinition } from 'cytoscape';
import { labelFont } from '../cytoscape/labels';
import { NODE_SHAPES, SUMMARY_LOOK } from '../cytoscape/styles';
import type { SummaryPlacement } from '../cytoscape/summaryPlacement';

/** The 2D context calls the picture uses (a canvas's context has them all). */
export type Paint = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arcTo'
  | 'ellipse'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'fillText'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/** The corners of a regular polygon of `sides` stretched to fill the unit square, as Cytoscape draws it. */
function polygon(sides: number, turn = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + turn;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [sx, sy] = [2 / (Math.max(...xs) - Math.min(...xs)), 2 / (Math.max(...ys) - Math.min(...ys))];
  const scaled = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const lowest = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return lowest < -1 ? scaled.map((v, i) => (i % 2 === 1 ? v - 1 - lowest : v)) : scaled;
}

/** Cytoscape's five-pointed star: outer corners on the unit circle, inner ones at its ratio. */
function star(): number[] {
  const outer = polygon(5);
  const inner = polygon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  return outer.flatMap((v, i) => (i % 2 === 0 ? [v, outer[i + 1], inner[i], inner[i + 1]] : []));
}

const OUTLINES: Record<string, number[]> = {
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  hexagon: polygon(6),
  triangle: polygon(3),
  star: star(),
};

/** A node's outline as a path: Cytoscape's shape for its type, an ellipse for the others. */
function outline(context: Paint, type: string, x: number, y: number, size: number): void {
  const shape = NODE_SHAPES[type];
  const half = size / 2;
  context.beginPath();
  if (shape === 'round-rectangle') {
    // Cytoscape's corner radius: a quarter of the side, at most 8.
    const r = Math.min(size / 4, 8);
    context.moveTo(x, y - half);
    context.arcTo(x + half, y - half, x + half, y, r);
    context.arcTo(x + half, y + half, x, y + half, r);
    context.arcTo(x - half, y + half, x - half, y, r);
    context.arcTo(x - half, y - half, x, y - half, r);
    context.lineTo(x, y - half);
  } else if (shape) {
    const points = OUTLINES[shape];
    for (let i = 0; i < points.length; i += 2) {
      const [px, py] = [x + points[i] * half, y + points[i + 1] * half];
      if (i === 0) context.moveTo(px, py);
      else context.lineTo(px, py);
    }
  } else context.ellipse(x, y, half, half, 0, 0, 2 * Math.PI);
  context.closePath();
}

interface NodeData {
  id: string;
  type: string;
  size: number;
  colour: string;
}

interface EdgeData {
  source: string;
  target: string;
  weight: number;
}

/**
 * Draws the summary as the stylesheet draws it (styles.ts, SUMMARY_LOOK): the links beneath, as
 * thick as their weight; each group in its type's shape, colour and size with its white border and
 * its label on a light background, in the order of the elements. `scale` is the canvas's pixels per
 * CSS pixel.
 */
export function paintSummary(
  context: Paint,
  elements: readonly ElementDefinition[],
  placement: SummaryPlacement,
  size: { width: number; height: number; scale: number },
): void {
  const look = SUMMARY_LOOK;
  const { zoom, pan } = placement.viewport;
  const { positions, labels } = placement;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, size.width * size.scale, size.height * size.scale);
  context.setTransform(size.scale * zoom, 0, 0, size.scale * zoom, size.scale * pan.x, size.scale * pan.y);

  context.globalAlpha = look.edgeOpacity;
  context.strokeStyle = look.edgeColour;
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const { source, target, weight } = element.data as EdgeData;
    const [from, to] = [positions[source], positions[target]];
    if (!from || !to) continue;
    context.lineWidth = weight;
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
  }

  context.textBaseline = 'bottom';
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    const { id, type, size: diameter, colour } = element.data as NodeData;
    const at = positions[id];
    context.globalAlpha = 1;
    outline(context, type, at.x, at.y, diameter);
    context.fillStyle = colour;
    context.fill();
    context.lineWidth = look.borderWidth;
    context.strokeStyle = look.borderColour;
    context.stroke();

    const label = labels[id];
    const { box } = label;
    context.globalAlpha = look.labelBackgroundOpacity;
    context.fillStyle = look.labelBackground;
    context.fillRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    context.globalAlpha = 1;
    context.fillStyle = look.textColour;
    context.font = labelFont(label.bold);
    context.textAlign = label.align;
    label.lines.forEach((line, i) =>
      context.fillText(line, label.x, label.bottom - (label.lines.length - 1 - i) * look.fontSize),
    );
  }
}
