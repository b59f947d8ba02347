import path from 'node:path';
import { Bundle, BUNDLE_VERSION } from '../bundle/schema';
import { loadCityProfile, loadIndustries } from '../city/profile';
import { parsePlan } from '../parse';
import { decodePlanFile } from '../text/decode';
import { projectId } from '../bundle/ids';
import { extractPlan, takenElsewhere, territoryShortForms } from './plan';
import { loadExtractRules } from '../extract/rules';
import { facilityKind } from '../extract/facility-kinds';
import { GAZETTE, readLabels } from '../extract/fixtures/plan';
import { districtScorableIn, scorePlan } from '../eval/score';

const decoded = decodePlanFile(GAZETTE);
const plan = parsePlan(decoded);
const content = extractPlan(plan, loadCityProfile(), loadIndustries());
const project = (name: string) => content.projects.find((p) => p.name === name)!;
const unit = (id: string) => content.units.find((u) => u.id === id);

describe('extraction from the parsed gazette', () => {
  it('yields a valid bundle', () => {
    const bundle = {
      version: BUNDLE_VERSION,
      source: { file: GAZETTE, sha256: decoded.sha256, encoding: decoded.encoding, lines: plan.lines },
      ...content,
    };
    const parsed = Bundle.safeParse(bundle);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(content.boxes).toHaveLength(26);
  });

  it('meets the accuracy targets on the labelled boxes of the real parse too', () => {
    const files = [
      'labels-05-13.tsv',
      'labels-02-06-07.tsv',
      'labels-08-23.tsv',
      'labels-blind-03-12.tsv',
      'labels-blind-14-18.tsv',
      'labels-blind-19-27.tsv',
    ];
    for (const file of files) {
      const t = scorePlan(content, readLabels(file), {
        districtScorable: districtScorableIn(loadCityProfile()),
      }).figures;
      expect(t.recallA).toBeGreaterThanOrEqual(0.95);
      expect(t.precision).toBeGreaterThanOrEqual(0.9);
      expect(t.districts).toBeGreaterThanOrEqual(0.95);
      expect(t.industry).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('gives each project the facility kind of the reviewed vocabulary; a training base or a school IT upgrade is no school', () => {
    for (const p of content.projects) expect([p.name, p.kind]).toEqual([p.name, facilityKind(p.name)?.kind ?? null]);
    const training = content.projects.filter((p) => p.name.endsWith('实训基地'));
    const upgrades = content.projects.filter((p) => p.name.includes('学校信息化'));
    expect(training.length).toBeGreaterThan(0);
    expect(upgrades.length).toBeGreaterThan(0);
    for (const p of [...training, ...upgrades]) expect([p.name, p.kind]).not.toEqual([p.name, 'school']);
    expect(training.map((p) => p.kind)).toEqual(training.map(() => 'training-centre'));
  });

  it('lists a project named in two boxes once, with a mention per box and a stable id', () => {
    const p = project('宏柏硅基新材料绿色循环产业链');
    expect(p.id).toBe(projectId('宏柏硅基新材料绿色循环产业链'));
    expect(p.box).toBe(8);
    expect(p.boxes).toEqual([8, 21]);
    expect(p.mentions.map((m) => m.box)).toEqual([8, 21]);
    expect(content.projects.filter((q) => q.name === p.name)).toHaveLength(1);
    expect(new Set(content.projects.map((q) => q.id)).size).toBe(content.projects.length);
  });

  it('keeps provenance on every project, district, industry and place link', () => {
    for (const p of content.projects) {
      expect(p.source.quote).toContain(p.name.replace(/“|”/g, '').slice(0, 2));
      for (const link of [...p.districts, ...p.industries, ...p.places]) {
        expect(link.quote.length).toBeGreaterThan(0);
        expect(link.rule.length).toBeGreaterThan(0);
      }
    }
  });

  it('states districts from the name or a group prefix and derives them from the place gazetteer', () => {
    expect(project('兰田古窑址').districts).toEqual([
      expect.objectContaining({ name: '浮梁县', basis: 'stated', rule: 'district-prefix' }),
    ]);
    expect(project('昌江航道提升工程').districts).toEqual([]);
    expect(project('陶溪川凤凰山酒店').districts).toEqual([
      expect.objectContaining({ name: '珠山区', basis: 'derived', rule: 'place-gazetteer' }),
    ]);
    expect(project('陶溪川凤凰山酒店').places.map((p) => p.id)).toEqual(['place:陶溪川']);
    expect(content.places.find((p) => p.id === 'place:陶溪川')).toMatchObject({
      id: 'place:陶溪川',
      name: '陶溪川',
      district: '珠山区',
    });
    // Which place, and the profile entry with the source it gives.
    const [link] = project('陶溪川凤凰山酒店').districts;
    expect(link.why?.zh).toContain('陶溪川');
    expect(link.premises).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'profile',
          entry: 'places: 陶溪川 → 珠山区',
          source: expect.stringContaining('宇宙瓷厂'),
        }),
      ]),
    );
  });

  it('names the organisations of a project as its implementing units', () => {
    expect(project('富祥药业产品工艺装备提升').orgs).toEqual(['unit:富祥药业']);
    expect(project('富祥生物科技园').orgs).toEqual(['unit:富祥药业']);
    expect(project('直升机研发生产基地昌飞二期').orgs).toEqual(['unit:昌飞']);
    const implementing = content.responsibilities.find(
      (r) => r.subjectId === project('奈创精密陶瓷基板').id && r.role === 'implementing',
    );
    // 奈创 is found only inside the project's name: derived, not stated.
    expect(implementing).toMatchObject({
      unitId: 'unit:奈创',
      evidence: { basis: 'derived', rule: 'org-in-project-name' },
    });
    const fuxiang = content.responsibilities.find(
      (r) => r.subjectId === project('富祥药业产品工艺装备提升').id && r.role === 'implementing',
    );
    expect(fuxiang?.evidence).toMatchObject({
      basis: 'derived',
      rule: 'org-in-project-name',
      premises: [expect.objectContaining({ kind: 'gazette' })],
    });
  });

  it('resolves every unit alias to one unit and rewrites task units', () => {
    expect(unit('unit:工信局')).toBeUndefined();
    expect(unit('unit:市工业和信息化局')?.aliases).toContain('工信局');
    const ids = new Set(content.units.map((u) => u.id));
    for (const task of content.tasks) for (const u of task.units) expect(ids.has(u.unitId)).toBe(true);
    for (const r of content.responsibilities) expect(ids.has(r.unitId)).toBe(true);
    for (const d of content.districts) expect(d.governmentId && ids.has(d.governmentId)).toBeTruthy();
    expect(unit('unit:珠山区人民政府')).toMatchObject({ kind: 'district-government', district: '珠山区' });
    expect(unit('unit:景德镇市人民政府')?.aliases).toEqual(expect.arrayContaining(['市人民政府', '市政府']));
  });

  it('puts departments and district governments under the city government as the notices address them; enterprises under no one', () => {
    const supervisorOf = (id: string) =>
      content.responsibilities.filter((r) => r.subjectId === id && r.role === 'supervisor');
    const department = supervisorOf('unit:市水利局');
    expect(department).toEqual([
      expect.objectContaining({
        unitId: 'unit:景德镇市人民政府',
        evidence: expect.objectContaining({ rule: 'notice-addressee', basis: 'derived' }),
      }),
    ]);
    // The quote is the unit's own mention; the issuer and the addressee line of the same document are premises.
    const [evidence] = department.map((r) => r.evidence);
    const own = unit('unit:市水利局')!.evidence;
    expect(evidence).toMatchObject({ document: own.document, line: own.line, quote: own.quote });
    const premises = (evidence.premises ?? []).flatMap((p) => (p.kind === 'gazette' ? [p] : []));
    expect(premises.every((p) => p.document === own.document)).toBe(true);
    expect(premises.some((p) => p.quote.includes('景德镇市人民政府'))).toBe(true);
    expect(premises.some((p) => p.quote.includes('市政府各部门') || p.quote.includes('市政府有关部门'))).toBe(true);
    expect(
      supervisorOf('unit:浮梁县人民政府')[0].evidence.premises?.some(
        (p) => p.kind === 'gazette' && p.quote.includes('各县（市、区）人民政府'),
      ),
    ).toBe(true);
    expect(supervisorOf('unit:富祥药业')).toEqual([]);
    expect(supervisorOf('unit:市委宣传部')).toEqual([]);
  });

  it('links a project to the government of its district and to the department of its remit', () => {
    const p = project('浮梁县杨梅坑中型水库');
    const links = content.responsibilities.filter((r) => r.subjectId === p.id);
    expect(links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          unitId: 'unit:浮梁县人民政府',
          role: 'district',
          evidence: expect.objectContaining({ rule: 'district-government-of-located-project' }),
        }),
        expect.objectContaining({
          unitId: 'unit:市水利局',
          role: 'remit',
          evidence: expect.objectContaining({
            rule: 'profile-remit',
            quote: expect.stringContaining('杨梅坑'),
            premises: expect.arrayContaining([
              expect.objectContaining({ kind: 'profile', entry: 'remit: water → 市水利局' }),
            ]),
          }),
        }),
      ]),
    );
  });

  it('marks the projects a task names and files indicators under the industries they measure', () => {
    const task = content.tasks.find((t) => t.text.includes('景德镇国际陶瓷博览会'))!;
    expect(task.projectIds).toContain(project('景德镇国际陶瓷博览会').id);
    const industriesOf = (name: string) =>
      content.indicators.find((i) => i.name.startsWith(name))!.industries.map((l) => l.code);
    expect(industriesOf('陶瓷产业总产值')).toEqual(['ceramics']);
    expect(industriesOf('精细化工和生物医药产业总产值')).toEqual(['chem-pharma']);
    expect(industriesOf('数字经济核心产业增加值')).toEqual(['digital']);
  });

  it('derives no district from a place the project is taken away from (…落地北京)', () => {
    const p = project('陶溪川创意市集落地北京');
    expect(p.places.map((l) => l.id)).toEqual(['place:陶溪川']);
    expect(p.districts).toEqual([]);
    // The same place, with the project on it, still gives its district.
    expect(project('陶溪川凤凰山酒店').districts.map((d) => d.name)).toContain('珠山区');
    const rules = loadExtractRules();
    expect(takenElsewhere('陶溪川创意市集落地北京', '陶溪川', rules)).toBe(true);
    expect(takenElsewhere('赴上海举办陶溪川展', '陶溪川', rules)).toBe(false);
  });
});

describe('the evidence of a unit stated on a line of its own', () => {
  const file = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'plans', 'city-g-15', 'plan.txt');
  const own = extractPlan(parsePlan(decodePlanFile(file)), loadCityProfile(), loadIndustries());
  const units = new Map(own.units.map((u) => [u.id, [u.name, ...u.aliases]]));
  const stated = own.responsibilities.filter((r) => r.subjectKind === 'project' && r.evidence.basis === 'stated');

  it('quotes the line that names the unit, not the project’s first sentence', () => {
    expect(stated.length).toBeGreaterThan(0);
    const unsupported = stated.filter((r) => !units.get(r.unitId)!.some((form) => r.evidence.quote.includes(form)));
    expect(unsupported.map((r) => [r.unitId, r.evidence.rule, r.evidence.quote])).toEqual([]);
    // 责任单位 lines stand apart from the items they follow: their own line, not the item's.
    const lines = stated.filter((r) => r.evidence.quote.startsWith('责任单位'));
    expect(lines.length).toBeGreaterThan(0);
    for (const r of lines) {
      const project = own.projects.find((p) => p.id === r.subjectId)!;
      expect(r.evidence.line).not.toBe(project.source.line);
    }
  });
});

describe('territoryShortForms', () => {
  it('writes a plan’s own area by its stem, an autonomous one also by its stem and kind', () => {
    expect(territoryShortForms('甲岭市')).toEqual(['甲岭']);
    expect(territoryShortForms('甲岭苗族侗族自治州')).toEqual(['甲岭', '甲岭州']);
    expect(territoryShortForms('乙川彝族自治县')).toEqual(['乙川', '乙川县']);
    expect(territoryShortForms('丙省')).toEqual([]);
  });
});

describe('a firm named by the stem of an area (墚州市, tests/fixtures/plans/city-q-15)', () => {
  const other = parsePlan(decodePlanFile(path.join(__dirname, '../../tests/fixtures/plans/city-q-15/plan.txt')));
  const read = extractPlan(other, loadCityProfile(), loadIndustries());

  it('places a project named after the base (蒎梁基地…) in the base, though a firm 蒎梁 is read from the same name', () => {
    const named = read.projects.filter((p) => p.name.startsWith('蒎梁基地') && !p.name.includes('物流园'));
    expect(named.length).toBeGreaterThan(2);
    for (const p of named) expect(p.districts.map((d) => d.name)).toContain('蒎梁能源化工基地');
  });
});
