import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { evidence, mockClient, Wrapper } from '../../test/mockClient';
import type { GraphSlice } from '../graphql/types';
import { mergeSlices } from './elements';
import { NetworkView, parseGroup } from './NetworkView';

// Cytoscape needs a real canvas; the view is tested through the elements it hands the hook.
const cyCalls: { elements: unknown[]; layout: string; focus?: string; highlight: readonly string[] }[] = [];
jest.mock('../cytoscape/useCytoscape', () => ({
  LAYOUTS: ['fcose', 'concentric', 'dagre'],
  useCytoscape: (_ref: unknown, elements: unknown[], layout: string, focus: string | undefined, highlight: readonly string[]) => {
    cyCalls.push({ elements, layout, focus, highlight });
    return undefined;
  },
}));

const projectData = JSON.stringify({ id: 'p-yyc', name: '御窑厂遗址保护展示工程', tier: 'major', quote: '推进御窑厂遗址保护展示工程。' });
const overview: GraphSlice = {
  nodes: [
    { id: 'p-yyc', label: '御窑厂遗址保护展示工程', type: 'Project', data: projectData },
    { id: 'd-zs', label: '珠山区', type: 'Region', data: '{"name":"珠山区"}' },
  ],
  edges: [{ id: 'e1', source: 'p-yyc', target: 'd-zs', type: 'IN_DISTRICT', basis: 'DERIVED' }],
  truncated: true,
  limit: 1500,
};

const projectDetail = {
  id: 'p-yyc',
  name: '御窑厂遗址保护展示工程',
  tier: 'major',
  box: 14,
  boxes: [14],
  item: 3,
  kind: '遗址保护',
  chapterPath: [{ id: 'c5', level: '篇', number: 5, title: '建设世界著名陶瓷文化中心' }],
  industries: [],
  districts: [{ name: '珠山区', evidence: evidence('珠山区御窑厂', 529, 'DERIVED') }],
  places: [],
  units: [],
  mentions: [],
  evidence: evidence('推进御窑厂遗址保护展示工程，打造连片考古遗址公园群。', 529),
};

function setup(search: string) {
  cyCalls.length = 0;
  window.history.replaceState(null, '', `/${search}`);
  const mock = mockClient((name, variables) => {
    switch (name) {
      case 'Facets':
        return {
          industries: [{ code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 3 }],
          districts: [{ name: '珠山区', kind: 'district', projectCount: 5 }],
          boxes: [{ number: 14, title: '陶瓷文化遗产保护', projectCount: 5 }],
          chapters: [],
          units: [],
        };
      case 'Overview':
        return { overview };
      case 'Search':
        return { search: [{ id: 'p-yyc', type: 'Project', name: '御窑厂遗址保护展示工程', score: 3 }] };
      case 'Neighborhood':
        return { neighborhood: { ...overview, truncated: false, limit: 200, nodes: overview.nodes.filter((n) => n.id === variables.id || n.id === 'd-zs') } };
      case 'ProjectDetail':
        return { project: projectDetail };
      case 'ProjectOtherPlans':
        return { project: { id: variables.id, otherPlans: [] } };
      case 'Overlaps':
        return { overlaps: [{ kind: 'SHARED_PLACE', key: '御窑厂', districts: ['珠山区'], projects: [{ id: 'p-yyc', name: 'x', boxes: [14], districts: [] }] }] };
      default:
        throw new Error(name);
    }
  });
  render(
    <Wrapper client={mock.client}>
      <NetworkView />
    </Wrapper>,
  );
  return mock;
}

describe('mergeSlices', () => {
  it('keeps one element per id, drops dangling edges and counts degrees', () => {
    const graph = mergeSlices([
      overview,
      { ...overview, edges: [...overview.edges, { id: 'e2', source: 'p-yyc', target: 'missing', type: 'AT_PLACE', basis: 'STATED' as const }] },
    ]);
    expect(graph.nodeCount).toBe(2);
    expect(graph.edgeCount).toBe(1);
    const project = graph.elements.find((e) => e.data.id === 'p-yyc')!;
    expect(project.data.degree).toBe(1);
    expect(project.data.colour).toBe('#1f5fa8');
  });
});

describe('parseGroup', () => {
  it('reads KIND~key and refuses unknown kinds', () => {
    expect(parseGroup('SHARED_PLACE~御窑厂')).toEqual({ kind: 'SHARED_PLACE', key: '御窑厂' });
    expect(parseGroup('NOPE~x')).toBeUndefined();
    expect(parseGroup(undefined)).toBeUndefined();
  });
});

describe('NetworkView', () => {
  it('narrows the overview by the facets in the URL and says when it is truncated', () => {
    const { calls } = setup('?industry=ceramics&box=14&q=御窑厂');
    expect(calls.find((c) => c.name === 'Overview')?.variables).toEqual({
      filter: { industry: 'ceramics', box: 14, text: '御窑厂' },
      limit: 1500,
    });
    expect(screen.getByText(/图已截断/)).toBeInTheDocument();
    expect(screen.getByTestId('graph-counts')).toHaveTextContent('2 个节点 · 1 条关系');
    expect(cyCalls[cyCalls.length - 1].layout).toBe('fcose');
  });

  it('writes a facet choice to the URL', () => {
    setup('');
    act(() => fireEvent.change(screen.getByLabelText('县（市、区）'), { target: { value: '珠山区' } }));
    expect(new URLSearchParams(window.location.search).get('district')).toBe('珠山区');
  });

  it('opens the side panel for the focused project with its source sentence, name marked', async () => {
    setup('?focus=p-yyc&layout=concentric');
    expect(await screen.findByText('推进', { exact: false, selector: 'q span' })).toBeInTheDocument();
    const marks = screen.getAllByText('御窑厂遗址保护展示工程', { selector: 'mark' });
    expect(marks.length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '查看责任链条' }).getAttribute('href')).toContain('project=p-yyc');
    expect(cyCalls[cyCalls.length - 1]).toMatchObject({ layout: 'concentric', focus: 'p-yyc' });
  });

  it('picking a search hit focuses it and expands its neighbourhood', async () => {
    const { calls } = setup('');
    fireEvent.change(screen.getByLabelText('搜索项目、单位、地点'), { target: { value: '御窑厂' } });
    const hit = await screen.findByRole('button', { name: /御窑厂遗址保护展示工程/ }, { timeout: 2000 });
    act(() => fireEvent.click(hit));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('focus')).toBe('p-yyc');
    expect(params.get('expand')).toBe('p-yyc');
    await waitFor(() => expect(calls.some((c) => c.name === 'Neighborhood' && c.variables.id === 'p-yyc')).toBe(true));
  });

  it('shows only an overlap group when the URL names one, highlighting its projects', async () => {
    const { calls } = setup('?group=SHARED_PLACE~御窑厂');
    expect(calls.some((c) => c.name === 'Overview')).toBe(false);
    await waitFor(() => expect(cyCalls[cyCalls.length - 1].highlight).toEqual(['p-yyc']));
    expect(screen.getByText(/重叠分组：御窑厂/)).toBeInTheDocument();
  });
});
