import { CityProfile, loadCityProfile } from '../city/profile';
import { loadExtractRules } from '../extract/rules';
import { DistrictResolver } from './districts';

const rules = loadExtractRules();
const resolver = new DistrictResolver(loadCityProfile(), rules);
const names = (text: string) => resolver.find(text).map((h) => h.name);

describe('districts named in a project name', () => {
  it('maps short forms to the district', () => {
    expect(names('浮梁现代智慧物流产业园')).toEqual(['浮梁县']);
    expect(names('乐平南窑古遗址')).toEqual(['乐平市']);
    expect(names('景德镇市昌江区皖赣线铁路景南道口平改立改造')).toEqual(['昌江区']);
    expect(names('昌南新区物流集散中心')).toEqual(['昌南新区']);
  });

  it('reads 昌江 as the district only before an administrative thing; 昌南 and 珠山 alone are not districts', () => {
    expect(names('昌江电子信息产业园三期')).toEqual(['昌江区']);
    expect(names('昌江航道提升工程')).toEqual([]);
    expect(names('昌江河生态缓冲带')).toEqual([]);
    expect(names('昌南里')).toEqual([]);
    expect(names('“夜珠山”消费带')).toEqual([]);
  });

  it('recognises an unlisted administrative name by its suffix, but not urban areas or ordinary words', () => {
    expect(resolver.find('某某县戊己产业园')[0]).toMatchObject({ name: '某某县', unlisted: true });
    expect(names('西城区排水管网及设施')).toEqual([]);
    expect(names('高铁商务区义务学校')).toEqual([]);
    expect(names('夜间集市')).toEqual([]);
    expect(names('三宝片区')).toEqual([]);
    const empty = new DistrictResolver(CityProfile.parse({}), rules);
    expect(empty.find('某某高新区壬癸实验室').map((h) => h.name)).toEqual(['某某高新区']);
  });
});
