import { act, fireEvent, render, screen } from '@testing-library/react';
import { answer, mockClient, Wrapper } from '../../test/mockClient';
import type { OverlapGroupPartsFragment } from '../gql/graphql';
import { DistrictIndustryMatrixQuery, OverlapsQuery } from './overlaps.graphql';
import { OverlapsView } from './OverlapsView';

const groups: OverlapGroupPartsFragment[] = [
  {
    kind: 'SAME_KIND_ACROSS_DISTRICTS',
    key: 'wastewater-plant',
    districts: ['乐平市', '浮梁县'],
    facilityKind: { id: 'wastewater-plant', zh: '污水处理厂', en: 'Sewage treatment plant' },
    projectCount: 2,
    projects: [
      { id: 'p7', name: '乐平市污水处理厂扩建', boxLabels: ['20'], districts: [{ name: '乐平市' }] },
      { id: 'p8', name: '浮梁县污水处理厂提标改造', boxLabels: ['6-2', '8-1'], districts: [{ name: '浮梁县' }] },
    ],
  },
];

function setup(search = '?view=overlaps') {
  window.history.replaceState(null, '', `/${search}`);
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
    answer(OverlapsQuery, ({ kind, after }) => {
      const all = kind === 'SAME_KIND_ACROSS_DISTRICTS' ? groups : [];
      // A second page when asked for: the first page's cursor is "c1".
      const page = after === 'c1' ? [{ ...groups[0], key: 'park', facilityKind: null }] : all;
      return {
        overlapPage: {
          totalCount: all.length ? 2 : 0,
          hasNextPage: all.length > 0 && after !== 'c1',
          endCursor: all.length ? (after === 'c1' ? 'c2' : 'c1') : null,
          groups: page,
        },
      };
    }),
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
    expect(screen.getByRole('heading', { name: '污水处理厂' })).toBeInTheDocument();
    // A plan that numbers its boxes by chapter: the boxes as it prints them.
    expect(screen.getByText('专栏6-2、8-1 · 浮梁县')).toBeInTheDocument();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '在网络中查看' }));
    });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('view')).toBe('network');
    expect(params.get('group')).toBe('SAME_KIND_ACROSS_DISTRICTS~wastewater-plant');
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

  it('asks for the matrix and the groups within the chosen region, keeps it in links and pages the groups', () => {
    const region = 'region:澜川省/栖云市';
    const { calls } = setup(`?view=overlaps&region=${encodeURIComponent(region)}`);
    expect(calls.some((c) => c.name === 'DistrictIndustryMatrix' && c.variables.region === region)).toBe(true);
    expect(calls.some((c) => c.name === 'Overlaps' && c.variables.region === region)).toBe(true);
    const cell = new URL(
      screen.getByRole('link', { name: /乐平市 · 精细化工和医药/ }).getAttribute('href')!,
      'http://x',
    );
    expect(cell.searchParams.get('region')).toBe(region);
    const member = new URL(
      screen.getByRole('link', { name: '乐平市污水处理厂扩建' }).getAttribute('href')!,
      'http://x',
    );
    expect(member.searchParams.get('region')).toBe(region);
    expect(screen.getByTestId('overlaps-total')).toHaveTextContent('共 2 组');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    });
    expect(window.location.search).toContain('trail=c1');
    expect(calls.some((c) => c.name === 'Overlaps' && c.variables.after === 'c1')).toBe(true);
    expect(screen.getByRole('heading', { name: 'park' })).toBeInTheDocument();
  });

  it('counts every project of a group and says when it lists only the first', () => {
    window.history.replaceState(null, '', '/?view=overlaps');
    const large = [{ ...groups[0], projectCount: 1877 }];
    const mock = mockClient(
      answer(DistrictIndustryMatrixQuery, () => ({ districtIndustryMatrix: [], industries: [] })),
      answer(OverlapsQuery, () => ({
        overlapPage: { totalCount: 1, hasNextPage: false, endCursor: null, groups: large },
      })),
    );
    render(
      <Wrapper client={mock.client}>
        <OverlapsView />
      </Wrapper>,
    );
    expect(screen.getByText('1877 个项目')).toBeInTheDocument();
    expect(screen.getByText('列出按规划顺序的前 2 个')).toBeInTheDocument();
  });

  it('names a facility kind in English in the English UI', () => {
    window.history.replaceState(null, '', '/?view=overlaps&lang=en');
    const mock = mockClient(
      answer(DistrictIndustryMatrixQuery, () => ({ districtIndustryMatrix: [], industries: [] })),
      answer(OverlapsQuery, () => ({
        overlapPage: { totalCount: 1, hasNextPage: false, endCursor: null, groups },
      })),
    );
    render(
      <Wrapper client={mock.client} lang="en">
        <OverlapsView />
      </Wrapper>,
    );
    expect(screen.getByRole('heading', { name: 'Sewage treatment plant' })).toBeInTheDocument();
  });
});
