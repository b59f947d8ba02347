import { loadCityProfile } from '../city/profile';
import { UnitRegistry } from './units';

const evidence = {
  document: 'doc:action-plan',
  line: 3,
  quote: '〔责任单位：工信局〕',
  basis: 'stated' as const,
  rule: 'task-responsible-units' as const,
};

describe('units resolved across the plan', () => {
  it('merges the aliases of a department into one unit', () => {
    const registry = new UnitRegistry(loadCityProfile());
    const a = registry.add({
      id: 'unit:工信局',
      name: '工信局',
      kind: 'department',
      aliases: [],
      district: null,
      duties: null,
      evidence,
    });
    const b = registry.add({
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

  it('reads a bare department as the city one and a district as its government', () => {
    const registry = new UnitRegistry(loadCityProfile());
    expect(registry.resolve('水利局')).toBe('市水利局');
    expect(registry.resolve('珠山区')).toBe('珠山区人民政府');
    expect(registry.resolve('市政府')).toBe('景德镇市人民政府');
    expect(registry.resolve('昌飞公司')).toBe('昌飞');
    expect(registry.resolve('富祥药业')).toBe('富祥药业');
  });
});
