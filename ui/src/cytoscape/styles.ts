import type { StylesheetJson } from 'cytoscape';

/** One colour per node type; chosen for contrast against white labels and a light canvas. */
export const TYPE_COLOURS: Record<string, string> = {
  Project: '#1f5fa8',
  Box: '#8a5a00',
  Chapter: '#6b4f9e',
  Industry: '#b0303a',
  Region: '#1d7a4f',
  Place: '#0f7c86',
  Unit: '#c2571a',
  Task: '#596273',
  Indicator: '#7a6a12',
  Document: '#444b57',
};

const FALLBACK = '#5b6472';

export function colourFor(type: string): string {
  return TYPE_COLOURS[type] ?? FALLBACK;
}

/**
 * The labels' fonts: the CJK fonts Linux distributions ship (Noto/Source Han Sans, WenQuanYi),
 * then macOS's and Windows's. A Chinese label in a font without CJK glyphs makes the browser look
 * up a fallback font for every new character, which made Cytoscape's first draw take 200–400 ms;
 * the page's CSS (styles.css) names the same fonts.
 */
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Node shapes by type (an ellipse for the others). */
export const NODE_SHAPES: Record<string, 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star'> = {
  Box: 'round-rectangle',
  Chapter: 'round-rectangle',
  Industry: 'diamond',
  Region: 'hexagon',
  Unit: 'triangle',
  Place: 'star',
};

/**
 * How the summary's groups and links look. The stylesheet below draws them so, and so does the
 * page's first picture (first-picture/paint.ts), which must match it: it is the same graph, drawn
 * before Cytoscape has loaded.
 */
export const SUMMARY_LOOK = {
  fontSize: 13,
  /** Types whose labels are bold. */
  boldTypes: ['Box', 'Industry', 'Region'] as readonly string[],
  textColour: '#1c2230',
  labelMaxWidth: 160,
  labelBackground: '#ffffff',
  labelBackgroundOpacity: 0.85,
  labelPadding: 1,
  /** Distance of a label from its node: above or below, and beside it. */
  labelMarginY: 3,
  labelMarginX: 4,
  borderWidth: 1,
  borderColour: '#ffffff',
  edgeColour: '#9aa3b2',
  edgeOpacity: 0.45,
} as const;

/** Below this on-screen font size labels are not drawn, which keeps 1–2k elements smooth. */
export const MIN_ZOOMED_FONT_SIZE = 11;

/** `large`: an overview of hundreds of nodes, where only the hubs' big labels stay readable. */
export function graphStyle(options: { haystack: boolean; large: boolean }): StylesheetJson {
  const hubFont = options.large ? 24 : 13;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 10,
        'font-family': LABEL_FONT,
        color: SUMMARY_LOOK.textColour,
        'text-valign': 'bottom',
        'text-margin-y': SUMMARY_LOOK.labelMarginY,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': SUMMARY_LOOK.labelBackground,
        'text-background-opacity': 0.75,
        'text-background-padding': `${SUMMARY_LOOK.labelPadding}px`,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        width: 16,
        height: 16,
        'border-width': SUMMARY_LOOK.borderWidth,
        'border-color': SUMMARY_LOOK.borderColour,
      },
    },
    {
      selector: 'node[type = "Project"]',
      style: {
        width: 'mapData(degree, 1, 16, 14, 42)',
        height: 'mapData(degree, 1, 16, 14, 42)',
      },
    },
    {
      selector: 'node[type = "Box"], node[type = "Chapter"]',
      style: { shape: NODE_SHAPES.Box, width: 22, height: 22 },
    },
    { selector: 'node[type = "Industry"]', style: { shape: NODE_SHAPES.Industry, width: 26, height: 26 } },
    { selector: 'node[type = "Region"]', style: { shape: NODE_SHAPES.Region, width: 30, height: 30 } },
    // The hubs people orient by keep their labels longer when zooming out.
    {
      selector: 'node[type = "Box"]',
      style: { 'font-size': options.large ? 16 : 11, 'font-weight': 'bold', 'text-max-width': '220px' },
    },
    {
      selector: 'node[type = "Region"], node[type = "Industry"]',
      style: {
        'font-size': hubFont,
        'font-weight': 'bold',
        'text-max-width': '320px',
        'text-background-opacity': 0.85,
      },
    },
    { selector: 'node[type = "Unit"]', style: { shape: NODE_SHAPES.Unit, width: 20, height: 20 } },
    { selector: 'node[type = "Place"]', style: { shape: NODE_SHAPES.Place, width: 18, height: 18 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': SUMMARY_LOOK.edgeColour,
        'curve-style': options.haystack ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        opacity: 0.7,
        'target-arrow-shape': options.haystack ? 'none' : 'triangle',
        'target-arrow-color': SUMMARY_LOOK.edgeColour,
        'arrow-scale': 0.7,
      },
    },
    // The summary's groups: sized by project count, every label shown, links as thick as their count.
    {
      selector: 'node.aggregate',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'font-size': SUMMARY_LOOK.fontSize,
        'text-wrap': 'wrap',
        'text-max-width': `${SUMMARY_LOOK.labelMaxWidth}px`,
        'min-zoomed-font-size': 0,
        'text-background-opacity': SUMMARY_LOOK.labelBackgroundOpacity,
      },
    },
    // Labels of groups placed on rings point away from the centre, clear of the links.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -SUMMARY_LOOK.labelMarginY } },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -SUMMARY_LOOK.labelMarginX,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': SUMMARY_LOOK.labelMarginX,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'edge.aggregate',
      style: {
        width: 'data(weight)',
        'target-arrow-shape': 'none',
        'curve-style': 'straight',
        opacity: SUMMARY_LOOK.edgeOpacity,
      },
    },
    { selector: 'edge[basis = "DERIVED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: '.dim', style: { opacity: 0.15, 'text-opacity': 0 } },
    {
      selector: 'node.highlight',
      style: {
        'border-width': 3,
        'border-color': '#f2b705',
        'z-index': 10,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.highlight',
      style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 2.5, opacity: 1 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#111827', 'min-zoomed-font-size': 0, 'z-index': 20 },
    },
  ];
}
