import { loadCityProfile, loadIndustries } from '../city/profile';
import type { ParsedBox } from '../parse/types';
import { planOfBoxes } from './fixtures/plan';
import { extractPlan } from '../resolve/plan';

/** Sentences written the way plan boxes are, naming made-up projects. */
function extract(...paragraphs: string[]) {
  return extractUnder('公共文化服务工程', '公共文化设施', ...paragraphs);
}

/** The same, in a box and item of the given titles. */
function extractUnder(boxTitle: string, itemTitle: string, ...paragraphs: string[]) {
  return new Map(contentUnder(boxTitle, itemTitle, ...paragraphs).projects.map((p) => [p.name, p]));
}

/** The whole content read from a box of the given titles: projects, units and responsibilities. */
function contentUnder(boxTitle: string, itemTitle: string, ...paragraphs: string[]) {
  const box: ParsedBox = {
    number: 2,
    title: boxTitle,
    line: 10,
    document: 'doc:plan',
    chapterId: null,
    items: [
      { number: 1, title: itemTitle, line: 11, paragraphs: paragraphs.map((text, i) => ({ line: 12 + i, text })) },
    ],
  };
  const plan = planOfBoxes('景德镇市国民经济和社会发展第十五个五年规划纲要', [box]);
  return extractPlan(plan, loadCityProfile(), loadIndustries());
}

/** The bodies one rule gives a project of `content`: `name/role@line: quote`, sorted. */
function unitsByRule(content: ReturnType<typeof contentUnder>, name: string, rule: string): string[] {
  const project = content.projects.find((p) => p.name === name)!;
  return content.responsibilities
    .filter((r) => r.subjectId === project.id && r.evidence.rule === rule)
    .map(
      (r) => `${content.units.find((u) => u.id === r.unitId)!.name}/${r.role}@${r.evidence.line}: ${r.evidence.quote}`,
    )
    .sort();
}

describe('projects named in box sentences', () => {
  it("reads a bulleted entry under an area's sub-heading as that area's project, named by the works it names", () => {
    const found = extract(
      '（一）珠山区',
      '● 珠山南岸老旧住宅区改造：改造沿江老旧住宅楼42栋，同步实施立面整治。',
      '● 珠山纺机厂旧址城市更新：将原纺机厂厂房改造为科创办公和文化展示空间。',
    );
    expect([...found.keys()]).toEqual(['珠山南岸老旧住宅区改造', '珠山纺机厂旧址城市更新']);
    expect([...found.values()].map((p) => p.districts.map((d) => d.name))).toEqual([['珠山区'], ['珠山区']]);
  });

  it('reads quoted names out of a 等 list whose kind stands after 的', () => {
    const found = extract('常态化举办“甲乙歌会月”“丙丁市集”等群众喜闻乐见的公共文化活动。');
    expect([...found.keys()]).toEqual(['“甲乙歌会月”', '“丙丁市集”']);
    expect(found.get('“甲乙歌会月”')!.tier).toBe('A');
  });

  it('takes what an actor applies for only when it has a name of its own, and keeps the actor as its unit', () => {
    const found = extract('支持景德镇陶瓷大学申报“戊己”联合实验室，支持某某学院申报硕士授予点。');
    expect([...found.keys()]).toEqual(['“戊己”联合实验室']);
    expect(found.get('“戊己”联合实验室')!.orgs).toEqual(['unit:景德镇陶瓷大学']);
  });

  it('keeps a generic facility a weak verb names as Tier B, but not a policy', () => {
    const found = extract('共建庚辛技术联合实验室和壬癸工程技术中心，完善子丑协同机制。');
    expect([...found.keys()]).toEqual(['庚辛技术联合实验室', '壬癸工程技术中心']);
    expect([...found.values()].map((p) => p.tier)).toEqual(['B', 'B']);
  });

  it('takes no project from an area of the plan named on its own (推进甲、乙两大矿区…)', () => {
    const found = extract('推进浮梁、乐平两大矿区智能化改造，建设甲乙煤矿智能化改造工程。');
    expect([...found.keys()]).toEqual(['甲乙煤矿智能化改造工程']);
  });

  it('takes no project from a count of a kind (建成1所三级医院)', () => {
    const found = extract('推进甲乙医院新院区建设，每个县至少建成1所三级医院，新建3座乡镇卫生院。');
    expect([...found.keys()]).toEqual(['甲乙医院新院区']);
  });

  it('takes no project from the generic examples of a category list', () => {
    const found = extract(
      '推动区域性敬老院、康养中心等养老服务设施建设，实施浮梁县康养中心、昌江区森林公园康养中心等项目。',
    );
    expect([...found.keys()]).toEqual(['浮梁县康养中心', '昌江区森林公园康养中心']);
  });

  it('reads a firm (and where it builds) before the verb of a 支持 clause as who undertakes the project', () => {
    const found = extract('支持甲乙集团实施浮梁电厂2×100万千瓦扩建，支持戊己乳业在浮梁县建设低温乳品加工厂。');
    expect([...found.keys()]).toEqual(['浮梁电厂2×100万千瓦扩建', '低温乳品加工厂']);
    expect(found.get('浮梁电厂2×100万千瓦扩建')!.orgs).toEqual(['unit:甲乙集团']);
    expect(found.get('低温乳品加工厂')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    // 利用X建设Y: what the firm builds with is no part of the project's name.
    const reused = extract('支持庚辛酒业利用老厂房建设“酒城颐养”社区嵌入式养老综合体。');
    expect([...reused.keys()]).toEqual(['“酒城颐养”社区嵌入式养老综合体']);
    expect(reused.get('“酒城颐养”社区嵌入式养老综合体')!.orgs).toEqual(['unit:庚辛酒业']);
  });

  it('reads a farm firm named by its trade (丙丁农业, 橙乡果业) before the verb of a 支持 clause as who undertakes it', () => {
    const found = extract('支持丙丁农业实施猕猴桃冷链分选中心建设，支持橙乡果业建设脐橙精深加工生产线。');
    expect([...found.keys()]).toEqual(['猕猴桃冷链分选中心', '脐橙精深加工生产线']);
    expect(found.get('猕猴桃冷链分选中心')!.orgs).toEqual(['unit:丙丁农业']);
    expect(found.get('脐橙精深加工生产线')!.orgs).toEqual(['unit:橙乡果业']);
  });

  it('cuts where a project lies (X境内) and who leads it (X牵头，Y配合) out of the brackets after its name', () => {
    const found = extract(
      '建设庚辛遗址浮梁段保护展示（浮梁县境内），推进“壬癸”工程林草植被建设（市林业局牵头，各县配合）。',
    );
    expect([...found.keys()]).toEqual(['庚辛遗址浮梁段保护展示', '“壬癸”工程林草植被']);
    expect(found.get('庚辛遗址浮梁段保护展示')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads two districts joined by 、 before one project as one project in both', () => {
    const found = extract('推进珠山区、昌江区雨污分流改造。');
    expect([...found.keys()]).toEqual(['珠山区、昌江区雨污分流改造']);
    expect(found.get('珠山区、昌江区雨污分流改造')!.districts.map((d) => d.name)).toEqual(['珠山区', '昌江区']);
  });

  it('reads bare product terms before one facility name as one project', () => {
    expect([...extract('建设甲紧固件、乙管路件区域性生产基地。').keys()]).toEqual(['甲紧固件、乙管路件区域性生产基地']);
  });

  it('makes items of 等一批项目 Tier A and generic types of a plain 等项目 list Tier B', () => {
    const found = extract(
      '推进寅卯文化中心、辰巳展示馆等一批项目建设。开展引调水工程、应急备用水源等水资源配置项目前期研究工作。',
    );
    expect(found.get('寅卯文化中心')!.tier).toBe('A');
    expect(found.get('引调水工程')!.tier).toBe('B');
    expect(found.get('应急备用水源')!.tier).toBe('B');
  });

  it('states the districts that undertake a project before its verb', () => {
    const districts = extract('浮梁县和乐平市因地制宜推进山塘整治项目。').get('山塘整治项目')!.districts;
    expect(districts.map((d) => `${d.name}/${d.rule}`)).toEqual(['浮梁县/district-subject', '乐平市/district-subject']);
  });

  it('does not list a bare type beside the named projects of that type', () => {
    expect([...extract('建设茶叶产业园，推进浮梁县茶叶产业园、乐平市茶叶产业园建设。').keys()]).toEqual([
      '浮梁县茶叶产业园',
      '乐平市茶叶产业园',
    ]);
  });

  it('reads the project after what qualifies it up to 的, and the partners named before the verb', () => {
    expect([...extract('争创以陶瓷为特色的“午未电商”合作先行区。').keys()]).toEqual(['“午未电商”合作先行区']);
    const centre = extract('联合北航、昌飞公司等高校和企业，共建申酉旋翼创新中心。').get('申酉旋翼创新中心')!;
    expect(centre.orgs.sort()).toEqual(['unit:北航', 'unit:昌飞']);
  });

  it('does not close a list at the 等 of 中等 or 高等', () => {
    expect([...extract('建设浮梁县中等职业学校实训基地、乐平市第二中学新校区。').keys()]).toEqual([
      '浮梁县中等职业学校实训基地',
      '乐平市第二中学新校区',
    ]);
  });

  it('gives a river, lake or mountain that opens a name a place identity, but no district', () => {
    const found = extract(
      '实施丙丁河综合治理、戊己湖流域水环境综合治理，建设庚辛山旅游度假区。实施中小河流治理、城市河湖整治。',
    );
    expect([...found.keys()]).toEqual(['丙丁河综合治理', '戊己湖流域水环境综合治理', '庚辛山旅游度假区']);
    expect([...found.values()].map((p) => `${p.tier}/${p.districts.length}`)).toEqual(['A/0', 'A/0', 'A/0']);
  });

  it('gives a river of one character a place identity before a part of a river, not a common river', () => {
    const found = extract('建设甲河大堤健身步道、乙江滩区生态公园，实施内河大堤加固、河道清淤疏浚。');
    expect(Object.fromEntries([...found.values()].map((p) => [p.name, p.tier]))).toEqual({
      甲河大堤健身步道: 'A',
      乙江滩区生态公园: 'A',
    });
  });

  it('reads a primary school and a footpath as projects, and 中小学 after a verb as a kind of school', () => {
    const found = extract('○ 浮梁县第二实验小学', '○ 甲河大堤健身步道', '新建改扩建中小学、幼儿园60所。');
    expect([...found.keys()]).toEqual(['浮梁县第二实验小学', '甲河大堤健身步道']);
  });

  it('reads a gorge before a facility as a place (丙丁峡水库), and the 科技大市场 of a city as a project', () => {
    const found = extract('建设丙丁峡水库、景德镇科技大市场。');
    expect([...found.keys()]).toEqual(['丙丁峡水库', '景德镇科技大市场']);
    expect([...found.values()].map((p) => p.tier)).toEqual(['A', 'A']);
  });

  it('reads areas in brackets after a name as its districts, not as part of it', () => {
    const found = extract('推进废弃矿山生态修复治理（珠山区、浮梁县）。');
    expect([...found.keys()]).toEqual(['废弃矿山生态修复治理']);
    expect(found.get('废弃矿山生态修复治理')!.districts.map((d) => `${d.name}/${d.basis}`)).toEqual([
      '珠山区/stated',
      '浮梁县/stated',
    ]);
  });

  it("reads a firm's project by the firm's name, and no project from a firm named only to grow", () => {
    const found = extract(
      '推进甲磁新材料年产5000吨烧结钕铁硼、乙锐精机五轴联动加工中心产业化建设，支持乙锐精机、丙海重工做大做强。',
    );
    expect([...found.keys()]).toEqual(['甲磁新材料年产5000吨烧结钕铁硼', '乙锐精机五轴联动加工中心产业化']);
    expect(found.get('乙锐精机五轴联动加工中心产业化')!.orgs).toEqual(['unit:乙锐精机']);
  });

  it('continues a list after a ，with an area of the plan and no verb of its own, but not with a guessed one', () => {
    const found = extract(
      '推进光伏发电规模化开发，浮梁县甲乙农光互补光伏电站、丙丁渔光互补光伏电站，乐平市抽水蓄能电站前期工作。',
      '完善社会服务功能，常态化对市民开放。',
    );
    expect([...found.keys()]).toEqual(['浮梁县甲乙农光互补光伏电站', '丙丁渔光互补光伏电站', '乐平市抽水蓄能电站']);
    expect(found.get('丙丁渔光互补光伏电站')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('continues a 等一批项目 list after a ，when its next item is a project, but not a list of other things', () => {
    const found = extract(
      '推进甲乙原料药生产基地，丙丁科技医药产业园项目、戊己精细化工园等一批项目建设。',
      '完善停车场布局，优化机场、铁路站点等交通枢纽与中心城区的衔接。',
    );
    expect([...found.keys()]).toEqual(['甲乙原料药生产基地', '丙丁科技医药产业园项目', '戊己精细化工园']);
  });

  it('takes an industry cluster a place names for a project, but not a sector’s cluster', () => {
    expect([...extract('推进浮梁县甲乙茶产业集群建设，打造电子信息产业集群。').keys()]).toEqual([
      '浮梁县甲乙茶产业集群',
    ]);
  });

  it('reads what a plan prepares to found (筹建) or plans (谋划), and a high-speed line (高铁) by its name', () => {
    const found = extract('筹建甲乙职业技术大学，谋划浮梁县人工智能计算中心，做好丙丁高铁前期工作，谋划一批新兴产业。');
    expect([...found.keys()]).toEqual(['甲乙职业技术大学', '浮梁县人工智能计算中心', '丙丁高铁']);
    expect(found.get('甲乙职业技术大学')!.orgs).toEqual([]);
  });
});

describe('one project a line, 项目名称：建设内容', () => {
  it('reads the name before the colon as the project and its bracket as its district, not the parts it builds', () => {
    const found = extractUnder(
      '文化旅游重点项目',
      '',
      '甲乙突围纪念园提升：改造纪念馆陈列展览3000平方米，建设红色教育培训中心。',
      '丙丁天坑溶洞群景区（浮梁县）：建设游客中心、玻璃栈道和洞内灯光系统。',
      '戊己传统村落保护利用（乐平市）：修缮传统民居46栋，建设非遗传习所和村史馆。',
    );
    expect([...found.keys()].sort()).toEqual(['丙丁天坑溶洞群景区', '戊己传统村落保护利用', '甲乙突围纪念园提升']);
    expect(found.get('丙丁天坑溶洞群景区')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('丙丁天坑溶洞群景区')!.source.rule).toBe('box-item');
  });

  it('reads a campus or building of a named institution before a colon, and a numbered heading described by its floor area', () => {
    const found = extractUnder(
      '社会事业重点项目',
      '',
      '1、乐平市人民医院新院区：建设床位1200张，市卫生健康委牵头。',
      '（2）甲乙博物馆新馆。建筑面积3万平方米。',
    );
    expect([...found.keys()].sort()).toEqual(['乐平市人民医院新院区', '甲乙博物馆新馆'].sort());
  });

  it('leaves a sector heading or an area before a colon to the sentence after it', () => {
    const found = extractUnder('交通重点项目', '', '公路：推进甲乙至丙丁段改扩建、戊己旅游公路建设。');
    expect(found.has('公路')).toBe(false);
    expect(found.has('戊己旅游公路')).toBe(true);
  });
});

describe("a banner's plan (旗, 苏木, 嘎查): numbered and bulleted lines of their own names", () => {
  /** The projects read from one box of a banner's plan, by name. */
  const banner = (...paragraphs: string[]) => {
    const box: ParsedBox = {
      number: 3,
      title: '乳肉产业重点项目',
      line: 10,
      document: 'doc:plan',
      chapterId: null,
      items: [{ number: 0, title: '', line: 11, paragraphs: paragraphs.map((text, i) => ({ line: 12 + i, text })) }],
    };
    const plan = planOfBoxes('甲乙旗国民经济和社会发展第十五个五年规划纲要', [box]);
    const content = extractPlan(plan, loadCityProfile(), loadIndustries());
    const unitName = (id: string) => content.units.find((u) => u.id === id)?.name;
    return new Map(content.projects.map((p) => [p.name, { ...p, orgNames: p.orgs.map(unitName).sort() }]));
  };

  it("keeps the banner's own institution (旗…) and a 牛业 firm's works as Tier-A projects", () => {
    const found = banner(
      '推进旗中医院迁建、旗第二中学扩建。',
      '● 丙丁牛业肉牛屠宰及精深加工：位于丙丁镇，年屠宰肉牛10万头。',
    );
    expect([...found.keys()].sort()).toEqual(['丙丁牛业肉牛屠宰及精深加工', '旗中医院迁建', '旗第二中学扩建'].sort());
    expect([...found.values()].map((p) => p.tier)).toEqual(['A', 'A', 'A']);
  });

  it('takes X提升工程 for a name, a generic name its description describes as Tier B, and no subsidy', () => {
    const found = banner(
      '（3）丙丁镇奶源基地提升工程：改造提升家庭牧场和奶牛养殖合作社120家。',
      '（7）甲乙旗活畜交易市场：位于丙丁镇，建设活畜交易大厅和检疫隔离区。',
      '（8）牛羊肉冷链物流配送中心：建设冷库3万吨，旗商务局牵头。',
      '（9）奶牛养殖补贴：对新建规模化牧场按存栏量给予补贴。',
    );
    expect([...found.keys()].sort()).toEqual(
      ['丙丁镇奶源基地提升工程', '牛羊肉冷链物流配送中心', '甲乙旗活畜交易市场'].sort(),
    );
    expect(found.get('牛羊肉冷链物流配送中心')!.tier).toBe('B');
  });

  it("keeps the plan's own name in brackets before the colon in the name, and reads no firm from a province", () => {
    const found = banner(
      '1.丙丁省生物育种产业创新中心（甲乙）：建设小麦、玉米分子育种和基因编辑研发平台。',
      '1.甲乙算力中心：建设标准机架3000个。',
    );
    expect([...found.keys()]).toEqual(['丙丁省生物育种产业创新中心（甲乙）', '甲乙算力中心']);
    expect(found.get('丙丁省生物育种产业创新中心（甲乙）')!.orgNames).toEqual([]);
  });

  it('keeps a phase in brackets before the colon in the name, and drops a village there, which is no area', () => {
    const found = banner(
      '● 丙丁镇大黄鱼良种场（二期）：建设亲本培育和苗种繁育车间。',
      '● 戊己水产鲍鱼工厂化育苗基地（庚港村）：建设鲍鱼循环水育苗车间4万平方米。',
      '● 甲乙旗渔船更新改造工程：更新建造钢质渔船300艘。',
    );
    expect([...found.keys()]).toEqual([
      '丙丁镇大黄鱼良种场（二期）',
      '戊己水产鲍鱼工厂化育苗基地',
      '甲乙旗渔船更新改造工程',
    ]);
    expect(found.get('戊己水产鲍鱼工厂化育苗基地')!.orgNames).toEqual(['戊己水产']);
  });

  it('reads a 文化宫 heading over what it holds, a heading over 开设…, and a 公路港 joined by 和 to another name', () => {
    const found = banner(
      '10.甲乙旗民族文化宫。建设图书馆、文化馆和民族博物馆。',
      '11.甲乙旗中等职业学校产教融合实训基地。开设茶叶加工、数据标注等专业。',
      '推进丙丁公路港和甲乙旗农产品冷链物流通道建设。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙旗民族文化宫',
      '甲乙旗中等职业学校产教融合实训基地',
      '丙丁公路港',
      '甲乙旗农产品冷链物流通道',
    ]);
  });

  it('reads a festival or a lookout by its name over where it is held or built, and that place as no name', () => {
    const found = banner(
      '◆ 甲乙旗国际海钓节：每年在丙丁镇举办。',
      '◆ 布依族“六月六”歌会：每年在丙丁镇举办。',
      '◆ 戊己山云海观景台：在戊己山主峰建设观景平台和步道。',
    );
    expect([...found.keys()]).toEqual(['甲乙旗国际海钓节', '布依族“六月六”歌会', '戊己山云海观景台']);
  });

  it('reads a route the plan opens (开通X至Y海上客运航线) as a project', () => {
    const found = banner('5. 水运客运：开通丙丁镇至戊己镇海上客运航线，建设甲乙旗陆岛交通码头（二期）。');
    expect([...found.keys()]).toEqual(['丙丁镇至戊己镇海上客运航线', '甲乙旗陆岛交通码头（二期）']);
  });

  it('reads a facility named in quotes after its kind (X养殖平台“Y号”：…)', () => {
    const found = banner('● 深远海大黄鱼养殖平台“甲渔1号”：建设半潜式深远海养殖平台1座。');
    expect([...found.keys()]).toEqual(['深远海大黄鱼养殖平台“甲渔1号”']);
  });

  it('reads the last of a run of numbered headings as a project though nothing follows it', () => {
    const found = banner(
      '10.甲乙旗博物馆新馆。建设草原文化展厅。',
      '11.甲乙旗体育训练基地。在丙丁镇建设田径训练场地。',
      '12.甲乙旗全民健身中心。',
    );
    expect([...found.keys()]).toEqual(['甲乙旗博物馆新馆', '甲乙旗体育训练基地', '甲乙旗全民健身中心']);
  });

  it("reads a cluster a place names (X国家级牦牛产业集群：…) as the line's project, not what it builds", () => {
    const found = banner('● 丙丁镇国家级牦牛产业集群：建设牦牛繁育、屠宰加工和交易市场。');
    expect([...found.keys()]).toEqual(['丙丁镇国家级牦牛产业集群']);
  });

  it('reads names whose descriptions run from one end (北起X), show, recur (每年) or are held somewhere (在X举办)', () => {
    const found = banner(
      '◆ 大运河甲乙段国家文化公园：北起丙丁镇，南至戊己镇，建设运河文化展示带、遗产保护点和滨河绿道。',
      '◆ 大运河（甲乙）非物质文化遗产展示馆：展示运河号子和传统技艺。',
      '◆ 甲乙运河龙舟赛：每年端午节在丙丁镇运河段举办。',
    );
    expect([...found.keys()]).toEqual([
      '大运河甲乙段国家文化公园',
      '大运河（甲乙）非物质文化遗产展示馆',
      '甲乙运河龙舟赛',
    ]);
  });

  it('reads a culture quarter (文化区) and a folk-culture street (文化街) as projects', () => {
    const found = extractUnder(
      '运河文化保护传承利用重点项目',
      '',
      '◆ 运河夜游及漕运码头文化区：位于昌江区，恢复古码头，开通运河夜游航线。',
      '◆ 浮梁回族民俗文化街：位于浮梁县，建设回族美食、民俗展示和民族手工艺街区。',
    );
    expect([...found.keys()]).toEqual(['运河夜游及漕运码头文化区', '浮梁回族民俗文化街']);
  });

  it('places what runs between two ends (北起X，南至Y) at both, and an event where it is held (在X举办)', () => {
    const found = extractUnder(
      '运河文化保护传承利用重点项目',
      '',
      '◆ 大运河浮梁段国家文化公园：北起浮梁县，南至昌江区，建设运河文化展示带、遗产保护点和滨河绿道。',
      '◆ 浮梁运河龙舟赛：每年端午节在昌江区运河段举办。',
    );
    const districts = (name: string) => found.get(name)!.districts.map((d) => d.name);
    expect(districts('大运河浮梁段国家文化公园')).toEqual(['浮梁县', '昌江区']);
    expect(districts('浮梁运河龙舟赛')).toContain('昌江区');
  });

  it('reads a name whose description builds along a river (沿X建设), and a 保育区 as no area', () => {
    const found = extractUnder('生态旅游重点项目', '', '◆ 丁河国家湿地公园：沿丁河城区段建设湿地保育区和滨河步道。');
    expect([...found.keys()]).toEqual(['丁河国家湿地公园']);
  });

  it('reads a bulleted name whose description builds in two areas, and the bodies in brackets after it', () => {
    const found = banner(
      '☆ 道地药材种植基地：在戊己苏木、庚辛苏木建设黄芪、防风等道地药材基地3万亩。（牵头单位：旗农牧局；配合单位：旗林业和草原局）',
    );
    expect([...found.keys()]).toEqual(['道地药材种植基地']);
    expect(found.get('道地药材种植基地')!.orgNames).toEqual(['旗林业和草原局', '旗农牧局'].sort());
  });

  it('takes a village (嘎查, 村) heading a name as its identity, but not a kind of village', () => {
    const found = banner('打造壬癸嘎查游牧文化体验区，推进传统村落保护利用。', '建设子丑村乡村旅游服务中心。');
    expect(found.get('壬癸嘎查游牧文化体验区')?.tier).toBe('A');
    expect(found.get('子丑村乡村旅游服务中心')?.tier).toBe('A');
    expect(found.get('传统村落保护利用')?.tier).not.toBe('A');
  });

  it('reads no area from 苏木镇 of a kind, and a list of customs sites set apart by commas', () => {
    const found = banner(
      '实施苏木镇通嘎查硬化路提质工程，建设葶格口岸进出口商品加工园，跨境电商监管中心，葶格进口肉类指定监管场地。',
    );
    expect(found.get('苏木镇通嘎查硬化路提质工程')!.districts).toEqual([]);
    expect(found.has('葶格进口肉类指定监管场地')).toBe(true);
    expect(found.has('跨境电商监管中心')).toBe(true);
  });

  it('gives a 责任单位 line closing a box of area sub-headings to every group, and a unit sentence to its own paragraph only', () => {
    const found = banner(
      '（一）甲乙镇',
      '甲乙镇草原改良示范区',
      '（二）旗本级',
      '甲乙旗草原生态监测预警平台',
      '责任单位：旗林业和草原局',
    );
    expect(found.get('甲乙镇草原改良示范区')!.orgNames).toEqual(['旗林业和草原局']);
    expect(found.get('甲乙旗草原生态监测预警平台')!.orgNames).toEqual(['旗林业和草原局']);
    const paragraphs = banner(
      '教育：建设甲乙旗第一中学新校区。由旗教育体育局负责。',
      '卫生：实施甲乙旗人民医院改扩建。旗卫生健康委牵头，旗发改委配合。',
    );
    expect(paragraphs.get('甲乙旗第一中学新校区')!.orgNames).toContain('旗教育体育局');
    expect(paragraphs.get('甲乙旗第一中学新校区')!.orgNames).not.toContain('旗卫生健康委');
  });

  it('takes no area for a project from a clause building other things there without 境内', () => {
    const found = banner('建设甲乙旗饲草料储备库，在丙丁镇、戊己镇建设打贮草站6处。');
    expect(found.get('甲乙旗饲草料储备库')!.districts).toEqual([]);
  });

  it('gives the bodies of a sentence of nothing but who does it to the projects of its paragraph', () => {
    const found = banner(
      '卫生：实施甲乙旗人民医院改扩建，建设旗疾病预防控制中心检验楼。旗卫生健康委牵头，旗发改委配合。',
      '教育：建设甲乙旗第一中学新校区。由旗教育体育局负责。',
    );
    expect(found.get('甲乙旗人民医院改扩建')!.orgNames).toEqual(['旗卫生健康委', '旗发改委'].sort());
    expect(found.get('甲乙旗第一中学新校区')!.orgNames).toContain('旗教育体育局');
  });
});

describe('groups inside a box: area sub-headings over lists, 一、 groups, bulleted names', () => {
  /** Each project's organisations by name. */
  const orgsOf = (...paragraphs: string[]) => {
    const content = contentUnder('水利重点工程', '', ...paragraphs);
    const unitName = (id: string) => content.units.find((u) => u.id === id)?.name;
    return new Map(content.projects.map((p) => [p.name, p.orgs.map(unitName).sort()]));
  };

  it("reads the numbered entries under a firm's sub-heading as its projects, and a base's stem as no firm", () => {
    const box: ParsedBox = {
      number: 2,
      title: '现代煤化工',
      line: 10,
      document: 'doc:plan',
      chapterId: null,
      items: [
        {
          number: 0,
          title: '',
          line: 11,
          paragraphs: [
            '（一）甲乙煤业有限责任公司',
            '1. 甲乙煤矿智能化改造工程',
            '2. 甲乙二号井选煤厂及铁路专用线',
            '（二）丙丁能源集团有限公司',
            '1. 甲乙基地煤制烯烃二期项目',
          ].map((text, i) => ({ line: 12 + i, text })),
        },
      ],
    };
    const plan = planOfBoxes('戊己市国民经济和社会发展第十五个五年规划纲要', [box]);
    plan.areas = [{ name: '甲乙能源化工基地', kind: 'park', line: 1, quote: '甲乙能源化工基地', rule: 'area-in-list' }];
    const content = extractPlan(plan, loadCityProfile(), loadIndustries());
    const unitName = (id: string) => content.units.find((u) => u.id === id)?.name;
    const found = new Map(content.projects.map((p) => [p.name, p]));
    expect([...found.keys()]).toEqual([
      '甲乙煤矿智能化改造工程',
      '甲乙二号井选煤厂及铁路专用线',
      '甲乙基地煤制烯烃二期项目',
    ]);
    expect(found.get('甲乙煤矿智能化改造工程')!.orgs.map(unitName)).toEqual(['甲乙煤业有限责任公司']);
    expect(found.get('甲乙基地煤制烯烃二期项目')!.orgs.map(unitName)).toEqual(['丙丁能源集团有限公司']);
    expect(found.get('甲乙基地煤制烯烃二期项目')!.districts.map((d) => d.name)).toEqual(['甲乙能源化工基地']);
  });

  it('reads each line of a run of bulleted entries as its project, not the parts its description names', () => {
    const found = extract(
      '◆ 甲乙高原蓝莓种植基地：位于浮梁县，建设蓝莓标准化种植基地5万亩。',
      '◆ 丙丁寒地森林食品研究院景德镇分院：开展森林食品保鲜、加工和功能成分研究。',
    );
    expect([...found.keys()]).toEqual(['甲乙高原蓝莓种植基地', '丙丁寒地森林食品研究院景德镇分院']);
  });

  it('reads a numbered heading of two kinds joined (港口和航道：) as the topic of the projects after it', () => {
    const found = extract(
      '3. 港口和航道：推进浮梁港三期通用码头、乐平港区集装箱码头二期建设，实施昌江航道整治工程，建设甲乙内河作业区。',
    );
    expect(found.has('港口和航道')).toBe(false);
    // A kind of route (农村公路) heads its works as a topic too.
    expect(extract('4. 农村公路：实施“四好农村路”提质工程，建设浮梁至乐平旅游产业路。').has('农村公路')).toBe(false);
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['浮梁港三期通用码头', '乐平港区集装箱码头二期', '昌江航道整治工程']),
    );
  });

  it("reads an entry's name of a place over what describes it as its project, whatever its head (…零直排区：完善…)", () => {
    const found = extract(
      '●浮梁县瑶里镇生活污水零直排区：完善镇区污水管网和雨污分流设施。',
      '●浮梁县海岛垃圾陆岛转运系统：建设外岛垃圾中转站和转运船舶。',
      '●乡村振兴：推进和美乡村建设。',
    );
    expect([...found.keys()]).toEqual(['浮梁县瑶里镇生活污水零直排区', '浮梁县海岛垃圾陆岛转运系统']);
  });

  it("reads an entry's name the plan's own name opens as its project, whatever its head (◆ 甲州国际人才港：位于…)", () => {
    const box: ParsedBox = {
      number: 6,
      title: '科技创新重点项目',
      line: 10,
      document: 'doc:plan',
      chapterId: null,
      items: [
        {
          number: 0,
          title: '',
          line: 11,
          paragraphs: [
            { line: 12, text: '◆ 甲州国际人才港：建设人才服务中心、国际人才社区和创新创业街区。' },
            { line: 13, text: '◆ 甲州技术转移中心：建设技术交易平台。' },
          ],
        },
        {
          number: 0,
          title: '',
          line: 14,
          paragraphs: [
            // Numbered headings over their descriptions: the same.
            { line: 15, text: '（1）甲州临空经济示范区综合服务中心。建设政务服务和商务配套设施。' },
            { line: 16, text: '（2）甲州国际航空货运枢纽北货运区。建设国际货站、快件监管中心和航空冷链处理中心。' },
            { line: 17, text: '（3）甲州航空物流产业园。建设航空物流分拨中心。' },
          ],
        },
      ],
    };
    const plan = planOfBoxes('甲州市国民经济和社会发展第十五个五年规划纲要', [box]);
    const names = extractPlan(plan, loadCityProfile(), loadIndustries()).projects.map((p) => `${p.name}/${p.tier}`);
    expect(names).toEqual([
      '甲州国际人才港/A',
      '甲州技术转移中心/A',
      '甲州临空经济示范区综合服务中心/A',
      '甲州国际航空货运枢纽北货运区/A',
      '甲州航空物流产业园/A',
    ]);
  });

  it("drops a town or township of no area of the plan's in brackets before the colon: where the project lies", () => {
    const found = extract(
      '● 景德镇水电站移民集中安置点（丙丁乡）：安置移民1.2万人。',
      '● 浮梁县城污水管网改造工程（瑶里镇）：改造管网。',
    );
    expect([...found.keys()]).toEqual(['景德镇水电站移民集中安置点', '浮梁县城污水管网改造工程']);
    expect(found.get('浮梁县城污水管网改造工程')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads 建设示范 inside a name as part of it, no verb (…商业体系建设示范工程)', () => {
    const found = extract('（七）全市', '● 景德镇市县域商业体系建设示范工程。');
    expect([...found.keys()]).toEqual(['景德镇市县域商业体系建设示范工程']);
  });

  it('gives each clause of a closing line scoped by group to the projects of the groups it names', () => {
    const found = orgsOf(
      '（一）基础教育',
      '1.景德镇外国语学校新校区。在珠山区新建，办学规模60个班。',
      '（二）医疗卫生',
      '2.景德镇市第一人民医院新院区。新增床位500张。',
      '以上教育项目由市教育局牵头，医疗卫生项目由市卫生健康委牵头。',
    );
    expect(found.get('景德镇外国语学校新校区')).toEqual(['市教育局', '景德镇外国语学校']);
    expect(found.get('景德镇市第一人民医院新院区')).toEqual(['市卫生健康委', '景德镇市第一人民医院']);
  });

  it("gives a 责任单位 line after the numbered entries under a topic's sub-heading (（一）教育) to them all", () => {
    const found = orgsOf(
      '（一）教育',
      '1．甲乙职业技术学院新校区。在浮梁县建设。',
      '2．甲乙市第一中学迁建工程。办学规模60个班。',
      '责任单位：市教育局',
      '（二）医疗卫生',
      '3．甲乙市人民医院新院区。新增床位800张。',
      '责任单位：市卫生健康委',
    );
    expect(found.get('甲乙职业技术学院新校区')).toContain('市教育局');
    expect(found.get('甲乙市第一中学迁建工程')).toContain('市教育局');
    expect(found.get('甲乙市人民医院新院区')).toContain('市卫生健康委');
    expect(found.get('甲乙市人民医院新院区')).not.toContain('市教育局');
  });

  it('gives a closing line naming entries by number (以上第2、3项) to those entries only', () => {
    const found = orgsOf(
      '1. 供水：建设甲乙水库，由市水务集团负责建设。',
      '2. 排水：实施浮梁县城雨污分流改造工程。',
      '3. 防洪：建设昌江堤防加固工程。',
      '以上第2、3项由市水利局、丙丁城投集团负责实施。',
    );
    expect(found.get('甲乙水库')).toEqual(['市水务集团']);
    expect(found.get('浮梁县城雨污分流改造工程')).toEqual(['丙丁城投集团', '市水利局']);
    expect(found.get('昌江堤防加固工程')).toEqual(['丙丁城投集团', '市水利局']);
  });

  it("gives a closing line of one clause scoped by an entry's title (以上站点综合开发项目由X) to that entry's projects", () => {
    const found = orgsOf(
      '1. 城市道路：实施甲乙大道北延工程，由市交通运输局负责建设。',
      '2. 站点综合开发：建设甲乙站地下空间接驳工程、丙丁站TOD综合开发项目。',
      '以上站点综合开发项目由市地铁集团、丙丁城投集团联合实施。',
    );
    expect(found.get('甲乙大道北延工程')).toEqual(['市交通运输局']);
    expect(found.get('甲乙站地下空间接驳工程')).toEqual(['丙丁城投集团', '市地铁集团']);
    expect(found.get('丙丁站TOD综合开发项目')).toEqual(['丙丁城投集团', '市地铁集团']);
  });

  it('reads a line of names set apart by 、 under an area, and a closing 责任单位 line for every group', () => {
    const found = orgsOf(
      '（一）浮梁县',
      '浮梁灌区续建配套与节水改造、城北调蓄水库、浮梁县城乡供水一体化工程。',
      '（二）乐平市、昌江区',
      '乐平干渠防渗改造、两地联网供水工程。',
      '责任单位：市水利局，各县（市、区）人民政府。',
    );
    expect([...found.keys()].sort()).toEqual(
      [
        '浮梁灌区续建配套与节水改造',
        '城北调蓄水库',
        '浮梁县城乡供水一体化工程',
        '乐平干渠防渗改造',
        '两地联网供水工程',
      ].sort(),
    );
    expect(found.get('浮梁灌区续建配套与节水改造')).toEqual(['市水利局']);
  });

  it('gives a closing line after 一、 groups to its own group, and a bulleted line its own bodies only', () => {
    const found = orgsOf(
      '一、灌区',
      '1.浮梁县甲乙灌区节水改造：改造干渠80公里。',
      '二、水库',
      '1.丙丁水库：新建库容1200万立方米。',
      '以上项目由市水利局负责。',
      '◇ 戊己水厂二期。（牵头单位：浮梁县人民政府）',
      '◇ 庚辛引水工程：新建管道30公里。（牵头单位：市水利局）',
    );
    expect(found.get('浮梁县甲乙灌区节水改造')).toEqual([]);
    expect(found.get('丙丁水库')).toEqual(['市水利局']);
    expect(found.get('戊己水厂二期')).toEqual(['浮梁县人民政府']);
    expect(found.get('庚辛引水工程')).toEqual(['市水利局']);
  });
});

describe('lists written with ASCII punctuation and joined by 和', () => {
  it('reads 推进A，B，C建设 as one list when the last item carries the 建设 of the frame', () => {
    const found = extractUnder(
      '综合交通重点项目',
      '',
      '推进G537浮梁绕城段改线，S218浮梁至乐平段改扩建，甲乙至丙丁旅游公路（浮梁县）建设；新改建农村公路320公里。',
    );
    expect([...found.keys()].sort()).toEqual(['G537浮梁绕城段改线', 'S218浮梁至乐平段改扩建', '甲乙至丙丁旅游公路']);
    expect(found.get('甲乙至丙丁旅游公路')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it("reads 建设A，B after a comma when B is an area's 工程 in full, whatever it works on", () => {
    const found = extractUnder(
      '新型城镇化和乡村振兴重点项目',
      '和美乡村',
      '建设浮梁县甲村美丽乡村示范村，乐平市牧区定居点综合配套提升工程（12个定居点）。',
    );
    expect([...found.keys()]).toEqual(['浮梁县甲村美丽乡村示范村', '乐平市牧区定居点综合配套提升工程']);
  });

  it('splits A（全县）和B: a bracket of the whole territory closes the name before 和', () => {
    const found = extractUnder(
      '综合交通重点工程',
      '',
      '实施甲乙县农村公路提档升级工程（全县）和丙溪古镇旅游集散停车场建设。',
    );
    expect([...found.keys()]).toEqual(['甲乙县农村公路提档升级工程', '丙溪古镇旅游集散停车场']);
  });

  it('reads an area and a village of it in brackets after a name (（浮梁县甲村）) as where it lies', () => {
    const found = extract('（4）丙丁石英砂综合利用产业园（浮梁县甲乙村）。年处理尾矿500万吨。');
    expect([...found.keys()]).toEqual(['丙丁石英砂综合利用产业园']);
    expect(found.get('丙丁石英砂综合利用产业园')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads （打捆，涉及X、Y） after a name as the areas of bundled works, and （打捆） as no part of the name', () => {
    const found = extractUnder(
      '生态保护重点工程',
      '',
      '实施丙丁片区石漠化综合治理工程（打捆，涉及浮梁县、乐平市），实施国家储备林建设项目（打捆）。',
    );
    expect([...found.keys()]).toEqual(['丙丁片区石漠化综合治理工程', '国家储备林建设项目']);
    expect(found.get('丙丁片区石漠化综合治理工程')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
  });

  it('splits A（一期）和B: a phase in brackets closes the name before 和', () => {
    const found = extractUnder('港口重点工程', '', '推进景德镇港智慧港口（一期）和“一单制”多式联运信息平台建设。');
    expect([...found.keys()]).toEqual(['景德镇港智慧港口（一期）', '“一单制”多式联运信息平台']);
  });

  it('keeps 和美 (a word) inside one name, and reads a tourist area or a 大世界 as a project', () => {
    const found = extractUnder(
      '冰雪旅游和乡村建设重点项目',
      '',
      '建设“黑土粮仓”和美乡村示范片区、甲乙冰雪大世界、丙丁边境风情旅游区。',
    );
    expect([...found.keys()]).toEqual(['“黑土粮仓”和美乡村示范片区', '甲乙冰雪大世界', '丙丁边境风情旅游区']);
  });

  it('reads a constructed wetland (人工湿地) as a project in a list written with commas', () => {
    const found = extractUnder(
      '生态保护修复和环境治理重点工程',
      '',
      '推进甲乙流域水环境综合治理工程，丙水入甲乙口人工湿地，丁屯村农村黑臭水体治理工程。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙流域水环境综合治理工程',
      '丙水入甲乙口人工湿地',
      '丁屯村农村黑臭水体治理工程',
    ]);
  });

  it('reads 建设A，B，C（X） up to the next verb as one list, a name closed by its area in brackets too', () => {
    const found = extractUnder(
      '科技创新重点工程',
      '',
      '建设甲乙理工大学浮梁研究院，丙丁现代陶瓷技术创新中心，戊己材料省级重点实验室（浮梁县），推进庚辛观测研究站（乐平市）建设。',
    );
    expect([...found.keys()].sort()).toEqual(
      ['丙丁现代陶瓷技术创新中心', '庚辛观测研究站', '戊己材料省级重点实验室', '甲乙理工大学浮梁研究院'].sort(),
    );
    expect(found.get('戊己材料省级重点实验室')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('splits two names joined by 和 when the left one is closed by a facility or by its areas in brackets', () => {
    const found = extract(
      '推进“橙心甲乙”小镇客厅和丙丁河综合治理工程建设，实施县城污水处理厂提标扩容（浮梁县）和戊己县生活垃圾焚烧发电厂建设。',
    );
    expect([...found.keys()].sort()).toEqual([
      '“橙心甲乙”小镇客厅',
      '丙丁河综合治理工程',
      '县城污水处理厂提标扩容',
      '戊己县生活垃圾焚烧发电厂',
    ]);
    expect(found.get('县城污水处理厂提标扩容')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('places the projects of a lead clause naming a place inside an area (在X区Y产业园，建设A) in that area', () => {
    const found = extract('2. 制造。在珠山区陶瓷产业园，建设甲乙科技窑炉生产线二期、丙丁陶瓷先进装备基地。');
    expect([...found.values()].map((p) => p.districts.map((d) => d.name))).toEqual([['珠山区'], ['珠山区']]);
  });

  it('splits two names joined by 和 after a nature reserve', () => {
    const found = extract('建设甲乙湿地省级自然保护区和甲乙界江生态廊道。');
    expect([...found.keys()]).toEqual(['甲乙湿地省级自然保护区', '甲乙界江生态廊道']);
  });

  it('splits two names joined by 和 after a camp, and drops 筹建 after a name', () => {
    const found = extract('建设甲乙沙漠越野营地和丙丁星空露营基地，推进戊己职业技术大学筹建。');
    expect([...found.keys()]).toEqual(['甲乙沙漠越野营地', '丙丁星空露营基地', '戊己职业技术大学']);
  });

  it('reads no 其中 or 分别 into a name', () => {
    const found = extract(
      '实施高标准农田建设，其中浮梁县灌区高效节水改造、乐平市旱作梯田宜机化改造分别由市农业农村局和乐平市人民政府负责。',
    );
    expect([...found.keys()].filter((name) => /其中|分别/.test(name))).toEqual([]);
  });

  it('takes a 片区 for a project, the works after the last one shared by all (推进A片区、B片区城中村改造)', () => {
    const found = extract('在浮梁县，推进甲乙古城片区、丙丁片区城中村改造。');
    expect([...found.keys()]).toEqual(['甲乙古城片区', '丙丁片区']);
  });

  it('splits two names joined by 及 only when each is a named work', () => {
    const found = extract('2027年建成投用浮梁至乐平城际铁路及浮梁东站综合交通枢纽，建设戊己学院教学及宿舍楼。');
    expect([...found.keys()].sort()).toEqual(['戊己学院教学及宿舍楼', '浮梁东站综合交通枢纽', '浮梁至乐平城际铁路']);
  });
});

describe('records numbered 项目一：, 项目二：…', () => {
  it('takes each record for its project, placed by its 建设地点 field and given its 牵头单位, generic ones too', () => {
    const found = extractUnder(
      '科技创新重点项目',
      '',
      '项目一：甲乙新能源实验室。建设锂资源提取和储能安全研究平台。建设地点：浮梁县。牵头单位：市科技局。',
      '项目二：工业互联网标识解析二级节点。建设行业标识解析平台。建设地点：乐平市。牵头单位：市数据局。',
    );
    expect([...found.keys()]).toEqual(['甲乙新能源实验室', '工业互联网标识解析二级节点']);
    expect(found.get('甲乙新能源实验室')!.districts.map((d) => `${d.name}/${d.rule}`)).toEqual([
      '浮梁县/district-located',
    ]);
    expect(found.get('甲乙新能源实验室')!.orgs).toEqual(['unit:市科学技术局']);
    expect(found.get('工业互联网标识解析二级节点')!.item).toBe(2);
  });
});

describe('numbered names one to a line', () => {
  it('takes each name of a numbered run for a project, whatever its head, but no generic one', () => {
    const found = extractUnder(
      '全域旅游重点项目',
      '',
      '1.景德镇古城历史文化街区保护提升',
      '2.浮梁百里画廊旅游带',
      '3.乡村旅游',
      '说明：以上项目由市文化广电旅游局牵头。',
    );
    expect([...found.keys()]).toEqual(['景德镇古城历史文化街区保护提升', '浮梁百里画廊旅游带']);
  });
});

describe('area codes a box defines', () => {
  it('places a ▸ entry in the areas its code stands for, and takes a coded generic name as a project', () => {
    const found = extractUnder(
      '港口物流重点项目',
      '',
      '（项目后括注为建设地点代码：A—珠山区，B—昌江区，C—浮梁县；未括注的为跨区域项目。）',
      '▸ 甲乙多式联运物流园〔B〕',
      '▸ 高铁快运物流基地〔C〕',
      '▸ 丙丁保税物流中心（B型）〔A、C〕',
    );
    const districts = (name: string) => found.get(name)!.districts.map((d) => `${d.name}/${d.rule}`);
    expect([...found.keys()]).toEqual(['甲乙多式联运物流园', '高铁快运物流基地', '丙丁保税物流中心（B型）']);
    expect(districts('甲乙多式联运物流园')).toEqual(['昌江区/district-code']);
    expect(districts('丙丁保税物流中心（B型）')).toEqual(['珠山区/district-code', '浮梁县/district-code']);
  });
});

describe('entries ranked by stars', () => {
  it('reads ★★★ before a name as one bullet', () => {
    const found = extractUnder(
      '文化旅游重点项目',
      '',
      '★★★ 浮梁大峡谷景区',
      '★★ 乐平民族风情园',
      '★ 昌江溜索文化体验园',
    );
    expect([...found.keys()]).toEqual(['浮梁大峡谷景区', '乐平民族风情园', '昌江溜索文化体验园']);
  });
});

describe('a line of its own name', () => {
  it('leaves off a size or a scale class in brackets after the name', () => {
    const found = extractUnder(
      '城市更新重点项目',
      '',
      '● 浮梁县城老旧小区改造（涉及小区46个）',
      '● 乐平甲乙水库（中型）',
    );
    expect([...found.keys()]).toEqual(['浮梁县城老旧小区改造', '乐平甲乙水库']);
  });
});

describe('who answers for the projects of a box', () => {
  it('reads 以上项目由X牵头 inside a note closing the box as said of every project of the box', () => {
    const found = extract(
      '建设甲乙科技产业园。',
      '建设丙丁物流园。',
      '注：投资为估算数。以上项目由市工业和信息化局牵头。',
    );
    expect(found.get('甲乙科技产业园')!.orgs).toContain('unit:市工业和信息化局');
    expect(found.get('丙丁物流园')!.orgs).toContain('unit:市工业和信息化局');
  });
});

describe('projects of a table box', () => {
  it('reads a tick under a column headed by an area as where the project lies', () => {
    const found = extract(
      '| 序号 | 项目名称 | 浮梁 | 乐平 | 昌江区 |',
      '|------|------|------|------|------|',
      '| 1 | 甲乙富硒大米产业化联合体 | √ | | √ |',
      '| 2 | 丙丁油茶低产林改造 | | √ | |',
    );
    const districts = (name: string) => found.get(name)!.districts.map((d) => `${d.name}/${d.rule}`);
    expect(districts('甲乙富硒大米产业化联合体')).toEqual([
      '浮梁县/district-location-cell',
      '昌江区/district-location-cell',
    ]);
    expect(districts('丙丁油茶低产林改造')).toEqual(['乐平市/district-location-cell']);
    expect(found.get('丙丁油茶低产林改造')!.districts[0].quote).toBe(
      '序号 | 项目名称 | 浮梁 | 乐平 | 昌江区 / 2 | 丙丁油茶低产林改造 | √',
    );
  });

  it('joins a row of fragments after a repeated header (| 程 | 区 | | 公司 |) to the row a page break cut', () => {
    const found = extract(
      '| 项目名称 | 建设地点 | 建设年限 | 实施主体 |',
      '| --- | --- | --- | --- |',
      '| 甲乙抽水蓄能电站 | 浮梁县 | 2026—2031年 | 丙丁能源集团 |',
      '| 500千伏甲乙东输变电工 | 珠山区、昌江 | 2026—2028年 | 国网甲乙供电 |',
      '| 项目名称 | 建设地点 | 建设年限 | 实施主体 |',
      '| 程 | 区 | | 公司 |',
      '| 戊己海上风电制氢示范项目 | 乐平市 | 2028—2030年 | 丙丁能源集团 |',
    );
    expect([...found.keys()]).toEqual(['甲乙抽水蓄能电站', '500千伏甲乙东输变电工程', '戊己海上风电制氢示范项目']);
    expect(found.get('500千伏甲乙东输变电工程')!.districts.map((d) => d.name)).toEqual(['珠山区', '昌江区']);
    expect(found.get('500千伏甲乙东输变电工程')!.orgs).toEqual(['unit:国网甲乙供电公司']);
  });

  it('takes a name opening with a mountain or river the plan speaks of (霰山北坡) for a proper name', () => {
    const found = extract(
      '◆霰山国际滑雪度假区：位于浮梁县霰山北坡，新建雪道30条，配套建设索道和山地酒店。',
      '◆镩河冰上运动公园：利用镩河北岸冬季冰面，建设冰上游乐场地。',
    );
    expect([...found.keys()]).toEqual(['霰山国际滑雪度假区', '镩河冰上运动公园']);
    expect(found.get('霰山国际滑雪度假区')!.tier).toBe('A');
  });

  it('reads a horse firm by its trade (马业) and an area’s experience zone or trade zone as a bullet’s project', () => {
    const found = extract(
      '◆ 騊驰马业国际马术中心：位于浮梁县，建设标准马术场、耐力赛道和马术学校。',
      '◆ 浮梁县甲乙苏木游牧文化体验区：依托传统游牧生产方式，建设游牧文化展示馆和牧户体验点。',
      '◆ 乐平市边民互市贸易区：建设交易大厅和仓储设施。',
    );
    expect([...found.keys()]).toEqual(['騊驰马业国际马术中心', '浮梁县甲乙苏木游牧文化体验区', '乐平市边民互市贸易区']);
    expect(found.get('騊驰马业国际马术中心')!.orgs).toEqual(['unit:騊驰马业']);
  });

  it('reads what a firm builds in a town of an area (支持X马业在甲县乙镇建设Y), the firm by its trade', () => {
    const found = extract(
      '4. 马产业。支持騊驰马业在浮梁县甲乙镇建设蒙古马良种繁育基地；支持罴勒山牧业在乐平市建设万头肉牛繁育基地。',
      '支持凊鲜冷链在浮梁县建设农产品冷链集配中心。',
    );
    expect([...found.keys()]).toEqual(['蒙古马良种繁育基地', '万头肉牛繁育基地', '农产品冷链集配中心']);
    expect(found.get('蒙古马良种繁育基地')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('万头肉牛繁育基地')!.orgs).toEqual(['unit:罴勒山牧业']);
  });

  it('gives the bodies of a 由 clause closing a sentence to every project of the sentence', () => {
    const found = extractUnder(
      '综合交通重点工程',
      '铁路',
      '1. 铁路：建设甲乙至丙丁口岸铁路（途经浮梁县），推进戊己至庚辛铁路前期工作，建设甲乙煤矿铁路专用线，由市交通运输局、甲乙交通投资集团负责建设。',
    );
    expect([...found.keys()]).toEqual(['甲乙至丙丁口岸铁路', '戊己至庚辛铁路', '甲乙煤矿铁路专用线']);
    for (const project of found.values()) expect(project.orgs).toEqual(['unit:市交通运输局', 'unit:甲乙交通投资集团']);
  });

  it('gives the bodies of a 由 clause and of the clauses after it that close a sentence to every project of it', () => {
    const found = extractUnder(
      '综合交通重点工程',
      '快速路',
      '2. 快速路：建设甲乙快速路丙丁段、环城北路快速化改造工程，实施昌江绕城高速互通立交改造，由市交通局负责建设，区交通运输局配合。',
    );
    expect([...found.keys()]).toEqual(['甲乙快速路丙丁段', '环城北路快速化改造工程', '昌江绕城高速互通立交改造']);
    for (const project of found.values()) expect(project.orgs).toEqual(['unit:市交通局', 'unit:区交通运输局']);
  });

  it('takes a numbered heading for the project when what follows says what it is made from (以X为原料，建设…)', () => {
    const found = extract(
      '（1）甲乙60万吨/年煤制烯烃项目。建设煤气化和甲醇制烯烃装置。（责任单位：甲乙能源集团）',
      '（2）煤基可降解材料产业园。以乙二醇为原料，建设PBAT、PGA可降解材料生产线。（责任单位：甲乙能源集团）',
    );
    expect([...found.keys()]).toEqual(['甲乙60万吨/年煤制烯烃项目', '煤基可降解材料产业园']);
  });

  it('reads a port’s landed-goods processing park and a kind’s letter in brackets, no slogan of change', () => {
    const found = extract(
      '② 甲乙口岸进口资源落地加工园：建设进口煤炭洗选和饲草加工区，推动“通道经济”向“落地经济”转变。（牵头单位：市商务局）',
      '④ 甲乙保税物流中心（B型）：建设保税仓储和分拨配送设施。（牵头单位：市商务局）',
      '⑤ 推进甲乙机场航空口岸开放。',
    );
    expect([...found.keys()]).toEqual(['甲乙口岸进口资源落地加工园', '甲乙保税物流中心（B型）']);
  });

  it('reads a name beside the same in a people’s own script, irrigation works (续建配套) and a zone’s factories', () => {
    const found = extract(
      '◆ 甲乙寺文物保护利用工程（ཧུན་གླིང་དགོན་པ།）：位于浮梁县，实施大殿和经堂修缮。',
      '2.水利：实施乐平市干流防洪治理工程，浮梁县中型灌区续建配套与节水改造工程；实施县城集中供暖工程（全地区）。',
      '（八）浮梁县',
      '● 浮梁县标准化厂房三期',
      '新建标准厂房30万平方米。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙寺文物保护利用工程',
      '乐平市干流防洪治理工程',
      '浮梁县中型灌区续建配套与节水改造工程',
      '县城集中供暖工程',
      '浮梁县标准化厂房三期',
    ]);
  });

  it('reads a name after a name of its kind set off by a comma, a folk village and a showcase, no own level', () => {
    const found = extract(
      '2.生态修复：实施甲山生态保护修复工程，乙泊湿地保护修复工程；建设浮梁县沿河防护林带。',
      '◆ 浮梁县丙庄民俗文化村：建设回族民俗展示馆和特色民宿。',
      '◆ 乐平市发制品工业旅游示范点：依托发制品产业园建设工业旅游参观线路。',
      '● 县域商业“一店一中心”示范项目（全县）：改造提升乡镇连锁商超和县域商贸物流配送中心。',
    );
    expect([...found.keys()]).toEqual([
      '甲山生态保护修复工程',
      '乙泊湿地保护修复工程',
      '浮梁县沿河防护林带',
      '浮梁县丙庄民俗文化村',
      '乐平市发制品工业旅游示范点',
      '县域商业“一店一中心”示范项目',
    ]);
  });

  it('gives a box’s only closing line of who answers (由X牵头，Y配合实施。) to every item’s projects', () => {
    const found = extract(
      '1.铁路：建设乐平站综合客运枢纽。',
      '2.公路：建设浮梁县改线工程。',
      '由市交通运输局牵头，市商务局配合实施。',
    );
    for (const project of found.values()) expect(project.orgs).toEqual(['unit:市交通运输局', 'unit:市商务局']);
  });

  it('reads where a project lies and who builds it from one bracket after its name (位于X，由Y负责建设)', () => {
    const found = extract(
      '建设乐平公铁联运物流港（位于乐平市，由丙丁交通投资有限公司负责建设）、浮梁县酒城历史文化街区（实施主体：浮梁县文旅投资集团）。',
    );
    expect(found.get('乐平公铁联运物流港')!.orgs).toEqual(['unit:丙丁交通投资有限公司']);
    expect(found.get('乐平公铁联运物流港')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    expect(found.get('浮梁县酒城历史文化街区')!.orgs).toEqual(['unit:浮梁县文旅投资集团']);
  });

  it('reads numbered headings across a group heading, a school’s size as its description, a special-steel firm', () => {
    const found = extract(
      '（一）教育',
      '1. 景德镇市第一中学东部新城校区。办学规模60个班。',
      '2. 浮梁县人民医院新院区。新增床位600张。',
      '（二）文化体育',
      '3. 景德镇市工人文化宫改造提升工程。',
      '支持甲乙特钢在浮梁县建设高端轴承钢精炼连铸项目。',
    );
    expect([...found.keys()]).toEqual([
      '景德镇市第一中学东部新城校区',
      '浮梁县人民医院新院区',
      '景德镇市工人文化宫改造提升工程',
      '高端轴承钢精炼连铸项目',
    ]);
  });

  it('keeps quotes inside one name whole, and strips a section bracket unless the name is a route between places', () => {
    const found = extract(
      '实施大宗物料“公转铁”“散改集”清洁运输工程，推进“甲乙”“丙丁”品牌提升。',
      '建设乐平市城市轨道交通1号线一期工程（乐平城区至东部新城段）、甲州至浮梁县城际铁路（甲州至浮梁县段）。',
    );
    expect([...found.keys()]).toEqual(
      expect.arrayContaining([
        '大宗物料“公转铁”“散改集”清洁运输工程',
        '乐平市城市轨道交通1号线一期工程',
        '甲州至浮梁县城际铁路（甲州至浮梁县段）',
      ]),
    );
  });

  it('reads what is built at the level of the whole (统筹建设X) and what is deployed (部署X)', () => {
    const found = extract(
      '全市统筹建设“甲乙泡菜”区域公用品牌运营中心（市农业农村局牵头）。',
      '部署工业互联网标识解析二级节点。',
    );
    expect([...found.keys()]).toEqual(['“甲乙泡菜”区域公用品牌运营中心', '工业互联网标识解析二级节点']);
  });

  it('knows a firm the plan names in full elsewhere (X有限公司) opening a name that writes it without its form', () => {
    for (const prose of ['依托蔎香茶业有限公司，推进茶叶加工标准化。', '支持蔎香茶业有限公司等龙头企业做大做强。']) {
      const found = extract(prose, '2.蔎香茶业标准化清洁化加工中心');
      expect([...found.keys()]).toEqual(['蔎香茶业标准化清洁化加工中心']);
      expect(found.get('蔎香茶业标准化清洁化加工中心')!.orgs).toEqual(['unit:蔎香茶业有限公司']);
    }
  });

  it('reads a name ending in the works done on it (提质升级) before a colon, not the parts it lists', () => {
    const found = extract('【浮梁县】甲乙国家森林公园提质升级：完善竹海栈道、观景台和游客服务中心。');
    expect([...found.keys()]).toEqual(['甲乙国家森林公园提质升级']);
  });

  it('takes a topic a dash sets off before a colon (——新型基础设施：) for no project, a name so set off for one', () => {
    const found = extract(
      '——新型基础设施：在浮梁县建设甲乙海洋大数据中心；实施“海上千兆”渔船通信覆盖工程。',
      '——浮梁县枸杞产业园：建设枸杞烘干和精深加工车间。',
    );
    expect([...found.keys()]).toEqual(['甲乙海洋大数据中心', '“海上千兆”渔船通信覆盖工程', '浮梁县枸杞产业园']);
  });

  it('reads a ；-list under an area heading whose names end in the works done on them, generic ones too', () => {
    const found = extractUnder(
      '城市更新重点项目',
      '浮梁县',
      '浮梁县农贸市场提升改造；浮梁县地下综合管廊；西关城中村改造。',
    );
    expect([...found.keys()]).toEqual(['浮梁县农贸市场提升改造', '浮梁县地下综合管廊', '西关城中村改造']);
  });

  it('reads what an area is asked to build after a topic and a colon (——X：支持Y建设A), not the ask as a name', () => {
    const found = extract('——民族文化传承：支持浮梁县建设甲乙瑶寨民族风情村、丙丁长鼓舞传习所。');
    expect([...found.keys()]).toContain('甲乙瑶寨民族风情村');
    expect([...found.keys()].join()).not.toMatch(/支持/);
    expect(found.get('甲乙瑶寨民族风情村')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a name set apart in 【】 with its area in brackets after it, over what it builds', () => {
    const found = extract('【甲乙村传统村落保护利用工程】（浮梁县）修缮传统民居和枣乡民俗馆。');
    expect([...found.keys()]).toEqual(['甲乙村传统村落保护利用工程']);
    expect(found.get('甲乙村传统村落保护利用工程')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a 项目业主 column as who answers for the row', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 项目业主 |',
      '| --- | --- | --- | --- |',
      '| 1 | 甲乙天麻良种繁育基地 | 浮梁县 | 丙丁药业有限公司 |',
    );
    expect(found.get('甲乙天麻良种繁育基地')!.orgs).toEqual(['unit:丙丁药业有限公司']);
  });

  it('reads projects set out as cards: the name on a line of its own, its fields below as a row of a table', () => {
    const found = extract(
      '甲乙海上风电场一期',
      '建设地点：浮梁县；建设年限：2026—2028年',
      '建设内容：装机容量100万千瓦，建设220千伏海上升压站1座。',
      '丙丁风电运维母港',
      '建设地点：乐平市',
      '建设内容：建设运维码头、备品备件仓库。',
      '责任单位：丙丁能源有限公司',
    );
    expect([...found.keys()]).toEqual(['甲乙海上风电场一期', '丙丁风电运维母港']);
    expect(found.get('甲乙海上风电场一期')!.districts.map((d) => [d.name, d.basis])).toEqual([['浮梁县', 'stated']]);
    expect(found.get('丙丁风电运维母港')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    expect(found.get('丙丁风电运维母港')!.orgs).toEqual(['unit:丙丁能源有限公司']);
  });

  it("reads a map drawn in the areas' columns: each project of its key lies where its mark stands", () => {
    const found = extract(
      '| 浮梁县 | 乐平市 | 昌江区 |',
      '| ━━━━━━━━━海岸线━━━━━━━━━ | | |',
      '| ①② | | ③ |',
      '| ①甲乙湾岸线整治修复工程 | ②丙丁海堤生态化改造工程 | |',
      '| ③戊己湿地保护修复工程 | | |',
      '| ④庚辛生态预警监测体系建设（全域，图中未标注） | | |',
    );
    expect([...found.keys()]).toEqual([
      '甲乙湾岸线整治修复工程',
      '丙丁海堤生态化改造工程',
      '戊己湿地保护修复工程',
      '庚辛生态预警监测体系',
    ]);
    const districts = (name: string) => found.get(name)!.districts.map((d) => d.name);
    expect(districts('丙丁海堤生态化改造工程')).toEqual(['浮梁县']);
    expect(districts('戊己湿地保护修复工程')).toEqual(['昌江区']);
    expect(districts('庚辛生态预警监测体系')).toEqual([]);
    expect(found.get('丙丁海堤生态化改造工程')!.districts[0].quote).toContain('①②');
  });

  it('reads a row numbered in Chinese numerals with only a name (| 一 | 续建项目 |) as the group of the rows below', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 总投资（亿元） |',
      '| --- | --- | --- | --- |',
      '| 一 | 续建项目 |  |  |',
      '| 1 | 甲乙船舶修造基地 | 浮梁县 | 48.0 |',
      '| 小计 |  |  | 48.0 |',
      '| 二 | 谋划项目 |  |  |',
      '| 2 | 丙丁邮轮修造基地（暂定名） | 乐平市 | 30.0 |',
    );
    expect([...found.keys()]).toEqual(['甲乙船舶修造基地', '丙丁邮轮修造基地']);
  });

  it('reads each numbered project of a cell with the place and unit the cells beside it give by its number', () => {
    const row =
      '| 新型储能 | ①甲乙盐穴储能电站一期 ②丙丁储气库 ③戊己储能示范电站 | ①②浮梁县 ③乐平市 | ①②甲乙能源有限公司 ③市发展改革委 |';
    const found = extract('| 领域 | 重点项目 | 建设地点 | 责任单位 |', '|------|------|------|------|', row);
    expect([...found.keys()]).toEqual(['甲乙盐穴储能电站一期', '丙丁储气库', '戊己储能示范电站']);
    expect(found.get('丙丁储气库')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('戊己储能示范电站')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    expect(found.get('戊己储能示范电站')!.orgs).toEqual(['unit:市发展改革委']);
    // The row as printed is what says so.
    expect(found.get('丙丁储气库')!.districts[0].quote).toBe(row.slice(2, -2));
  });

  it('reads a table printed in two parts as one, the second part keyed by the first one’s 序号', () => {
    const found = extract(
      '| 序号 | 项目名称 | 主要建设内容 |',
      '|------|------|------|',
      '| 1 | 甲乙真空制盐技改项目 | 新建制盐装置 |',
      '| 2 | 丙丁联碱二期项目 | 新增纯碱产能 |',
      '表2-1（续） 建设地点及实施主体',
      '| 序号 | 建设地点 | 实施主体 |',
      '|------|------|------|',
      '| 2 | 乐平市 | 丙丁盐化有限公司 |',
      '| 1 | 浮梁县 | 市工业和信息化局 |',
    );
    expect([...found.keys()]).toEqual(['甲乙真空制盐技改项目', '丙丁联碱二期项目']);
    expect(found.get('甲乙真空制盐技改项目')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('丙丁联碱二期项目')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    expect(found.get('甲乙真空制盐技改项目')!.orgs).toEqual(['unit:市工业和信息化局']);
  });

  it('reads a table of one column per area as projects lying in the area of their column', () => {
    const found = extract(
      '| 浮梁县 | 乐平市 | 昌江区 |',
      '| 甲乙泡菜产业园二期 | 丙丁菜籽油精深加工产业园 | |',
      '| 戊己蔬菜集采集配中心 | | 庚辛高山生态茶园提质工程 |',
    );
    const districts = (name: string) => found.get(name)!.districts.map((d) => d.name);
    expect([...found.keys()]).toEqual([
      '甲乙泡菜产业园二期',
      '丙丁菜籽油精深加工产业园',
      '戊己蔬菜集采集配中心',
      '庚辛高山生态茶园提质工程',
    ]);
    expect(districts('丙丁菜籽油精深加工产业园')).toEqual(['乐平市']);
    expect(districts('庚辛高山生态茶园提质工程')).toEqual(['昌江区']);
    expect(found.get('庚辛高山生态茶园提质工程')!.districts[0].quote).toBe(
      '浮梁县 | 乐平市 | 昌江区 / 戊己蔬菜集采集配中心 | 庚辛高山生态茶园提质工程',
    );
  });

  it('reads a table of projects to attract (招商项目, 承接园区, 招商责任单位)', () => {
    const found = extract(
      '| 序号 | 招商项目 | 拟引资额（亿元） | 承接园区 | 招商责任单位 |',
      '|------|------|------|------|------|',
      '| 1 | 进口坚果精深加工项目 | 8.0 | 浮梁县 | 县投资促进局 |',
    );
    expect(found.get('进口坚果精深加工项目')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('进口坚果精深加工项目')!.orgs).toEqual(['unit:县投资促进局']);
  });

  it('takes no firm from a word of kind opening a listed name (跨境, 边境)', () => {
    const found = extract(
      '| 序号 | 招商项目 | 承接园区 | 招商责任单位 |',
      '|------|------|------|------|',
      '| 1 | 跨境冷链物流分拨中心 | 浮梁县 | 县商务局 |',
      '| 2 | 边境仓和海外仓项目 | 浮梁县 | 县商务局 |',
    );
    expect(found.get('跨境冷链物流分拨中心')!.orgs).toEqual(['unit:县商务局']);
    expect(found.get('边境仓和海外仓项目')!.orgs).toEqual(['unit:县商务局']);
  });

  it('reads a ditto mark in a cell as the cell above it', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 实施主体 |',
      '|------|------|------|------|',
      '| 1 | 甲乙第一中学新校区 | 浮梁县 | 市教育局 |',
      '| 2 | 丙丁第二幼儿园 | 〃 | 同上 |',
    );
    expect(found.get('丙丁第二幼儿园')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('丙丁第二幼儿园')!.orgs).toEqual(['unit:市教育局']);
  });

  it('reads records whose keys stand in 【】 as the rows of a table', () => {
    const found = extract(
      '【项目名称】甲乙陆港铁路物流基地二期【建设地点】浮梁县【实施主体】丙丁物流有限公司【建设内容】新建集装箱作业线4条。',
      '【项目名称】戊己冷链集配中心【建设地点】乐平市、浮梁县【实施主体】市商务局【建设内容】建设仓储分拨设施和监管仓库。',
    );
    expect([...found.keys()]).toEqual(['甲乙陆港铁路物流基地二期', '戊己冷链集配中心']);
    expect(found.get('戊己冷链集配中心')!.districts.map((d) => d.name)).toEqual(['乐平市', '浮梁县']);
    expect(found.get('甲乙陆港铁路物流基地二期')!.orgs).toEqual(['unit:丙丁物流有限公司']);
  });

  it('reads a table set on its side, a project a column, and none of its field rows as prose', () => {
    const found = extract(
      '| 序　号 | 1 | 2 |',
      '|------|------|------|',
      '| 项目名称 | 甲乙抽水蓄能电站 | 丙丁风电场二期 |',
      '| 建设地点 | 浮梁县 | 乐平市 |',
      '| 建设规模 | 装机120万千瓦 | 装机10万千瓦 |',
      '| 责任单位 | 市能源局 | 乐平市人民政府 |',
    );
    expect([...found.keys()]).toEqual(['甲乙抽水蓄能电站', '丙丁风电场二期']);
    expect(found.get('丙丁风电场二期')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    expect(found.get('丙丁风电场二期')!.orgs).toEqual(['unit:乐平市人民政府']);
    expect(found.get('丙丁风电场二期')!.item).toBe(2);
  });

  it("reads the projects a 重点项目 cell lists, set apart by 、, each with the row's bodies", () => {
    const found = extract(
      '| 重点任务 | 重点项目 | 责任单位 | 完成时限 |',
      '|------|------|------|------|',
      '| 扩大优质教育资源供给 | 甲乙第一中学新校区、浮梁县、乐平市丙丁职业学院、戊己第三小学 | 市教育局 | ２０２７年底前 |',
    );
    expect([...found.keys()]).toEqual(['甲乙第一中学新校区', '浮梁县、乐平市丙丁职业学院', '戊己第三小学']);
    expect(found.get('戊己第三小学')!.orgs).toEqual(['unit:市教育局']);
  });

  it('reads the 牵头单位 and the 配合单位 column as responsible bodies, not a 各乡镇 cell', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 牵头单位 | 配合单位 |',
      '|------|------|------|------|------|',
      '| 1 | 甲乙米粉产业园 | 浮梁县 | 市工信局 | 浮梁县人民政府 |',
      '| 2 | 丙丁中央厨房 | 全市 | 市商务局 | 各乡镇 |',
    );
    expect(found.get('甲乙米粉产业园')!.orgs).toEqual(
      expect.arrayContaining(['unit:市工业和信息化局', 'unit:浮梁县人民政府']),
    );
    expect(found.get('丙丁中央厨房')!.orgs.filter((o) => o.includes('乡镇'))).toEqual([]);
    expect(found.get('丙丁中央厨房')!.orgs.length).toBeGreaterThan(0);
  });

  it('reads where a content cell builds or which areas it joins when there is no 建设地点 column, and no 相关 body', () => {
    const found = extract(
      '| 项目名称 | 建设规模及内容 | 起止年限 | 责任单位 |',
      '|------|------|------|------|',
      '| 甲乙车业整车基地（续建） | 在浮梁县、乐平市分别建设总装基地 | 2026—2029 | 浮梁县人民政府、相关镇人民政府 |',
      '| 丙丁大桥 | 连接珠山区和昌江区，主桥长1公里 | 2026—2028 | 市交通运输局 |',
      '| 戊己快速路 | 在中心城区建设快速路 | 2026—2028 | 市交通运输局 |',
    );
    expect([...found.keys()]).toEqual(['甲乙车业整车基地', '丙丁大桥', '戊己快速路']);
    expect(found.get('甲乙车业整车基地')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
    expect(found.get('甲乙车业整车基地')!.orgs.sort()).toEqual(['unit:浮梁县人民政府', 'unit:甲乙车业']);
    expect(found.get('丙丁大桥')!.districts.map((d) => d.name)).toEqual(['珠山区', '昌江区']);
    expect(found.get('戊己快速路')!.districts).toEqual([]);
  });

  it('reads a 所在乡镇 and an 实施主体 column, and a name that runs on over a page break', () => {
    const found = extract(
      '| 序号 | 项目名称 | 所在乡镇 | 建设内容 | 实施主体 |',
      '| 1 | 甲乙竹产业园二期 | 浮梁县 | 标准厂房 | 浮梁县人民政府 |',
      '| 2 | 丙丁木业刨花板生产线 | 乐平市 | 年产20万立方米 |  |',
      '| 序号 | 项目名称 | 所在乡镇 | 建设内容 | 实施主体 |',
      '|  | 技改 |  | 环保设施升级 | 丙丁木业有限公司 |',
    );
    expect([...found.keys()].sort()).toEqual(['丙丁木业刨花板生产线技改', '甲乙竹产业园二期']);
    expect(found.get('甲乙竹产业园二期')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('丙丁木业刨花板生产线技改')!.orgs).toEqual(expect.arrayContaining(['unit:丙丁木业有限公司']));
  });

  it('reads a row cut by a page break inside a cell, and a column head with a bracketed gloss', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点（所在乡镇） | 建设内容及规模 | 实施主体 |',
      '| 1 | 甲乙农光互补光伏电站 | 浮梁县 | 装机10万千瓦，光伏板下',
      '| | | | 种植中药材 | 丙丁绿能有限公司 |',
      '| 2 | 戊己输变电工程 | 乐平市 | 新建主变2台 | 县供电公司 |',
    );
    expect([...found.keys()].sort()).toEqual(['戊己输变电工程', '甲乙农光互补光伏电站']);
    expect(found.get('甲乙农光互补光伏电站')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('甲乙农光互补光伏电站')!.orgs).toEqual(['unit:丙丁绿能有限公司']);
  });
  it('files the rows under a group row by its title, and reads who answers for rows from a note by their numbers', () => {
    const content = contentUnder(
      '重点项目表',
      '',
      '| 序号 | 项目名称 | 建设地点 | 主要建设内容 |',
      '|------|------|------|------|',
      '| **一、新材料（2项）** | | | |',
      '| 1 | 甲乙集团高端输送管生产线 | 浮梁县 | 年产40万吨 |',
      '| 2 | 丙丁镀锌管件产业园 | 浮梁县 | 标准厂房 |',
      '| **二、汽车零部件（1项）** | | | |',
      '| 3 | 戊己汽配底盘件智能工厂 | 乐平市 | 年产底盘件300万件 |',
      '注：第1—2项由市工信局牵头，浮梁县人民政府负责实施；第3项由乐平市人民政府和所在镇人民政府负责。',
    );
    const project = (name: string) => content.projects.find((p) => p.name === name)!;
    expect(project('甲乙集团高端输送管生产线').industries[0].code).toBe('new-materials');
    expect(project('戊己汽配底盘件智能工厂').industries[0].code).toBe('auto');
    const units = (name: string) =>
      content.responsibilities
        .filter((r) => r.subjectId === project(name).id && r.role !== 'remit')
        .map(
          (r) =>
            `${content.units.find((u) => u.id === r.unitId)!.name}/${r.role}/${r.evidence.rule}@${r.evidence.line}`,
        )
        .sort();
    expect(units('丙丁镀锌管件产业园')).toEqual([
      '市工业和信息化局/lead/org-table-note@19',
      '浮梁县人民政府/implementing/org-table-note@19',
    ]);
    expect(units('戊己汽配底盘件智能工厂')).toEqual([
      '乐平市人民政府/implementing/org-table-note@19',
      '戊己汽配/implementing/org-in-project-name@18',
    ]);
  });
  it("reads a firm a project's name names by its short name as the firm its row states in full", () => {
    const content = contentUnder(
      '汽车零部件重点项目',
      '',
      '| 序号 | 项目名称 | 建设地点 | 实施主体 |',
      '| --- | --- | --- | --- |',
      '| 1 | 甲乙汽配一体化压铸车身结构件项目 | 浮梁县 | 甲乙汽车零部件有限公司 |',
    );
    const [project] = content.projects;
    expect(project.orgs.map((id) => content.units.find((u) => u.id === id)!.name)).toEqual(['甲乙汽车零部件有限公司']);
    expect(content.units.find((u) => u.name === '甲乙汽车零部件有限公司')!.aliases).toContain('甲乙汽配');
  });

  it('reads unit codes in the 责任单位 column by the key under the table, its first code leading where the key says so', () => {
    const content = contentUnder(
      '现代服务业重点项目',
      '',
      '| 序号 | 项目名称 | 建设地点 | 主要建设内容 | 责任单位 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 甲乙金融总部集聚区 | 浮梁县 | 建设金融总部楼宇 | ①③ |',
      '| 2 | 丙丁智慧物流园 | 乐平市 | 建设城市配送分拨中心 | ② |',
      '注：“责任单位”栏填写单位代码，排在首位的为牵头单位。①县商务局  ②县口岸服务中心',
      '③甲乙街道办事处',
    );
    const units = (name: string) => unitsByRule(content, name, 'org-unit-code');
    expect(units('甲乙金融总部集聚区')).toEqual([
      '县商务局/lead@16: ①③：①县商务局',
      '甲乙街道办事处/supporting@17: ①③：③甲乙街道办事处',
    ]);
    expect(units('丙丁智慧物流园')).toEqual(['县口岸服务中心/implementing@16: ②：②县口岸服务中心']);
  });
  it("reads a footnote's number glued after an entry's name as no part of it, and where and by whom the footnote says", () => {
    const content = contentUnder(
      '新型储能重点项目',
      '',
      '◆ 甲乙煤矿抽水蓄能电站1：利用关闭矿井巷道建设地下水库。',
      '◆ 丙丁储能装备产业园2：建设储能变流器和电池管理系统生产线。',
      '注：1位于浮梁县，由戊己煤业有限公司负责建设。',
      '2由乐平市人民政府、丙丁储能科技有限公司共建。',
    );
    expect(content.projects.map((p) => p.name)).toEqual(['甲乙煤矿抽水蓄能电站', '丙丁储能装备产业园']);
    const project = (name: string) => content.projects.find((p) => p.name === name)!;
    expect(project('甲乙煤矿抽水蓄能电站').districts.map((d) => `${d.name}/${d.rule}@${d.line}`)).toEqual([
      '浮梁县/district-footnote@14',
    ]);
    expect(unitsByRule(content, '甲乙煤矿抽水蓄能电站', 'org-footnote')).toEqual([
      '戊己煤业有限公司/implementing@14: 注：1位于浮梁县，由戊己煤业有限公司负责建设。',
    ]);
    expect(unitsByRule(content, '丙丁储能装备产业园', 'org-footnote')).toEqual([
      '丙丁储能科技有限公司/implementing@15: 2由乐平市人民政府、丙丁储能科技有限公司共建。',
      '乐平市人民政府/implementing@15: 2由乐平市人民政府、丙丁储能科技有限公司共建。',
    ]);
  });

  it('reads a mark under a column headed by a body (牵, 配, √) as that body’s part, by the box’s legend', () => {
    const content = contentUnder(
      '民生重点项目',
      '',
      '说明：表中“牵”为牵头单位，“配”为配合单位，“◎”为配合单位。',
      '| 序号 | 项目名称 | 建设地点 | 县教育体育局 | 县卫生健康局 | 县发展改革局 |',
      '|------|------|------|------|------|------|',
      '| 1 | 甲乙第一中学扩建 | 浮梁县 | 牵 | | 配 |',
      '| 2 | 乐平市县域医疗次中心 | 乐平市 | | 牵 | ◎ |',
      '| 3 | 戊己托育服务中心 | 乐平市 | √ | | |',
    );
    const units = (name: string) => {
      const project = content.projects.find((p) => p.name === name)!;
      return content.responsibilities
        .filter((r) => r.subjectId === project.id && r.role !== 'remit')
        .map((r) => `${content.units.find((u) => u.id === r.unitId)!.name}/${r.role}/${r.evidence.rule}`)
        .sort();
    };
    expect(units('甲乙第一中学扩建')).toEqual([
      '县发展改革局/supporting/org-matrix-mark',
      '县教育体育局/lead/org-matrix-mark',
    ]);
    expect(units('乐平市县域医疗次中心')).toEqual([
      '县卫生健康局/lead/org-matrix-mark',
      '县发展改革局/supporting/org-matrix-mark',
    ]);
    expect(units('戊己托育服务中心')).toEqual(['县教育体育局/implementing/org-matrix-mark']);
    // The mark says who only with its column's head: the quote holds both rows.
    const lead = content.responsibilities.find((r) => r.role === 'lead')!;
    expect(lead.evidence.quote).toContain('县教育体育局');
    expect(lead.evidence.quote).toContain('甲乙第一中学扩建');
  });

  it('reads a row drawn as a branch of the row above (├ X) as a project with the parent’s place and body', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 建设年限 | 实施主体 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 甲乙国际游艇城 | 浮梁县 | 2026—2030 | 甲乙游艇有限公司 |',
      '|  | ├ 甲乙游艇二期总装基地 |  | 2026—2027 |  |',
      '|  | └ 甲乙国际游艇码头（300个泊位） |  | 2027—2029 | 丙丁文旅集团 |',
      '| 2 | 戊己修造船基地提升工程 | 乐平市 | 2026—2028 | 戊己重工有限公司 |',
    );
    expect([...found.keys()]).toEqual([
      '甲乙国际游艇城',
      '甲乙游艇二期总装基地',
      '甲乙国际游艇码头',
      '戊己修造船基地提升工程',
    ]);
    expect(found.get('甲乙游艇二期总装基地')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('甲乙游艇二期总装基地')!.orgs).toEqual(['unit:甲乙游艇有限公司']);
    expect(found.get('甲乙国际游艇码头')!.orgs).toEqual(['unit:丙丁文旅集团']);
  });

  it('reads who gives aid (援建方) as a unit column, an empty cell as none', () => {
    const found = extract(
      '| 序号 | 项目名称 | 援建方 | 受援乡镇（园区） |',
      '|------|------|------|------|',
      '| 1 | 甲乙东西部协作产业园 | 丙丁服饰有限公司 | 浮梁县 |',
      '| 2 | 戊己乡村振兴示范片 | —— | 乐平市 |',
    );
    expect(found.get('甲乙东西部协作产业园')!.orgs).toEqual(['unit:丙丁服饰有限公司']);
    expect(found.get('戊己乡村振兴示范片')!.orgs).toEqual([]);
  });

  it('reads a column headed by the kind of its projects (“十五五”重点技改项目) as the names, 厂址 as where they lie', () => {
    const found = extract(
      '| 序号 | 糖厂 | 厂址 | 划定蔗区范围 | “十五五”重点技改项目 | 实施主体 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 甲乙糖厂 | 浮梁县 | 乐平市、浮梁县 | 压榨生产线智能化改造；甲乙蔗渣环保餐具项目 | 甲乙糖业有限公司 |',
    );
    expect([...found.keys()]).toEqual(['压榨生产线智能化改造', '甲乙蔗渣环保餐具项目']);
    expect(found.get('甲乙蔗渣环保餐具项目')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('甲乙蔗渣环保餐具项目')!.orgs).toEqual(['unit:甲乙糖业有限公司']);
  });

  it('sets a column of two heads in one (建设地点／实施主体) out as two, each cell split at its ／', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点／实施主体 | 建设期限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 甲乙汽车一体化压铸件项目 | 浮梁县／甲乙汽车部件有限公司 | 2026—2028 |',
      '| 2 | 丙丁检测认证中心 | 乐平市、浮梁县／市市场监督管理局 | 2026—2027 |',
    );
    expect(found.get('甲乙汽车一体化压铸件项目')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('甲乙汽车一体化压铸件项目')!.orgs).toContain('unit:甲乙汽车部件有限公司');
    expect(found.get('丙丁检测认证中心')!.districts.map((d) => d.name)).toEqual(['乐平市', '浮梁县']);
    expect(found.get('丙丁检测认证中心')!.orgs).toEqual(['unit:市市场监督管理局']);
  });

  it('joins 项目 alone under the names to the name above: a wrapped end, not the header again', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 实施主体 |',
      '| --- | --- | --- | --- |',
      '| 1 | 甲乙电器高压线束及连接器 | 浮梁县 | 甲乙电器有限公司 |',
      '| | 项目 | | |',
      '| 2 | 丙丁检测认证中心 | 乐平市 | 市市场监督管理局 |',
    );
    expect([...found.keys()]).toEqual(['甲乙电器高压线束及连接器项目', '丙丁检测认证中心']);
  });

  it('joins the rest of a row whose number cell says it goes on (7（续）)', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 责任单位 |',
      '| --- | --- | --- | --- |',
      '| 7 | 甲乙石化产业基地乙烯及下 | 浮梁县 | 甲乙石化有限公司 |',
      '| 7（续） | 游深加工项目 | | |',
    );
    expect([...found.keys()]).toEqual(['甲乙石化产业基地乙烯及下游深加工项目']);
  });

  it('reads a name head spanning two sub-heads (主体工程, 配套工程) as a project in each, of the row’s place and body', () => {
    const found = extract(
      '| 序号 | 项目名称 | | 建设地点 | 实施主体 |',
      '| | 主体工程 | 配套工程 | | |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 甲乙绿电制氢一体化示范项目 | 甲乙加氢母站 | 浮梁县 | 甲乙能源科技有限公司 |',
      '| 2 | 丙丁玄武岩纤维及制品项目 | — | 乐平市 | 丙丁新材料有限公司 |',
    );
    expect([...found.keys()]).toEqual(['甲乙绿电制氢一体化示范项目', '甲乙加氢母站', '丙丁玄武岩纤维及制品项目']);
    expect(found.get('甲乙加氢母站')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('甲乙加氢母站')!.orgs).toEqual(['unit:甲乙能源科技有限公司']);
  });

  it('keeps a word too short to name anything with the name after it in a cell listing projects', () => {
    const found = extract(
      '| 海拔（米） | 重点项目 |',
      '| --- | --- |',
      '| 2500以上 | 重楼、黄精仿野生种植基地（浮梁县） |',
      '| 800以下 | 甲乙热带水果产业带；丙丁蔬菜基地（乐平市） |',
    );
    expect([...found.keys()]).toEqual(['重楼、黄精仿野生种植基地', '甲乙热带水果产业带', '丙丁蔬菜基地']);
    expect(found.get('丙丁蔬菜基地')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });
});

describe('who carries a project out, said after it', () => {
  /** Each unit of a project as `name/role/rule@line`. */
  const units = (content: ReturnType<typeof contentUnder>, name: string) => {
    const project = content.projects.find((p) => p.name === name)!;
    return content.responsibilities
      .filter((r) => r.subjectId === project.id && r.role !== 'remit')
      .map((r) => {
        const unit = content.units.find((u) => u.id === r.unitId)!;
        return `${unit.name}/${r.role}/${r.evidence.rule}@${r.evidence.line}`;
      })
      .sort();
  };

  it('gives the bodies of a 责任单位 line to the projects of the item above it, quoting that line', () => {
    const content = contentUnder(
      '装备重点项目',
      '',
      '1.船舶修造。推进甲乙船坞扩建、丙丁修船基地改造等一批项目建设。',
      '责任单位：市工信局、戊己管委会',
      '2.海工装备。建设庚辛钻井平台总装基地。',
    );
    expect(units(content, '甲乙船坞扩建')).toEqual([
      '市工业和信息化局/implementing/org-responsible-line@13',
      '戊己管委会/implementing/org-responsible-line@13',
    ]);
    expect(units(content, '丙丁修船基地改造')).toHaveLength(2);
    expect(units(content, '庚辛钻井平台总装基地')).toEqual([]);
  });

  it('gives the firm a （一） sub-heading names to the numbered entries under it, up to the next sub-heading', () => {
    const content = contentUnder(
      '现代煤化工重点项目',
      '',
      '（一）甲乙能源集团有限公司',
      '1. 甲乙煤制烯烃二期项目',
      '2. 浮梁县煤制乙二醇项目',
      '（二）浮梁县',
      '1. 乐平市煤焦油深加工项目三期',
    );
    expect(units(content, '浮梁县煤制乙二醇项目')).toContain(
      '甲乙能源集团有限公司/implementing/org-responsible-line@12',
    );
    expect(units(content, '乐平市煤焦油深加工项目三期').join()).not.toContain('甲乙能源集团有限公司');
  });

  it('gives a 牵头单位 line closing a box, its only line of who answers, to every entry of the box', () => {
    const content = contentUnder(
      '开放平台重点项目',
      '',
      '1. 甲乙国际陆港（浮梁县）：建设铁路集装箱中心站。',
      '2. 丙丁跨境电商产业园（乐平市）：建设海外仓服务平台。',
      '牵头单位：市商务局；配合单位：戊己海关',
    );
    expect(units(content, '甲乙国际陆港')).toEqual([
      '市商务局/lead/org-responsible-line@14',
      '戊己海关/supporting/org-responsible-line@14',
    ]);
    expect(units(content, '丙丁跨境电商产业园')).toHaveLength(2);
  });

  it('reads X牵头，Y配合 after a project as its lead and supporting bodies', () => {
    const content = contentUnder('航运重点项目', '', '建设甲乙航运服务中心，由市港航局牵头，丙丁港集团配合。');
    expect(units(content, '甲乙航运服务中心')).toEqual([
      '丙丁港集团/supporting/org-support-clause@12',
      '市港航局/lead/org-lead-clause@12',
    ]);
  });

  it('reads a sentence of its own naming who answers (由X负责实施。 / X牵头，Y配合。) as the unit of the projects before it', () => {
    const content = contentUnder(
      '能源重点工程',
      '',
      '（1）电网。建设甲乙输变电工程、丙丁变电站。由戊己供电公司负责实施。',
      '（2）氢能。建设庚辛制氢项目。市发展改革委牵头，壬癸集团配合。',
    );
    expect(units(content, '丙丁变电站')).toEqual(['戊己供电公司/implementing/org-responsible-line@12']);
    expect(units(content, '庚辛制氢项目')).toEqual([
      '壬癸集团/supporting/org-responsible-line@13',
      '市发展改革委/lead/org-responsible-line@13',
    ]);
  });

  it('reads 由X负责实施 as the district when X is an area and as the body otherwise', () => {
    const found = extract('建设“甲乙”工程研究院，由浮梁县负责实施；建设“丙丁”邮轮母港，由戊己港集团负责实施。');
    expect(found.get('“甲乙”工程研究院')!.districts.map((d) => `${d.name}/${d.rule}`)).toEqual([
      '浮梁县/district-undertaker',
    ]);
    expect(found.get('“甲乙”工程研究院')!.orgs).toEqual([]);
    expect(found.get('“丙丁”邮轮母港')!.districts).toEqual([]);
    expect(found.get('“丙丁”邮轮母港')!.orgs).toEqual(['unit:戊己港集团']);
    // Said in a sentence of its own after the project's: quoted from that sentence.
    const after = extract('建设甲乙工程研究院。由浮梁县负责实施。');
    expect(after.get('甲乙工程研究院')!.districts.map((d) => `${d.name}/${d.rule}/${d.quote}`)).toEqual([
      '浮梁县/district-undertaker/由浮梁县负责实施',
    ]);
  });

  it('reads 由X负责前期工作 after a project, and a project named as the subject of 由X负责建设', () => {
    const found = extract(
      '建设“甲乙”通用机场（浮梁县），由县交通运输局负责前期工作。',
      '浮梁县城乡供水一体化工程由县水务投资公司负责建设，新增日供水能力5万吨。',
    );
    expect(found.get('“甲乙”通用机场')!.orgs).toEqual(['unit:县交通运输局']);
    expect(found.get('浮梁县城乡供水一体化工程')!.orgs).toEqual(['unit:县水务投资公司']);
    expect([...found.keys()].sort()).toEqual(['“甲乙”通用机场', '浮梁县城乡供水一体化工程']);
  });

  it('reads 跨X和Y after a project as the districts it crosses, and leaves a clause of another kind alone', () => {
    const found = extract('建设甲乙跨江通道，跨珠山区和昌江区；建设“丙丁”大桥，跨越两岸。');
    expect(found.get('甲乙跨江通道')!.districts.map((d) => `${d.name}/${d.rule}`)).toEqual([
      '珠山区/district-across',
      '昌江区/district-across',
    ]);
    expect(found.get('“丙丁”大桥')!.districts).toEqual([]);
  });
  it('reads 由X会同Y组织实施 as X leading and Y supporting, a kind of body as none', () => {
    const content = contentUnder(
      '兴边富民重点项目',
      '',
      '1. 浮梁县现代化边境小康村提升工程',
      '2. 乐平市东西部协作产业园',
      '以上项目由县农业农村局会同县乡村振兴局、所在乡镇（园区）组织实施。',
    );
    expect(units(content, '乐平市东西部协作产业园')).toEqual([
      '县乡村振兴局/supporting/org-responsible-line@14',
      '县农业农村局/lead/org-responsible-line@14',
    ]);
  });

  it('gives each paragraph’s closing （牵头单位：X；配合单位：Y） to that paragraph’s projects only', () => {
    const content = contentUnder(
      '生态环境保护重点工程',
      '',
      '——重金属污染防治：实施浮梁县冶炼废渣综合治理，建设乐平市污染监测预警平台。（牵头单位：市生态环境局；配合单位：浮梁县人民政府）',
      '——矿山生态修复：实施昌江区废弃矿山生态修复工程。（牵头单位：市自然资源局）',
    );
    expect(units(content, '浮梁县冶炼废渣综合治理').map((u) => u.split('/')[0])).toEqual([
      '市生态环境局',
      '浮梁县人民政府',
    ]);
    expect(units(content, '昌江区废弃矿山生态修复工程').map((u) => u.split('/')[0])).toEqual(['市自然资源局']);
  });
  it('reads a closing line whose 其中 clause is about some projects only as said of all by its first clause', () => {
    const content = contentUnder(
      '港口物流重点项目',
      '',
      '1. 浮梁县港区二期',
      '2. 乐平市物流园',
      '以上项目由市发展改革委、市商务局牵头推进，其中港口码头项目由甲乙港务集团有限公司负责实施。',
    );
    expect(units(content, '乐平市物流园').map((u) => u.replace(/@.*$/, ''))).toEqual([
      '市发展改革委/lead/org-responsible-line',
      '市商务局/lead/org-responsible-line',
    ]);
  });

  it('reads a note that every project is coordinated by a body (注：各项目由X统筹协调) as said of all', () => {
    const content = contentUnder(
      '新型能源体系重点工程',
      '',
      '| 领域 | 重点项目 | 建设地点 |',
      '|------|------|------|',
      '| 电力 | 浮梁县抽水蓄能电站 | 浮梁县 |',
      '| 新能源 | 乐平市渔光互补光伏电站 | 乐平市 |',
      '注：各项目由市发展改革委统筹协调。',
    );
    expect(units(content, '乐平市渔光互补光伏电站').map((u) => u.replace(/@.*$/, ''))).toEqual([
      '市发展改革委/implementing/org-responsible-line',
    ]);
  });
});

describe('where a project lies, said after its name', () => {
  it('reads the names of a line of their own after a topic that closes with a colon', () => {
    const found = extract(
      '3.检验检测平台：',
      '甲乙省轴承产品质量检验检测中心、丙丁市检验检测认证公共服务平台、戊己镇农业科技小院',
    );
    expect([...found.keys()]).toEqual([
      '甲乙省轴承产品质量检验检测中心',
      '丙丁市检验检测认证公共服务平台',
      '戊己镇农业科技小院',
    ]);
  });

  it('reads a firm alone in brackets after a name as the body that builds it, no part of the name', () => {
    const found = extract('建设甲乙省钢管工程技术研究中心（丙丁集团）、戊己轴承研究院。');
    expect([...found.keys()]).toEqual(['甲乙省钢管工程技术研究中心', '戊己轴承研究院']);
    expect(found.get('甲乙省钢管工程技术研究中心')!.orgs).toEqual(['unit:丙丁集团']);
  });

  it('reads （位于X） after a name as its district', () => {
    const found = extract('建设市托育综合服务中心（位于浮梁县）。');
    expect([...found.keys()]).toEqual(['市托育综合服务中心']);
    expect(found.get('市托育综合服务中心')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('cuts （位于X） from the name when X holds a town the plan does not list, keeping the area it does', () => {
    const found = extract('建设甲乙博物馆新馆、甲乙海洋文化馆（位于乐平市丙丁镇），推进城市书房建设。');
    expect([...found.keys()]).toEqual(['甲乙博物馆新馆', '甲乙海洋文化馆']);
    expect(found.get('甲乙海洋文化馆')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('cuts （在X…改造建设） from the name as where it lies', () => {
    const found = extract('建设甲乙科技产业园、浮梁县丙丁创意街区（在浮梁县老厂区内改造建设）。');
    expect([...found.keys()]).toEqual(['甲乙科技产业园', '浮梁县丙丁创意街区']);
    expect(found.get('浮梁县丙丁创意街区')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });
});

describe('districts said around a name', () => {
  const districts = (found: ReturnType<typeof extract>, name: string) =>
    found.get(name)!.districts.map((d) => `${d.name}/${d.rule}`);

  it("takes no district from a short form inside a firm's name, but from one after it", () => {
    const found = extract('实施浮梁能源集团甲乙煤矿智能化改造、浮梁能源集团乐平丙丁煤矿充填开采等项目。');
    expect(found.get('浮梁能源集团甲乙煤矿智能化改造')!.districts).toEqual([]);
    expect(found.get('浮梁能源集团乐平丙丁煤矿充填开采')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads a clause 在X、Y境内新建… that names no project of its own as where the project before it lies', () => {
    const found = extract(
      '实施甲乙引水工程，在浮梁县、乐平市境内新建输水干渠86公里；建设丙丁水厂，在浮梁县新建戊己泵站。',
    );
    expect(districts(found, '甲乙引水工程')).toEqual(['浮梁县/district-located', '乐平市/district-located']);
    expect(districts(found, '丙丁水厂')).toEqual([]);
  });

  it('reads …，项目位于X after a name as where that project lies', () => {
    const found = extract('建设甲乙研发制造基地，项目位于浮梁县丙丁工业片区；推进戊己产业园建设。');
    expect(districts(found, '甲乙研发制造基地')).toEqual(['浮梁县/district-located']);
    expect(districts(found, '戊己产业园')).toEqual([]);
  });

  it('places each project of a 分别 sentence in the area at its position, generic ones too', () => {
    const found = extract(
      '在浮梁县、乐平市、昌江区分别建设甲乙枣乡产业强镇、丙丁枸杞产业强镇和沙地肉羊产业强镇。',
      '珠山区、昌江区分别实施城郊设施蔬菜基地和黄土塬苹果提质工程，浮梁县建设甲乙湿地农业公园。',
    );
    expect(districts(found, '甲乙枣乡产业强镇')).toEqual(['浮梁县/district-respectively']);
    expect(districts(found, '丙丁枸杞产业强镇')).toEqual(['乐平市/district-respectively']);
    expect(districts(found, '沙地肉羊产业强镇')).toEqual(['昌江区/district-respectively']);
    expect(found.get('沙地肉羊产业强镇')!.tier).toBe('B');
    expect(districts(found, '城郊设施蔬菜基地')).toEqual(['珠山区/district-respectively']);
    expect(districts(found, '黄土塬苹果提质工程')).toEqual(['昌江区/district-respectively']);
    expect(districts(found, '甲乙湿地农业公园')).toEqual(['浮梁县/district-subject']);
  });

  it('gives each project before 分别由 the body at its position after it', () => {
    const found = extract(
      '实施高标准农田建设和旱作梯田改造，其中乐平灌区高效节水改造、浮梁县旱作梯田宜机化改造、昌江区农村供水“千吨万人”工程分别由市农业农村局、浮梁县人民政府和市水务局负责。',
    );
    const orgs = (name: string) => found.get(name)!.orgs;
    expect([...found.keys()]).toEqual([
      '乐平灌区高效节水改造',
      '浮梁县旱作梯田宜机化改造',
      '昌江区农村供水“千吨万人”工程',
    ]);
    expect(orgs('乐平灌区高效节水改造')).toEqual(['unit:市农业农村局']);
    expect(orgs('浮梁县旱作梯田宜机化改造')).toEqual(['unit:浮梁县人民政府']);
    expect(orgs('昌江区农村供水“千吨万人”工程')).toEqual(['unit:市水务局']);
    expect(districts(found, '乐平灌区高效节水改造')).toEqual(['乐平市/district-in-name']);
  });

  it('reads a comma list of a gas line, distributed solar and a plant sized in brackets', () => {
    const found = extractUnder(
      '能源重点项目',
      '',
      '建设甲乙220千伏输变电工程，丙丁天然气门站及高压管线，浮梁县工业企业屋顶分布式光伏，戊己新型储能电站（100MW/200MWh）。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙220千伏输变电工程',
      '丙丁天然气门站及高压管线',
      '浮梁县工业企业屋顶分布式光伏',
      '戊己新型储能电站',
    ]);
  });

  it('takes a scenic drive, a flower festival and a cluster of guesthouses for projects', () => {
    const found = extractUnder(
      '文化旅游重点项目',
      '',
      '甲乙苹果花节（浮梁县）',
      '丙丁至戊己沿河自驾风景道（浮梁县、乐平市）',
      '乐平市窑洞民宿集群（乐平市）',
    );
    expect([...found.keys()]).toEqual(['甲乙苹果花节', '丙丁至戊己沿河自驾风景道', '乐平市窑洞民宿集群']);
  });

  it('cuts the works shared by a list at the first ending of the last name (X站站城一体化开发)', () => {
    const found = extract('推进浮梁站、乐平站、昌江站站城一体化开发。');
    expect([...found.keys()]).toEqual(['浮梁站', '乐平站', '昌江站']);
  });

  it('keeps areas with a town of theirs joined before one name (甲县乙镇、丙市丁镇X基地)', () => {
    const found = extract('建设浮梁县甲乙镇、乐平市丙丁镇有机高粱基地，推进戊己酒业扩能。');
    expect([...found.keys()]).toContain('浮梁县甲乙镇、乐平市丙丁镇有机高粱基地');
    expect(found.has('浮梁县甲乙镇')).toBe(false);
    // 浮梁渔港小镇 is a project of a town's kind (a 特色小镇), no town of 浮梁: two projects.
    const towns = extract('推进浮梁渔港小镇、乐平渔货交易中心建设。');
    expect([...towns.keys()]).toEqual(['浮梁渔港小镇', '乐平渔货交易中心']);
  });

  it("reads a route's two ends in brackets (（连接X与Y）, （X至Y输水管道）) as where it runs, no part of the name", () => {
    const found = extract('建成甲乙跨海大桥（连接浮梁县与丙丁市区），实施戊己引水二期工程（丙丁至浮梁跨海输水管道）。');
    expect([...found.keys()]).toEqual(['甲乙跨海大桥', '戊己引水二期工程']);
    expect(districts(found, '甲乙跨海大桥')).toEqual(['浮梁县/district-in-name']);
  });

  it('reads （X至Y段） after a name as the section between two areas, no part of the name', () => {
    const found = extract('实施甲乙航道扩能工程（浮梁至乐平段），建设丙丁港区综合码头。');
    expect(districts(found, '甲乙航道扩能工程')).toEqual(['浮梁县/district-in-name', '乐平市/district-in-name']);
    // A line's two ends, without 段.
    const line = extract('建设甲乙城市轨道交通2号线一期工程（浮梁县至乐平市）。');
    expect(districts(line, '甲乙城市轨道交通2号线一期工程')).toEqual([
      '浮梁县/district-in-name',
      '乐平市/district-in-name',
    ]);
  });

  it('reads a route through areas （X—Y—Z） or a section within one （X段） after a name as where it lies', () => {
    const found = extract('建设甲乙市域快线一期（浮梁—乐平—昌江区），实施丙丁湖岸线生态修复工程（浮梁县段）。');
    expect(districts(found, '甲乙市域快线一期')).toEqual([
      '浮梁县/district-in-name',
      '乐平市/district-in-name',
      '昌江区/district-in-name',
    ]);
    expect(districts(found, '丙丁湖岸线生态修复工程')).toEqual(['浮梁县/district-in-name']);
    const listed = extractUnder('城市更新重点项目', '', '● 丙丁湖岸线生态修复工程（浮梁县段）');
    expect(districts(listed, '丙丁湖岸线生态修复工程')).toEqual(['浮梁县/district-in-name']);
  });

  it('reads （跨X、Y） after a name as the areas it runs across', () => {
    const found = extract('加快建设甲乙—丙丁高速铁路（跨浮梁县、乐平市），推进戊己物流园建设。');
    expect(districts(found, '甲乙—丙丁高速铁路')).toEqual(['浮梁县/district-in-name', '乐平市/district-in-name']);
  });

  it('reads areas each heading their projects after a numbered heading, and a route kind alone as no project', () => {
    const found = extractUnder(
      '城市建设重点项目',
      '',
      '2.城市更新。浮梁县：甲乙老街片区综合改造、丙丁老工业区搬迁改造；乐平市：戊己城区燃气管网更新改造。',
      '1. 高速铁路。建成甲乙至丙丁高速铁路，推进戊己东站综合交通枢纽建设。',
    );
    expect(districts(found, '丙丁老工业区搬迁改造')).toEqual(['浮梁县/district-heading']);
    expect(districts(found, '戊己城区燃气管网更新改造')).toEqual(['乐平市/district-heading']);
    expect(found.has('高速铁路')).toBe(false);
    expect(found.has('甲乙至丙丁高速铁路')).toBe(true);
  });

  it('reads …，机场位于X after a name ending 机场 as where it lies, but not a clause about another thing', () => {
    const found = extract('推进甲乙通用机场前期工作，机场位于浮梁县；建设丙丁物流园，码头位于乐平市。');
    expect(districts(found, '甲乙通用机场')).toEqual(['浮梁县/district-located']);
    expect(districts(found, '丙丁物流园')).toEqual([]);
  });

  it('scopes the projects of a box or item whose heading opens with an area, unless they name their own', () => {
    const found = extractUnder('乐平市家居产业重点项目', '', '推进甲乙家居产业园、浮梁县丙丁板材基地建设。');
    expect(districts(found, '甲乙家居产业园')).toEqual(['乐平市/district-heading']);
    expect(districts(found, '浮梁县丙丁板材基地')).toEqual(['浮梁县/district-in-name']);
    expect(found.get('甲乙家居产业园')!.districts[0].quote).toBe('乐平市家居产业重点项目');
  });

  it('scopes the projects below a sub-heading that is an area, up to the next sub-heading', () => {
    const found = extractUnder(
      '现代渔业重点项目',
      '',
      '（一）乐平市',
      '建设甲乙养殖平台，推进浮梁县丙丁渔港扩建。',
      '（二）其他',
      '推进戊己远洋渔业基地建设。',
    );
    expect(districts(found, '甲乙养殖平台')).toEqual(['乐平市/district-heading']);
    expect(found.get('甲乙养殖平台')!.districts[0].quote).toBe('（一）乐平市');
    expect(districts(found, '浮梁县丙丁渔港扩建')).toEqual(['浮梁县/district-in-name']);
    expect(districts(found, '戊己远洋渔业基地')).toEqual([]);
  });

  it("scopes the projects of a paragraph whose numbered head opens with an area's short form", () => {
    const found = extractUnder(
      '绿色食品重点项目',
      '',
      '1.浮梁绿色食品。推进甲乙富硒米业精深加工、丙丁矿泉水扩能等一批项目建设。',
    );
    expect(districts(found, '丙丁矿泉水扩能')).toEqual(['浮梁县/district-heading']);
  });

  it('reads 支持X建设Y as Y undertaken by the area X', () => {
    const found = extract('支持乐平市建设甲乙循环产业园。');
    expect([...found.keys()]).toEqual(['甲乙循环产业园']);
    expect(districts(found, '甲乙循环产业园')).toEqual(['乐平市/district-subject']);
  });
});

describe('names that end in what is made or done', () => {
  it('reads firms named by a liquor, glass, packaging, chemical, textile or down trade', () => {
    const found = extract(
      '推进甲乙酒业技改三期、丙丁玻璃高档酒瓶生产线、戊己包装智能印刷二期、庚辛化工湿法磷酸净化建设。',
    );
    expect([...found.values()].map((p) => p.orgs)).toEqual([
      ['unit:甲乙酒业'],
      ['unit:丙丁玻璃'],
      ['unit:戊己包装'],
      ['unit:庚辛化工'],
    ]);
  });

  it('reads no firm in a trade word before glass (光伏玻璃深加工)', () => {
    expect(extract('推进光伏玻璃深加工项目建设。').get('光伏玻璃深加工项目')!.orgs).toEqual([]);
  });

  it('reads names ending in 总装, 研发制造, 国产化 and 送出, and a firm ending in 海工', () => {
    const found = extract('推进甲乙海工自升式钻井平台总装、深远海养殖工船研发制造，配套建设海上风电柔性直流送出。');
    expect([...found.keys()]).toEqual(['甲乙海工自升式钻井平台总装', '深远海养殖工船研发制造', '海上风电柔性直流送出']);
    expect(found.get('甲乙海工自升式钻井平台总装')!.orgs).toEqual(['unit:甲乙海工']);
    expect(found.get('深远海养殖工船研发制造')!.tier).toBe('B');
  });

  it('reads a firm’s output named by its size as its line’s project, placed where the firm builds it', () => {
    const found = extract(
      '2.甲乙纺织60万锭智能纺纱：由甲乙纺织有限公司在浮梁县实施，建设紧密纺智能化生产线。',
      '◇ 戊己果业5万吨杏干和杏仁深加工：由戊己果业有限公司在乐平市建设。',
    );
    expect([...found.keys()]).toEqual(['甲乙纺织60万锭智能纺纱', '戊己果业5万吨杏干和杏仁深加工']);
    expect(found.get('甲乙纺织60万锭智能纺纱')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('戊己果业5万吨杏干和杏仁深加工')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads firms ending in 轴承 or 种业 heading a table row as its firm', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 |',
      '|------|------|------|',
      '| 1 | 磟石轴承风电及轨道交通轴承产业化 | 浮梁县 |',
      '| 2 | 耧丰种业小麦玉米良种繁育基地 | 乐平市 |',
    );
    expect(found.get('磟石轴承风电及轨道交通轴承产业化')!.orgs).toEqual(['unit:磟石轴承']);
    expect(found.get('耧丰种业小麦玉米良种繁育基地')!.orgs).toEqual(['unit:耧丰种业']);
  });

  it('reads firms ending in 磁业 or 织造 as the identity of what they make or upgrade (技改)', () => {
    const found = extract('推进甲乙产业园二期、北稀磁业高性能钕铁硼永磁、恒莼织造无梭织机技改建设。');
    expect([...found.keys()]).toEqual(['甲乙产业园二期', '北稀磁业高性能钕铁硼永磁', '恒莼织造无梭织机技改']);
    expect(found.get('恒莼织造无梭织机技改')!.orgs).toEqual(['unit:恒莼织造']);
  });

  it('reads a campaign named in quotes as a project, and an unnamed one as none', () => {
    const found = extract('实施“甲乙好粮油”品牌提升行动，开展质量提升行动。');
    expect([...found.keys()]).toEqual(['“甲乙好粮油”品牌提升行动']);
  });

  it('keeps a phase after a shared ending and strips 建设 from a named cluster', () => {
    const found = extract('建设丙丁港区原油码头、丙丁港区集装箱码头三期，推进浮梁县石塘渔村民宿集群建设。');
    expect([...found.keys()]).toEqual(['丙丁港区原油码头', '丙丁港区集装箱码头三期', '浮梁县石塘渔村民宿集群']);
  });
});

describe('names of institutions and shared suffixes', () => {
  it('reads a laboratory heading a base of it as its body, and a laboratory built as no body of its own', () => {
    const found = extract('建设甲乙实验室浮梁基地、丙丁实验室。');
    expect(found.get('甲乙实验室浮梁基地')!.orgs).toEqual(['unit:甲乙实验室']);
    expect(found.get('丙丁实验室')!.orgs).toEqual([]);
  });

  it("keeps a building of the county's own institution as a Tier-A project", () => {
    const found = extract('推进县中医医院迁建，建设县疾病预防控制中心实验楼。');
    expect(found.get('县疾病预防控制中心实验楼')!.tier).toBe('A');
  });

  it("keeps the plan's own institution and the works on it as a Tier-A project", () => {
    const found = extract('推进市中医院迁建、县第二高级中学扩建。');
    expect([...found.keys()]).toEqual(['市中医院迁建', '县第二高级中学扩建']);
    expect([...found.values()].map((p) => p.tier)).toEqual(['A', 'A']);
  });

  it('strips no suffix from a last item that has a head noun of its own', () => {
    const found = extract('建设甲乙综合服务中心、乐平市中心敬老院改扩建。');
    expect([...found.keys()]).toEqual(['甲乙综合服务中心', '乐平市中心敬老院改扩建']);
  });
});

describe('a numbered heading that is itself a project', () => {
  it("takes a heading named by a firm of a trade (锂业, 镁业, 米业, 枣业) for that firm's project", () => {
    const found = extractUnder(
      '锂电产业链重点项目',
      '',
      '（2）甲乙锂业锂云母提锂技改扩能项目。采用焙烧和膜分离工艺，新增碳酸锂产能3万吨。',
      '（3）丙丁米业富硒米精深加工项目。年加工富硒大米10万吨。',
    );
    expect(found.get('甲乙锂业锂云母提锂技改扩能项目')!.orgs).toEqual(['unit:甲乙锂业']);
    expect(found.get('丙丁米业富硒米精深加工项目')!.orgs).toEqual(['unit:丙丁米业']);
  });

  it('takes a campus of a named school for its project, and 在X新建, 迁至X or 处理规模 for a description', () => {
    const found = extractUnder(
      '社会民生重点项目',
      '',
      '1. 甲乙高级中学新校区。新建教学楼和学生宿舍。',
      '2. 景德镇职业技术学院东校区。在浮梁县北部新建，办学规模60个班。',
      '3. 景德镇市第一高级中学迁建工程。迁至乐平市，办学规模60个班。',
      '4. 化工园区污水集中处理厂提标改造工程。处理规模提升至每日4万吨。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙高级中学新校区',
      '景德镇职业技术学院东校区',
      '景德镇市第一高级中学迁建工程',
      '化工园区污水集中处理厂提标改造工程',
    ]);
    expect(found.get('甲乙高级中学新校区')!.orgs).toEqual(['unit:甲乙高级中学']);
    expect(found.get('景德镇市第一高级中学迁建工程')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('leaves the short name (以下简称) or nickname the plan gives a project out of its name', () => {
    const found = extractUnder(
      '社会民生重点项目',
      '',
      '1. 甲乙县文化中心（“三馆一中心”）。建设图书馆、文化馆和博物馆。',
      '2. 丙丁泵阀产业创新服务综合体（以下简称“泵阀综合体”）。建设研发、检测和展示平台。',
    );
    expect([...found.keys()]).toEqual(['甲乙县文化中心', '丙丁泵阀产业创新服务综合体']);
  });

  it('reads the heading as the project, where it lies from 位于, and its generic parts as no projects', () => {
    const found = extract('1.瑶里湖国家级旅游度假区。位于浮梁县，建设滨湖度假酒店群和游客中心。');
    expect([...found.keys()]).toEqual(['瑶里湖国家级旅游度假区']);
    expect(found.get('瑶里湖国家级旅游度假区')!.districts.map((d) => `${d.name}/${d.rule}`)).toEqual([
      '浮梁县/district-located',
    ]);
  });

  it('takes no sector heading for a project', () => {
    expect([...extract('2.节会品牌。办好第三届甲乙文化节。').keys()]).toEqual(['第三届甲乙文化节']);
    // A topic of a few words, though what follows opens as a description would.
    const found = extract('1. 创新平台。依托甲乙药用玻璃有限公司，建设省级药用玻璃工程技术研究中心。');
    expect([...found.keys()]).toEqual(['省级药用玻璃工程技术研究中心']);
  });

  it('reads （1） and ① headings, and a phase after the head, as the project', () => {
    const found = extract(
      '（1）浮梁县甲乙新材料产业园。建设中试线和研发楼。',
      '②丙丁铁路专用线二期。建设站房和停车场。',
    );
    expect([...found.keys()]).toEqual(['浮梁县甲乙新材料产业园', '丙丁铁路专用线二期']);
    expect(found.get('丙丁铁路专用线二期')!.mentions[0].item).toBe(2);
  });

  it('takes a heading without a known place for the project when what follows describes it', () => {
    const found = extract(
      '（3）戊己石墨烯中试基地。位于浮梁县，新建标准厂房。',
      '（4）庚辛文化旅游节。提升景区配套设施。',
    );
    expect([...found.keys()]).toEqual(['戊己石墨烯中试基地', '庚辛文化旅游节']);
    expect(found.get('戊己石墨烯中试基地')!.tier).toBe('A');
    expect(found.get('戊己石墨烯中试基地')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a decimal item (1.2 名称。…) as its project, filed under the heading its first number names', () => {
    const found = extract(
      '2.1甲乙精密轴承产业园（续建）。位于浮梁县，建设轴承生产线和配套仓储设施。',
      '2.2丙丁再生资源分拣基地。在乐平市建设年分拣10万吨的破碎和打包中心。',
    );
    expect([...found.keys()]).toEqual(['甲乙精密轴承产业园', '丙丁再生资源分拣基地']);
    expect(found.get('丙丁再生资源分拣基地')!.mentions[0].item).toBe(2);
    expect(found.get('甲乙精密轴承产业园')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('keeps a heading that goes on to name projects as their topic', () => {
    const found = extract('（1）新材料产业园。推进甲乙新材料产业园、丙丁新材料产业园等一批项目建设。');
    expect([...found.keys()]).toEqual(['甲乙新材料产业园', '丙丁新材料产业园']);
  });
});

describe('a dash paragraph as a sub-heading', () => {
  it('files the projects of a ——X。 paragraph under X', () => {
    const found = extractUnder('交通和水利重点工程', '', '——水利。实施甲乙河综合治理。');
    expect(found.get('甲乙河综合治理')!.industries[0].code).toBe('water');
  });

  it('files the projects of a （1）X。 paragraph under X', () => {
    const found = extractUnder('城市功能重点项目', '', '（1）城市更新。实施浮梁县老港片区有机更新。');
    expect(found.get('浮梁县老港片区有机更新')!.industries[0]).toMatchObject({ code: 'urban', rule: 'item-lexicon' });
  });
});

describe('list entries that name their project before a colon or a full stop', () => {
  it('takes the works on a named thing in phases (X保护与开发二期) and a name described by 整合 or 争创 before a colon', () => {
    const found = extractUnder(
      '水乡古镇和全域旅游重点项目',
      '',
      '◆ 甲溪古镇保护与开发二期：修缮明清水乡民居和古桥古驳岸。',
      '◆ 乙丙旅游度假区：整合湖滨资源，争创省级旅游度假区。',
    );
    expect([...found.keys()]).toEqual(['甲溪古镇保护与开发二期', '乙丙旅游度假区']);
  });

  const districts = (found: ReturnType<typeof extract>, name: string) => found.get(name)!.districts.map((d) => d.name);

  it('drops a bullet and a status marker from the name, and reads 位于X in what follows', () => {
    const found = extract(
      '■ 甲乙电商产业园二期（续建）：位于浮梁县，新建直播间200间。',
      '★ 丙丁共享仓储中心：在乐平市建设分拣设施。',
    );
    expect([...found.keys()]).toEqual(['甲乙电商产业园二期', '丙丁共享仓储中心']);
    expect(districts(found, '甲乙电商产业园二期')).toEqual(['浮梁县']);
    expect(districts(found, '丙丁共享仓储中心')).toEqual(['乐平市']);
  });

  it('reads 位于X where it opens a later clause of what follows, and a stated place over a short form in the name', () => {
    const found = extract(
      '▲ 甲乙国际金融中心：建设超高层金融商务综合体，位于浮梁县。',
      '重点项目：浮梁门历史文化街区保护提升（位于乐平市）、甲乙古城墙遗址公园。',
    );
    expect(districts(found, '甲乙国际金融中心')).toEqual(['浮梁县']);
    expect(districts(found, '浮梁门历史文化街区保护提升')).toEqual(['乐平市']);
  });

  it('takes a line whose works are gathered, joined up or served to someone as its description, and 商圈 and 金融街 as projects', () => {
    const found = extract(
      '▲ 甲乙金融街：集聚银行、证券机构区域总部。',
      '▲ 科技金融服务中心：集成科技信贷、风险补偿等功能。',
      '▲ 丙丁地下空间互联互通工程：连通地铁站点和商务楼宇。',
      '▲ 区域性股权市场服务基地：为科技型企业提供挂牌服务。',
      '▲ 政务数据灾备中心：为省、市、县政务数据提供异地灾备服务。',
      '▲ 戊己时尚消费商圈：引进首店50家。',
      '▲ 总部企业培育：力争引进区域总部20家。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙金融街',
      '科技金融服务中心',
      '丙丁地下空间互联互通工程',
      '区域性股权市场服务基地',
      '政务数据灾备中心',
      '戊己时尚消费商圈',
    ]);
  });

  it('takes a heading whose works open up a chain (打通…) as described', () => {
    const found = extract('（5）纺织服装产业数字化平台。打通设计、打样和订单分发。');
    expect([...found.keys()]).toEqual(['纺织服装产业数字化平台']);
  });

  it('reads a numbered 名称：内容 line with a name of its own, and not a numbered topic', () => {
    const found = extract('① 甲乙路邻里中心：建设社区食堂和便民服务设施。', '2. 数字基础设施：建设丙丁数据中心二期。');
    expect([...found.keys()].sort()).toEqual(['丙丁数据中心二期', '甲乙路邻里中心']);
    expect(found.get('甲乙路邻里中心')!.mentions[0].item).toBe(1);
  });

  it('takes a numbered heading as the project when what follows adds, brings in or places its works', () => {
    const found = extract(
      '1. 甲乙家纺年产300万套床品。新增生产线20条。',
      '2. 丙丁创意设计中心。在浮梁县建设设计研发平台。',
      '3. 戊己印染短流程染整技改。年节水100万吨。',
    );
    expect([...found.keys()]).toEqual(['甲乙家纺年产300万套床品', '丙丁创意设计中心', '戊己印染短流程染整技改']);
    expect(found.get('甲乙家纺年产300万套床品')!.orgs).toEqual(['unit:甲乙家纺']);
    expect(districts(found, '丙丁创意设计中心')).toEqual(['浮梁县']);
  });

  it('reads areas in brackets after a numbered heading, and a 牵头单位/配合单位 bracket after it', () => {
    const found = extract(
      '③甲乙中试基地（位于浮梁县）。建设中试线。（牵头单位：乐平市人民政府；配合单位：丙丁科技）',
      '⑤戊己大学乐平研究院。（牵头单位：市教育局）',
    );
    expect([...found.keys()]).toEqual(['甲乙中试基地', '戊己大学乐平研究院']);
    expect(districts(found, '甲乙中试基地')).toEqual(['浮梁县']);
    expect(found.get('甲乙中试基地')!.orgs.sort()).toEqual(['unit:丙丁科技', 'unit:乐平市人民政府']);
    expect(found.get('戊己大学乐平研究院')!.orgs).toContain('unit:市教育局');
  });
});

describe('two named works joined by 和', () => {
  it('splits works or facilities each named by a place of their own, not a work and what it adds', () => {
    const found = extract(
      '开展甲乙河堤防加固和丙丁河综合整治。',
      '建设浮梁县污水处理厂提标改造和城东再生水厂。',
      '推进乐平市戊己产业园提升改造和功能完善。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙河堤防加固',
      '丙丁河综合整治',
      '浮梁县污水处理厂提标改造',
      '城东再生水厂',
      '乐平市戊己产业园提升改造和功能完善',
    ]);
  });

  it('reads a name after a name, placed by brackets or by the plan’s own name, as a list written with commas', () => {
    const found = extract(
      '3.和美乡村：建设甲乙村和美乡村示范村（浮梁县），丙丁村少数民族特色村寨（乐平市）；实施戊己工程。',
    );
    expect([...found.keys()]).toEqual(['甲乙村和美乡村示范村', '丙丁村少数民族特色村寨', '戊己工程']);
    expect(found.get('丙丁村少数民族特色村寨')!.districts.map((d) => d.name)).toEqual(['乐平市']);
    const own = extract('3.污染防治：建设甲乙第三污水处理厂扩建工程，景德镇市秸秆综合利用产业园。');
    expect([...own.keys()]).toEqual(['甲乙第三污水处理厂扩建工程', '景德镇市秸秆综合利用产业园']);
    const corridor = extract('推进甲乙国家湿地公园保护修复，丙丁山天然林保护工程，浮梁县野生动物栖息地生态廊道建设。');
    expect([...corridor.keys()]).toEqual([
      '甲乙国家湿地公园保护修复',
      '丙丁山天然林保护工程',
      '浮梁县野生动物栖息地生态廊道',
    ]);
  });

  it('reads a district’s 综合开发 and a river’s banks (X河北岸, X河两岸) as named works, each its own project', () => {
    const found = extract('推进丙河北岸老工业区更新改造、景德镇火车站片区综合开发和丙河两岸老旧小区改造。');
    expect([...found.keys()]).toEqual(['丙河北岸老工业区更新改造', '景德镇火车站片区综合开发', '丙河两岸老旧小区改造']);
  });

  it('reads a park or reserve a government designates (X国家湿地公园) as named by the words before it', () => {
    const found = extract('推进甲乙国家湿地公园保护修复、城市国家湿地公园提升、丙丁省级自然保护区建设。');
    expect([...found.keys()]).toEqual(['甲乙国家湿地公园保护修复', '丙丁省级自然保护区']);
  });

  it('reads a stream’s 入海口 as a named place', () => {
    const found = extract('实施浮梁县湿地修复示范区和丙丁溪入海口生态缓冲带建设。');
    expect([...found.keys()]).toEqual(['浮梁县湿地修复示范区', '丙丁溪入海口生态缓冲带']);
  });
});

describe('numbered lines naming their own project', () => {
  it('takes a numbered 名称：内容 line that a 牵头单位 line of its own follows, Tier B when the name is generic', () => {
    const found = extract(
      '①甲乙精密动力电池结构件：位于浮梁县，建设壳体冲压生产线，年产结构件1亿件。',
      '牵头单位：市工信局',
      '②电池检测公共服务平台：建设检测实验室，为中小企业提供检测服务。',
      '牵头单位：市科技局、乐平市人民政府',
      '③数字基础设施：建设丙丁数据中心二期。',
      '牵头单位：市数据局',
    );
    expect([...found.keys()]).toEqual(['甲乙精密动力电池结构件', '电池检测公共服务平台', '丙丁数据中心二期']);
    expect(found.get('甲乙精密动力电池结构件')!.orgs).toContain('unit:甲乙精密');
    expect(found.get('甲乙精密动力电池结构件')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('电池检测公共服务平台')!.tier).toBe('B');
  });

  it('takes a numbered heading among headings naming their projects as one too, whatever its head', () => {
    const found = extract(
      '1. 甲乙科技功率模块封装基地。位于浮梁县，建设封装线。',
      '2. 丙丁新能源电池极耳及软连接。建设极耳、汇流排生产线，年产极耳5亿片。',
      '3. 智能制造。建设戊己工业互联网平台，实施“机器换人”项目200个以上。',
    );
    expect([...found.keys()]).toEqual(['甲乙科技功率模块封装基地', '丙丁新能源电池极耳及软连接', '戊己工业互联网平台']);
    expect(found.get('丙丁新能源电池极耳及软连接')!.orgs).toEqual(['unit:丙丁新能源']);
  });

  it('reads who builds a heading’s project from 由X投资建设 in what follows', () => {
    const found = extract('1. 甲乙化纤年产30万吨功能性纤维。位于浮梁县，由甲乙化纤投资建设熔体直纺生产线。');
    expect(found.get('甲乙化纤年产30万吨功能性纤维')!.orgs).toEqual(['unit:甲乙化纤']);
  });

  it('knows the firms a box names as the ones to grow, wherever a name opens with one', () => {
    const found = extract(
      '推进甲乙轴承新能源汽车轮毂单元扩产、丙丁电机伺服系统等项目建设。支持甲乙轴承、丙丁电机做大做强，支持民营经济发展壮大。',
    );
    expect(found.get('甲乙轴承新能源汽车轮毂单元扩产')!.orgs).toEqual(['unit:甲乙轴承']);
    expect(found.get('丙丁电机伺服系统')!.orgs).toEqual(['unit:丙丁电机']);
  });
});

describe('who answers for the projects of a paragraph or a box', () => {
  it('reads a 责任单位 sentence at the end of a paragraph as the unit of its projects', () => {
    const found = extract('1.卫生：建设甲乙医院新院区，推进县中医院迁建。责任单位：县卫健委。');
    expect(found.get('甲乙医院新院区')!.orgs).toContain('unit:县卫健委');
    expect(found.get('县中医院迁建')!.orgs).toContain('unit:县卫健委');
  });

  it('reads a closing 以上项目由X负责 line as the unit of every project of the box', () => {
    const found = extract(
      '建设甲乙港区二期，新建泊位8个，由乐平市人民政府牵头实施。',
      '建设丙丁物流中心。',
      '以上项目由县交通运输局负责统筹协调，相关镇人民政府配合。',
    );
    expect(found.get('甲乙港区二期')!.orgs.sort()).toEqual(['unit:乐平市人民政府', 'unit:县交通运输局']);
    expect(found.get('丙丁物流中心')!.orgs).toEqual(['unit:县交通运输局']);
  });

  it('gives a closing 以上项目由X负责 line only the projects since the closing line before it', () => {
    const found = extract(
      '甲乙集装箱中心站二期',
      '以上项目由市商务局负责。',
      '浮梁县公铁联运物流园',
      '以上项目由市交通运输局牵头，所在县人民政府配合实施。',
    );
    expect(found.get('甲乙集装箱中心站二期')!.orgs).toEqual(['unit:市商务局']);
    expect(found.get('浮梁县公铁联运物流园')!.orgs).toEqual(['unit:市交通运输局']);
  });

  it('reads the list after 重点工程： as the projects of the paragraph', () => {
    const found = extract('港口枢纽。完善港口集疏运体系。重点工程：甲乙港区二期、丙丁作业区、戊己航电枢纽。');
    expect([...found.keys()]).toEqual(['甲乙港区二期', '丙丁作业区', '戊己航电枢纽']);
  });
});

describe('names and places of list entries, continued', () => {
  it('reads a 名称：内容 line whose name holds quotes or a bracket', () => {
    const found = extract(
      '■ “甲乙云仓”共享仓储中心：位于浮梁县，建设分拣设施。',
      '■ 第三届中国（乐平）丙丁直播节：每年举办一届。',
    );
    expect([...found.keys()]).toEqual(['“甲乙云仓”共享仓储中心', '第三届中国（乐平）丙丁直播节']);
    expect(found.get('“甲乙云仓”共享仓储中心')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a numbered line naming a quarter or an urban village and the works on it', () => {
    const found = extract('① 甲乙老街历史文化街区保护更新：修缮沿河民居。', '② 丙丁巷片区城中村改造：建设安置住房。');
    expect([...found.keys()]).toEqual(['甲乙老街历史文化街区保护更新', '丙丁巷片区城中村改造']);
  });

  it('reads a line of several areas, each with a colon before its own names (甲区：A、B；乙县：C。)', () => {
    const found = extractUnder(
      '城市更新重点工程',
      '城市更新',
      '浮梁县：甲乙老街历史文化街区保护更新、丙丁片区老旧小区改造；乐平市：县城污水处理厂二期。',
    );
    expect([...found.keys()]).toEqual(['甲乙老街历史文化街区保护更新', '丙丁片区老旧小区改造', '县城污水处理厂二期']);
    expect(found.get('丙丁片区老旧小区改造')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('县城污水处理厂二期')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads 工程位于X、Y境内 after a name as where it lies', () => {
    const found = extract('实施甲乙河综合治理工程，治理河道18公里，工程位于浮梁县、乐平市境内。');
    expect(found.get('甲乙河综合治理工程')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
  });
});

describe('a line that is nothing but a project name', () => {
  it('reads named lines as projects, areas in brackets after them as where they lie, and no generic line', () => {
    const found = extractUnder(
      '水网建设重点工程',
      '水源工程',
      '甲乙水库工程（浮梁县）',
      '中心城区第二水源工程',
      '丙丁河流域防洪治理',
      '浮梁县、乐平市城乡供水一体化',
    );
    expect([...found.keys()]).toEqual(['甲乙水库工程', '丙丁河流域防洪治理', '浮梁县、乐平市城乡供水一体化']);
    expect(found.get('甲乙水库工程')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('浮梁县、乐平市城乡供水一体化')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
  });

  it('reads · bulleted lines without their status, a firm named by its 建材 trade, and no goal line', () => {
    const found = extractUnder(
      '建材产业重点项目',
      '',
      '·甲乙建材熟料生产线超低排放改造（续建）',
      '·浮梁县丙丁新材料产业园（新建）',
      '·绿色建材应用比例达到70%以上',
    );
    expect([...found.keys()]).toEqual(['甲乙建材熟料生产线超低排放改造', '浮梁县丙丁新材料产业园']);
    expect(found.get('甲乙建材熟料生产线超低排放改造')!.orgs).toEqual(['unit:甲乙建材']);
  });

  it('continues a list written with commas up to the next verb when every part names a project', () => {
    const found = extract(
      '建设甲乙县人民医院新院区（续建），丙丁中医院治未病中心，戊己城市地下综合管廊二期建设；实施庚辛产业园，浮梁县壬癸污水处理厂扩建，推进子丑文化馆。',
      '推进甲乙安全文化主题科技馆，利用现代模拟技术普及安全生产。',
      '配套建设丙丁废水集中处理设施和集中供热中心，实现园外企业全部入园。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙县人民医院新院区',
      '丙丁中医院治未病中心',
      '戊己城市地下综合管廊二期',
      '庚辛产业园',
      '浮梁县壬癸污水处理厂扩建',
      '子丑文化馆',
      '甲乙安全文化主题科技馆',
      '丙丁废水集中处理设施和集中供热中心',
    ]);
  });

  it('gives the projects of a paragraph to the bodies its closing 以上项目由X负责 sentence names', () => {
    const found = extract('建设甲乙水库、丙丁灌区。以上项目由县水利局负责组织实施。', '建设戊己体育馆。');
    expect(found.get('甲乙水库')!.orgs).toEqual(['unit:县水利局']);
    expect(found.get('丙丁灌区')!.orgs).toEqual(['unit:县水利局']);
    expect(found.get('戊己体育馆')!.orgs).toEqual([]);
  });

  it('reads who builds a `名称：内容` project from its description, a firm with 建设 in its name too', () => {
    const found = extract(
      '甲乙生活垃圾焚烧发电厂：日处理生活垃圾600吨，由县城市建设投资有限公司牵头实施。',
      '丙丁冷链物流集散中心（位于浮梁县）：建设冷库5万吨。',
      '戊己旅游公路：串联甲乙峡谷和竹海，由县文旅集团负责实施。',
    );
    expect(found.get('甲乙生活垃圾焚烧发电厂')!.orgs).toEqual(['unit:县城市建设投资有限公司']);
    expect(found.get('丙丁冷链物流集散中心')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('戊己旅游公路')!.orgs).toEqual(['unit:县文旅集团']);
  });

  it('cuts the title a scenic area strives for (创建国家4A级旅游景区) off its name', () => {
    expect([...extract('推进甲乙大峡谷景区创建国家4A级旅游景区。').keys()]).toEqual(['甲乙大峡谷景区']);
  });

  it('reads the named villages of a 保护利用…等传统村落 list', () => {
    const found = extract('保护利用浮梁县甲乙村、乐平市丙丁寨等中国传统村落，完善村落保护机制。');
    expect([...found.keys()]).toEqual(['浮梁县甲乙村', '乐平市丙丁寨']);
    expect(found.get('乐平市丙丁寨')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads names set apart by ； under an area’s sub-heading, each a project', () => {
    const found = extract(
      '（一）浮梁县',
      '甲乙中央商务区二期；丙丁街道老城有机更新；浮梁县戊己学校。',
      '推进庚辛产业发展；完善服务体系。',
    );
    expect([...found.keys()]).toEqual(['甲乙中央商务区二期', '丙丁街道老城有机更新', '浮梁县戊己学校']);
    expect(found.get('丙丁街道老城有机更新')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads the names after an area and a colon (X区：A、B、C。) as projects lying in that area', () => {
    const found = extract(
      '浮梁县：甲乙老街历史文化街区保护提升、丙丁片区城中村改造、戊己体育公园。',
      '乐平市：庚辛未来社区、人才公寓（二期）。',
      '昌江区：加强社区治理、完善服务。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙老街历史文化街区保护提升',
      '丙丁片区城中村改造',
      '戊己体育公园',
      '庚辛未来社区',
      '人才公寓（二期）',
    ]);
    expect(found.get('丙丁片区城中村改造')!.districts.map((d) => `${d.name}/${d.rule}`)).toEqual([
      '浮梁县/district-heading',
    ]);
    expect(found.get('人才公寓（二期）')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads a line naming an institution of the plan’s own city, or a building or campus of one, as a project', () => {
    const found = extract(
      '景德镇市第一人民医院门诊综合楼（浮梁县）',
      '景德镇市疾病预防控制中心业务楼',
      '甲乙职业技术学院新校区二期（乐平市）',
      '景德镇市民生活更加便利',
    );
    expect([...found.keys()]).toEqual([
      '景德镇市第一人民医院门诊综合楼',
      '景德镇市疾病预防控制中心业务楼',
      '甲乙职业技术学院新校区二期',
    ]);
    expect(found.get('景德镇市第一人民医院门诊综合楼')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('cuts 投入使用 off what a verb brings into use', () => {
    expect([...extract('推动甲乙创新药中试平台投入使用。').keys()]).toEqual(['甲乙创新药中试平台']);
  });

  it('gives a name opening with a town written in full an identity, but not a kind of town', () => {
    const found = extract('建设甲乙镇纺织特色小镇、重点镇污水处理设施、洪患村镇综合整治试点。');
    expect([...found.keys()]).toEqual(['甲乙镇纺织特色小镇']);
    expect(found.get('甲乙镇纺织特色小镇')!.tier).toBe('A');
  });

  it('reads the named fairs of a list closed by 等展会', () => {
    const found = extract('举办第8届甲乙博览会，第3届丙丁交易会，第2届戊己五金周等展会；培育一批会展企业。');
    expect([...found.keys()]).toEqual(['第8届甲乙博览会', '第3届丙丁交易会']);
  });

  it('reads a table without numbers whose row runs on after a page break, and a name cell wrapped onto the next line', () => {
    const found = extract(
      '| 项目名称 | 建设性质 | 建设规模和内容 | 起止年限 | 责任单位 |',
      '| 甲乙动力电池结构件及精密五金件 | 新建 | 年产结构件5000万件 | 2026—2028 | 乐平市人民政府 |',
      '| 丙丁半导体车规级功率 | 新建 | 建设封装线 | 2026— | 高新区管委会、 |',
      '| 模块封装 | | 年产300万只 | 2029 | 丙丁半导体 |',
    );
    expect([...found.keys()].sort()).toEqual(['丙丁半导体车规级功率模块封装', '甲乙动力电池结构件及精密五金件']);
  });

  it('joins a name cell wrapped onto a row of its own, and reads 位于X closing the content cell', () => {
    const found = extract(
      '| 项目名称 | 建设性质 | 主要建设内容 | 实施主体 |',
      '| 甲乙纺织高端面料智能织造 | 技改 | 建设智能织造车间，位于浮梁县 | 甲乙纺织股份有限公司 |',
      '| 乐平市化纤新材料中试 | 新建 | 建设中试线 | 乐平市人民政府 |',
      '| 基地 | | | |',
    );
    expect([...found.keys()]).toEqual(['甲乙纺织高端面料智能织造', '乐平市化纤新材料中试基地']);
    expect(found.get('甲乙纺织高端面料智能织造')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads the lead and the supporting body of an X牵头，Y配合 unit cell by their names', () => {
    const found = contentUnder(
      '开放平台重点项目',
      '',
      '| 序号 | 项目名称 | 建设地点 | 责任单位 |',
      '| 1 | 甲乙跨境电商监管仓 | 浮梁县 | 市商务局牵头，浮梁县人民政府配合 |',
      '| 2 | 市域快递物流共同配送中心 | 全市 | 市邮政管理局 |',
    );
    const names = (name: string) =>
      found.projects.find((p) => p.name === name)!.orgs.map((id) => found.units.find((u) => u.id === id)?.name);
    expect(names('甲乙跨境电商监管仓')).toEqual(['市商务局', '浮梁县人民政府']);
    expect(names('市域快递物流共同配送中心')).toEqual(['市邮政管理局']);
  });

  it('reads a 所在区县 column as where the project lies', () => {
    const found = extract(
      '| 序号 | 项目名称 | 所在区县 | 主要建设内容 | 牵头单位 |',
      '| 1 | 甲乙国家级中心渔港 | 乐平市 | 新建防波堤 | 市海洋渔业局 |',
    );
    expect(found.get('甲乙国家级中心渔港')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('cuts an institution or an area of the plan that builds the project off its name, as a firm', () => {
    const found = extract('支持景德镇陶瓷大学建设景德镇陶瓷大学艺术研究院，支持浮梁县建设丙丁养老服务中心。');
    expect([...found.keys()]).toEqual(['景德镇陶瓷大学艺术研究院', '丙丁养老服务中心']);
    expect(found.get('丙丁养老服务中心')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a `名称：内容` line whose name is a phase as a project', () => {
    expect([...extract('甲乙总部港二期：建设总部楼宇12栋。').keys()]).toEqual(['甲乙总部港二期']);
  });

  it('reads the items of 打造A、B两大片区 and of 谋划储备A、B等项目, and keeps tunnels and parks apart in a list', () => {
    const found = extract(
      '打造甲乙大学科技园、浮梁县丙丁医学创新园两大片区。',
      '谋划储备戊己细胞治疗产业园、庚辛合成生物中试基地等项目。',
      '建设壬癸隧道、子丑中央公园、寅卯郊野公园。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙大学科技园',
      '浮梁县丙丁医学创新园',
      '戊己细胞治疗产业园',
      '庚辛合成生物中试基地',
      '壬癸隧道',
      '子丑中央公园',
      '寅卯郊野公园',
    ]);
  });

  it('reads a numbered heading that names works (X产业化) as a project when what follows describes it', () => {
    const found = extract('1.甲乙精密减速器及伺服电机产业化。位于浮梁县，年产精密减速器10万台。');
    expect([...found.keys()]).toEqual(['甲乙精密减速器及伺服电机产业化']);
  });
});

describe('one project to a line, in the layouts boxes list them', () => {
  it('reads a 1）名称 heading over its description as the project, with who carries it out', () => {
    const found = extractUnder(
      '新能源重点项目',
      '',
      '1）浮梁县甲乙风电项目。位于丙丁山北麓，建设风电机组40台，由戊己新能源公司负责实施。',
      '2）智能化改造。实施智能化改造和数字化转型行动，新建智能工厂10家。',
    );
    expect([...found.keys()]).toEqual(['浮梁县甲乙风电项目']);
    expect(found.get('浮梁县甲乙风电项目')!.orgs).toEqual(expect.arrayContaining(['unit:戊己新能源公司']));
  });

  it('reads a ——名称。描述。 paragraph as its project, and 实施主体为X as who carries it out', () => {
    const found = extractUnder(
      '特色农业重点项目',
      '',
      '——乐平市甲乙产业园。建设有机基地2万亩，配套冻干生产线，实施主体为乐平市人民政府。',
      '——高效节水灌溉。新建高效节水灌溉面积10万亩。',
    );
    expect([...found.keys()]).toEqual(['乐平市甲乙产业园']);
    expect(found.get('乐平市甲乙产业园')!.orgs).toEqual(['unit:乐平市人民政府']);
  });

  it('takes the city’s own name as identity on a bulleted line or in a ；-list', () => {
    expect([...extractUnder('基础设施重大工程', '交通工程', '◆景德镇货运外绕线').keys()]).toEqual(['景德镇货运外绕线']);
    const listed = extractUnder(
      '开放平台重点项目',
      '开放平台',
      '甲乙陆港集装箱中心站二期；景德镇丙丁集结中心；浮梁县保税物流中心（B型）。',
    );
    expect([...listed.keys()].sort()).toEqual(
      ['景德镇丙丁集结中心', '浮梁县保税物流中心（B型）', '甲乙陆港集装箱中心站二期'].sort(),
    );
  });

  it('reads a numbered 名称：描述 line of works as the project, the city’s name being identity enough', () => {
    const found = extractUnder(
      '城市更新重点工程',
      '',
      '1、景德镇城区老旧小区改造：改造老旧小区100个。',
      '2、乐平市县城集中供热扩容：新建热源厂1座，乐平市人民政府负责。',
    );
    expect([...found.keys()].sort()).toEqual(['乐平市县城集中供热扩容', '景德镇城区老旧小区改造'].sort());
    expect(found.get('乐平市县城集中供热扩容')!.orgs).toEqual(['unit:乐平市人民政府']);
  });

  it('reads 名称，描述 lines under an area’s sub-heading, and a name standing alone with its full stop', () => {
    const found = extractUnder(
      '乡村振兴重点项目',
      '',
      '（一）浮梁县',
      '甲乙蔬菜保供基地，建设设施蔬菜基地1万亩。',
      '丙丁非遗工坊，建设刺绣传承展示车间。',
      '浮梁县农村人居环境整治提升工程。',
    );
    expect([...found.keys()].sort()).toEqual(
      ['丙丁非遗工坊', '浮梁县农村人居环境整治提升工程', '甲乙蔬菜保供基地'].sort(),
    );
    expect(found.get('甲乙蔬菜保供基地')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads areas joined by 、 before one name on a 名称：描述 line, and a firm’s works', () => {
    const found = extractUnder(
      '中药材重点项目',
      '',
      '●乐平市、浮梁县甲乙规范化种植基地：建设林下中药材种植基地5万亩。',
      '●丙丁茶业绿茶精深加工：年加工绿茶5000吨。',
    );
    expect([...found.keys()].sort()).toEqual(['丙丁茶业绿茶精深加工', '乐平市、浮梁县甲乙规范化种植基地'].sort());
    expect(
      found
        .get('乐平市、浮梁县甲乙规范化种植基地')!
        .districts.map((d) => d.name)
        .sort(),
    ).toEqual(['乐平市', '浮梁县'].sort());
  });

  it('leaves a size in brackets off the name, splits festivals at 和, and reads 寨 as a village’s name', () => {
    const found = extractUnder(
      '文化旅游重点项目',
      '',
      '加快建设浮梁县甲乙抽水蓄能电站（装机120万千瓦）。办好景德镇苗年、戊己大歌节和第三届庚辛山地旅游大会。保护利用浮梁县壬癸苗寨、子丑侗寨等传统村落。',
    );
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['浮梁县甲乙抽水蓄能电站', '第三届庚辛山地旅游大会', '浮梁县壬癸苗寨', '子丑侗寨']),
    );
    expect([...found.keys()].some((name) => name.includes('和第三届'))).toBe(false);
  });

  it('joins the rest of a name hard-wrapped in the name column of a numbered table', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设地点 | 主要建设内容 | 实施主体 |',
      '| 1 | 浮梁县农村供水保障 | 浮梁县 | 新建集中供水工程46处，配套管网 | 浮梁县人民政府 |',
      '| | 巩固提升工程 | | 320公里 | |',
      '| | 合计 | | 12亿元 | |',
    );
    expect([...found.keys()]).toEqual(['浮梁县农村供水保障巩固提升工程']);
  });

  it('reads an exploration 区块 as a place’s name, not an area ending in 区', () => {
    const found = extract('推进甲乙区块天然气勘探开发、丙丁煤矿二期等项目建设。');
    expect([...found.keys()].sort()).toEqual(['丙丁煤矿二期', '甲乙区块天然气勘探开发'].sort());
    expect(found.get('甲乙区块天然气勘探开发')!.districts).toEqual([]);
  });

  it('places the projects of a clause in the area a lead clause 在X， / 依托X， names, up to the next ；', () => {
    const found = extract('依托浮梁县，建设甲乙煤制烯烃二期、丙丁煤焦油精深加工等项目；建设戊己天然气处理厂二期。');
    expect(found.get('甲乙煤制烯烃二期')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('戊己天然气处理厂二期')!.districts).toEqual([]);
  });

  it('reads the lead clause after a paragraph head ——X：', () => {
    const found = extract(
      '——防沙治沙：在浮梁县，建设甲乙光伏治沙基地二期、丙丁生态修复区二期；建设戊己天然气处理厂二期。',
    );
    expect(found.get('甲乙光伏治沙基地二期')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('戊己天然气处理厂二期')!.districts).toEqual([]);
  });

  it('places the projects of a sentence in the area a 支持X… clause opening it supports', () => {
    const found = extract('支持乐平市提升城市功能，推进甲乙老城有机更新、丙丁地下综合管廊二期等项目建设。');
    expect(found.get('丙丁地下综合管廊二期')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('gives a closing 以上项目由X负责 line the projects above it back to the group before', () => {
    const found = extractUnder(
      '物流重点项目',
      '',
      '甲乙国际陆港中心站二期；浮梁县丙丁物流园。',
      '以上项目由市商务局负责。',
      '乐平市戊己配送中心；浮梁县庚辛物流园二期。',
      '以上项目由市交通运输局负责。',
    );
    expect(found.get('浮梁县丙丁物流园')!.orgs).toEqual(['unit:市商务局']);
    expect(found.get('乐平市戊己配送中心')!.orgs).toEqual(['unit:市交通运输局']);
  });
  it('reads bulleted names one to a line as a list, whatever their head, and a note under them for all', () => {
    const content = contentUnder(
      '民族文化和峡谷旅游重点项目',
      '',
      '★★★ 浮梁大峡谷国家5A级旅游景区创建',
      '★★ 乐平国门文化旅游区',
      '★ 浮梁峡谷漂流',
      '★ 加强文旅市场监管',
      '注：★★★为省级重点项目，★为县级重点项目。以上项目由县文化和旅游局牵头，所在乡镇（街道）配合实施。',
    );
    const names = content.projects.map((p) => p.name);
    expect(names).toEqual(['浮梁大峡谷国家5A级旅游景区创建', '乐平国门文化旅游区', '浮梁峡谷漂流']);
    expect(content.projects.every((p) => p.orgs.includes('unit:县文化和旅游局'))).toBe(true);
  });

  it('reads a short topic and a colon over a list of names (配套项目：A、B（X）), not a sentence so headed', () => {
    const found = extract(
      '配套项目：浮梁县20万千瓦水光互补光伏电站、甲乙抽水蓄能电站、丙丁交易中心（乐平市）。',
      '重点任务：推进智慧电厂改造、加强运行管理。',
    );
    expect([...found.keys()]).toEqual(['浮梁县20万千瓦水光互补光伏电站', '甲乙抽水蓄能电站', '丙丁交易中心']);
    expect(found.get('丙丁交易中心')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads run-in topics each over a sentence of names set apart by ；', () => {
    const found = extract(
      '煤电清洁高效转型。乐平电厂机组灵活性改造；浮梁县热电厂供热管网延伸工程。新能源开发。浮梁县风电场二期；昌江区屋顶分布式光伏。',
    );
    expect([...found.keys()]).toEqual([
      '乐平电厂机组灵活性改造',
      '浮梁县热电厂供热管网延伸工程',
      '浮梁县风电场二期',
      '昌江区屋顶分布式光伏',
    ]);
  });

  it('reads the steps of a chart drawn down the page (X水电站，已建，装机…) as its projects', () => {
    const found = extract('▸浮梁水电站，已建，装机18万千瓦，增效扩容改造', '▸乐平水电站，拟建，装机30万千瓦');
    expect([...found.keys()]).toEqual(['浮梁水电站', '乐平水电站']);
  });
  it('reads an area’s tag opening a line (【浮梁县】名称：描述) and an area on a line of its own as where projects lie', () => {
    const found = extract(
      '【浮梁县】甲乙古城历史文化街区保护利用：修缮明清会馆群，打造主题街区。',
      '【全市】第5届中国（景德镇）铜文化艺术节：举办铜雕大展。',
      '乐平市',
      '丙丁港区多式联运物流园',
      '戊己冷链物流中心',
    );
    const districts = (name: string) => found.get(name)!.districts.map((d) => d.name);
    expect([...found.keys()]).toEqual([
      '甲乙古城历史文化街区保护利用',
      '第5届中国（景德镇）铜文化艺术节',
      '丙丁港区多式联运物流园',
      '戊己冷链物流中心',
    ]);
    expect(districts('甲乙古城历史文化街区保护利用')).toEqual(['浮梁县']);
    expect(districts('第5届中国（景德镇）铜文化艺术节')).toEqual([]);
    expect(districts('戊己冷链物流中心')).toEqual(['乐平市']);
  });

  it('reads the names a count’s brackets give (建成高速铁路1条（A），新建专用线2条（B、C）), not a measure', () => {
    const found = extract(
      '1. 铁路。建成高速铁路1条（甲乙至浮梁高速铁路），新建铁路专用线2条（丙丁集团铁路专用线、戊己电厂铁路专用线），推进民用运输机场1个（景德镇民用运输机场）前期工作，新建公路3条（总长120公里）。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙至浮梁高速铁路',
      '丙丁集团铁路专用线',
      '戊己电厂铁路专用线',
      '景德镇民用运输机场',
    ]);
  });

  it('takes a mountain, lake or tributary of one character before a part of it as a name of its own', () => {
    const found = extract('实施甲山退化林修复和乙水航道扩能升级工程，建设丙山国家森林公园，推进高山生态茶园建设。');
    expect(found.get('甲山退化林修复')?.tier).toBe('A');
    expect(found.get('乙水航道扩能升级工程')?.tier).toBe('A');
    expect(found.get('丙山国家森林公园')?.tier).toBe('A');
    expect(found.get('高山生态茶园')?.tier).not.toBe('A');
  });

  it('reads a numbered heading naming works on a named place, any verb opening its description', () => {
    const found = extract(
      '[3]乐平市滨江老工业区“退二进三”改造。推动滨江老工业厂区搬迁改造，建设滨江商务休闲区。',
      '[4]昌江区冶炼厂职工生活区改造。改造冶炼厂职工生活区房屋及配套设施。',
    );
    expect([...found.keys()]).toEqual(['乐平市滨江老工业区“退二进三”改造', '昌江区冶炼厂职工生活区改造']);
    expect(found.get('昌江区冶炼厂职工生活区改造')!.item).toBe(4);
  });

  it('reads entries numbered on two and three levels (3.1 X：…, 1.1.2 X提升改造工程：…), a level’s title as none', () => {
    const found = extract(
      '1.1中心渔港和一级渔港',
      '1.1.1浮梁国家中心渔港提升改造工程：新建防波堤1.2公里、卸鱼码头600米。',
      '3.1浮梁国家级沿海渔港经济区：以浮梁国家中心渔港为核心，统筹港、产、城、渔协同发展。',
      '3.2乐平渔港小镇：依托渔村风貌，建设渔港小镇。',
    );
    expect([...found.keys()]).toEqual(['浮梁国家中心渔港提升改造工程', '浮梁国家级沿海渔港经济区', '乐平渔港小镇']);
  });

  it('reads an area’s count line (甲镇（3项）：〔续建〕A、〔新建〕B) and the plan’s own (全市（2项）：…)', () => {
    const found = extract(
      '浮梁县（2项）：〔续建〕甲乙国家级海洋牧场示范区二期、〔新建〕丙丁深远海养殖平台。',
      '全市（1项）：〔新建〕景德镇国家海带种质资源库。',
    );
    expect([...found.keys()]).toEqual([
      '甲乙国家级海洋牧场示范区二期',
      '丙丁深远海养殖平台',
      '景德镇国家海带种质资源库',
    ]);
    expect(found.get('丙丁深远海养殖平台')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('places the projects under a group heading that is an area (一、浮梁县) there, up to the next group', () => {
    const found = extract('一、浮梁县', '1.甲乙海洋生物医药中试基地', '二、园区协同', '2.丙丁产业协同创新中心');
    expect(found.get('甲乙海洋生物医药中试基地')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('丙丁产业协同创新中心')?.districts ?? []).toEqual([]);
  });

  it('reads no project from a table’s caption, nor from the row that indexes its columns', () => {
    const found = extract(
      '表2 “十五五”时期铜锌产业链重点项目',
      '| 序号 | 项目名称 | 建设地点 | 总投资 |',
      '| 甲 | 乙 | 丙 | 1 |',
      '| 1 | 甲乙铜箔二期 | 浮梁县 | 22.0 |',
    );
    expect([...found.keys()]).toEqual(['甲乙铜箔二期']);
  });

  it('reads names set apart by commas up to the sentence’s end, a quoted name in a phase among them', () => {
    const found = extract(
      '2.数字基础设施：建设浮梁县城市算力中心（乐平市），有色冶炼行业工业互联网标识解析二级节点，昌江区“5G+智慧冶炼”示范工程，“城市大脑”二期。',
    );
    expect([...found.keys()]).toEqual([
      '浮梁县城市算力中心',
      '有色冶炼行业工业互联网标识解析二级节点',
      '昌江区“5G+智慧冶炼”示范工程',
      '“城市大脑”二期',
    ]);
  });
});

describe('layouts of a plan that numbers its boxes by chapter', () => {
  it('reads the investment and years in brackets after a name as a note, keeping a bracket that places it', () => {
    const found = extract(
      '实施甲乙流域水环境综合治理工程（总投资18亿元，2026—2029年）；建设丙丁危险废物处置中心扩建工程（位于浮梁县，总投资5亿元，2026—2027年）。',
    );
    expect([...found.keys()]).toEqual(['甲乙流域水环境综合治理工程', '丙丁危险废物处置中心扩建工程']);
    expect(found.get('丙丁危险废物处置中心扩建工程')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads the list after 重大项目： up to the investment closing it', () => {
    const found = extract('重大项目：甲乙集团铅锌冶炼系统智能化升级改造、丙丁稀贵金属综合回收产业园（总投资约46亿元）');
    expect([...found.keys()]).toEqual(['甲乙集团铅锌冶炼系统智能化升级改造', '丙丁稀贵金属综合回收产业园']);
  });

  it('reads an item heading over a 主要建设内容 paragraph as its project, and the parts described as none', () => {
    const found = extractUnder(
      '城市更新重点工程',
      '甲乙老城区有机更新示范工程',
      '主要建设内容：改造浮梁县老旧小区320个，实施丙丁路、戊己街等历史街区保护更新。由县住房和城乡建设局负责实施。',
    );
    expect([...found.keys()]).toEqual(['甲乙老城区有机更新示范工程']);
    expect(found.get('甲乙老城区有机更新示范工程')!.orgs).toEqual(['unit:县住房和城乡建设局']);
  });

  it('reads each project of a 重点项目 cell set apart by ；, with the area in its own brackets', () => {
    const found = extract(
      '| 项目类别 | 重点项目 |',
      '|------|------|',
      '| 电源 | 甲乙抽水蓄能电站；丙丁天然气储备中心（乐平市） |',
    );
    expect([...found.keys()]).toEqual(['甲乙抽水蓄能电站', '丙丁天然气储备中心']);
    expect(found.get('丙丁天然气储备中心')!.districts.map((d) => d.name)).toEqual(['乐平市']);
  });

  it('reads an empty cell of a 区域 column set before the names as the area above it', () => {
    const found = extract(
      '| 区域 | 项目名称 | 建设内容 | 建设期限 |',
      '|------|------|------|------|',
      '| 全市 | 甲乙高速铁路 | 正线长约86公里 | 2026—2030 |',
      '| | 丙丁航道扩能升级工程 | 整治航道112公里 | 2026—2029 |',
      '| 浮梁县 | 戊己综合交通枢纽 | 建设站房 | 2026—2028 |',
      '| | 庚辛城市快速路二期 | 建设快速路18公里 | 2026—2029 |',
    );
    expect(found.get('丙丁航道扩能升级工程')!.districts).toEqual([]);
    expect(found.get('戊己综合交通枢纽')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.get('庚辛城市快速路二期')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a table of categories by stage, each cell listing projects, a row split by a page break joined', () => {
    const found = extract(
      '| 领域 | 建成投产 | 开工建设 | 谋划储备 |',
      '|------|------|------|------|',
      '| 风电 | 浮梁县北部风电基地一期、乐平市甲乙风电场 | 浮梁县、乐平市分散式风电项目 | —— |',
      '| 氢能 | 丙丁绿氢示范项目 | 戊己风光制氢一期（年产绿氢3万吨） | 庚辛市氢能重卡 |',
      '| 领域 | 建成投产 | 开工建设 | 谋划储备 |',
      '| | | | 加氢站网络、壬癸氢燃料电池产业园 |',
    );
    expect([...found.keys()]).toEqual([
      '浮梁县北部风电基地一期',
      '乐平市甲乙风电场',
      '浮梁县、乐平市分散式风电项目',
      '丙丁绿氢示范项目',
      '戊己风光制氢一期',
      '庚辛市氢能重卡加氢站网络',
      '壬癸氢燃料电池产业园',
    ]);
    expect(found.get('丙丁绿氢示范项目')!.industries[0]).toMatchObject({ code: 'energy' });
  });

  it('reads record lines of fields set apart by ；as the rows of a table', () => {
    const found = extract(
      '项目名称：甲乙河防洪治理工程；建设地点：浮梁县、乐平市；建设内容：新建加固堤防86公里；责任单位：市水利局。',
      '项目名称：丙丁水库；建设地点：浮梁县；建设内容：总库容1.2亿立方米；责任单位：市水利局、浮梁县人民政府。',
    );
    expect([...found.keys()]).toEqual(['甲乙河防洪治理工程', '丙丁水库']);
    expect(found.get('甲乙河防洪治理工程')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
    expect(found.get('丙丁水库')!.orgs.sort()).toEqual(['unit:市水利局', 'unit:浮梁县人民政府']);
  });

  it('reads who answers for the rows of a category from a sentence under the table', () => {
    const content = contentUnder(
      '能源和水利重点工程',
      '',
      '| 项目类别 | 重点项目 |',
      '|------|------|',
      '| 电源 | 甲乙抽水蓄能电站；丙丁风电场 |',
      '| 水源和供水 | 戊己水库（浮梁县） |',
      '电源项目由市发展改革委负责实施，水源和供水项目由市水利局负责实施。',
    );
    const orgs = (name: string) =>
      content.projects.find((p) => p.name === name)!.orgs.filter((o) => o.startsWith('unit:市'));
    expect(orgs('丙丁风电场')).toEqual(['unit:市发展改革委']);
    expect(orgs('戊己水库')).toEqual(['unit:市水利局']);
  });

  it('reads who answers for a row from its content cell when the table has no unit column', () => {
    const found = extract(
      '| 序号 | 项目名称 | 建设内容 | 总投资（亿元） |',
      '|------|------|------|------|',
      '| 1-1 | 甲乙城轨车辆智能制造基地二期 | 新建车体生产线。责任单位：浮梁县人民政府、甲乙轨道交通装备有限公司 | 36.0 |',
      '| 1-2 | 丙丁风电场 | 安装风电机组20台（责任单位：市发展和改革局） | 9.6 |',
    );
    expect(found.get('甲乙城轨车辆智能制造基地二期')!.orgs.sort()).toEqual([
      'unit:浮梁县人民政府',
      'unit:甲乙轨道交通装备有限公司',
    ]);
    expect(found.get('丙丁风电场')!.orgs).toEqual(['unit:市发展和改革局']);
  });

  it('reads a ● line over ○ entries as their group heading, filing them and giving them its bodies, and a ● line over none as an entry', () => {
    const found = extract(
      '● 优质均衡教育（责任单位：市教育局）',
      '○ 乐平市第一高级中学新校区',
      '○ 浮梁县职业教育中心实训基地',
      '● 打造“甲乙”区域公用品牌',
      '○ 浮梁县全民健身中心',
      '● 养老托育',
      '○ 乐平市颐乐中心二期',
      '● 丙丁医院',
    );
    expect([...found.keys()].sort()).toEqual([
      '丙丁医院',
      '乐平市第一高级中学新校区',
      '乐平市颐乐中心二期',
      '浮梁县全民健身中心',
      '浮梁县职业教育中心实训基地',
    ]);
    expect(found.get('乐平市第一高级中学新校区')!.orgs).toContain('unit:市教育局');
    expect(found.get('浮梁县职业教育中心实训基地')!.orgs).toContain('unit:市教育局');
    expect(found.get('浮梁县全民健身中心')!.orgs).not.toContain('unit:市教育局');
    expect(found.get('乐平市颐乐中心二期')!.industries[0]).toMatchObject({
      code: 'elderly-childcare',
      rule: 'item-sector',
    });
  });

  it('reads （X牵头，Y配合） closing a bulleted line as who answers for that line only', () => {
    const found = extract(
      '▶ 甲乙动力电池回收利用产业园。在浮梁县建设拆解基地。（市工信局牵头，浮梁县人民政府配合）',
      '▶ 乐平市汽车零部件产业园。发展汽车线束。（乐平市人民政府负责）',
    );
    expect(found.get('甲乙动力电池回收利用产业园')!.orgs.sort()).toEqual([
      'unit:市工业和信息化局',
      'unit:浮梁县人民政府',
    ]);
    expect(found.get('乐平市汽车零部件产业园')!.orgs).toEqual(['unit:乐平市人民政府']);
  });

  it('reads a name of the city set apart in 【】 as its entry’s project, and a topic in 【】 as none', () => {
    const found = extract(
      '4.【景德镇国家农业科技园区】位于浮梁县，建设农业科技研发中心和农业科技成果展示区。',
      '【景区提升】推进甲乙湿地景区创建国家4A级旅游景区。',
      '【景德镇—乐平算力直连网络】建设两地数据中心直连光缆。',
    );
    expect(found.get('景德镇国家农业科技园区')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
    expect(found.has('景区提升')).toBe(false);
    // Whatever its head, a name set apart over what builds it is the entry's project.
    expect(found.has('景德镇—乐平算力直连网络')).toBe(true);
  });

  it('reads what follows a name and says what it focuses on (聚焦…) as its description', () => {
    expect([...extract('陶瓷新材料中试基地：聚焦陶瓷新材料，建设中试线。').keys()]).toEqual(['陶瓷新材料中试基地']);
  });

  it('gives a 责任单位 line after the numbered entries of a group every entry of that group', () => {
    const found = extract(
      '一、陶瓷产业',
      '1. 甲乙日用陶瓷产业园二期。建设高档日用瓷生产线。',
      '2. 丙丁陶瓷文化创意街区。利用老瓷厂厂房建设创意体验基地。',
      '责任单位：浮梁县人民政府',
      '二、商贸物流',
      '3. 戊己现代商贸物流园。在乐平市建设城市配送中心。',
      '责任单位：市商务局',
    );
    expect(found.get('甲乙日用陶瓷产业园二期')!.orgs).toEqual(['unit:浮梁县人民政府']);
    expect(found.get('丙丁陶瓷文化创意街区')!.orgs).toEqual(['unit:浮梁县人民政府']);
    expect(found.get('戊己现代商贸物流园')!.orgs).toEqual(['unit:市商务局']);
  });

  it('reads a numbered line of an area and the projects it lists set apart by ；', () => {
    const found = extract('1. 浮梁县：甲乙钢管交易市场提升改造；丙丁管件产业园；戊己农机装备产业园。');
    expect([...found.keys()]).toEqual(['甲乙钢管交易市场提升改造', '丙丁管件产业园', '戊己农机装备产业园']);
    for (const project of found.values()) expect(project.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads a line headed by a body as the projects that body answers for, up to what they must achieve', () => {
    const found = extract(
      '市城市管理局：甲乙生活垃圾焚烧发电厂二期、丙丁建筑垃圾资源化利用中心，确保生活垃圾无害化处理率达到100%。',
      '各镇人民政府：农村生活污水治理、畜禽粪污资源化利用。',
    );
    expect([...found.keys()]).toEqual(['甲乙生活垃圾焚烧发电厂二期', '丙丁建筑垃圾资源化利用中心']);
    for (const project of found.values()) expect(project.orgs).toEqual(['unit:市城市管理局']);
  });

  it('reads what a year’s plan opens or puts to use (2027年建成投用X；2028年开工建设Y)', () => {
    const found = extract('2027年建成投用甲乙城乡公交一体化调度中心；2028年开工建设丙丁公铁联运物流港铁路专用线。');
    expect([...found.keys()]).toEqual(['甲乙城乡公交一体化调度中心', '丙丁公铁联运物流港铁路专用线']);
  });

  it('reads a project and its parts when the parts are counted as projects (主要包括A、B、C3个项目)', () => {
    const found = extract(
      '1. 浮梁县防洪治理工程，主要包括甲乙大堤加固、乐平市险工改建两个子项目，加固堤防42公里。（责任单位：市水利局）',
      '2. 乐平市灌区现代化改造工程，主要包括渠首闸改建、总干渠衬砌35公里，新增节水能力3000万立方米。',
    );
    expect([...found.keys()]).toEqual([
      '浮梁县防洪治理工程',
      '甲乙大堤加固',
      '乐平市险工改建',
      '乐平市灌区现代化改造工程',
    ]);
    expect(found.get('乐平市险工改建')!.orgs).toEqual(['unit:市水利局']);
  });

  it('reads a closing line whose other bodies are kinds of area (各镇人民政府、街道办事处) as naming its lead only', () => {
    const found = extract(
      '○ 甲乙数字农业示范园（浮梁县）',
      '○ 丙丁设施蔬菜产业园（乐平市）',
      '以上项目由市农业农村局牵头，各镇（乡）人民政府、街道办事处、园区管委会负责实施。',
    );
    for (const project of found.values()) expect(project.orgs).toEqual(['unit:市农业农村局']);
    expect(found.size).toBe(2);
  });

  it('reads a numbered name placed by its brackets as an entry though nothing describes it', () => {
    const found = extract(
      '5.丙丁陶瓷文化创意街区。利用老瓷厂厂房建设创意体验基地。',
      '6.甲乙日用瓷检测认证中心（浮梁县）。',
    );
    expect(found.get('甲乙日用瓷检测认证中心')!.districts.map((d) => d.name)).toEqual(['浮梁县']);
  });

  it('reads areas in brackets closing a numbered entry as where its heading’s project lies', () => {
    const found = extract('1. 甲乙湿地旅游度假区。建设环湖绿道和游船码头。（浮梁县、乐平市）');
    expect(found.get('甲乙湿地旅游度假区')!.districts.map((d) => d.name)).toEqual(['浮梁县', '乐平市']);
  });

  it('reads ◎ as a bullet, no part of the name it opens', () => {
    const found = extract('◎ 甲乙遗址公园。位于浮梁县，建设遗址展示馆。');
    expect([...found.keys()]).toEqual(['甲乙遗址公园']);
  });

  it('gives the closing line that ends a box of groups, its only one, every project of the box', () => {
    const found = extract(
      '一、交通',
      '建设甲乙港区二期。',
      '二、水利',
      '建设丙丁水库。',
      '以上项目由县交通运输局、县水利局按职责分工负责实施。',
    );
    for (const name of ['甲乙港区二期', '丙丁水库'])
      expect(found.get(name)!.orgs.sort()).toEqual(['unit:县交通运输局', 'unit:县水利局']);
  });

  it('files the projects of an equipment box whose title names rail transit under machinery', () => {
    const found = extractUnder('轨道交通装备和工程机械重点项目', '', '建设甲乙城轨车辆智能制造基地二期。');
    expect(found.get('甲乙城轨车辆智能制造基地二期')!.industries[0].code).toBe('machinery');
  });
});
