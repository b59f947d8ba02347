import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { projectRoot } from '../graph/config';
import { Bundle, BUNDLE_VERSION } from './bundle/schema';
import { PlanInputError } from './errors';
import { preparePlan } from './load/prepare';
import { buildBundle, buildPlan } from './pipeline';

const GAZETTE = path.join(projectRoot(), 'data', 'jingdezhen-gazette-2026-05.txt');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-pipeline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('buildBundle', () => {
  const bundle = buildBundle(GAZETTE);

  it('gives a valid bundle that says which file it read', () => {
    expect(Bundle.safeParse(bundle).success).toBe(true);
    expect(bundle.version).toBe(BUNDLE_VERSION);
    expect(bundle.source.file).toBe('jingdezhen-gazette-2026-05.txt');
    expect(bundle.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(bundle.source.lines).toBeGreaterThan(2900);
    expect(bundle.projects.length).toBeGreaterThan(100);
  });

  it('says which plan it holds', () => {
    expect(bundle.plan).toMatchObject({
      region: '景德镇市',
      level: 'city',
      edition: '十五五',
      city: '景德镇市',
      gazette: '景德镇市人民政府公报 2026年第5期',
    });
    expect(bundle.warnings).toEqual([]);
  });

  it('reads a GBK copy into the same plan', () => {
    const copy = path.join(dir, 'gazette-gbk.txt');
    fs.writeFileSync(copy, iconv.encode(fs.readFileSync(GAZETTE, 'utf8'), 'gbk'));
    const gbk = buildBundle(copy);
    expect(gbk.source.encoding).not.toBe(bundle.source.encoding);
    expect(gbk.source.sha256).not.toBe(bundle.source.sha256);
    const { source: _gbkSource, ...gbkPlan } = gbk;
    const { source: _utf8Source, ...utf8Plan } = bundle;
    expect(gbkPlan).toEqual(utf8Plan);
  });

  it('passes on bad input as PlanInputError', () => {
    const text = path.join(dir, 'notice.txt');
    fs.writeFileSync(text, '关于开展单用途商业预付卡备案工作的公告\n请有关企业按时备案。\n');
    expect(() => buildBundle(text)).toThrow(PlanInputError);
    expect(() => buildBundle(path.join(dir, 'missing.txt'))).toThrow(/missing\.txt: file not found/);
  });

  it('reads the city profile it is given', () => {
    expect(() => buildBundle(GAZETTE, { profile: path.join(dir, 'no-profile.json') })).toThrow(
      /no-profile\.json: cannot read JSON/,
    );
  });
});

describe('buildPlan', () => {
  it('gives the plan that preparing the bundle of buildBundle gives, validated once', () => {
    const plan = buildPlan(GAZETTE);
    expect(plan).toEqual(preparePlan(buildBundle(GAZETTE)));
    expect(plan.rows).toBeGreaterThan(2000);
    // Plain data: a worker hands it to the writing thread by structured clone, unchanged.
    expect(structuredClone(plan)).toEqual(plan);
  });

  it('refuses bad input as buildBundle does', () => {
    expect(() => buildPlan(path.join(dir, 'missing.txt'))).toThrow(/missing\.txt: file not found/);
  });
});

describe('city profiles', () => {
  const OTHER_CITY = path.join(projectRoot(), 'import', 'parse', 'fixtures', 'other-city-gazette.txt');
  const JINGDEZHEN = path.join(projectRoot(), 'data', 'city', 'jingdezhen.json');
  const jingdezhen = JSON.parse(fs.readFileSync(JINGDEZHEN, 'utf8')) as {
    districts: { name: string; government: { name: string } }[];
    places: { name: string }[];
  };
  const known = [
    ...jingdezhen.districts.flatMap((d) => [d.name, d.government.name]),
    ...jingdezhen.places.map((p) => p.name),
  ];

  it('apply to their own city only, even when named on the command line', () => {
    const bundle = buildBundle(OTHER_CITY, { profile: JINGDEZHEN });
    expect(bundle.plan.region).toBe('青山市');
    const names = [
      ...bundle.districts.map((d) => d.name),
      ...bundle.units.map((u) => u.name),
      ...bundle.places.map((p) => p.name),
    ];
    expect(names.filter((name) => known.includes(name))).toEqual([]);
    expect(bundle.warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/景德镇市 not applied: the plan is of 青山市/) }),
    ]);
  });

  it('are chosen by the plan itself when none is named', () => {
    const bundle = buildBundle(OTHER_CITY);
    expect(bundle.warnings).toEqual([]);
    expect(bundle.districts.map((d) => d.name).filter((name) => known.includes(name))).toEqual([]);
  });
});

describe("a banner's plan (旗)", () => {
  const text = [
    '某某旗人民政府公报',
    '某某旗人民政府关于印发《某某旗国民经济和社会发展第十五个五年规划纲要》的通知',
    '某政发〔2026〕4号',
    '甲乙镇、丙丁苏木人民政府，某某工业园区、某某绒乳产业园管委会，旗直各部门：',
    '现印发给你们，请认真贯彻落实。',
    '某某旗国民经济和社会发展第十五个五年规划纲要',
    '第一章 做强现代畜牧业',
    '专栏2 绒乳产业重点项目',
    '在某某绒乳产业园，建设戊己绒业无毛绒分梳生产线二期。由发改委、农牧局负责。',
    '推进某某绒乳产业园二期建设。',
    '【牧家游】在丙丁苏木，建设庚辛嘎查肉羊标准化养殖示范区、草原自驾车营地。',
  ].join('\n');
  const file = path.join(dir, 'banner.txt');
  fs.writeFileSync(file, `${text}\n`);
  const bundle = buildBundle(file);
  const project = (name: string) => bundle.projects.find((p) => p.name === name)!;
  const districts = (name: string) => project(name).districts.map((d) => d.name);

  it('reads its 苏木 and the park its addressees name by a 管委会 as its areas, also after a bracketed head', () => {
    expect(bundle.plan).toMatchObject({ region: '某某旗', level: 'county' });
    expect(districts('戊己绒业无毛绒分梳生产线二期')).toEqual(['某某绒乳产业园']);
    expect(districts('庚辛嘎查肉羊标准化养殖示范区')).toEqual(['丙丁苏木']);
    expect(districts('草原自驾车营地')).toEqual(['丙丁苏木']);
  });

  it('gives a zone named with its phase no district of itself', () => {
    expect(districts('某某绒乳产业园二期')).toEqual([]);
  });

  it("names a bare department as the banner's own (旗发改委), beside the firm the name opens with", () => {
    const unitNames = project('戊己绒业无毛绒分梳生产线二期').orgs.map(
      (id) => bundle.units.find((u) => u.id === id)?.name,
    );
    expect(unitNames.sort()).toEqual(['戊己绒业', '旗农牧局', '旗发改委'].sort());
  });
});

describe("a city plan's numbered headings under group headings", () => {
  const text = [
    '甲乙市国民经济和社会发展第十五个五年规划纲要',
    '第一章 增进民生福祉',
    '专栏2 社会事业重点项目',
    '（一）教育',
    '1. 甲乙市第一中学东部新城校区。办学规模60个班。',
    '2. 甲乙学院新校区。迁至城东，按应用型本科高校标准建设。',
    '（二）文化体育',
    '3. 甲乙市工人文化宫改造提升工程。',
    '4. 甲乙奥林匹克体育中心。建设体育场和体育馆。',
  ].join('\n');
  const file = path.join(dir, 'groups.txt');
  fs.writeFileSync(file, `${text}\n`);
  const bundle = buildBundle(file);

  it('reads a heading with nothing after it in a run that a group heading breaks, and a school by its size', () => {
    expect(bundle.projects.map((p) => p.name)).toEqual([
      '甲乙市第一中学东部新城校区',
      '甲乙学院新校区',
      '甲乙市工人文化宫改造提升工程',
      '甲乙奥林匹克体育中心',
    ]);
  });
});
