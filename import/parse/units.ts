import type { Unit, UnitKind } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import { unitId } from '../bundle/ids';

/**
 * Kinds of organisation by the last part of their name: the way Chinese bodies are named, not
 * knowledge of one city. The first match wins; anything else is a department.
 */
const KIND_BY_NAME: Array<[RegExp, UnitKind]> = [
  [/指挥部$/, 'command'],
  [/(指挥部办公室|应急办)$/, 'office'],
  [/人民政府$|^市政府$/, 'government'],
  [/(管委会|管理委员会)$/, 'district-government'],
  [/(军分区|武警|部队|支队)/, 'other'],
  [/(公司|供应站)$/, 'enterprise'],
  [/(中心|医院|学校|大学|学院|研究院|研究所)$/, 'institution'],
];

export function unitKindOfName(name: string): UnitKind {
  return KIND_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? 'department';
}

/** Splits "A、B（以下简称b）、C等" into names, keeping "各县（市、区）" whole. */
export function splitUnitNames(list: string): Array<{ name: string; alias: string | null }> {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '（' || char === '(') depth += 1;
    if (char === '）' || char === ')') depth = Math.max(0, depth - 1);
    if (char === '、' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .map((part, index, all) => (index === all.length - 1 ? part.replace(/等$/, '') : part))
    .filter((part) => part !== '')
    .map((part) => {
      const alias = /（以下简称([^）]+)）$/.exec(part);
      return alias ? { name: part.slice(0, alias.index), alias: alias[1] } : { name: part, alias: null };
    });
}

/** A short name the plan gives an organisation it names in full: 甲乙文化旅游投资集团有限公司（以下简称甲乙文旅集团）. */
export interface ShortName {
  name: string;
  short: string;
  line: number;
}

/** An organisation's full name and the short name given after it, the name ending as organisations' do. */
const NAMED_SHORT =
  /([\u4e00-\u9fffA-Za-z0-9]{4,40}?(?:有限责任公司|有限公司|股份公司|集团|公司|大学|学院|研究院|医院))（以下简称“?([^（）“”]{2,12})”?）/gu;
/** Words before an organisation's name in a sentence: who does what with it. */
const BEFORE_NAME = /^.*?(?:支持|依托|推动|鼓励|引导|组建|成立|设立|引进|由|与|和|及)/u;

/** The short names the plan gives organisations (X有限公司（以下简称Y）), each with the line that gives it. */
export function readShortNames(lines: readonly { line: number; text: string }[]): ShortName[] {
  const out: ShortName[] = [];
  for (const { line, text } of lines)
    for (const [, written, short] of text.matchAll(NAMED_SHORT)) {
      const name = written.replace(BEFORE_NAME, '');
      if (name.length >= 4 && name !== short && !out.some((s) => s.short === short)) out.push({ name, short, line });
    }
  return out;
}

/** How a registry names units: the one name each organisation goes by, and what is known of it beforehand. */
export interface UnitNaming {
  /** The one name an organisation goes by in the graph. */
  canonicalName(name: string): string;
  /** The kind a source of knowledge gives the unit of that name, if any. */
  kindOf(name: string): UnitKind | undefined;
  /** Other names it is known by. */
  aliasesOf(name: string): string[];
}

/** Units named as the text writes them: what the parser knows before any city profile is applied. */
export const AS_WRITTEN: UnitNaming = {
  canonicalName: (name) => name.trim(),
  kindOf: () => undefined,
  aliasesOf: () => [],
};

/** A unit as a source states it, before it has an id. */
export type StatedUnit = Pick<Unit, 'name' | 'kind' | 'evidence'> &
  Partial<Pick<Unit, 'aliases' | 'district' | 'duties'>> & { id?: string };

/**
 * The plan's units, one per organisation: the first statement of a unit is its evidence, later
 * ones add aliases, duties and district. The parser collects the units its documents state (named
 * as written); the resolver builds the plan's registry from them with the city's naming, merging
 * aliases, and rewrites references to merged units.
 */
export class UnitRegistry {
  private readonly units = new Map<string, Unit>();
  /** Old unit id → resolved unit id, for rewriting references. */
  private readonly renamed = new Map<string, string>();

  constructor(private readonly naming: UnitNaming = AS_WRITTEN) {}

  /** The one name an organisation goes by here. */
  canonicalName(name: string): string {
    return this.naming.canonicalName(name);
  }

  /** Adds a unit or merges it into the one its name resolves to. */
  add(unit: StatedUnit): Unit {
    const name = this.canonicalName(unit.name);
    const id = unitId(name);
    if (unit.id && unit.id !== id) this.renamed.set(unit.id, id);
    const aliases = [unit.name, ...(unit.aliases ?? [])].filter((a) => a !== name);
    const existing = this.units.get(id);
    if (existing) {
      for (const alias of aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      if (existing.kind === 'other' && unit.kind !== 'other') existing.kind = unit.kind;
      if (!existing.duties && unit.duties) existing.duties = unit.duties;
      if (!existing.district && unit.district) existing.district = unit.district;
      return existing;
    }
    const created: Unit = {
      id,
      name,
      kind: this.naming.kindOf(name) ?? unit.kind,
      aliases: [...new Set([...aliases, ...this.naming.aliasesOf(name)])],
      district: unit.district ?? null,
      duties: unit.duties ?? null,
      evidence: unit.evidence,
    };
    this.units.set(id, created);
    return created;
  }

  has(id: string): boolean {
    return this.units.has(id);
  }

  get(id: string): Unit | undefined {
    return this.units.get(id);
  }

  /** The unit a name or alias stands for, among those already known. */
  named(name: string): Unit | undefined {
    return (
      this.units.get(unitId(this.canonicalName(name))) ?? [...this.units.values()].find((u) => u.aliases.includes(name))
    );
  }

  /** The id a reference should use now that aliases are merged. */
  rewrite(id: string): string {
    const renamed = this.renamed.get(id);
    if (renamed) return renamed;
    if (this.units.has(id)) return id;
    const name = id.startsWith('unit:') ? id.slice('unit:'.length) : id;
    return unitId(this.canonicalName(name));
  }

  all(): Unit[] {
    return [...this.units.values()];
  }
}

/** The sentence (up to and including its 。) of a text that holds a position. */
export function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('。', index - 1) + 1, 0);
  const end = text.indexOf('。', index);
  return text.slice(start, end < 0 ? text.length : end + 1).trim();
}

/** The district a district government or park committee governs, by the city profile's names. */
export function districtOf(name: string, profile: CityProfile): string | null {
  const district = profile.districts.find(
    (candidate) =>
      candidate.name === name ||
      candidate.shortForms.includes(name) ||
      candidate.government.name === name ||
      candidate.government.aliases.includes(name),
  );
  return district?.name ?? null;
}
