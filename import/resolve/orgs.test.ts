import { CityProfile } from '../city/profile';
import { loadExtractRules } from '../extract/rules';
import { OrgFinder } from './orgs';

const rules = loadExtractRules();
const empty = CityProfile.parse({});

describe('organisations a project name carries', () => {
  it('reads the leading firm name of a listed item, but never the name of the plan’s own area', () => {
    expect(new OrgFinder(empty, rules, []).find('栖云精密制造产业园', true).map((h) => h.name)).toEqual(['栖云']);
    expect(new OrgFinder(empty, rules, ['栖云']).find('栖云精密制造产业园', true)).toEqual([]);
  });

  it("reads no firm from a listed item's leading product word (青稞产业…), which the industry lexicon holds", () => {
    expect(new OrgFinder(empty, rules, []).find('青稞产业公共技术服务平台', true).map((h) => h.name)).toEqual(['青稞']);
    const products = new OrgFinder(empty, rules, [], [], (word) => word === '青稞');
    expect(products.find('青稞产业公共技术服务平台', true)).toEqual([]);
    expect(products.knowing([]).find('青稞产业公共技术服务平台', true)).toEqual([]);
    expect(products.find('栖云精密制造产业园', true).map((h) => h.name)).toEqual(['栖云']);
  });

  it('reads no firm from leading words that describe the product: a trade word, two joined words, an adjective', () => {
    const finder = new OrgFinder(empty, rules, []);
    const firm = (name: string, listed: boolean) => finder.find(name, listed).map((h) => h.name);
    expect(firm('食品包装材料配套项目', false)).toEqual([]);
    expect(firm('功能性羽绒面料及填充材料项目', false)).toEqual([]);
    expect(firm('羽绒及轴承产品集散分拨中心', false)).toEqual([]);
    expect(firm('食品级包装膜', true)).toEqual([]);
    expect(firm('医药冷链物流中心', true)).toEqual([]);
    expect(firm('程和科技高端机床智能生产线', false)).toEqual(['程和科技']);
    expect(firm('丙骢绒业无毛绒分梳生产线', false)).toEqual(['丙骢绒业']);
  });

  it('reads a state forestry bureau heading a name (甲乙林业局红松果林基地) as the project’s organisation', () => {
    const finder = new OrgFinder(empty, rules, []);
    expect(finder.find('甲乙林业局红松果林基地', false).map((h) => h.name)).toEqual(['甲乙林业局']);
  });

  it('answers without learning: firms are known only to the finder built from a first reading', () => {
    const finder = new OrgFinder(empty, rules, []);
    const first = finder.find('奈创精密陶瓷基板', true);
    expect(first.map((h) => [h.name, h.rule])).toEqual([['奈创', 'org-name-prefix']]);
    expect(finder.find('奈创基板二期', false)).toEqual([]);
    const knowing = finder.knowing(OrgFinder.learn(first, rules));
    expect(knowing.find('奈创基板二期', false).map((h) => [h.name, h.rule])).toEqual([['奈创', 'org-known']]);
    expect(finder.find('奈创基板二期', false)).toEqual([]);
  });

  it('knows a short firm name by the fuller one the plan writes elsewhere', () => {
    const finder = new OrgFinder(empty, rules, []);
    const known = OrgFinder.learn(
      [...finder.find('富祥药业原料药基地', false), ...finder.find('富祥精密制造', true)],
      rules,
    );
    expect(known.map((k) => k.name)).toEqual(['富祥药业']);
    expect(
      finder
        .knowing(known)
        .find('富祥精密制造', true)
        .map((h) => h.name),
    ).toEqual(['富祥药业']);
  });

  it('knows a firm a line names in full (X有限公司) in a project name that writes it without its legal form', () => {
    const finder = new OrgFinder(empty, rules, []);
    const unit = {
      name: '鞬通国际物流有限公司',
      kind: 'enterprise' as const,
      form: '鞬通国际物流有限公司',
      rule: 'org-lead-clause' as const,
    };
    const known = OrgFinder.learn([unit], rules);
    expect(known).toEqual([{ name: '鞬通国际物流有限公司', kind: 'enterprise', form: '鞬通国际物流' }]);
    const found = finder.knowing(known).find('鞬通国际物流跨境仓储分拨中心', false);
    expect(found.map((h) => [h.name, h.form, h.rule])).toEqual([['鞬通国际物流有限公司', '鞬通国际物流', 'org-known']]);
    // Named in full only by the prose (支持鞬通国际物流有限公司做大做强): known as well.
    expect(OrgFinder.learn([], rules, ['鞬通国际物流有限公司'])).toEqual(known);
    // Too short without its legal form to be told apart in a name, or named after the facility it runs: not learnt.
    expect(OrgFinder.learn([{ ...unit, name: '甲乙有限公司', form: '甲乙有限公司' }], rules)).toEqual([]);
    expect(OrgFinder.learn([{ ...unit, name: '丙丁机场有限责任公司', form: '丙丁机场有限责任公司' }], rules)).toEqual(
      [],
    );
  });

  it('reads a firm that opens any project name by its ending, or by a trade word before a spec', () => {
    const finder = new OrgFinder(empty, rules, ['栖云']);
    const firm = (name: string) => finder.find(name, false).map((h) => h.name);
    expect(firm('岱海重工海工装备总装平台')).toEqual(['岱海重工']);
    expect(firm('澜磁科技青禾磁材生产基地')).toEqual(['澜磁科技']);
    expect(firm('禾磁新材料年产5000吨烧结钕铁硼')).toEqual(['禾磁新材料']);
    expect(firm('精锐机床五轴联动加工中心产业化')).toEqual(['精锐机床']);
    expect(firm('甲锐机器人智造基地二期')).toEqual(['甲锐机器人']);
    expect(firm('乙源生物抗体药物产业化基地')).toEqual(['乙源生物']);
    expect(firm('丙骢绒业无毛绒分梳生产线')).toEqual(['丙骢绒业']);
    expect(firm('合成生物中试基地')).toEqual([]);
    // A trade word before a kind of facility, or a sector before 科技园, names no firm.
    expect(firm('稀土新材料产业园')).toEqual([]);
    expect(firm('农业科技示范园')).toEqual([]);
    expect(firm('数控机床生产基地')).toEqual([]);
    expect(firm('栖云科技大厦')).toEqual([]);
  });

  it('takes a school or institute for the owner only of a part of it, never of itself or of a bare area', () => {
    const finder = new OrgFinder(empty, rules, ['浮梁县']);
    const org = (name: string) => finder.find(name, false).map((h) => h.name);
    expect(org('青禾县第二中学新校区')).toEqual(['青禾县第二中学']);
    expect(org('青禾县中等职业学校实训基地')).toEqual(['青禾县中等职业学校']);
    expect(org('栖云稀土研究院')).toEqual([]);
    expect(org('禾东街道九年一贯制学校')).toEqual([]);
    expect(org('浮梁县学校信息化提升')).toEqual([]);
    expect(org('景德镇学院')).toEqual(['景德镇学院']);
  });

  it("takes a school named by a town's short form (椪溪中学) for the owner of a part of it", () => {
    const finder = new OrgFinder(empty, rules, ['浮梁县', '浮梁']);
    const org = (name: string) => finder.find(name, false).map((h) => h.name);
    expect(org('浮梁中学教学综合楼')).toEqual(['浮梁中学']);
    expect(org('浮梁县学校信息化提升')).toEqual([]);
  });

  it('takes the county’s own 疾病预防控制中心 or 职业教育中心 for the owner of a building of it, not of itself', () => {
    const finder = new OrgFinder(empty, rules, ['浮梁县']);
    const org = (name: string) => finder.find(name, false).map((h) => h.name);
    expect(org('县疾病预防控制中心实验楼')).toEqual(['县疾病预防控制中心']);
    expect(org('浮梁县职业教育中心实训基地')).toEqual(['浮梁县职业教育中心']);
    expect(org('县疾病预防控制中心')).toEqual([]);
  });
});

describe('firms read by the ending of their name', () => {
  const finder = new OrgFinder(empty, rules, []);
  const firms = (name: string) => finder.find(name, false).map((h) => h.name);

  it('reads a furniture, cable or hydraulics firm opening a name', () => {
    expect(firms('竹韵家居竹地板生产线')).toEqual(['竹韵家居']);
    expect(firms('恒屏线缆漆包线扩能')).toEqual(['恒屏线缆']);
  });

  it('takes a product and its processing for no firm', () => {
    expect(firms('竹笋食品加工园')).toEqual([]);
  });
});

describe('the leading proper name of a listed item', () => {
  it('takes no trade word for a firm', () => {
    const finder = new OrgFinder(empty, rules, []);
    expect(finder.find('家居产业园三期', true)).toEqual([]);
    expect(finder.find('森鹊家居智能制造工厂', true).map((h) => h.name)).toEqual(['森鹊家居']);
  });
});
