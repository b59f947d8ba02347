import type { Box } from './fit';
import type { LabelSide } from './rings';
import { LABEL_FONT, SUMMARY_LOOK } from './styles';

/** The width of a line of label text in pixels at the summary's font size, bold or not. */
export type Measure = (text: string, bold: boolean) => number;

/** The canvas font of a label, as Cytoscape writes it (style, weight, size, family). */
export function labelFont(bold: boolean): string {
  return `normal ${bold ? 'bold' : 'normal'} ${SUMMARY_LOOK.fontSize}px ${LABEL_FONT}`;
}

/**
 * Measures with a canvas's text metrics, as Cytoscape does (rounded up), so that both draw the same
 * label widths. One context for the page, made on first use.
 */
export function canvasMeasure(): Measure {
  let context: CanvasRenderingContext2D | null | undefined;
  return (text, bold) => {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return 0;
    context.font = labelFont(bold);
    return Math.ceil(context.measureText(text).width);
  };
}

/**
 * A label's lines as Cytoscape's `text-wrap: wrap` breaks them: at each newline, then, where a line
 * is wider than `maxWidth`, at its spaces (a line keeps the space it was broken at).
 */
export function wrapLabel(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (width(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    let current = '';
    let previous = 0;
    for (const match of line.matchAll(/[\s\u200b]+|$/g)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = match.index + separator.length;
      const tried = current.length === 0 ? word : current + word + separator;
      if (width(tried) <= maxWidth) current += word + separator;
      else {
        if (current) lines.push(current);
        current = word + separator;
      }
    }
    if (!/^[\s\u200b]+$/.test(current)) lines.push(current);
  }
  return lines;
}

/** A node's label, laid out: its lines, where their box lies and where the text is anchored. */
export interface LabelLayout {
  lines: string[];
  bold: boolean;
  /** The label's background box (model coordinates), padding included. */
  box: Box;
  /** The x the lines are aligned at, and how. */
  x: number;
  align: 'left' | 'center' | 'right';
  /** The bottom of the last line. */
  bottom: number;
}

/**
 * Where a summary node's label goes, as the stylesheet places it: beside the node on `side`, at the
 * label margin, its lines one font size apart, on a background as wide as the widest line.
 */
export function layOutLabel(
  text: string,
  type: string,
  at: { x: number; y: number },
  size: number,
  side: LabelSide,
  measure: Measure,
): LabelLayout {
  const look = SUMMARY_LOOK;
  const bold = look.boldTypes.includes(type);
  const width = (line: string) => measure(line, bold);
  const lines = wrapLabel(text, look.labelMaxWidth, width);
  const textWidth = Math.max(0, ...lines.map(width));
  const textHeight = look.fontSize * lines.length;
  const half = size / 2;
  let x = at.x;
  let align: LabelLayout['align'] = 'center';
  let top: number;
  if (side === 'left' || side === 'right') {
    const sign = side === 'left' ? -1 : 1;
    x = at.x + sign * (half + look.labelMarginX);
    align = side === 'left' ? 'right' : 'left';
    top = at.y - textHeight / 2;
  } else if (side === 'top') top = at.y - half - look.labelMarginY - textHeight;
  else top = at.y + half + look.labelMarginY;
  const left = align === 'center' ? x - textWidth / 2 : align === 'right' ? x - textWidth : x;
  const pad = look.labelPadding;
  return {
    lines,
    bold,
    box: { x1: left - pad, y1: top - pad, x2: left + textWidth + pad, y2: top + textHeight + pad },
    x,
    align,
    bottom: top + textHeight,
  };
}
