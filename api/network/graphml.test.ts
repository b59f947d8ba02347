import { Basis } from '../common/evidence';
import { toCytoscapeJson, toGraphml } from './graphml';
import type { GraphSlice } from './slice.types';

const untyped = { name: null, zh: null, en: null, kind: null, tier: null, number: null, evidence: null };

const slice: GraphSlice = {
  nodes: [
    { id: 'project:a&b', label: '“御窑复兴计划”<一>', type: 'Project', ...untyped, data: '{"box":5}' },
    { id: 'unit:x', label: '工信局', type: 'Unit', ...untyped, data: '{}' },
  ],
  edges: [
    {
      id: '5:1',
      source: 'project:a&b',
      target: 'unit:x',
      type: 'RESPONSIBLE',
      role: 'lead',
      basis: Basis.STATED,
      evidence: { document: 'doc:plan', line: 9, quote: 'a "quote"', basis: Basis.STATED, rule: 'task-units' },
    },
  ],
  truncated: true,
  limit: 2,
};

describe('graph export formats', () => {
  it('writes escaped GraphML with provenance on the edges', () => {
    const xml = toGraphml(slice);
    expect(xml).toContain('<node id="project:a&amp;b">');
    expect(xml).toContain('&lt;一&gt;');
    expect(xml).toContain('<data key="e_quote">a &quot;quote&quot;</data>');
    expect(xml).toContain('<data key="e_basis">stated</data>');
    expect(xml).toContain('truncated at 2 nodes');
  });

  it('writes Cytoscape elements', () => {
    const json = toCytoscapeJson(slice) as { elements: { nodes: { data: Record<string, unknown> }[] } };
    expect(json.elements.nodes[0].data).toEqual({ id: 'project:a&b', label: '“御窑复兴计划”<一>', type: 'Project', box: 5 });
  });
});
