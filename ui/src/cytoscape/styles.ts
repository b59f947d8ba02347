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
        color: '#1c2230',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        width: 16,
        height: 16,
        'border-width': 1,
        'border-color': '#ffffff',
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
      style: { shape: 'round-rectangle', width: 22, height: 22 },
    },
    { selector: 'node[type = "Industry"]', style: { shape: 'diamond', width: 26, height: 26 } },
    { selector: 'node[type = "Region"]', style: { shape: 'hexagon', width: 30, height: 30 } },
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
    { selector: 'node[type = "Unit"]', style: { shape: 'triangle', width: 20, height: 20 } },
    { selector: 'node[type = "Place"]', style: { shape: 'star', width: 18, height: 18 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9aa3b2',
        'curve-style': options.haystack ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        opacity: 0.7,
        'target-arrow-shape': options.haystack ? 'none' : 'triangle',
        'target-arrow-color': '#9aa3b2',
        'arrow-scale': 0.7,
      },
    },
    // The summary's groups: sized by project count, every label shown, links as thick as their count.
    {
      selector: 'node.aggregate',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 13,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'min-zoomed-font-size': 0,
        'text-background-opacity': 0.85,
      },
    },
    // Labels of groups placed on rings point away from the centre, clear of the links.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 },
    },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 },
    },
    {
      selector: 'edge.aggregate',
      style: { width: 'data(weight)', 'target-arrow-shape': 'none', 'curve-style': 'straight', opacity: 0.45 },
    },
    { selector: 'edge[basis = "DERIVED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: '.dim', style: { opacity: 0.15 } },
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
