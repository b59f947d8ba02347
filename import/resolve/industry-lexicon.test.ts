import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadIndustries } from '../city/profile';
import { PlanInputError } from '../errors';
import { loadIndustryLexicon } from './industry-lexicon';

const lexicon = loadIndustryLexicon();
const codes = loadIndustries().map((i) => i.code);

/** The sector a name's head noun gives: the term that ends latest decides, as in a Chinese name. */
const head = (text: string) => lexicon.match(text).at(-1)?.code ?? null;

function tempFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'industry-lexicon-'));
  const file = path.join(dir, 'lexicon.tsv');
  fs.writeFileSync(file, text);
  return file;
}

const HEADER = 'term\tcode\tweight\tsource\n';
const known = new Set(['energy', 'digital']);

describe('the industry lexicon (data/industry-lexicon.tsv)', () => {
  it('has at least 2,000 distinct terms, at least 30 for every industry code', () => {
    expect(lexicon.size).toBeGreaterThanOrEqual(2000);
    expect(new Set(lexicon.entries.map((e) => e.term)).size).toBe(lexicon.size);
    const thin = codes.filter((code) => lexicon.termsOf(code).length < 30);
    expect(thin).toEqual([]);
  });

  it('uses only codes of data/industries.tsv', () => {
    const all = new Set(codes);
    expect(lexicon.entries.filter((e) => !all.has(e.code))).toEqual([]);
  });

  it('leaves out generic words that name no sector', () => {
    const generic = [
      '园区',
      '产业园',
      '基地',
      '中心',
      '项目',
      '工程',
      '产业',
      '建设',
      '平台',
      '示范',
      '提升',
      '改造',
      '发展',
      '服务',
      '管理',
      '一期',
      '二期',
      '标准化',
      '集团',
      '公司',
    ];
    expect(generic.filter((word) => lexicon.match(word).some((m) => m.term === word))).toEqual([]);
  });

  it('keeps no term of one city: the terms hold for plans nationwide', () => {
    expect(lexicon.entries.filter((e) => /景德镇|浮梁|乐平|昌江|珠山|陶溪川|御窑/.test(e.term))).toEqual([]);
  });
});

describe('the sector of a project name by its head term', () => {
  // Invented names in the style of project lists of many plans, at least three per code.
  const examples: [string, string][] = [
    ['某某日用陶瓷智能制造', 'ceramics'],
    ['某某紫砂壶', 'ceramics'],
    ['某某建筑陶瓷岩板生产线', 'ceramics'],
    ['某某青瓷传承创新', 'ceramics'],
    ['某某河综合治理工程', 'water'],
    ['某某镇老街风貌改造', 'urban'],
    ['“某某”小镇客厅', 'urban'],
    ['某某通用机场', 'aviation'],
    ['某某无人机研发制造', 'aviation'],
    ['某某低空经济示范区', 'aviation'],
    ['某某航空发动机零部件', 'aviation'],
    ['某某生物医药产业园', 'chem-pharma'],
    ['某某化工园区氟化工', 'chem-pharma'],
    ['某某原料药绿色生产', 'chem-pharma'],
    ['某某医疗器械', 'chem-pharma'],
    ['某某稀土永磁材料', 'new-materials'],
    ['某某有色金属精深加工', 'new-materials'],
    ['某某碳纤维复合材料', 'new-materials'],
    ['某某石墨烯研发', 'new-materials'],
    ['某某锂电池三元前驱体', 'new-materials'],
    ['某某新能源磷酸铁锂正极', 'new-materials'],
    ['某某湿法磷酸净化', 'chem-pharma'],
    ['某某糯高粱种植基地', 'agriculture'],
    ['某某铝合金轮毂', 'auto'],
    ['某某合成生物创新', 'bio'],
    ['某某生物发酵', 'bio'],
    ['某某酶制剂生产', 'bio'],
    ['某某集成电路封装测试', 'electronics'],
    ['某某半导体分立器件', 'electronics'],
    ['某某新型显示面板', 'electronics'],
    ['某某MLCC扩产', 'electronics'],
    ['某某数控机床', 'machinery'],
    ['某某船舶修造', 'machinery'],
    ['某某工业机器人', 'machinery'],
    ['某某石油装备配套产业园', 'machinery'],
    ['某某钢管集团焊管生产线', 'new-materials'],
    ['某某工程机械再制造基地', 'environment'],
    ['某某新能源汽车整车', 'auto'],
    ['某某汽车零部件产业园', 'auto'],
    ['某某智能网联汽车测试', 'auto'],
    ['某某水泥窑协同处置', 'building-materials'],
    ['某某新型墙体材料', 'building-materials'],
    ['某某装配式建材', 'building-materials'],
    ['某某国家级旅游度假区', 'culture-tourism'],
    ['某某古镇保护开发', 'culture-tourism'],
    ['某某非遗工坊', 'culture-tourism'],
    ['某某会展中心', 'services'],
    ['某某检验检测中心', 'services'],
    ['某某商业综合体', 'services'],
    ['某某金融小镇', 'services'],
    ['某某冷链物流', 'logistics'],
    ['某某快递分拨中心', 'logistics'],
    ['某某公路港', 'logistics'],
    ['某某智算中心', 'digital'],
    ['某某工业互联网标识解析', 'digital'],
    ['某某5G基站', 'digital'],
    ['某某大数据中心', 'digital'],
    ['某某重点实验室', 'sci-tech'],
    ['某某科技企业孵化器', 'sci-tech'],
    ['某某产业技术研究院', 'sci-tech'],
    ['某某中小学', 'education'],
    ['某某职业技术学院', 'education'],
    ['某某九年一贯制学校', 'education'],
    ['某某高速公路', 'transport'],
    ['某某港口码头', 'transport'],
    ['某某城际铁路', 'transport'],
    ['某某四好农村路', 'transport'],
    ['某某水库除险加固', 'water'],
    ['某某灌区续建配套', 'water'],
    ['某某中小河流治理', 'water'],
    ['某某光伏电站', 'energy'],
    ['某某抽水蓄能电站', 'energy'],
    ['某某220千伏输变电', 'energy'],
    ['某某锂电新能源', 'energy'],
    ['某某乳业', 'agriculture'],
    ['某某红枣精深加工产业园', 'agriculture'],
    ['某某蒙药现代化生产基地', 'chem-pharma'],
    ['某某中药饮片及配方颗粒项目', 'chem-pharma'],
    ['某某煤制烯烃二期', 'chem-pharma'],
    ['某某县城综合管网改造', 'urban'],
    ['某某老城有机更新', 'urban'],
    ['某某跨海通道', 'transport'],
    ['某某邻里中心', 'services'],
    ['某某苗木花卉', 'agriculture'],
    ['某某高标准农田', 'agriculture'],
    ['某某生猪养殖', 'agriculture'],
    ['某某污水处理厂', 'urban'],
    ['某某老旧小区改造', 'urban'],
    ['某某综合管廊', 'urban'],
    ['某某生活垃圾转运站', 'urban'],
    ['某某湿地保护', 'environment'],
    ['某某矿山生态修复', 'environment'],
    ['某某危废处置', 'environment'],
    ['某某人民医院', 'health'],
    ['某某乡镇卫生院', 'health'],
    ['某某疾控中心', 'health'],
    ['某某养老服务中心', 'elderly-childcare'],
    ['某某托育综合服务中心', 'elderly-childcare'],
    ['某某敬老院', 'elderly-childcare'],
    ['某某保障性租赁住房', 'housing'],
    ['某某人才公寓', 'housing'],
    ['某某棚户区改造', 'housing'],
    ['某某图书馆', 'public-culture'],
    ['某某全民健身中心', 'public-culture'],
    ['某某县级融媒体中心', 'public-culture'],
    ['某某消防站', 'safety'],
    ['某某应急避难场所', 'safety'],
    ['某某地质灾害防治', 'safety'],
    ['某某综合保税区', 'opening'],
    ['某某跨境电商产业园', 'opening'],
    ['某某中欧班列', 'opening'],
    ['某某县标准海塘提标加固', 'water'],
    ['某某海上风电安装船及导管架制造基地', 'machinery'],
    ['某某船厂10万吨级船坞扩建', 'machinery'],
    ['某某国际航运服务中心', 'logistics'],
  ];

  it('has at least three examples for every code', () => {
    const short = codes.filter((code) => examples.filter(([, c]) => c === code).length < 3);
    expect(short).toEqual([]);
  });

  it.each(examples)('%s → %s', (name, code) => {
    expect(head(name)).toBe(code);
  });

  it('says nothing where no term supports a sector', () => {
    expect(lexicon.match('推进某某片区一期项目建设')).toEqual([]);
  });
});

describe('IndustryLexicon.match', () => {
  it('takes the longest term at each position and reports where it stands', () => {
    expect(lexicon.match('建设集成电路设计产业园')).toEqual([
      { code: 'electronics', term: '集成电路设计', weight: 2, start: 2, end: 8 },
    ]);
    expect(lexicon.match('先进陶瓷').map((m) => m.code)).toEqual(['new-materials']);
    expect(lexicon.match('陶瓷').map((m) => m.code)).toEqual(['ceramics']);
  });

  it('matches a Latin term only as a whole word, in any case', () => {
    expect(lexicon.match('推进5g基站建设').map((m) => m.term)).toEqual(['5G基站']);
    expect(lexicon.match('EMAIL').map((m) => m.term)).toEqual([]);
    expect(lexicon.match('AI赋能').map((m) => m.term)).toEqual(['AI']);
  });

  it('marks weak hints with weight 1', () => {
    expect(lexicon.match('人才').map((m) => m.weight)).toEqual([1]);
    expect(lexicon.match('集成电路').map((m) => m.weight)).toEqual([2]);
  });

  it('returns non-overlapping substrings of the text, in order (property)', () => {
    const terms = lexicon.entries.map((e) => e.term);
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(...terms),
          fc.string({ maxLength: 3 }),
          fc.constantFrom('建设', '项目', '某某县', 'a', '5'),
        ),
        { maxLength: 12 },
      )
      .map((p) => p.join(''));
    const byTerm = new Map(lexicon.entries.map((e) => [e.term, e]));
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const m of lexicon.match(t)) {
          const entry = byTerm.get(m.term);
          if (!entry || entry.code !== m.code || entry.weight !== m.weight) return false;
          if (m.start < last || m.end <= m.start) return false;
          if (t.slice(m.start, m.end).toLowerCase() !== m.term.toLowerCase()) return false;
          last = m.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('finds every term of the lexicon standing alone as itself', () => {
    const wrong = lexicon.entries.filter((e) => {
      const found = lexicon.match(e.term);
      return found.length !== 1 || found[0].term !== e.term;
    });
    expect(wrong.map((e) => e.term)).toEqual([]);
  });
});

describe('loadIndustryLexicon on bad input', () => {
  it('says which line is wrong', () => {
    expect(() => loadIndustryLexicon(tempFile(`${HEADER}光伏\tsolar\t2\tplan-term\n`), known)).toThrow(
      /lexicon\.tsv:2: unknown industry code "solar"/,
    );
    expect(() =>
      loadIndustryLexicon(
        tempFile(`${HEADER}光伏\tenergy\t2\tplan-term\n算力\tdigital\t2\tplan-term\n光伏\tdigital\t1\tplan-term\n`),
        known,
      ),
    ).toThrow(/lexicon\.tsv:4: "光伏" is already listed on line 2/);
    expect(() =>
      loadIndustryLexicon(tempFile(`${HEADER}AI\tdigital\t2\tplan-term\nai\tdigital\t2\tplan-term\n`), known),
    ).toThrow(/lexicon\.tsv:3: "ai" is already/);
    expect(() => loadIndustryLexicon(tempFile(`${HEADER}光伏\tenergy\t3\tplan-term\n`), known)).toThrow(
      /lexicon\.tsv:2: weight: /,
    );
    expect(() => loadIndustryLexicon(tempFile(`${HEADER}光\tenergy\t2\tplan-term\n`), known)).toThrow(
      /lexicon\.tsv:2: term: a term has at least two characters/,
    );
    expect(() => loadIndustryLexicon(tempFile(`${HEADER}光伏\tenergy\t2\twiki\n`), known)).toThrow(
      /lexicon\.tsv:2: source: /,
    );
    expect(() => loadIndustryLexicon(tempFile('term\tcode\n'), known)).toThrow(PlanInputError);
  });
});
