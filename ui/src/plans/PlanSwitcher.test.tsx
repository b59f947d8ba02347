import { fireEvent, render, screen } from '@testing-library/react';
import { answer, mockClient, Wrapper } from '../../test/mockClient';
import { PlanSwitcher } from './PlanSwitcher';
import { PlansQuery, RegionPathQuery, RegionsQuery } from './plans.graphql';

const PLANS = [
  {
    id: 'plan:澜川省/栖云市:city:十五五',
    title: '栖云市“十五五”规划纲要',
    edition: '十五五',
    level: 'city',
    region: '栖云市',
    regionId: 'region:澜川省/栖云市',
    projectCount: 40,
  },
  {
    id: 'plan:澜川省/栖云市/青禾县:county:十五五',
    title: '青禾县“十五五”规划纲要',
    edition: '十五五',
    level: 'county',
    region: '青禾县',
    regionId: 'region:澜川省/栖云市/青禾县',
    projectCount: 20,
  },
];
const PATH = [
  { id: 'region:澜川省', name: '澜川省', level: 'province' },
  { id: 'region:澜川省/栖云市', name: '栖云市', level: 'city' },
];
const CHILDREN = [{ id: 'region:澜川省/栖云市/青禾县', name: '青禾县', level: 'county', code: null, planCount: 1 }];

const answers = [
  answer(PlansQuery, () => ({ plans: PLANS })),
  answer(RegionPathQuery, () => ({ regionPath: PATH })),
  answer(RegionsQuery, () => ({ regions: CHILDREN })),
];

describe('PlanSwitcher', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?region=' + encodeURIComponent('region:澜川省/栖云市')));

  it('shows breadcrumbs from 全国 down to the chosen region and the plans of that region', () => {
    const { client } = mockClient(...answers);
    render(
      <Wrapper client={client}>
        <PlanSwitcher />
      </Wrapper>,
    );
    const crumbs = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(crumbs).toEqual(['全国', '澜川省', '栖云市']);
    expect(screen.getByRole('option', { name: /栖云市“十五五”规划纲要/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /青禾县“十五五”/ })).toBeNull();
  });

  it('keeps the region and the plan in the URL', () => {
    const { client } = mockClient(...answers);
    render(
      <Wrapper client={client} lang="en">
        <PlanSwitcher />
      </Wrapper>,
    );
    fireEvent.change(screen.getByLabelText('Regions within'), { target: { value: 'region:澜川省/栖云市/青禾县' } });
    expect(new URLSearchParams(window.location.search).get('region')).toBe('region:澜川省/栖云市/青禾县');
    fireEvent.click(screen.getByRole('link', { name: 'China' }));
    expect(new URLSearchParams(window.location.search).get('region')).toBeNull();
  });
});
