import { CityProfile, loadCityProfile } from '../city/profile';
import { loadExtractRules } from '../extract/rules';
import { DistrictResolver, planAreaShortForms } from './districts';

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
    expect(names('老工业区设计服务集聚区')).toEqual([]);
    expect(names('统筹三区协同发展')).toEqual([]);
    expect(names('县域城乡冷链物流骨干网')).toEqual([]);
    expect(names('樾光浮梁县100万千瓦光伏治沙项目')).toEqual(['浮梁县']);
    const empty = new DistrictResolver(CityProfile.parse({}), rules);
    expect(empty.find('某某高新区壬癸实验室').map((h) => h.name)).toEqual(['某某高新区']);
    // A banner, but no flagship store, pastoral area or autonomous region.
    expect(empty.find('某某旗肉羊屠宰加工项目').map((h) => h.name)).toEqual(['某某旗']);
    expect(empty.find('某某旗舰店')).toEqual([]);
    expect(empty.find('农村牧区生活垃圾治理')).toEqual([]);
    expect(empty.find('骞川自治区级重点项目')).toEqual([]);
    // Going home to start a business, a route's two ends, a border region, a resettlement area: no area.
    expect(empty.find('甲乙返乡创业园')).toEqual([]);
    expect(empty.find('甲城至经开区快速通道工程')).toEqual([]);
    expect(empty.find('边境地区电网延伸工程')).toEqual([]);
    expect(empty.find('搬迁安置区后续扶持产业园')).toEqual([]);
    expect(empty.find('甲钢老厂区退城搬迁工程')).toEqual([]);
    expect(empty.find('城东新区中央公园')).toEqual([]);
  });
});

describe('districts of a plan without a profile', () => {
  const areas = [
    { name: '石渚镇', kind: 'district' as const, line: 40 },
    { name: '湾东街道', kind: 'district' as const, line: 40 },
    { name: '朔溪乡', kind: 'district' as const, line: 90 },
    { name: '柘湾高新区', kind: 'park' as const, line: 30 },
    { name: '蒎梁能源化工基地', kind: 'park' as const, line: 30 },
  ];
  const plan = new DistrictResolver(CityProfile.parse({}), rules, {
    level: 'county',
    whole: ['柘湾市', '柘湾'],
    areas,
    addressed: '各镇人民政府，柘湾高新技术产业开发区管委会，市政府各部门：',
  });
  const found = (text: string) => plan.find(text).map((h) => h.name);

  it('reads an area by its stem inside a name, but not a river, lake or mountain of the same name', () => {
    expect(found('石渚古窑文化旅游区')).toEqual(['石渚镇']);
    expect(found('G228滨海公路湾东至石渚段改建')).toEqual(['湾东街道', '石渚镇']);
    expect(found('朔溪河流域水环境综合治理')).toEqual([]);
    expect(found('朔溪航道整治工程')).toEqual([]);
    expect(found('朔溪入海口生态缓冲带')).toEqual([]);
  });

  it('reads a base by its first two characters and 基地 (蒎梁基地 of 蒎梁能源化工基地)', () => {
    expect(found('蒎梁基地煤电一体化项目')).toEqual(['蒎梁能源化工基地']);
    expect(found('风电装备制造基地')).toEqual([]);
  });

  it('reads 城乡 and 乡村 in a name as words, not as a township it does not list', () => {
    expect(found('甲乙城乡公交一体化调度中心')).toEqual([]);
    expect(found('椐树湾村乡村旅游示范点')).toEqual([]);
  });

  it('reads a desert, the reaches of a river or a forest park named by the stem of an area as a place, not the area', () => {
    for (const name of [
      '朔溪沙漠生态旅游景区',
      '朔溪上游生态补水',
      '朔溪沿岸葡萄产业带',
      '朔溪国家湿地公园',
      '石渚国家森林公园',
      '石渚冰川观光旅游区',
      '朔溪神山转山道提升工程',
    ])
      expect([name, found(name)]).toEqual([name, []]);
    expect(plan.namesFeature('朔溪沙漠生态旅游景区')).toBe(true);
    expect(plan.namesFeature('石渚古窑文化旅游区')).toBe(false);
    expect(plan.namesFeature('湾东街道雨污分流改造')).toBe(false);
  });

  it('reads the short forms the plan gives an area, though another area shares their stem', () => {
    const given = new DistrictResolver(CityProfile.parse({}), rules, {
      level: 'city',
      whole: ['甲州市'],
      areas: [
        { name: '丙源藏族自治县', kind: 'county', line: 30, shortForms: ['丙源县', '丙源'] },
        { name: '丙源县', kind: 'county', line: 75 },
        { name: '甲滩循环经济产业园', kind: 'park', line: 30, shortForms: ['甲滩园区'] },
      ],
    });
    expect(given.find('丙源通用机场').map((h) => h.name)).toEqual(['丙源藏族自治县']);
    expect(given.find('乙滩至甲滩园区一级公路').map((h) => h.name)).toEqual(['甲滩循环经济产业园']);
  });

  it('names a zone as the addressee line does and reads its short form as the same zone', () => {
    expect(found('柘湾高新区数控机床产业园二期')).toEqual(['柘湾高新技术产业开发区']);
    expect(plan.planAreas().map((a) => a.name)).toContain('柘湾高新技术产业开发区');
  });

  it('writes an autonomous area short with and without its kind, and a new area by its stem', () => {
    const forms = planAreaShortForms(
      [
        { name: '戊己土家族苗族自治州', kind: 'city' },
        { name: '甲乙新区', kind: 'new-area' },
        { name: '丙丁市', kind: 'city' },
        { name: '丙丁综合保税区', kind: 'park' },
      ],
      rules,
      [],
    );
    expect(forms.get('戊己土家族苗族自治州')).toEqual(['戊己州', '戊己']);
    expect(forms.get('甲乙新区')).toEqual(['甲乙']);
    // The bonded zone's name holds its city's stem: the city keeps it.
    expect(forms.get('丙丁市')).toEqual(['丙丁']);
  });

  it("writes an ethnic township by its stem, a border zone as 边合区 and the county's own park as 县工业园区", () => {
    const forms = planAreaShortForms(
      [
        { name: '丙坝傈僳族乡', kind: 'district' },
        { name: '甲乙边境经济合作区', kind: 'park' },
        { name: '甲乙工业园区', kind: 'park' },
      ],
      rules,
      ['甲乙县', '甲乙'],
    );
    expect(forms.get('丙坝傈僳族乡')).toEqual(['丙坝乡', '丙坝']);
    expect(forms.get('甲乙边境经济合作区')).toEqual(expect.arrayContaining(['甲乙边合区', '边合区']));
    expect(forms.get('甲乙工业园区')).toEqual(['县工业园区']);
  });

  it("writes a park named after the plan's own territory by the rest of its name (临港产业园), not by a kind", () => {
    const forms = planAreaShortForms(
      [
        { name: '甲乙临港产业园', kind: 'park' },
        { name: '甲乙科技产业园', kind: 'park' },
      ],
      rules,
      ['甲乙市', '甲乙'],
    );
    expect(forms.get('甲乙临港产业园')).toContain('临港产业园');
    expect(forms.get('甲乙科技产业园')).not.toContain('科技产业园');
  });

  it("reads a new area named after the plan's own territory by the rest of its name (高铁新区)", () => {
    const forms = planAreaShortForms(
      [
        { name: '甲乙高铁新区', kind: 'new-area' },
        { name: '高铁新区', kind: 'new-area' },
        { name: '丙丁县', kind: 'county' },
      ],
      rules,
      ['甲乙市'],
    );
    expect(forms.get('甲乙高铁新区')).toContain('高铁新区');
    const shared = planAreaShortForms(
      [
        { name: '甲乙高铁新区', kind: 'new-area' },
        { name: '丙丁高铁新区', kind: 'new-area' },
      ],
      rules,
      ['甲乙市'],
    );
    expect(shared.get('甲乙高铁新区')).not.toContain('高铁新区');
  });

  it('reads 高新区 or 经开区 written bare as the one zone of that kind, and 高新区 or 高新园 of a 高新技术产业园区', () => {
    const forms = planAreaShortForms(
      [
        { name: '甲乙经济技术开发区', kind: 'park' },
        { name: '甲乙高新技术产业园区', kind: 'park' },
      ],
      rules,
      [],
    );
    expect(forms.get('甲乙经济技术开发区')).toEqual([
      '甲乙经开区',
      '经开区',
      '经济技术开发区',
      '甲乙开发区',
      '开发区',
      '经济技术开发区',
    ]);
    expect(forms.get('甲乙高新技术产业园区')).toEqual(
      expect.arrayContaining(['甲乙高新区', '高新区', '高新技术产业园区', '甲乙高新园', '高新园']),
    );
    const two = planAreaShortForms(
      [
        { name: '甲乙经济开发区', kind: 'park' },
        { name: '丙丁经济技术开发区', kind: 'park' },
      ],
      rules,
      [],
    );
    expect(two.get('甲乙经济开发区')).toEqual(['甲乙经开区', '甲乙开发区']);
  });

  it("reads a city's park named after one of its counties as that county, not as an area of its own", () => {
    const city = new DistrictResolver(CityProfile.parse({}), rules, {
      level: 'city',
      whole: ['某某市', '某某'],
      areas: [
        { name: '甲乙县', kind: 'county', line: 40 },
        { name: '甲乙磷化工园区', kind: 'park', line: 41 },
      ],
    });
    expect(city.find('甲乙磷化工园区污水处理厂').map((h) => h.name)).toEqual(['甲乙县']);
    expect(city.planAreas().map((a) => a.name)).toEqual(['甲乙县']);
  });

  it("reads no county of the plan's own stem before the words of its county seats (甲岭州县城…)", () => {
    const prefecture = new DistrictResolver(CityProfile.parse({}), rules, {
      level: 'city',
      whole: ['甲岭苗族自治州'],
      areas: [{ name: '乙川县', kind: 'county', line: 40 }],
      ownStems: ['甲岭', '甲岭州'],
    });
    expect(prefecture.find('甲岭州县城燃气管网延伸工程')).toEqual([]);
    expect(prefecture.find('乙川县城燃气管网').map((h) => h.name)).toEqual(['乙川县']);
    // A county may share the plan's bare stem.
    expect(prefecture.find('甲岭县第一中学扩建工程').map((h) => h.name)).toEqual(['甲岭县']);
  });

  it("keeps a park the notice addresses beside the counties as an area of the city's own, whatever its stem", () => {
    const city = new DistrictResolver(CityProfile.parse({}), rules, {
      level: 'city',
      whole: ['某某市', '某某'],
      areas: [
        { name: '甲乙市', kind: 'city', line: 40, shortForms: ['甲乙'] },
        { name: '甲乙边境经济合作区', kind: 'park', line: 31, shortForms: ['甲乙边合区'] },
      ],
      addressed: '各县（市）、区人民政府，甲乙边境经济合作区管委会：',
    });
    expect(city.find('甲乙边合区跨境电商产业园').map((h) => h.name)).toEqual(['甲乙边境经济合作区']);
    expect(city.planAreas().map((a) => a.name)).toEqual(['甲乙市', '甲乙边境经济合作区']);
  });

  it('derives the stem of a central business district (丙丁 of 丙丁中央商务区)', () => {
    const forms = planAreaShortForms(
      [
        { name: '丙丁中央商务区', kind: 'park' },
        { name: '青螺街道', kind: 'district' },
      ],
      rules,
      [],
    );
    expect(forms.get('丙丁中央商务区')).toEqual(['丙丁']);
  });

  it('reads a comprehensive bonded zone by its short form (甲乙综保区 of 甲乙综合保税区)', () => {
    const forms = planAreaShortForms([{ name: '甲乙综合保税区', kind: 'park' }], rules, []);
    expect(forms.get('甲乙综合保税区')).toEqual(expect.arrayContaining(['甲乙综保区', '综保区']));
  });

  it('derives no stem two areas share', () => {
    const forms = planAreaShortForms(
      [
        { name: '青螺镇', kind: 'district' },
        { name: '青螺乡', kind: 'district' },
      ],
      rules,
      [],
    );
    expect(forms.get('青螺镇')).toEqual([]);
  });

  it('names a park by its first two characters and 园区 unless an area or the plan shares them, and by its cut trade', () => {
    const forms = planAreaShortForms(
      [
        { name: '鳌礁石化工业园区', kind: 'park' },
        { name: '槎浦纺织工业园区', kind: 'park' },
        { name: '槎浦镇', kind: 'district' },
        { name: '碛原能源化工园区', kind: 'park' },
      ],
      rules,
      ['碛原县', '碛原'],
    );
    expect(forms.get('鳌礁石化工业园区')).toEqual(['鳌礁园区', '鳌礁石化园区']);
    expect(forms.get('槎浦纺织工业园区')).toEqual(['槎浦纺织园区']);
    // Named after the plan's own county, it is the county's park: 县能源化工园区.
    expect(forms.get('碛原能源化工园区')).toEqual(['碛原能化园区', '县能源化工园区']);
  });
});
