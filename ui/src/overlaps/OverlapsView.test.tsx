import { act, fireEvent, render, screen } from '@testing-library/react';
import { answer, mockClient, Wrapper } from '../../test/mockClient';
import type { OverlapGroupPartsFragment } from '../gql/graphql';
import { DistrictIndustryMatrixQuery, OverlapsQuery } from './overlaps.graphql';
import { OverlapsView } from './OverlapsView';

const groups: OverlapGroupPartsFragment[] = [
  {
    kind: 'SAME_KIND_ACROSS_DISTRICTS',
    key: '污水处理厂',
    districts: ['乐平市', '浮梁县'],
    projects: [
      { id: 'p7', name: '乐平市污水处理厂扩建', boxes: [20], districts: [{ name: '乐平市' }] },
      { id: 'p8', name: '浮梁县污水处理厂提标改造', boxes: [20], districts: [{ name: '浮梁县' }] },
    ],
  },
];

function setup() {
  window.history.replaceState(null, '', '/?view=overlaps');
  const mock = mockClient(
    answer(DistrictIndustryMatrixQuery, () => ({
      districtIndustryMatrix: [
        { district: '乐平市', industry: 'chem-pharma', count: 4 },
        { district: '浮梁县', industry: '陶瓷', count: 2 },
      ],
      industries: [
        { code: 'chem-pharma', zh: '精细化工和医药', en: 'Fine chemicals and pharmaceuticals', projectCount: 6 },
        { code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 30 },
      ],
    })),
    answer(OverlapsQuery, ({ kind }) => ({ overlaps: kind === 'SAME_KIND_ACROSS_DISTRICTS' ? groups : [] })),
  );
  render(
    <Wrapper client={mock.client}>
      <OverlapsView />
    </Wrapper>,
  );
  return mock;
}

describe('OverlapsView', () => {
  it('draws the district × industry counts, each linking to those projects', () => {
    setup();
    const cell = screen.getByRole('link', { name: '乐平市 · 精细化工和医药：4 个项目' });
    expect(cell).toHaveTextContent('4');
    const href = new URL(cell.getAttribute('href')!, 'http://x');
    expect(href.searchParams.get('view')).toBe('portfolio');
    expect(href.searchParams.get('industry')).toBe('chem-pharma');
    expect(href.searchParams.get('district')).toBe('乐平市');
    // an industry named by its Chinese name resolves to the same column
    expect(screen.getByRole('link', { name: '浮梁县 · 陶瓷：2 个项目' })).toBeInTheDocument();
  });

  it('lists overlap groups and focuses the network on a chosen one', () => {
    setup();
    expect(screen.getByText('污水处理厂')).toBeInTheDocument();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '在网络中查看' }));
    });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('view')).toBe('network');
    expect(params.get('group')).toBe('SAME_KIND_ACROSS_DISTRICTS~污水处理厂');
    expect(params.get('focus')).toBe('p7');
  });

  it('switches the overlap kind through the URL and says when a kind has no groups', () => {
    const { calls } = setup();
    act(() => {
      fireEvent.click(screen.getByRole('tab', { name: '多个项目集中于同一地点' }));
    });
    expect(window.location.search).toContain('kind=SHARED_PLACE');
    expect(calls.some((c) => c.name === 'Overlaps' && c.variables.kind === 'SHARED_PLACE')).toBe(true);
    expect(screen.getByText('没有符合条件的内容。')).toBeInTheDocument();
  });
});
