import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { PlanInputError } from '../errors';
import { facilityKind, loadFacilityKinds, standardFacilityKinds } from './facility-kinds';

const kinds = standardFacilityKinds();
const kindOf = (name: string) => facilityKind(name)?.kind ?? null;

function tempFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facility-kinds-'));
  const file = path.join(dir, 'kinds.tsv');
  fs.writeFileSync(file, text);
  return file;
}

const HEADER = 'kind\tzh\ten\tsuffixes\texcludes\tnote\n';

describe('the facility-kind vocabulary (data/facility-kinds.tsv)', () => {
  it('loads: 40 to 80 kinds, each named in Chinese and English', () => {
    expect(kinds.entries.length).toBeGreaterThanOrEqual(40);
    expect(kinds.entries.length).toBeLessThanOrEqual(80);
    for (const entry of kinds.entries) {
      expect(entry.zh).toMatch(/\p{Script=Han}/u);
      expect(entry.en).toMatch(/^[A-Z][A-Za-z ,'()-]+$/);
    }
  });

  it('covers what five-year plans build', () => {
    const built = [
      '物流园',
      '污水处理厂',
      '水库',
      '学校',
      '医院',
      '养老院',
      '产业园',
      '数据中心',
      '体育馆',
      '博物馆',
      '高速公路',
      '机场',
      '港口',
      '垃圾焚烧厂',
      '变电站',
      '光伏电站',
    ];
    expect(built.filter((name) => kindOf(`某某${name}`) === null)).toEqual([]);
  });

  it('classifies each suffix as its own kind, alone and after a place name', () => {
    for (const entry of kinds.entries) {
      for (const suffix of entry.suffixes) {
        expect([suffix, kindOf(suffix)]).toEqual([suffix, entry.kind]);
        expect([suffix, kindOf(`某某县${suffix}`)]).toEqual([suffix, entry.kind]);
      }
    }
  });

  it('makes every exclude keep its look-alike, or a name it follows, out of the kind', () => {
    for (const entry of kinds.entries) {
      for (const word of entry.excludes) {
        const name = entry.suffixes.some((s) => word.includes(s)) ? word : `${entry.suffixes[0]}${word}`;
        expect([word, kindOf(name)]).not.toEqual([word, entry.kind]);
        expect([word, kindOf(entry.suffixes[0])]).toEqual([word, entry.kind]);
      }
    }
  });
});

describe('facilityKind', () => {
  const examples: [string, string | null][] = [
    // The head noun decides, before phase and work words.
    ['某某市物流园', 'logistics-park'],
    ['某某县现代智慧物流中心', 'logistics-park'],
    ['某某高新区物流基地二期', 'logistics-park'],
    ['某某冷链物流中心', 'cold-storage'],
    ['某某现代智慧物流产业园', 'logistics-park'],
    ['某某文化传统村落保护', 'heritage-site'],
    ['某某机场改扩建工程', 'airport'],
    ['某某机场大道', 'road'],
    ['某某至某某高速公路', 'expressway'],
    ['某某高速公路服务区', null],
    ['某某港区综合码头', 'port'],
    ['某某城东污水处理厂提标改造', 'wastewater-plant'],
    ['某某污水厂', 'wastewater-plant'],
    ['某某第二水厂', 'water-plant'],
    ['某某水库除险加固', 'reservoir'],
    ['某某水库移民后期扶持', null],
    ['某某县第一中学', 'school'],
    ['某某实验小学新校区', 'school'],
    ['某某大学新校区', 'university'],
    ['某某职业技术学院实训基地', 'training-centre'],
    ['某某中学实训基地', 'training-centre'],
    ['学校信息化提升', null],
    ['中小学校数字化改造', null],
    ['某某驾驶学校', null],
    ['某某老年大学', null],
    ['某某人民医院新院区', 'hospital'],
    ['某某宠物医院', null],
    ['某某互联网医院', null],
    ['某某镇卫生院', 'primary-care'],
    ['区域性敬老院', 'elderly-home'],
    ['某某养老服务中心', 'elderly-home'],
    ['康养中心', 'wellness-resort'],
    ['某某儿童福利院', null],
    ['某某托育综合服务中心', 'childcare-centre'],
    ['某某电子信息产业园三期', 'industrial-park'],
    ['风电装备产业园', 'industrial-park'],
    ['某某国家现代农业产业园', 'agri-park'],
    ['某某数据中心', 'data-centre'],
    ['某某智算中心', 'data-centre'],
    ['某某体育馆', 'sports-venue'],
    ['某某博物馆', 'museum'],
    ['数字博物馆', null],
    ['某某生活垃圾焚烧发电厂', 'waste-incineration'],
    ['某某110千伏输变电工程', 'substation'],
    ['某某渔光互补光伏电站', 'pv-plant'],
    ['虚拟电厂', null],
    ['公园城市', null],
    ['酒店用瓷', null],
    ['某某国际大酒店', 'hotel'],
    ['区域物流中心城市', null],
    ['某某科技创新中心', 'research-institute'],
    ['区域科技创新中心', null],
    ['推进产业高质量发展', null],
  ];

  it.each(examples)('%s → %s', (name, kind) => {
    expect(kindOf(name)).toBe(kind);
  });

  it('answers with the kind in both languages', () => {
    expect(facilityKind('某某市物流园')).toEqual({ kind: 'logistics-park', zh: '物流园', en: 'Logistics park' });
    expect(kinds.get('school')).toEqual({ kind: 'school', zh: '学校', en: 'School' });
  });

  it('never fails and names only kinds of the vocabulary', () => {
    const ids = new Set(kinds.entries.map((e) => e.kind));
    const pieces = kinds.entries.flatMap((e) => [...e.suffixes, ...e.excludes]);
    const name = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 6 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(name, (n) => {
        const kind = facilityKind(n);
        return kind === null || ids.has(kind.kind);
      }),
    );
  });

  it('picks the suffix that ends latest, the longest there, as a scan of every suffix does', () => {
    // The rule as the vocabulary states it, checked suffix by suffix.
    const scan = (name: string) => {
      let best: { kind: string; excludes: string[]; end: number; length: number } | null = null;
      for (const entry of kinds.entries) {
        for (const suffix of entry.suffixes) {
          const index = name.lastIndexOf(suffix);
          if (index < 0) continue;
          const end = index + suffix.length;
          if (!best || end > best.end || (end === best.end && suffix.length > best.length))
            best = { kind: entry.kind, excludes: entry.excludes, end, length: suffix.length };
        }
      }
      if (!best) return null;
      const { end } = best;
      return best.excludes.some((w) => name.lastIndexOf(w) >= 0 && name.lastIndexOf(w) + w.length >= end)
        ? null
        : best.kind;
    };
    const pieces = kinds.entries.flatMap((e) => [...e.suffixes, ...e.excludes]);
    const name = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('甲', '建设', '工程', '𠀋')), { maxLength: 6 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(name, (n) => {
        expect(kindOf(n)).toBe(scan(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('classifies a name ending in a suffix as that suffix would, whatever stands before it', () => {
    const suffixes = kinds.entries.flatMap((e) => e.suffixes);
    fc.assert(
      fc.property(fc.constantFrom(...suffixes), fc.stringMatching(/^[甲乙丙丁某县市区镇]{0,4}$/), (suffix, prefix) => {
        return kindOf(prefix + suffix) === kindOf(suffix);
      }),
    );
  });
});

describe('loadFacilityKinds on bad input', () => {
  it('says which line is wrong', () => {
    const badSlug = tempFile(`${HEADER}Logistics\t物流园\tLogistics park\t物流园\t\t\n`);
    expect(() => loadFacilityKinds(badSlug)).toThrow(/kinds\.tsv:2: kind: /);
    const twice = tempFile(`${HEADER}a\t甲\tA\t物流园\t\t\nb\t乙\tB\t园区|物流园\t\t\n`);
    expect(() => loadFacilityKinds(twice)).toThrow(/kinds\.tsv:3: suffix "物流园" is already a suffix of a/);
    const short = tempFile(`${HEADER}a\t甲\tA\t园\t\t\n`);
    expect(() => loadFacilityKinds(short)).toThrow(PlanInputError);
    const header = tempFile('kind\tzh\ten\n');
    expect(() => loadFacilityKinds(header)).toThrow(/kinds\.tsv:1: header/);
    const fields = tempFile(`${HEADER}a\t甲\tA\t物流园\n`);
    expect(() => loadFacilityKinds(fields)).toThrow(/kinds\.tsv:2: expected 6 tab-separated fields, found 4/);
  });
});
