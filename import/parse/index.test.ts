import path from 'node:path';
import {
  Bundle,
  BUNDLE_VERSION,
  Chapter,
  Document,
  Indicator,
  type Responsibility,
  Task,
  type Unit,
} from '../bundle/schema';
import { loadCityProfile } from '../city/profile';
import { decodePlanFile } from '../text/decode';
import { parsePlan } from './index';
import type { ParsedPlan } from './types';

const GAZETTE = path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt');

let plan: ParsedPlan;
beforeAll(() => {
  plan = parsePlan(decodePlanFile(GAZETTE), { profile: loadCityProfile() });
});

const box = (number: number) => {
  const found = plan.boxes.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no box ${number}`);
  return found;
};
const task = (number: number) => plan.tasks.find((candidate) => candidate.number === number) as Task;
const indicator = (id: string) => plan.indicators.find((candidate) => candidate.id === id) as Indicator;

describe('documents of the gazette', () => {
  it('finds the nine documents with kind, title, number and date', () => {
    expect(plan.documents.map(({ id, kind, number, date }) => ({ id, kind, number, date }))).toEqual([
      { id: 'doc:plan', kind: 'plan', number: '景府发〔2026〕4号', date: '2026-05-07' },
      { id: 'doc:action-plan', kind: 'action-plan', number: '景府办字〔2026〕20号', date: '2026-05-06' },
      { id: 'doc:emergency-plan', kind: 'emergency-plan', number: '景府办字〔2026〕21号', date: '2026-05-13' },
      { id: 'doc:notice-1', kind: 'notice', number: null, date: '2026-05-22' },
      { id: 'doc:notice-2', kind: 'notice', number: null, date: '2026-05-22' },
      { id: 'doc:notice-3', kind: 'notice', number: null, date: '2026-05-22' },
      { id: 'doc:notice-4', kind: 'notice', number: null, date: '2026-05-22' },
      { id: 'doc:other-1', kind: 'other', number: null, date: '2026-05-12' },
      { id: 'doc:other-2', kind: 'other', number: null, date: null },
    ]);
    expect(plan.documents[0].title).toBe('景德镇市国民经济和社会发展第十五个五年规划纲要');
    expect(plan.documents[2].title).toBe('景德镇市民航突发事件应急预案');
    expect(plan.documents[7].title).toBe('景德镇市医疗保障局公布全市定点零售药店量价比较指数监测结果');
    expect(plan.documents[8].title).toBe('市政府党组第83次会议暨市政府第78次常务会议召开');
  });

  it('gives each document the lines it spans, one after the other', () => {
    const [first] = plan.documents;
    expect(first.line).toBe(60);
    plan.documents.forEach((doc, index) => {
      expect(() => Document.parse(doc)).not.toThrow();
      expect(doc.endLine).toBeGreaterThan(doc.line);
      const next = plan.documents[index + 1];
      if (next) expect(next.line).toBe(doc.endLine + 1);
    });
    expect(plan.documents[plan.documents.length - 1].endLine).toBe(plan.lines);
    expect(plan.lines).toBe(2966);
  });
});

describe('how the documents open', () => {
  it('keeps the publishing notices and the addressee lines, with their file lines', () => {
    expect(plan.notices.map((l) => l.line)).toEqual([60, 2113, 2217]);
    expect(plan.notices[0].text).toBe(
      '景德镇市人民政府关于印发《景德镇市国民经济和社会发展第十五个五年规划纲要》的通知',
    );
    expect(plan.addressees.slice(0, 3)).toEqual([
      { line: 66, text: '各县（市、区）人民政府，市政府各部门，市直有关单位：' },
      { line: 2117, text: '各县（市、区）人民政府，市政府有关部门，市直有关单位：' },
      { line: 2221, text: '各县（市、区）人民政府，市政府各部门，市直有关单位：' },
    ]);
    expect(plan.addressees.every((l) => /[：:]$/.test(l.text) && !l.text.includes('如下'))).toBe(true);
  });
});

describe('outline of the plan', () => {
  it('reads 17 篇, 56 章 and 138 节 from the text, not from the 目录', () => {
    const count = (level: Chapter['level']) => plan.chapters.filter((chapter) => chapter.level === level).length;
    expect([count('part'), count('chapter'), count('section')]).toEqual([17, 56, 138]);
    expect(plan.chapters.every((chapter) => chapter.line > 350)).toBe(true);
  });

  it('numbers chapters within each 篇 and sections within each 章', () => {
    const byId = new Map(plan.chapters.map((chapter) => [chapter.id, chapter]));
    expect(byId.get('chapter:p3')).toMatchObject({
      level: 'part',
      number: 3,
      title: '建强现代化产业体系，巩固壮大实体经济根基',
      parentId: null,
      line: 629,
    });
    expect(byId.get('chapter:p3.c1')).toMatchObject({ title: '做大做强陶瓷首位产业', parentId: 'chapter:p3' });
    expect(byId.get('chapter:p3.c1.s2')).toMatchObject({
      title: '加强陶瓷创意设计和研发创新',
      parentId: 'chapter:p3.c1',
    });
    expect(byId.get('chapter:p11.c3.s2')?.title).toBe('推动浮梁县建好国家试验区新平先行区');
    expect(byId.get('chapter:p7.c2.s1')?.title).toBe('健全重大项目多元化投融资机制');
    expect(plan.chapters.every((chapter) => chapter.parentId === null || byId.has(chapter.parentId))).toBe(true);
    plan.chapters.forEach((chapter) => expect(() => Chapter.parse(chapter)).not.toThrow());
  });
});

describe('boxes 2–27', () => {
  const expected: Array<[number, string, string[]]> = [
    [2, '文化遗产保护利用工程', ['遗址保护', '遗产活化利用', '数字化利用', '建好示范区']],
    [3, '陶瓷文化旅游高质量发展工程', ['景区提升', '配套服务', '线路开发']],
    [4, '陶瓷文化国际传播力融合提升工程', ['品牌活动', '宣传推广']],
    [5, '陶瓷产业提升工程', ['产业转型升级', '创新设计与研发', '品牌建设']],
    [6, '航空产业提升工程', ['创新平台', '产业集群建设']],
    [7, '精细化工和医药产业提升工程', ['平台建设', '产业升级', '技术协同']],
    [8, '新兴产业和未来产业培育壮大工程', ['未来材料', '未来航空', '未来生物', '其他新兴产业']],
    [9, '服务业提升工程', ['发展特色服务业', '服务与产品创新']],
    [10, '科技创新和产业创新融合促进工程', ['平台建设', '协同创新']],
    [11, '一体化推进教育科技人才发展工程', ['人才培养', '产教融合', '政策服务']],
    [12, '数字景德镇建设工程', ['数据基础设施', 'AI赋能']],
    [13, '交通基础设施提升工程', ['民航', '铁路', '公路', '水运', '内部交通', '物流']],
    [14, '水利基础设施升级工程', ['防洪排涝网', '水资源配置网络体系', '河湖生态保护网']],
    [15, '消费提振工程', ['特色地标打造', '消费场景创新', '消费品质提升']],
    [16, '开放合作工程', ['打造中部内陆对外开放新高地', '深化跨区域多元合作', '加强省内协同联动']],
    [17, '乡村振兴工程', ['农业', '农村', '农民']],
    [18, '新型城镇化建设工程', ['城镇老旧小区、老旧街区、老旧厂区改造升级', '城中村更新改造', '城市基础设施建设']],
    [19, '环境质量巩固提升工程', ['大气污染防治', '水污染治理工程', '土壤与固废治理工程', '环境监管能力提升工程']],
    [20, '生态系统韧性增强工程', ['生态保护修复', '生态监管', '生态产品价值转化']],
    [21, '绿色发展工程', ['低碳产业培育工程', '能源结构优化', '全民低碳行动']],
    [22, '民生幸福工程', ['就业', '社会保障体系', '保障性住房']],
    [23, '人口高质量发展工程', ['托育服务', '养老服务']],
    [24, '高品质教育工程', ['', '学前教育', '义务教育', '职业教育', '高等教育']],
    [25, '健康景德镇工程', ['医疗卫生', '体育健康']],
    [26, '公共文化服务工程', ['公共文化设施', '公共文化产品']],
    [27, '平安景德镇工程', ['防灾减灾救灾', '社会治安']],
  ];

  it('finds every box once, in order', () => {
    expect(plan.boxes.map((b) => b.number)).toEqual(expected.map(([number]) => number));
  });

  it.each(expected)('box %i "%s" has its items', (number, title, items) => {
    const found = box(number);
    expect(found.title).toBe(title);
    expect(found.document).toBe('doc:plan');
    expect(found.items.map((item) => item.title)).toEqual(items);
    expect(found.items.map((item) => item.number)).toEqual(
      items[0] === '' ? items.map((_, i) => i) : items.map((_, i) => i + 1),
    );
    for (const item of found.items) expect(item.paragraphs.length).toBeGreaterThan(0);
  });

  it('puts each box in the innermost chapter or section it stands in', () => {
    expect(box(2).chapterId).toBe('chapter:p2.c1.s3');
    expect(box(5).chapterId).toBe('chapter:p3.c1.s3');
    expect(box(9).chapterId).toBe('chapter:p3.c6.s2');
    expect(box(27).chapterId).toBe('chapter:p15.c2.s5');
  });

  it('keeps the text of items, joined across broken lines', () => {
    expect(box(2).items[0]).toMatchObject({ number: 1, title: '遗址保护', line: 527 });
    expect(box(2).items[0].paragraphs).toEqual([
      {
        line: 529,
        text: '推进御窑厂遗址、落马桥遗址、湖田窑遗址、观音阁遗址，浮梁县高岭瓷土矿遗址、南市街古窑址、兰田古窑址、长岭瓷石矿遗址、蛟潭窑柴燃料产区，昌江区丽阳古窑址，乐平南窑古遗址等重点陶瓷文化遗产保护修缮与展示提升；建立陶瓷文化遗产资源风险监测预警平台。',
      },
    ]);
    expect(box(5).items[0].paragraphs).toHaveLength(3);
    expect(box(5).items[0].paragraphs[1].text).toContain('芯声微电子工规车规MLCC产业化');
    expect(box(24).items[0].paragraphs[0].text).toMatch(/^坚持教育优先发展/);
    expect(box(13).items[4].paragraphs[1].text).toMatch(/^做好交通安全宣传管理/);
  });

  it('leaves figure captions out of box text', () => {
    const text = box(17)
      .items[2].paragraphs.map((p) => p.text)
      .join('');
    expect(text).not.toContain('规划图');
  });
});

describe('专栏 1 indicators', () => {
  it('has 29 indicators, number 20 in two parts', () => {
    expect(plan.indicators).toHaveLength(30);
    expect(new Set(plan.indicators.map((i) => i.number)).size).toBe(29);
    expect(plan.indicators.map((i) => i.id).slice(18, 22)).toEqual([
      'indicator:19',
      'indicator:20.1',
      'indicator:20.2',
      'indicator:21',
    ]);
    plan.indicators.forEach((i) => expect(() => Indicator.parse(i)).not.toThrow());
  });

  it('reads each row by content', () => {
    expect(indicator('indicator:1')).toMatchObject({
      number: 1,
      part: 0,
      category: '经济发展',
      name: '地区生产总值增长',
      unit: '%',
      value2025: '-0.7',
      value2030: null,
      target: '5左右',
      attribute: '预期性',
      industries: [],
    });
    expect(indicator('indicator:3')).toMatchObject({ value2025: '6.5:38.4:55.1', value2030: '6:38:56', target: null });
    expect(indicator('indicator:8')).toMatchObject({ unit: '亿美元', value2025: null, value2030: '促稳提质' });
    expect(indicator('indicator:15')).toMatchObject({
      category: '创新驱动',
      name: '数字经济核心产业增加值占GDP比重',
      value2025: '6.4',
      value2030: '9',
    });
    expect(indicator('indicator:18')).toMatchObject({ unit: '年', attribute: '约束性', value2030: '11.5左右' });
    expect(indicator('indicator:20.1')).toMatchObject({
      number: 20,
      part: 1,
      name: '每千人口拥有医护人员数：执业医师数',
      unit: '人',
      value2025: '2.5左右',
      value2030: '3左右',
    });
    expect(indicator('indicator:20.2')).toMatchObject({
      number: 20,
      part: 2,
      name: '每千人口拥有医护人员数：注册护士数',
      unit: '人',
      value2025: '4.3左右',
    });
    expect(indicator('indicator:22')).toMatchObject({
      category: '民生福祉',
      name: '1-3岁婴幼儿入托率',
      unit: '%',
      value2025: '10.37',
      value2030: '15',
      attribute: '预期性',
    });
    expect(indicator('indicator:25')).toMatchObject({
      name: '地级及以上城市细颗粒物（PM2.5）浓度',
      unit: '微克/立方米',
    });
    expect(indicator('indicator:28')).toMatchObject({
      category: '安全保障',
      unit: '亿斤',
      target: '保持稳定',
      attribute: '约束性',
    });
  });

  it('carries categories down empty cells', () => {
    const categories = [...new Set(plan.indicators.map((i) => i.category))];
    expect(categories).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色发展', '安全保障']);
    expect(plan.indicators.filter((i) => i.category === '民生福祉').map((i) => i.number)).toEqual([
      16, 17, 18, 19, 20, 20, 21, 22,
    ]);
  });

  it('keeps the row as evidence', () => {
    expect(indicator('indicator:1').evidence).toEqual({
      document: 'doc:plan',
      line: 452,
      quote: '经济发展 | 1.地区生产总值增长（%） | -0.7 | —— | 5左右 | 预期性',
      basis: 'stated',
      rule: 'indicator-table',
    });
  });
});

describe('1269 work points', () => {
  it('has 22 work points under their headings', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(Array.from({ length: 22 }, (_, i) => `task:${i + 1}`));
    expect(task(1).group).toBe('（一）构建优势产业链体系');
    expect(task(13).group).toBe('（三）激活产业链内生动能');
    expect(task(20).group).toBe('四、有关要求');
    plan.tasks.forEach((t) => expect(() => Task.parse(t)).not.toThrow());
  });

  it('keeps title and the whole paragraph', () => {
    expect(task(2).title).toBe('推进产业集群培育');
    expect(task(2).text).toMatch(
      /^推进产业集群培育。深入实施.*建强做优直升机先进制造业集群。指导昌南新区、乐平市加快完善“六个一”.*〔责任单位：工信局、国家试验区管委办，各县（市、区）、高新区、昌南新区〕$/,
    );
    expect(task(20).text).toContain('发挥产业链链长制主导作用');
    expect(task(2).evidence).toMatchObject({ document: 'doc:action-plan', basis: 'stated' });
  });

  it('reads lead departments and districts of task 13', () => {
    expect(task(13).units).toEqual([
      { unitId: 'unit:工信局', name: '工信局', role: 'lead', basis: 'stated' },
      { unitId: 'unit:国家试验区管委办', name: '国家试验区管委办', role: 'lead', basis: 'stated' },
      { unitId: 'unit:市场监管局', name: '市场监管局', role: 'lead', basis: 'stated' },
      { unitId: 'unit:珠山区', name: '珠山区', role: 'district', basis: 'stated' },
    ]);
  });

  it('expands 各县（市、区） to the county-level districts, as derived', () => {
    const districts = task(1).units.filter((u) => u.role === 'district');
    expect(districts.map((u) => [u.name, u.basis])).toEqual([
      ['珠山区', 'derived'],
      ['昌江区', 'derived'],
      ['浮梁县', 'derived'],
      ['乐平市', 'derived'],
      ['高新区', 'stated'],
      ['昌南新区', 'stated'],
    ]);
  });

  it('drops 各有关单位 and a trailing 等', () => {
    expect(
      task(18)
        .units.filter((u) => u.role === 'lead')
        .map((u) => u.name),
    ).toEqual(['工信局', '发改委']);
    expect(task(21).units.map((u) => u.name)).toContain('昌南新区');
    expect(plan.units.some((u) => u.name.endsWith('等') || u.name.startsWith('各'))).toBe(false);
  });

  it('states a unit and a responsibility for each task unit', () => {
    const taskLinks = plan.responsibilities.filter((r) => r.subjectKind === 'task');
    expect(taskLinks).toHaveLength(plan.tasks.reduce((sum, t) => sum + t.units.length, 0));
    expect(taskLinks.find((r) => r.subjectId === 'task:13' && r.unitId === 'unit:珠山区')).toEqual({
      subjectKind: 'task',
      subjectId: 'task:13',
      unitId: 'unit:珠山区',
      role: 'district',
      evidence: {
        document: 'doc:action-plan',
        line: 2183,
        quote: '〔责任单位：工信局、国家试验区管委办、市场监管局，珠山区〕',
        basis: 'stated',
        rule: 'task-responsible-units',
      },
    });
    const unit = (id: string) => plan.units.find((u) => u.id === id) as Unit;
    expect(unit('unit:工信局')).toMatchObject({
      name: '工信局',
      kind: 'department',
      evidence: { line: 2147, basis: 'stated' },
    });
    expect(unit('unit:浮梁县')).toMatchObject({
      kind: 'district-government',
      district: '浮梁县',
      evidence: { line: 2147, basis: 'derived' },
    });
    expect(unit('unit:高新区')).toMatchObject({ kind: 'district-government', district: '高新区' });
  });
});

describe('civil aviation command structure', () => {
  const unit = (id: string) => plan.units.find((u) => u.id === id) as Unit;
  const link = (subject: string, supervisor: string) =>
    plan.responsibilities.find(
      (r) => r.subjectKind === 'unit' && r.subjectId === subject && r.unitId === supervisor,
    ) as Responsibility;

  it('finds the command, who set it up and who leads it', () => {
    const command = unit('unit:市民航突发事件应急指挥部');
    expect(command).toMatchObject({ kind: 'command', aliases: ['市民航应急指挥部'] });
    expect(command.duties).toMatch(/^市民航应急指挥部总指挥为市政府分管负责同志，副总指挥由/);
    expect(command.duties).toContain('（4）完成市政府交办的其他工作。');
    const up = link('unit:市民航突发事件应急指挥部', 'unit:市人民政府');
    expect(up.role).toBe('supervisor');
    expect(up.evidence).toMatchObject({ document: 'doc:emergency-plan', line: 2307, basis: 'stated' });
    expect(up.evidence.quote).toContain('市政府成立市民航突发事件应急指挥部（以下简称市民航应急指挥部）');
    expect(unit('unit:市人民政府')).toMatchObject({ kind: 'government', aliases: ['市政府'] });
  });

  it('finds the office, where it sits and whom it answers to', () => {
    const office = unit('unit:市民航应急指挥部办公室');
    expect(office).toMatchObject({ kind: 'office', aliases: ['民航应急办'] });
    expect(office.duties).toMatch(/^（1）了解掌握民航突发事件的发展形势/);
    expect(link('unit:市民航应急指挥部办公室', 'unit:市民航突发事件应急指挥部')).toMatchObject({
      role: 'supervisor',
      evidence: { line: 2311, basis: 'stated' },
    });
    expect(link('unit:市民航应急指挥部办公室', 'unit:景德镇机场分公司')).toMatchObject({
      role: 'lead',
      evidence: { rule: 'office-seat' },
    });
  });

  it('makes deputy and member units members of the command, with their duties', () => {
    const command = 'unit:市民航突发事件应急指挥部';
    for (const name of [
      '民航建设服务中心',
      '应急管理局',
      '公安局',
      '景德镇机场分公司',
      '市委宣传部',
      '武警景德镇支队',
      '联通公司',
      '赣北无线电监测中心',
    ]) {
      expect(link(`unit:${name}`, command)).toMatchObject({ role: 'member', evidence: { basis: 'stated' } });
    }
    expect(unit('unit:景德镇机场分公司')).toMatchObject({ kind: 'enterprise', aliases: ['景德镇机场'] });
    expect(unit('unit:景德镇机场分公司').duties).toMatch(
      /^（1）负责组织机场及其邻近区域以内发生的民用航空器飞行事件应急救援工作/,
    );
    expect(unit('unit:民航建设服务中心').kind).toBe('institution');
    expect(unit('unit:昌南新区管委会')).toMatchObject({ kind: 'district-government', district: '昌南新区' });
    expect(unit('unit:移动公司').duties).toBe('负责民航突发事件应急处置过程中的通信保障任务。');
    expect(unit('unit:财政局').duties).toBe('负责统筹安排民航突发事件应急工作所需经费，并及时足额拨付到位。');
    expect(link('unit:自然资源和规划局', command)).toMatchObject({
      role: 'member',
      evidence: { basis: 'derived', rule: 'command-member-by-duty-section' },
    });
    expect(plan.units.some((u) => /单位$/.test(u.name))).toBe(false);
  });
});

describe('as a bundle', () => {
  it('fits the bundle schema', () => {
    const bundle = {
      version: BUNDLE_VERSION,
      source: { file: plan.file, sha256: '0'.repeat(64), encoding: 'utf-8', lines: plan.lines },
      plan: plan.identity,
      documents: plan.documents,
      chapters: plan.chapters,
      boxes: plan.boxes.map(({ number, title, chapterId, document, line, items }) => ({
        number,
        title,
        chapterId,
        document,
        line,
        items: items.map(({ number: n, title: t, line: l }) => ({ number: n, title: t, line: l })),
      })),
      industries: [],
      indicators: plan.indicators,
      districts: [],
      places: [],
      units: plan.units,
      projects: [],
      tasks: plan.tasks,
      responsibilities: plan.responsibilities,
      warnings: plan.warnings,
    };
    expect(Bundle.safeParse(bundle).success).toBe(true);
    expect(new Set(plan.units.map((u) => u.id)).size).toBe(plan.units.length);
  });
});
