import neo4j from 'neo4j-driver';
import * as evidence from '../common/evidence';
import { type EdgeRow, graphEdge, graphNode } from './slice';

const project = {
  id: 'project:p1',
  type: 'Project',
  props: {
    id: 'project:p1',
    name: '御窑厂遗址保护工程',
    tier: 'A',
    box: neo4j.int(2),
    document: 'doc:plan',
    line: neo4j.int(120),
    quote: '实施御窑厂遗址保护工程。',
    basis: 'stated',
    rule: 'box-item',
  },
};

const row: EdgeRow = [
  '5:1',
  'project:p1',
  'industry:culture-tourism',
  'IN_INDUSTRY',
  null,
  'derived',
  'doc:plan',
  neo4j.int(120),
  '实施御窑厂遗址保护工程。',
  'box-lexicon',
];

describe('a slice’s nodes and edges', () => {
  afterEach(() => jest.restoreAllMocks());

  it('work out their evidence only when it is read', () => {
    const evidenceFrom = jest.spyOn(evidence, 'evidenceFrom');
    const node = graphNode(project);
    const edge = graphEdge(row);
    expect(node).toMatchObject({ id: 'project:p1', label: '御窑厂遗址保护工程', type: 'Project', tier: 'A' });
    expect(edge).toMatchObject({ source: 'project:p1', target: 'industry:culture-tourism', basis: 'derived' });
    expect(evidenceFrom).not.toHaveBeenCalled();

    expect(node.evidence).toMatchObject({
      document: 'doc:plan',
      line: 120,
      quote: '实施御窑厂遗址保护工程。',
      rule: 'box-item',
    });
    expect(edge.evidence).toMatchObject({ line: 120, basis: 'derived', rule: 'box-lexicon' });
    expect(evidenceFrom).toHaveBeenCalledTimes(2);
  });

  it('give a node’s properties as JSON, integers as numbers', () => {
    expect(JSON.parse(graphNode(project).data)).toEqual({
      id: 'project:p1',
      name: '御窑厂遗址保护工程',
      tier: 'A',
      box: 2,
      document: 'doc:plan',
      line: 120,
      quote: '实施御窑厂遗址保护工程。',
      basis: 'stated',
      rule: 'box-item',
    });
  });

  it('give no evidence where nothing is quoted', () => {
    expect(
      graphNode({ id: 'industry:x', type: 'Industry', props: { id: 'industry:x', zh: '物流' } }).evidence,
    ).toBeNull();
    expect(graphEdge(['5:2', 'a', 'b', 'LISTED_IN', null, null, null, null, null, null]).evidence).toBeNull();
  });
});
