import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answer, mockClient, Wrapper } from '../../test/mockClient';
import type { IndustriesWithIndicatorsQuery, ProjectRowFragment } from '../gql/graphql';
import { DistrictsQuery, IndustriesWithIndicatorsQuery as IndustriesDoc, ProjectsQuery } from './portfolio.graphql';
import { csvHref, PAGE_SIZE, PortfolioView } from './PortfolioView';

const industries: IndustriesWithIndicatorsQuery['industries'] = [
  {
    code: 'ceramics',
    zh: '陶瓷',
    en: 'Ceramics',
    projectCount: 30,
    indicators: [
      {
        id: 'i10',
        number: 10,
        part: 1,
        category: '经济发展',
        name: '陶瓷产业总产值',
        nameEn: 'gross output value of the ceramics industry',
        unit: '亿元',
        unitEn: '100 million yuan',
        value2025: '1000左右',
        value2030: '1300左右',
        target: null,
        attribute: '预期性',
      },
    ],
  },
  {
    code: 'aviation',
    zh: '航空（含低空经济）',
    en: 'Aviation and low-altitude economy',
    projectCount: 9,
    indicators: [],
  },
];

const row = (id: string, name: string): ProjectRowFragment => ({
  id,
  name,
  tier: 'A',
  box: 5,
  boxes: [5],
  boxLabels: ['5'],
  industries: [{ code: 'aviation', zh: '航空（含低空经济）' }],
  districts: [{ name: '昌江区' }],
  units: [{ role: 'implementing', unit: { id: 'u1', name: '市发展改革委' } }],
});

function setup(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const mock = mockClient(
    answer(IndustriesDoc, () => ({ industries })),
    answer(DistrictsQuery, () => ({ districts: [{ name: '昌江区', kind: 'district', projectCount: 40 }] })),
    answer(ProjectsQuery, ({ after }) => ({
      projects: {
        totalCount: 27,
        nodes: after
          ? [row('p26', '第二页项目')]
          : [row('p1', '景德镇罗家机场改扩建工程'), row('p2', '景德镇浮梁通用机场二期扩建')],
        pageInfo: { hasNextPage: !after, endCursor: after ? null : 'cursor-1' },
      },
    })),
  );
  render(
    <Wrapper client={mock.client}>
      <PortfolioView />
    </Wrapper>,
  );
  return mock;
}

describe('PortfolioView', () => {
  it('lists the filtered projects and exports exactly that filter as CSV', () => {
    const { calls } = setup('?view=portfolio&industry=aviation&district=昌江区');
    const table = screen.getByRole('table');
    expect(within(table).getByText('景德镇罗家机场改扩建工程')).toBeInTheDocument();
    expect(screen.getByTestId('portfolio-total')).toHaveTextContent('共 27 个项目');
    const projectCall = calls.find((c) => c.name === 'Projects')!;
    expect(projectCall.variables).toMatchObject({
      filter: { industry: 'aviation', district: '昌江区' },
      first: PAGE_SIZE,
      sort: 'BOX',
    });
    const csv = screen.getByRole('link', { name: '导出 CSV' });
    expect(csv.getAttribute('href')).toBe(
      `/export/projects.csv?industry=aviation&district=${encodeURIComponent('昌江区')}`,
    );
  });

  it("shows the plan's own targets for the chosen industry", () => {
    setup('?view=portfolio&industry=ceramics');
    expect(screen.getByText('陶瓷产业总产值')).toBeInTheDocument();
    expect(screen.getByText('1300左右')).toBeInTheDocument();
    expect(screen.getByText(/1000左右/)).toBeInTheDocument();
  });

  it('pages forward with the cursor and keeps the page in the URL', () => {
    const { calls } = setup('?view=portfolio');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    });
    expect(window.location.search).toContain('trail=cursor-1');
    expect(calls.some((c) => c.name === 'Projects' && c.variables.after === 'cursor-1')).toBe(true);
    expect(screen.getByText('第二页项目')).toBeInTheDocument();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '上一页' }));
    });
    expect(window.location.search).not.toContain('trail');
  });

  it('changing a filter writes it to the URL and starts from the first page', () => {
    setup('?view=portfolio&trail=cursor-1');
    act(() => {
      fireEvent.change(screen.getByLabelText('产业'), { target: { value: 'ceramics' } });
    });
    expect(window.location.search).toContain('industry=ceramics');
    expect(window.location.search).not.toContain('trail');
  });

  it("builds the CSV link from the search text too, in the view's order and language", () => {
    expect(csvHref({ q: '机场', industry: 'aviation', sort: 'NAME', lang: 'en' })).toBe(
      `/export/projects.csv?industry=aviation&text=${encodeURIComponent('机场')}&sort=NAME&lang=en`,
    );
  });

  it('lists, counts districts and exports within the chosen plan or region', () => {
    const region = 'region:澜川省/栖云市/青禾县';
    const { calls } = setup(`?view=portfolio&region=${encodeURIComponent(region)}&industry=ceramics`);
    expect(
      calls.some(
        (c) => c.name === 'Projects' && (c.variables.filter as { region?: string } | undefined)?.region === region,
      ),
    ).toBe(true);
    expect(calls.some((c) => c.name === 'Districts' && c.variables.region === region)).toBe(true);
    const csv = new URL(screen.getByRole('link', { name: /CSV/ }).getAttribute('href')!, 'http://x');
    expect(csv.searchParams.get('region')).toBe(region);
    expect(csv.searchParams.get('industry')).toBe('ceramics');
    expect(csvHref({ plan: 'plan:a', district: '青螺镇' })).toBe(
      `/export/projects.csv?district=${encodeURIComponent('青螺镇')}&plan=${encodeURIComponent('plan:a')}`,
    );
  });
});
