import type { ProjectMention } from '../extract/projects';
import { loadIndustryRules, type IndustryRules } from '../extract/rules';
import { industriesOfMention, lexiconSector, titlesWithoutAreas, type IndustryContext } from './industries';
import { loadIndustries } from '../city/profile';
import { IndustryLexicon, loadIndustryLexicon, type LexiconEntry } from './industry-lexicon';

const term = (t: string, code: string, weight: 1 | 2 = 2): LexiconEntry => ({
  term: t,
  code,
  weight,
  source: 'plan-term',
});

const lexicon = new IndustryLexicon([
  term('数控机床', 'machinery'),
  term('船舶', 'machinery'),
  term('半导体', 'electronics'),
  term('乳业', 'agriculture'),
  term('奶牛', 'agriculture'),
  term('交通', 'transport'),
  term('能源', 'energy'),
  term('光伏', 'energy'),
  term('材料', 'new-materials', 1),
]);

const noRules: IndustryRules = {
  about: '',
  boxTitle: [],
  itemTitle: [],
  sentenceSector: { marker: '方面', rules: [] },
  partnerSector: [],
  broadTitleWords: [],
  keywords: [],
  indicators: [],
};

const known = new Set(['machinery', 'electronics', 'agriculture', 'transport', 'energy', 'new-materials', 'logistics']);

function context(rules: Partial<IndustryRules> = {}, chapters: Record<string, string[]> = {}): IndustryContext {
  return { rules: { ...noRules, ...rules }, lexicon, known, chapterTitles: (id) => (id ? (chapters[id] ?? []) : []) };
}

function mention(name: string, at: Partial<ProjectMention> = {}): ProjectMention {
  return {
    name,
    tier: 'A',
    identity: 'place',
    box: 2,
    item: 0,
    itemTitle: '',
    boxTitle: '重点工程',
    document: 'plan',
    chapterId: null,
    line: 1,
    quote: `建设${name}。`,
    rule: 'verb-object',
    distributedDistrict: null,
    subjectDistricts: [],
    locatedDistricts: [],
    bracketDistricts: [],
    locatedAfter: [],
    clauseDistricts: [],
    heading: null,
    lead: '',
    sentenceSector: null,
    orgs: [],
    ...at,
  };
}

describe('lexiconSector', () => {
  it('finds the code a title speaks of', () => {
    expect(lexiconSector(lexicon, '高端装备制造（数控机床）重点工程', known)).toEqual({
      code: 'machinery',
      terms: ['数控机床'],
    });
  });

  it('gives none when two codes weigh the same', () => {
    expect(lexiconSector(lexicon, '交通和能源重点工程', known)).toBeNull();
  });

  it('gives none for a lone hint', () => {
    expect(lexiconSector(lexicon, '新型材料专栏', known)).toBeNull();
  });
});

describe('industriesOfMention', () => {
  it('files a project under its item heading before its box title', () => {
    const [first] = industriesOfMention(
      mention('某某产业园', { itemTitle: '能源', boxTitle: '交通和能源重点工程' }),
      context(),
    );
    expect(first).toMatchObject({ code: 'energy', rule: 'item-lexicon', because: '能源', where: '能源' });
  });

  it('files a project under its box title when the item says nothing', () => {
    const [first] = industriesOfMention(mention('某某产业园', { boxTitle: '乳业重点工程' }), context());
    expect(first).toMatchObject({ code: 'agriculture', rule: 'box-lexicon', where: '乳业重点工程' });
  });

  it('files a project whose box follows a section under its own name’s sector before the section’s', () => {
    const ctx = context(
      {},
      { 'chapter:p2.c3.s3': ['规范提升光伏产业', '推动传统产业高端化'], 'chapter:p2.c3': ['壮大光伏产业'] },
    );
    const inSection = industriesOfMention(mention('某某半导体衬底', { chapterId: 'chapter:p2.c3.s3' }), ctx);
    expect(inSection.map((c) => c.rule)).toEqual(['name-lexicon', 'chapter-lexicon']);
    const inChapter = industriesOfMention(mention('某某半导体衬底', { chapterId: 'chapter:p2.c3' }), ctx);
    expect(inChapter.map((c) => c.rule)).toEqual(['chapter-lexicon', 'name-lexicon']);
  });

  it('falls back to the chapter title, then to the head term of the name', () => {
    const inChapter = industriesOfMention(
      mention('某某产业园', { chapterId: 'c2' }),
      context({}, { c2: ['壮大数控机床产业'] }),
    );
    expect(inChapter[0]).toMatchObject({ code: 'machinery', rule: 'chapter-lexicon' });
    const byName = industriesOfMention(mention('芯湾半导体衬底'), context());
    expect(byName[0]).toMatchObject({ code: 'electronics', rule: 'name-lexicon', because: '半导体' });
  });

  it('keeps the filing first and the name’s own sector after it', () => {
    const choices = industriesOfMention(mention('船舶修造基地', { boxTitle: '乳业重点工程' }), context());
    expect(choices.map((c) => c.code)).toEqual(['agriculture', 'machinery']);
  });

  it('reads the sentence when nothing else names a sector', () => {
    const [first] = industriesOfMention(
      mention('万头牧场', { quote: '推进万头牧场、奶牛良种繁育和乳业加工。' }),
      context(),
    );
    expect(first).toMatchObject({ code: 'agriculture', rule: 'sentence-lexicon' });
  });

  it('assigns none when nothing supports an industry', () => {
    expect(industriesOfMention(mention('某某中心', { quote: '建设某某中心。' }), context())).toEqual([]);
  });

  it('takes no keyword for the sector when a term of another sector ends after it (the head noun)', () => {
    const rules = { keywords: [{ keywords: ['风电'], code: 'energy' }] } as Partial<IndustryRules>;
    const [first] = industriesOfMention(mention('海上风电船舶修造基地', { boxTitle: '乳业重点工程' }), context(rules));
    expect(first).toMatchObject({ code: 'agriculture', rule: 'box-lexicon' });
    const [plain] = industriesOfMention(mention('海上风电场', { boxTitle: '乳业重点工程' }), context(rules));
    expect(plain).toMatchObject({ code: 'energy', rule: 'industry-keyword' });
  });

  it('lets a keyword that yields to the filing sector leave the project there', () => {
    const rules = {
      keywords: [{ keywords: ['物流'], code: 'logistics', yieldsTo: ['agriculture'] }],
    } as Partial<IndustryRules>;
    expect(industriesOfMention(mention('冷链物流中心', { boxTitle: '乳业重点工程' }), context(rules))[0]).toMatchObject(
      {
        code: 'agriculture',
      },
    );
    expect(industriesOfMention(mention('冷链物流中心', { boxTitle: '船舶重点工程' }), context(rules))[0]).toMatchObject(
      {
        code: 'logistics',
      },
    );
  });

  it('lets a plain keyword rule of the name override the filing', () => {
    const rules = { keywords: [{ keywords: ['物流'], code: 'logistics' }] } as Partial<IndustryRules>;
    const [first] = industriesOfMention(mention('冷链物流中心', { boxTitle: '乳业重点工程' }), context(rules));
    expect(first).toMatchObject({ code: 'logistics', rule: 'industry-keyword' });
  });
});

describe('the keywords of data/industry-rules.json', () => {
  const data = {
    ...context(loadIndustryRules()),
    known: new Set([...known, 'water', 'urban', 'environment', 'culture-tourism', 'services', 'building-materials']),
  };
  const primary = (name: string, boxTitle: string) => industriesOfMention(mention(name, { boxTitle }), data)[0]?.code;

  it('file a plain sector of a project over the box it stands in', () => {
    expect(primary('甲乙县城乡供水一体化', '水利和城乡建设重点项目')).toBe('water');
    expect(primary('丙丁街道老旧小区改造', '水利和城乡建设重点项目')).toBe('urban');
    expect(primary('丙丁经开区集中供热', '水利和城乡建设重点项目')).toBe('urban');
    expect(primary('戊己镇海上风电陆上集控中心', '交通和能源重点工程')).toBe('energy');
    expect(primary('庚辛湖渔光互补光伏电站', '交通和能源重点工程')).toBe('energy');
    expect(primary('戊己镇生活垃圾焚烧发电厂', '生态环境重点工程')).toBe('urban');
    expect(primary('壬癸乡农产品冷链仓储中心', '现代农业重点项目')).toBe('logistics');
    expect(primary('甲乙县竹木产品质量检测中心', '竹木精深加工重点项目')).toBe('services');
    expect(primary('丙丁镇竹笋精深加工厂', '竹木精深加工重点项目')).toBe('agriculture');
  });

  it('file tea or farm tourism under tourism, and a freight-train consolidation centre under logistics', () => {
    expect(primary('甲乙—丙丁茶旅融合示范带', '茶产业重点项目')).toBe('culture-tourism');
    expect(primary('戊己镇农旅融合示范园', '现代农业重点项目')).toBe('culture-tourism');
    expect(primary('中欧班列甲乙集结中心', '开放平台重点项目')).toBe('logistics');
  });

  it('file sewage works under an environment box and a sewage plant and a heat network under urban', () => {
    expect(primary('甲乙经开区污水集中处理设施', '生态环境重点工程')).toBe('environment');
    expect(primary('甲乙经开区污水处理厂提标改造', '生态环境重点工程')).toBe('environment');
    expect(primary('丙丁高新区污水处理厂二期', '生态环境重点工程')).toBe('urban');
    expect(primary('丙丁街道污水管网', '城乡建设重点项目')).toBe('urban');
    expect(primary('戊己街道城区供热管网改造', '交通和能源重点工程')).toBe('urban');
  });

  /** The first industry with every rule, the whole lexicon and every code of the data files. */
  const full: IndustryContext = {
    rules: loadIndustryRules(),
    lexicon: loadIndustryLexicon(),
    known: new Set(loadIndustries().map((i) => i.code)),
    chapterTitles: () => [],
  };
  const first = (name: string, boxTitle: string) => industriesOfMention(mention(name, { boxTitle }), full)[0]?.code;

  it('file the projects of a box of an ecological tea or bamboo industry (生态茶产业) under agriculture', () => {
    expect(first('甲乙茶叶精深加工产业园', '生态茶产业重点工程')).toBe('agriculture');
    expect(first('丙丁红茶初制加工厂集群改造提升项目', '生态茶产业重点工程')).toBe('agriculture');
    expect(first('甲乙方竹笋标准化基地', '生态竹产业重点项目')).toBe('agriculture');
  });

  it('file water supply by its box, forest wellness under tourism and an airport economic zone under aviation', () => {
    expect(first('甲乙县农村供水保障巩固提升工程', '水网建设重点项目')).toBe('water');
    expect(first('丙丁街道二次供水设施改造', '城市更新重点工程')).toBe('urban');
    expect(first('戊己镇森林康养基地', '乡村振兴重点项目')).toBe('culture-tourism');
    expect(first('丙丁区康养综合体', '社会事业重点项目')).toBe('elderly-childcare');
    expect(first('甲乙临空经济区', '重点平台')).toBe('aviation');
    // A lab building is of the body that owns it.
    expect(first('甲乙市疾病预防控制中心实验楼', '重点平台')).toBe('health');
    expect(first('甲乙县第一中学实验楼', '重点平台')).toBe('education');
  });

  it('file a geopark under an eco-tourism box as tourism, and salt-lake potash, lithium and yak by what they are', () => {
    expect(first('甲乙山冰川国家地质公园', '生态旅游重点项目')).toBe('culture-tourism');
    expect(first('丙丁盐湖年产60万吨硫酸钾镁肥项目', '世界级盐湖产业基地')).toBe('chem-pharma');
    expect(first('戊己锂业4万吨/年电池级碳酸锂扩能项目', '世界级盐湖产业基地')).toBe('new-materials');
    expect(first('甲乙牧业有机牦牛育肥基地', '高原特色现代农牧业重点项目')).toBe('agriculture');
  });

  it('file the grid, drinking water, ethnic medicine and sports training of a rural box by what they are', () => {
    expect(first('甲乙旗牧区电网升级改造工程', '乡村振兴重点工程')).toBe('energy');
    expect(first('丙丁嘎查光伏离网供电工程', '乡村振兴重点工程')).toBe('energy');
    expect(first('甲乙旗牧区饮水安全巩固提升工程', '乡村振兴重点工程')).toBe('water');
    expect(first('甲乙旗蒙医药传承创新示范基地', '社会事业重点工程')).toBe('health');
    expect(first('丙丁旗马术运动训练基地', '养老托育重点工程')).toBe('public-culture');
    expect(first('甲乙县应急指挥中心', '生态环境和安全发展重点工程')).toBe('safety');
    expect(first('丙丁镇防汛抢险救援基地', '生态环境和安全发展重点工程')).toBe('safety');
    expect(first('甲乙县整县屋顶分布式光伏项目', '生态环境和安全发展重点工程')).toBe('energy');
    expect(first('甲乙大剧院', '文化旅游重点项目')).toBe('public-culture');
    expect(first('甲乙县社会福利中心二期', '社会事业重点项目')).toBe('elderly-childcare');
    expect(first('丙丁县农牧民职业技能培训基地', '乡村振兴重点工程')).toBe('education');
    expect(first('甲乙冰川冻土观测研究站', '生态保护重点工程')).toBe('sci-tech');
    expect(first('丙丁县邮政快递分拨中心', '交通重点工程')).toBe('logistics');
    expect(first('甲乙经开区CCUS全流程示范项目', '现代煤化工重点项目')).toBe('environment');
    expect(first('丙丁县焦化厂原址场地土壤修复工程', '化工产业重点项目')).toBe('environment');
    expect(first('甲乙市国际会展中心', '开放合作重点项目')).toBe('services');
    // The steel industry's green turn is of the steel industry.
    expect(first('甲乙集团沿海精品钢基地二期', '钢铁产业绿色低碳转型重点工程')).toBe('new-materials');
    // A firm's smart factory makes what the firm makes.
    expect(first('甲乙乳业液态奶智能工厂', '重点项目')).toBe('agriculture');
  });

  it('file a project of a chapter on traditional industries by its own words before the chapter’s', () => {
    const inChapter = { ...full, chapterTitles: () => ['推动传统产业数字化转型'] };
    const filed = (name: string) =>
      industriesOfMention(mention(name, { boxTitle: '重点项目', chapterId: 'chapter:c5' }), inChapter)[0]?.code;
    expect(filed('甲乙鞋业年产2000万双运动鞋项目')).toBe('new-materials');
  });

  it("file a project of an infrastructure box (基础设施和安全保障) by its name's head before the box", () => {
    expect(first('甲乙县引水工程', '基础设施和安全保障重点工程')).toBe('water');
    expect(first('丙丁天然气储气调峰设施', '基础设施和安全保障重点工程')).toBe('energy');
    expect(first('戊己县应急物资储备库', '基础设施和安全保障重点工程')).toBe('safety');
    expect(first('甲乙县城地下综合管廊一期', '县城和重点镇建设及安全保障重点工程')).toBe('urban');
  });

  it('read a box or chapter titled by a park of the plan without the park: its name says where, not what', () => {
    const park = { ...full, withoutAreas: titlesWithoutAreas(['甲乙循环经济产业园', '甲乙县']) };
    const titled = mention('丙丁集团离子膜烧碱项目', { boxTitle: '甲乙循环经济产业园重点项目' });
    expect(industriesOfMention(titled, full)[0]?.code).toBe('environment');
    expect(industriesOfMention(titled, park)[0]?.code).toBe('chem-pharma');
    // The title is quoted as printed when it decides.
    const [filed] = industriesOfMention(mention('甲乙县城区公园', { boxTitle: '甲乙县生态环境重点工程' }), park);
    expect(filed).toMatchObject({ code: 'environment', where: '甲乙县生态环境重点工程' });
  });

  it('file car parts, textiles, bonded warehouses and talent programmes by what they plainly are', () => {
    expect(first('甲乙县汽车零部件产业园', '装备制造重点项目')).toBe('auto');
    expect(first('丙丁高新区汽车电子产业园', '装备制造重点项目')).toBe('auto');
    expect(first('甲乙经开区纺织服装产业园', '棉花和畜牧重点项目')).toBe('new-materials');
    expect(first('丙丁集团冶炼烟气超低排放改造', '有色金属重点项目')).toBe('environment');
    // A bonded warehouse stays where the plan files it: no keyword takes it to opening.
    expect(first('甲乙保税物流中心（B型）', '现代物流重点项目')).toBe('logistics');
    expect(first('甲乙保税物流中心（B型）', '开放合作重点项目')).toBe('opening');
    expect(first('甲乙国际陆港', '交通重点项目')).toBe('logistics');
    expect(first('“甲乙英才”人才工程', '科技创新重点项目')).toBe('education');
  });

  it('file a project to attract investors (招商) by what it makes, not as opening, in a section on ports', () => {
    const underPorts = { ...full, chapterTitles: () => ['提升口岸开放功能'] };
    const primary = (name: string) =>
      industriesOfMention(
        mention(name, { boxTitle: '甲乙园区重点招商项目', chapterId: 'chapter:p2.c4.s1' }),
        underPorts,
      )[0]?.code;
    expect(primary('进口坚果精深加工项目')).toBe('agriculture');
  });
});

describe('filing under a title that names two sectors or only hints at one', () => {
  const choose = (name: string, at: Partial<ProjectMention>, chapters: Record<string, string[]> = {}) =>
    industriesOfMention(mention(name, at), context({}, chapters))[0]?.code ?? null;

  it('files a project of a two-sector item heading by the sector its name names, else by the first', () => {
    const item = { itemTitle: '半导体和光伏', boxTitle: '乳业重点工程' };
    expect(choose('甲乙光伏电站', item)).toBe('energy');
    expect(choose('戊己产业园', item)).toBe('electronics');
  });

  it('files a project of a two-sector box by the sector its name names, else by the first', () => {
    const box = { boxTitle: '半导体和光伏重点项目' };
    expect(choose('甲乙光伏电站', box)).toBe('energy');
    expect(choose('丙丁半导体产业园', box)).toBe('electronics');
    expect(choose('戊己产业园', box)).toBe('electronics');
  });

  it('takes a hint joined by 和 to a deciding term as a second sector of the title (城乡融合和乡村建设)', () => {
    const box = { boxTitle: '材料和光伏重点项目' };
    expect(choose('甲乙新材料产业园', box)).toBe('new-materials');
    expect(choose('甲乙光伏电站', box)).toBe('energy');
    expect(choose('戊己产业园', box)).toBe('new-materials');
    expect(choose('甲乙新材料产业园', { boxTitle: '材料光伏重点项目' })).toBe('energy');
  });

  it('files by the name’s own head term first under a chapter of industry at large (新型工业化和…)', () => {
    const at = { boxTitle: '甲乙工业园区重点项目', chapterId: 'ch' };
    const chapters = { ch: ['推进新型工业化和能源发展'] };
    const broad = (name: string) =>
      industriesOfMention(mention(name, at), context({ broadTitleWords: ['新型工业化'] }, chapters)).map((c) => c.code);
    expect(broad('甲乙船舶修造基地')).toEqual(['machinery', 'energy']);
    expect(choose('甲乙船舶修造基地', at, chapters)).toBe('energy');
  });

  it('files by hints when the box title and its chapter title agree, and not on one hint alone', () => {
    const at = { boxTitle: '新型材料重点项目', chapterId: 'ch' };
    expect(choose('甲乙童装产业园', at, { ch: ['壮大新型材料产业'] })).toBe('new-materials');
    expect(choose('甲乙童装产业园', at, { ch: ['提升城市品质'] })).toBeNull();
  });
});
