import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ElementDefinition } from 'cytoscape';
import { answer, evidence, mockClient, Wrapper } from '../../test/mockClient';
import type { GraphSlicePartsFragment, ProjectDetailQuery as ProjectDetail } from '../gql/graphql';
import { SearchQuery } from '../common/search.graphql';
import { OtherPlansQuery } from '../plans/plans.graphql';
import { ResponsibilityChainQuery } from '../responsibility/responsibility.graphql';
import { mergeSlices } from './elements';
import {
  FacetsQuery,
  LinkQuery,
  NeighborhoodQuery,
  NodeQuery,
  OverlapGroupMembersQuery,
  OverviewQuery,
  PanelProjectsQuery,
  ProjectDetailQuery,
  SummaryQuery,
} from './network.graphql';
import { NetworkView, OVERVIEW_LIMIT, OVERVIEW_MAX, overviewLimit } from './NetworkView';
import { parseGroup } from './mode';

// Cytoscape needs a real canvas; the view is tested through the elements it hands the hook.
type Handlers = { onSelectNode: (id: string) => void; onSelectEdge: (id: string) => void; onDrawn?: () => void };
const cyCalls: {
  elements: ElementDefinition[];
  layout: string;
  focus?: string;
  highlight: readonly string[];
  handlers: Handlers;
}[] = [];
jest.mock('../cytoscape/useCytoscape', () => ({
  LAYOUTS: ['fcose', 'concentric', 'dagre'],
  useCytoscape: (
    _ref: unknown,
    elements: ElementDefinition[],
    layout: string,
    focus: string | undefined,
    highlight: readonly string[],
    handlers: Handlers,
  ) => {
    cyCalls.push({ elements, layout, focus, highlight, handlers });
    // Drawn as soon as there is something to draw, as Cytoscape's first frame would say.
    jest.requireActual<typeof import('react')>('react').useEffect(() => {
      if (elements.length > 0) handlers.onDrawn?.();
    }, [elements]);
    return undefined;
  },
}));
const lastCy = () => cyCalls[cyCalls.length - 1];

/** Each overview node's properties, as NodeQuery answers them. */
const nodeData: Record<string, string> = {
  'p-yyc': JSON.stringify({
    id: 'p-yyc',
    name: '御窑厂遗址保护展示工程',
    tier: 'A',
    quote: '推进御窑厂遗址保护展示工程。',
  }),
  'd-zs': '{"name":"珠山区"}',
  'place:御窑厂': '{"name":"御窑厂","district":"珠山区"}',
};
const overview: GraphSlicePartsFragment = {
  nodes: [
    { id: 'p-yyc', label: '御窑厂遗址保护展示工程', type: 'Project', zh: null, en: null },
    { id: 'd-zs', label: '珠山区', type: 'Region', zh: null, en: null },
    { id: 'place:御窑厂', label: '御窑厂', type: 'Place', zh: null, en: null },
  ],
  edges: [
    { id: 'e1', source: 'p-yyc', target: 'd-zs', type: 'IN_DISTRICT', basis: 'DERIVED', role: null },
    { id: 'e2', source: 'p-yyc', target: 'place:御窑厂', type: 'AT_PLACE', basis: 'STATED', role: null },
  ],
  truncated: true,
  limit: 1500,
};

const projectDetail: NonNullable<ProjectDetail['project']> = {
  id: 'p-yyc',
  name: '御窑厂遗址保护展示工程',
  tier: 'A',
  box: 14,
  boxes: [14],
  boxLabels: ['14'],
  item: 3,
  kind: 'heritage-site',
  facilityKind: { id: 'heritage-site', zh: '遗址', en: 'Heritage site' },
  chapterPath: [{ id: 'c5', level: 'PART', number: 5, title: '建设世界著名陶瓷文化中心' }],
  industries: [],
  districts: [
    {
      name: '珠山区',
      evidence: evidence(
        '珠山区御窑厂',
        529,
        'DERIVED',
        'PLACE_DISTRICT',
        '地名所在县（市、区）（城市资料）',
        'district of a place (city profile)',
      ),
    },
  ],
  places: [],
  units: [],
  mentions: [],
  evidence: evidence('推进御窑厂遗址保护展示工程，打造连片考古遗址公园群。', 529),
};

function setup(search: string, groupMembers?: { overlaps: unknown[] }) {
  cyCalls.length = 0;
  window.history.replaceState(null, '', `/${search}`);
  const mock = mockClient(
    answer(FacetsQuery, () => ({
      industries: [{ code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 3 }],
      districts: [{ name: '珠山区', kind: 'district', projectCount: 5 }],
      boxes: [{ number: 14, label: '14', title: '陶瓷文化遗产保护', projectCount: 5 }],
      chapters: [],
      units: [],
    })),
    answer(OverviewQuery, () => ({ overview })),
    answer(NodeQuery, ({ id }) => ({ node: nodeData[id] ? { id, data: nodeData[id] } : null })),
    answer(SearchQuery, () => ({
      search: [{ id: 'p-yyc', type: 'Project', name: '御窑厂遗址保护展示工程', score: 3 }],
    })),
    answer(NeighborhoodQuery, ({ id }) => ({
      neighborhood: {
        truncated: false,
        limit: 200,
        nodes: overview.nodes.some((n) => n.id === id)
          ? overview.nodes.filter((n) => n.id === id || n.id === 'd-zs')
          : [],
        edges: overview.edges.map((e) => ({
          ...e,
          evidence: evidence(
            '珠山区御窑厂',
            529,
            'DERIVED',
            'PLACE_DISTRICT',
            '地名所在县（市、区）（城市资料）',
            'district of a place (city profile)',
          ),
        })),
      },
    })),
    answer(ProjectDetailQuery, ({ id }) => ({
      project: id === projectDetail.id ? projectDetail : null,
      industries: [{ code: 'ceramics', en: 'Ceramics' }],
    })),
    answer(OtherPlansQuery, () => ({ project: { id: 'p-yyc', otherPlans: [] } })),
    answer(ResponsibilityChainQuery, () => ({
      responsibilityChain: [
        {
          status: 'STOPS' as const,
          complete: false,
          derivedSteps: [],
          noteZh: '来源文件没有写明管辖珠山区的政府或管委会。',
          noteEn: 'The sources name no government or committee that governs 珠山区.',
          stopsAt: { id: 'd1', type: 'Region', name: '珠山区' },
          steps: [
            {
              relation: 'IN_DISTRICT',
              relationZh: '位于',
              relationEn: 'lies in',
              basis: 'STATED' as const,
              from: { id: 'p-yyc', type: 'Project', name: '御窑厂遗址保护展示工程' },
              to: { id: 'd1', type: 'Region', name: '珠山区' },
              evidence: evidence('珠山区御窑厂遗址保护展示工程', 529),
            },
          ],
        },
      ],
    })),
    answer(SummaryQuery, ({ region }) => ({
      // A province with plans of two cities; the country holds only that province.
      regionSummary:
        region === 'region:36'
          ? {
              regions: [
                { id: 'region:3602', name: '景德镇市', projectCount: 5 },
                { id: 'region:3601', name: '南昌市', projectCount: 4 },
              ],
              cells: [
                { region: 'region:3602', industry: 'ceramics', count: 3 },
                { region: 'region:3601', industry: 'ceramics', count: 1 },
              ],
            }
          : {
              regions: [{ id: 'region:36', name: '江西省', projectCount: 9 }],
              cells: [{ region: 'region:36', industry: 'ceramics', count: 4 }],
            },
      industries: [{ code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 3 }],
      districts: [{ name: '珠山区', projectCount: 5 }],
      boxes: [{ number: 14, label: '14', title: '陶瓷文化遗产保护', projectCount: 5 }],
      districtIndustryMatrix: [
        { district: '珠山区', industry: 'ceramics', count: 1 },
        { district: null, industry: 'ceramics', count: 2 },
      ],
    })),
    answer(LinkQuery, ({ id }) => ({
      link: {
        id,
        type: 'IN_DISTRICT',
        role: null,
        basis: 'DERIVED' as const,
        evidence: evidence(
          '珠山区御窑厂遗址保护展示工程',
          529,
          'DERIVED',
          'PLACE_DISTRICT',
          '地名所在县（市、区）（城市资料）',
          'district of a place (city profile)',
        ),
      },
    })),
    answer(PanelProjectsQuery, () => ({
      projects: {
        totalCount: 1,
        nodes: [
          { id: 'p-yyc', name: '御窑厂遗址保护展示工程', boxes: [14], industries: [{ code: 'ceramics', zh: '陶瓷' }] },
        ],
      },
      industries: [{ code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 3 }],
    })),
    answer(
      OverlapGroupMembersQuery,
      () =>
        groupMembers ?? {
          overlaps: [{ kind: 'SHARED_PLACE', key: '御窑厂', facilityKind: null, projects: [{ id: 'p-yyc' }] }],
        },
    ),
  );
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
      {
        ...overview,
        edges: [
          ...overview.edges,
          { id: 'e3', source: 'p-yyc', target: 'missing', type: 'AT_PLACE', basis: 'STATED', role: null },
        ],
      },
    ]);
    expect(graph.nodeCount).toBe(3);
    expect(graph.edgeCount).toBe(2);
    const project = graph.elements.find((e) => e.data.id === 'p-yyc')!;
    expect(project.data.degree).toBe(2);
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
    expect(screen.getByTestId('graph-counts')).toHaveTextContent('3 个节点 · 2 条关系');
    expect(cyCalls[cyCalls.length - 1].layout).toBe('fcose');
  });

  it('writes a facet choice to the URL', () => {
    setup('');
    act(() => {
      fireEvent.change(screen.getByLabelText('县（市、区）'), { target: { value: '珠山区' } });
    });
    expect(new URLSearchParams(window.location.search).get('district')).toBe('珠山区');
  });

  it('opens the side panel for the focused project with its source sentence, name marked', async () => {
    setup('?focus=p-yyc&layout=concentric');
    expect(await screen.findByText('推进', { exact: false, selector: 'q span' })).toBeInTheDocument();
    const marks = screen.getAllByText('御窑厂遗址保护展示工程', { selector: 'mark' });
    expect(marks.length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '查看责任链条' }).getAttribute('href')).toContain('project=p-yyc');
    expect(await screen.findByText('全部明示直达：0 条；经推导直达：0 条；中止：1 条')).toBeInTheDocument();
    expect(screen.getByText('链条止于“珠山区”', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('来源文件没有写明管辖珠山区的政府或管委会。')).toBeInTheDocument();
    expect(cyCalls[cyCalls.length - 1]).toMatchObject({ layout: 'concentric', focus: 'p-yyc' });
  });

  it('picking a search hit focuses it and expands its neighbourhood', async () => {
    const { calls } = setup('');
    fireEvent.change(screen.getByLabelText('搜索项目、单位、地点'), { target: { value: '御窑厂' } });
    const hit = await screen.findByRole('button', { name: /御窑厂遗址保护展示工程/ }, { timeout: 2000 });
    act(() => {
      fireEvent.click(hit);
    });
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

  it('names a facility-kind group by the kind in the UI language, not by its id', async () => {
    setup('?group=SAME_KIND_ACROSS_DISTRICTS~heritage-site', {
      overlaps: [
        {
          kind: 'SAME_KIND_ACROSS_DISTRICTS',
          key: 'heritage-site',
          facilityKind: { zh: '遗址', en: 'Heritage site' },
          projects: [{ id: 'p-yyc' }],
        },
      ],
    });
    expect(await screen.findByText(/重叠分组：遗址/)).toBeInTheDocument();
    expect(screen.queryByText(/heritage-site/)).not.toBeInTheDocument();
  });

  it('opens on a summary: groups sized by their projects, those stating no district included, a click opening a group', async () => {
    const { calls } = setup('');
    expect(calls.some((c) => c.name === 'Overview')).toBe(false);
    await waitFor(() => expect(lastCy().elements.length).toBeGreaterThan(0));
    const nodes = lastCy().elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(['陶瓷\n3 个项目', '珠山区\n5 个项目', '未注明县区\n2 个项目']);
    expect(nodes[1].data.size).toBeGreaterThan(nodes[0].data.size);
    expect(lastCy().elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    act(() => lastCy().handlers.onSelectNode('group:industry:ceramics'));
    expect(new URLSearchParams(window.location.search).get('industry')).toBe('ceramics');
    await waitFor(() => expect(calls.some((c) => c.name === 'Overview')).toBe(true));
  });

  it('shows a province as the regions below it with plans, a click going one level down', async () => {
    const { calls } = setup('?region=region:36&plan=plan:x');
    await waitFor(() => expect(lastCy().elements.length).toBeGreaterThan(0));
    expect(calls.find((c) => c.name === 'Summary')?.variables).toEqual({ plan: 'plan:x', region: 'region:36' });
    const nodes = lastCy().elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(['陶瓷\n4 个项目', '景德镇市\n5 个项目', '南昌市\n4 个项目']);
    expect(lastCy().elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    expect(lastCy().layout).toBe('rings');
    act(() => lastCy().handlers.onSelectNode('group:region:region:3601'));
    const url = new URLSearchParams(window.location.search);
    expect(url.get('region')).toBe('region:3601');
    expect(url.get('plan')).toBeNull();
  });

  it("fetches an overview edge's sentence when it is clicked, and names the relation in words", async () => {
    setup('?detail=all');
    await waitFor(() => expect(lastCy().elements.some((e) => e.data.id === 'e1')).toBe(true));
    act(() => lastCy().handlers.onSelectEdge('e1'));
    await waitFor(() =>
      expect(document.querySelector('aside.side-panel blockquote q')?.textContent).toBe('珠山区御窑厂遗址保护展示工程'),
    );
    expect(screen.getByText('位于')).toBeInTheDocument();
    // The rule's name, and its reason as the API gives it for a fact that stores none.
    expect(screen.getAllByText(/地名所在县（市、区）（城市资料）/).length).toBeGreaterThan(0);
    expect(screen.queryByText('IN_DISTRICT')).not.toBeInTheDocument();
    expect(screen.getByText('推导', { selector: '.badge' })).toBeInTheDocument();
  });

  it('lists the projects of a place in its panel, no raw keys', async () => {
    setup('?detail=all&focus=' + encodeURIComponent('place:御窑厂'));
    expect(await screen.findByRole('button', { name: '御窑厂遗址保护展示工程' })).toBeInTheDocument();
    // The place's facts come with its own properties, which the overview leaves out.
    expect(await screen.findByText('所在县（市、区）')).toBeInTheDocument();
    expect(screen.queryByText('district')).not.toBeInTheDocument();
  });

  it('says plainly when the focused id names no node', async () => {
    setup('?focus=project:deadbeef0000');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到编号为“project:deadbeef0000”的节点');
  });
});

describe('overviewLimit', () => {
  test('reads the URL’s limit within 1…3000, else the default', () => {
    expect(overviewLimit(undefined)).toBe(OVERVIEW_LIMIT);
    expect(overviewLimit('3000')).toBe(3000);
    expect(overviewLimit('9999')).toBe(OVERVIEW_MAX);
    expect(overviewLimit('0')).toBe(OVERVIEW_LIMIT);
    expect(overviewLimit('12.5')).toBe(OVERVIEW_LIMIT);
    expect(overviewLimit('many')).toBe(OVERVIEW_LIMIT);
  });
});
