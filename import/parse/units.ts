import type { Evidence, Unit, UnitKind } from '../bundle/schema';
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

/** Collects units; the first statement of a unit is its evidence, later ones add aliases and duties. */
export class UnitRegistry {
  private readonly units = new Map<string, Unit>();

  add(
    name: string,
    kind: UnitKind,
    evidence: Evidence,
    extra: Partial<Pick<Unit, 'aliases' | 'district' | 'duties'>> = {},
  ): Unit {
    const id = unitId(name);
    const known = this.units.get(id);
    if (known) {
      for (const alias of extra.aliases ?? []) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      if (!known.duties && extra.duties) known.duties = extra.duties;
      if (!known.district && extra.district) known.district = extra.district;
      return known;
    }
    const unit: Unit = {
      id,
      name,
      kind,
      aliases: [...(extra.aliases ?? [])],
      district: extra.district ?? null,
      duties: extra.duties ?? null,
      evidence,
    };
    this.units.set(id, unit);
    return unit;
  }

  get(name: string): Unit | undefined {
    return this.units.get(unitId(name));
  }

  /** The unit a name or alias stands for, among those already known. */
  resolve(name: string): Unit | undefined {
    return this.get(name) ?? [...this.units.values()].find((unit) => unit.aliases.includes(name));
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
