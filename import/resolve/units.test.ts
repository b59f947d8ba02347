import { CityProfile, loadCityProfile } from '../city/profile';
import { UnitRegistry, readShortNames } from '../parse/units';
import { profileNaming } from './units';

const evidence = {
  document: 'doc:action-plan',
  line: 3,
  quote: '〔责任单位：工信局〕',
  basis: 'stated' as const,
  rule: 'task-responsible-units' as const,
};

describe('units resolved across the plan', () => {
  it('merges the aliases of a department into one unit', () => {
    const registry = new UnitRegistry(profileNaming(loadCityProfile()));
    const { id: a } = registry.add({
      id: 'unit:工信局',
      name: '工信局',
      kind: 'department',
      aliases: [],
      district: null,
      duties: null,
      evidence,
    });
    const { id: b } = registry.add({
      id: 'unit:市工信局',
      name: '市工信局',
      kind: 'department',
      aliases: [],
      district: null,
      duties: null,
      evidence,
    });
    expect(a).toBe('unit:市工业和信息化局');
    expect(b).toBe(a);
    expect(registry.all()).toHaveLength(1);
    expect(registry.get(a)!.aliases).toEqual(expect.arrayContaining(['工信局', '市工信局']));
    expect(registry.rewrite('unit:工信局')).toBe(a);
  });

  it("keeps the level a department is written with, and reads a county plan's bare department as the county one", () => {
    const county = new UnitRegistry(profileNaming(CityProfile.parse({}), '县'));
    expect(county.canonicalName('县发改委')).toBe('县发改委');
    expect(county.canonicalName('发改委')).toBe('县发改委');
    expect(new UnitRegistry(profileNaming(CityProfile.parse({}))).canonicalName('县发改委')).toBe('县发改委');
  });

  it("keeps a 地区's, a banner's or an area's own department as written, and reads a bare one with the plan's kind", () => {
    const prefecture = new UnitRegistry(profileNaming(CityProfile.parse({}), '地区'));
    expect(prefecture.canonicalName('地区教育局')).toBe('地区教育局');
    expect(prefecture.canonicalName('教育局')).toBe('地区教育局');
    expect(prefecture.canonicalName('甲乙县民政局')).toBe('甲乙县民政局');
    const banner = new UnitRegistry(profileNaming(CityProfile.parse({}), '旗'));
    expect(banner.canonicalName('旗农牧局')).toBe('旗农牧局');
    expect(banner.canonicalName('农牧局')).toBe('旗农牧局');
  });

  it('keeps a state forestry bureau named after its forest as written, no department of the plan', () => {
    const city = new UnitRegistry(profileNaming(CityProfile.parse({}), '市'));
    expect(city.canonicalName('甲乙林业局')).toBe('甲乙林业局');
    expect(city.canonicalName('林业局')).toBe('市林业局');
  });

  it('reads a bare department as the city one and a district as its government', () => {
    const registry = new UnitRegistry(profileNaming(loadCityProfile()));
    expect(registry.canonicalName('水利局')).toBe('市水利局');
    expect(registry.canonicalName('珠山区')).toBe('珠山区人民政府');
    expect(registry.canonicalName('市政府')).toBe('景德镇市人民政府');
    expect(registry.canonicalName('昌飞公司')).toBe('昌飞');
    expect(registry.canonicalName('富祥药业')).toBe('富祥药业');
  });

  it('names a unit by the full name the plan gives its short one, and a park committee by the park in full', () => {
    const shortNames = readShortNames([
      { line: 7, text: '支持甲乙文化旅游投资集团有限公司（以下简称甲乙文旅集团）整合全市文旅资源。' },
    ]);
    expect(shortNames).toEqual([{ name: '甲乙文化旅游投资集团有限公司', short: '甲乙文旅集团', line: 7 }]);
    const naming = profileNaming(CityProfile.parse({}), '市', {
      shortNames,
      parkOf: (text) => (text === '甲乙高新区' ? '甲乙高新技术产业开发区' : null),
    });
    expect(naming.canonicalName('甲乙文旅集团')).toBe('甲乙文化旅游投资集团有限公司');
    expect(naming.canonicalName('甲乙高新区管委会')).toBe('甲乙高新技术产业开发区管委会');
    expect(naming.canonicalName('丙丁经开区管委会')).toBe('丙丁经开区管委会');
  });
});
