import { render, screen } from '@testing-library/react';
import { answer, mockClient, Wrapper } from '../../test/mockClient';
import { PlanSubtitle } from './PlanSubtitle';
import { PlansQuery } from './plans.graphql';

const plan = (id: string, title: string) => ({
  id,
  title,
  edition: '十五五',
  level: 'city',
  region: title.slice(0, 3),
  regionId: `region:${id}`,
  projectCount: 10,
});
const CITY = plan('plan:a', '栖云市“十五五”规划纲要');
const COUNTY = plan('plan:b', '青禾县“十五五”规划纲要');

function show(plans: ReturnType<typeof plan>[], url: string, lang: 'zh' | 'en' = 'zh') {
  window.history.replaceState(null, '', url);
  const { client } = mockClient(answer(PlansQuery, () => ({ plans })));
  return render(
    <Wrapper client={client} lang={lang}>
      <PlanSubtitle />
    </Wrapper>,
  );
}

describe('PlanSubtitle', () => {
  it('names the only plan loaded', () => {
    const { container } = show([CITY], '/');
    expect(container.textContent).toBe('栖云市“十五五”规划纲要 · 专栏项目');
  });

  it('names the chosen plan, and counts the plans when none is chosen', () => {
    expect(show([CITY, COUNTY], '/?plan=plan:b').container.textContent).toBe('青禾县“十五五”规划纲要 · 专栏项目');
    expect(show([CITY, COUNTY], '/').container.textContent).toBe('2 部规划 · 专栏项目');
  });

  it('marks the plan’s Chinese title as Chinese in the English UI', () => {
    show([CITY], '/', 'en');
    expect(screen.getByText('栖云市“十五五”规划纲要')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(/projects of the callout boxes/)).toBeInTheDocument();
  });
});
