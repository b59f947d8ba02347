import type { UnitKind } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import type { UnitNaming } from '../parse/units';

/** A unit name that already says whose it is: a level (县发改委, 地区教育局) or an area (甲乙县民政局). */
const ALREADY_PLACED = /^(?:[省市县区旗州盟]|地区|[\u4e00-\u9fff]{2,4}(?:县|市|区|旗))/u;
/** A state forestry bureau named after its forest (甲乙林业局): an enterprise of its own, no department of the plan. */
const FOREST_BUREAU = /^[\u4e00-\u9fff]{2,4}林业局$/u;

/** A park's managing committee (甲乙高新区管委会). */
const COMMITTEE = /^(.+?)(管委会|管理委员会)$/u;

/** What a plan itself says of names: the short names it gives, and the full name of a park written short. */
export interface PlanNaming {
  shortNames?: readonly { name: string; short: string }[];
  /** The full name of the plan's park a text names (甲乙高新区 → 甲乙高新技术产业开发区), or null. */
  parkOf?: (text: string) => string | null;
}

/**
 * How units are named in a plan with its city profile: names are resolved through the profile's
 * alias table, a district named as a responsible unit stands for its government, and a bare
 * department name (工信局) is read with the plan's level (市工信局).
 *
 * @param departmentPrefix what a bare department name is read with: the profile's, or the plan's
 * own level (县 for a county plan) when no profile applies
 */
export function profileNaming(
  profile: CityProfile,
  departmentPrefix: string = profile.departmentPrefix,
  plan: PlanNaming = {},
): UnitNaming {
  const canonical = new Map<string, string>();
  const kinds = new Map<string, UnitKind>();
  const named = [
    ...(profile.city
      ? [{ name: profile.city.government.name, kind: 'government' as const, aliases: profile.city.government.aliases }]
      : []),
    ...profile.districts.map((d) => ({
      name: d.government.name,
      kind: 'district-government' as const,
      aliases: d.government.aliases,
    })),
    ...profile.units,
  ];
  for (const unit of named) {
    kinds.set(unit.name, unit.kind);
    for (const form of [unit.name, ...unit.aliases]) canonical.set(form, unit.name);
  }
  // The plan's own short names stand for the names it gives them in full; the profile's table wins.
  for (const { name, short } of plan.shortNames ?? []) if (!canonical.has(short)) canonical.set(short, name);
  const canonicalName = (name: string): string => {
    const trimmed = name.trim();
    const direct = canonical.get(trimmed);
    if (direct) return direct;
    // 甲乙高新区管委会: a park's committee by the park's full name (甲乙高新技术产业开发区管委会).
    const committee = COMMITTEE.exec(trimmed);
    const park = committee ? plan.parkOf?.(committee[1]) : null;
    if (committee && park) return `${park}${committee[2]}`;
    // A district named as a responsible unit (…，各县（市、区）、高新区) stands for its government.
    const district = profile.districts.find((d) => d.name === trimmed);
    if (district) return district.government.name;
    const isDistrictUnit = profile.districts.some(
      (d) => trimmed.startsWith(d.name) || d.shortForms.some((s) => trimmed.startsWith(s)),
    );
    if (
      !trimmed.startsWith(departmentPrefix) &&
      // 县发改委, 省工信厅, 旗农牧局, 地区教育局, X县民政局: a level or an area already written is kept.
      !ALREADY_PLACED.test(trimmed) &&
      !FOREST_BUREAU.test(trimmed) &&
      !isDistrictUnit &&
      profile.departmentSuffixes.some((s) => trimmed.endsWith(s)) &&
      trimmed.length <= 8
    ) {
      const prefixed = departmentPrefix + trimmed;
      return canonical.get(prefixed) ?? prefixed;
    }
    return trimmed;
  };
  return {
    canonicalName,
    kindOf: (name) => kinds.get(name),
    aliasesOf: (name) => [...canonical].filter(([form, to]) => to === name && form !== name).map(([form]) => form),
  };
}
