import { Basis, evidenceFrom } from '../common/evidence';
import { escapeXml, toCytoscapeJson, toGraphml } from './graphml';
import type { GraphSlice } from './slice.type';

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
      evidence: evidenceFrom({
        document: 'doc:plan',
        line: 9,
        quote: 'a "quote"',
        basis: 'stated',
        rule: 'task-units',
      }),
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
    // The rule in words in both languages beside its id.
    expect(xml).toContain('<data key="e_rule_zh">工作要点〔责任单位〕</data>');
    expect(xml).toContain('<data key="e_rule_en">responsible units of a work point</data>');
    expect(xml).toContain('<data key="e_basis">stated</data>');
    expect(xml).toContain('truncated at 2 nodes');
  });

  it('writes Cytoscape elements', () => {
    const json = toCytoscapeJson(slice) as { elements: { nodes: { data: Record<string, unknown> }[] } };
    expect(json.elements.nodes[0].data).toEqual({
      id: 'project:a&b',
      label: '“御窑复兴计划”<一>',
      type: 'Project',
      box: 5,
    });
  });
});

describe('XML escaping', () => {
  it('escapes markup and keeps tabs and line breaks as character references', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('replaces what XML 1.0 cannot carry, keeping CJK and astral characters', () => {
    expect(escapeXml('青山\u0000港\u0007\u001b\uFFFE')).toBe('青山\uFFFD港\uFFFD\uFFFD\uFFFD');
    expect(escapeXml('\uD800x\uDC00')).toBe('\uFFFDx\uFFFD');
    expect(escapeXml('𠀀景德镇')).toBe('𠀀景德镇');
  });
});
