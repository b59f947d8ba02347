import neo4j from 'neo4j-driver';
import { NODE_LABELS, NodeLabel } from '../../graph/model';
import { nodeLabel } from './node-label';

/** Nodes come with all their properties; only some make the label. */
const label = (type: string, props: Record<string, unknown>, id: string) => nodeLabel(type, props, id);

describe('node labels', () => {
  it('names each kind of node the way the plan does', () => {
    expect(
      label(
        'Industry',
        { code: 'culture-tourism', zh: '文化旅游', en: 'Culture and tourism' },
        'industry:culture-tourism',
      ),
    ).toBe('文化旅游');
    expect(label('Region', { name: '浮梁县', kind: 'county' }, 'region:360222')).toBe('浮梁县');
    expect(label('Box', { number: neo4j.int(5), title: '交通重大项目' }, 'box:5')).toBe('专栏5 交通重大项目');
    expect(label('Box', { number: neo4j.int(302), title: '交通重大项目' }, 'box:302')).toBe('专栏3-2 交通重大项目');
    expect(
      label('Chapter', { number: neo4j.int(3), level: 'chapter', title: '第三章 建设现代化产业体系' }, 'chapter:3'),
    ).toBe('第三章 建设现代化产业体系');
    expect(label('Task', { number: 2, title: '推进产业链建设', text: '…' }, 'task:2')).toBe('2. 推进产业链建设');
    expect(label('Indicator', { number: 1, name: '地区生产总值增长', unit: '%' }, 'indicator:1')).toBe(
      '地区生产总值增长',
    );
    expect(
      label(
        'Document',
        { title: '景德镇市民航突发事件应急预案', number: '景府办字〔2026〕21号', kind: 'emergency-plan' },
        'doc:emergency-plan',
      ),
    ).toBe('景德镇市民航突发事件应急预案');
    for (const type of ['Unit', 'Project', 'Place']) expect(label(type, { name: '御窑厂' }, 'x:御窑厂')).toBe('御窑厂');
  });

  it('gives every addressable kind a label other than its id when it has a name or title', () => {
    const props = { name: '甲', title: '乙', zh: '丙', number: 1 };
    for (const type of NODE_LABELS.filter((l) => l !== NodeLabel.Plan))
      expect(label(type, props, 'id:x')).not.toBe('id:x');
  });

  it('falls back to the id only when there is nothing else', () => {
    expect(label('Industry', { code: 'ceramics' }, 'industry:ceramics')).toBe('industry:ceramics');
    expect(label('Box', { number: 7 }, 'box:7')).toBe('专栏7');
  });
});
