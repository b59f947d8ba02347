import type { PlanIdentity } from '../bundle/schema';
import { CityProfile, emptyProfile } from '../city/profile';
import { placePlan } from './placement';

const identity = (level: PlanIdentity['level'], region: string, more: Partial<PlanIdentity> = {}): PlanIdentity => ({
  title: `${region}国民经济和社会发展第十五个五年规划纲要`,
  edition: '十五五',
  level,
  region,
  province: null,
  parentCity: null,
  city: level === 'city' ? region : null,
  issuer: null,
  gazette: null,
  evidence: { document: 'doc:plan', line: 1, quote: region, basis: 'stated', rule: 'plan-title' },
  ...more,
});

const profileOf = (name: string, province: string, parentCity: string | null = null) =>
  CityProfile.parse({ province, parentCity, city: { name, government: { name: `${name}人民政府` } } });

describe('placing a plan whose text leaves its province or city unsaid', () => {
  it('takes a county’s city and province from the division dataset when the name is unique there', () => {
    expect(placePlan(identity('county', '浮梁县'), emptyProfile())).toMatchObject({
      parentCity: '景德镇市',
      province: '江西省',
      city: '景德镇市',
    });
  });

  it('takes a city’s province from the dataset', () => {
    expect(placePlan(identity('city', '景德镇市'), emptyProfile()).province).toBe('江西省');
  });

  it('takes an invented county’s city and province from its own profile', () => {
    const placed = placePlan(identity('county', '青禾县'), profileOf('青禾县', '澜川省', '栖云市'));
    expect(placed).toMatchObject({ parentCity: '栖云市', province: '澜川省', city: '栖云市' });
  });

  it('ignores the profile of another region', () => {
    const placed = placePlan(identity('county', '青禾县'), profileOf('梧岭县', '澜川省', '栖云市'));
    expect(placed).toMatchObject({ parentCity: null, province: null });
  });

  it('never overrides what the text says', () => {
    const stated = identity('county', '浮梁县', { parentCity: '某某市', province: '某某省', city: '某某市' });
    expect(placePlan(stated, profileOf('浮梁县', '澜川省', '栖云市'))).toEqual(stated);
  });
});
