import { ruleText } from '../../graph/rules';
import type { Evidence } from '../common/evidence';
import type { GraphSlice } from './slice.type';

const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text safe in XML 1.0 element content and attribute values: markup characters as entities,
 * tab and line breaks as character references (attribute values would otherwise fold them into
 * spaces), and the characters XML 1.0 cannot carry at all (other control characters, lone
 * surrogates, U+FFFE/U+FFFF) as U+FFFD, so that the file always parses.
 */
export const escapeXml = (text: string) =>
  text
    .replace(
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry are control characters
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/[<>&"'\t\n\r]/g, (c) => ENTITIES[c]);

const data = (key: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;

/** A slice as GraphML (yEd, Gephi, Cytoscape desktop), provenance kept on the edges. */
export function toGraphml(slice: GraphSlice): string {
  const keys = [
    ['n_label', 'node', 'label'],
    ['n_type', 'node', 'type'],
    ['n_data', 'node', 'data'],
    ['e_type', 'edge', 'type'],
    ['e_role', 'edge', 'role'],
    ['e_basis', 'edge', 'basis'],
    ['e_document', 'edge', 'document'],
    ['e_line', 'edge', 'line'],
    ['e_quote', 'edge', 'quote'],
    ['e_rule', 'edge', 'rule'],
    ['e_rule_zh', 'edge', 'rule_zh'],
    ['e_rule_en', 'edge', 'rule_en'],
    ['e_why_zh', 'edge', 'why_zh'],
    ['e_why_en', 'edge', 'why_en'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, domain, name]) => `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="string"/>`),
    `  <graph id="plangraph" edgedefault="directed">`,
    `    <desc>${slice.truncated ? `truncated at ${slice.limit} nodes` : 'complete'}</desc>`,
    ...slice.nodes.map(
      (n) =>
        `    <node id="${escapeXml(n.id)}">${data('n_label', n.label)}${data('n_type', n.type)}${data('n_data', n.data)}</node>`,
    ),
    ...slice.edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
        `${data('e_type', e.type)}${data('e_role', e.role)}${data('e_basis', e.basis)}${data('e_document', e.evidence?.document)}` +
        `${data('e_line', e.evidence?.line)}${data('e_quote', e.evidence?.quote)}${data('e_rule', e.evidence?.rule)}` +
        `${ruleWords(e.evidence)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

/** A slice as Cytoscape.js elements JSON. */
export function toCytoscapeJson(slice: GraphSlice): unknown {
  return {
    truncated: slice.truncated,
    limit: slice.limit,
    elements: {
      nodes: slice.nodes.map((n) => ({
        data: { id: n.id, label: n.label, type: n.type, ...(JSON.parse(n.data) as Record<string, unknown>) },
      })),
      edges: slice.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          role: e.role,
          basis: e.basis,
          evidence: e.evidence,
        },
      })),
    },
  };
}

/** The rule and the reason of an edge's evidence in both languages, so an export reads without the ids. */
function ruleWords(evidence: Evidence | null | undefined): string {
  if (!evidence?.rule) return '';
  const zh = ruleText(evidence.rule, 'zh');
  const en = ruleText(evidence.rule, 'en');
  return `${data('e_rule_zh', zh)}${data('e_rule_en', en)}${data('e_why_zh', evidence.whyZh ?? zh)}${data('e_why_en', evidence.whyEn ?? en)}`;
}
