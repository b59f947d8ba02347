import type { Unit, UnitKind } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import { unitId } from '../bundle/ids';

/**
 * One unit per organisation across the whole plan: names are resolved through the profile's alias
 * table, and a bare department name (工信局) is read as the city's (市工信局) before that.
 */
export class UnitRegistry {
  private readonly canonical = new Map<string, string>();
  private readonly kinds = new Map<string, UnitKind>();
  private readonly units = new Map<string, Unit>();
  /** Old unit id → resolved unit id, for rewriting references. */
  private readonly renamed = new Map<string, string>();

  /**
   * @param departmentPrefix what a bare department name is read with: the profile's, or the
   * plan's own level (县 for a county plan) when no profile applies
   */
  constructor(
    private readonly profile: CityProfile,
    private readonly departmentPrefix: string = profile.departmentPrefix,
  ) {
    const named = [
      ...(profile.city
        ? [
            {
              name: profile.city.government.name,
              kind: 'government' as const,
              aliases: profile.city.government.aliases,
            },
          ]
        : []),
      ...profile.districts.map((d) => ({
        name: d.government.name,
        kind: 'district-government' as const,
        aliases: d.government.aliases,
      })),
      ...profile.units,
    ];
    for (const unit of named) {
      this.kinds.set(unit.name, unit.kind);
      for (const form of [unit.name, ...unit.aliases]) this.canonical.set(form, unit.name);
    }
  }

  /** The one name an organisation goes by in the graph. */
  resolve(name: string): string {
    const trimmed = name.trim();
    const direct = this.canonical.get(trimmed);
    if (direct) return direct;
    // A district named as a responsible unit (…，各县（市、区）、高新区) stands for its government.
    const district = this.profile.districts.find((d) => d.name === trimmed);
    if (district) return district.government.name;
    const { departmentPrefix } = this;
    const { departmentSuffixes } = this.profile;
    const isDistrictUnit = this.profile.districts.some(
      (d) => trimmed.startsWith(d.name) || d.shortForms.some((s) => trimmed.startsWith(s)),
    );
    if (
      !trimmed.startsWith(departmentPrefix) &&
      // 县发改委, 省工信厅: a level already written is kept.
      !/^[省市县区]/.test(trimmed) &&
      !isDistrictUnit &&
      departmentSuffixes.some((s) => trimmed.endsWith(s)) &&
      trimmed.length <= 8
    ) {
      const prefixed = departmentPrefix + trimmed;
      return this.canonical.get(prefixed) ?? prefixed;
    }
    return trimmed;
  }

  /** Adds a unit or merges it into the one its name resolves to; returns the resolved id. */
  add(unit: Omit<Unit, 'id'> & { id?: string }): string {
    const name = this.resolve(unit.name);
    const id = unitId(name);
    if (unit.id && unit.id !== id) this.renamed.set(unit.id, id);
    const existing = this.units.get(id);
    const aliases = [unit.name, ...unit.aliases].filter((a) => a !== name);
    if (existing) {
      for (const alias of aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      if (existing.kind === 'other' && unit.kind !== 'other') existing.kind = unit.kind;
      existing.duties ??= unit.duties;
      existing.district ??= unit.district;
      return id;
    }
    const profileAliases = [...this.canonical.entries()]
      .filter(([form, to]) => to === name && form !== name)
      .map(([form]) => form);
    this.units.set(id, {
      id,
      name,
      kind: this.kinds.get(name) ?? unit.kind,
      aliases: [...new Set([...aliases, ...profileAliases])],
      district: unit.district,
      duties: unit.duties,
      evidence: unit.evidence,
    });
    return id;
  }

  has(id: string): boolean {
    return this.units.has(id);
  }

  get(id: string): Unit | undefined {
    return this.units.get(id);
  }

  /** The id a reference should use now that aliases are merged. */
  rewrite(id: string): string {
    const renamed = this.renamed.get(id);
    if (renamed) return renamed;
    if (this.units.has(id)) return id;
    const name = id.startsWith('unit:') ? id.slice('unit:'.length) : id;
    return unitId(this.resolve(name));
  }

  all(): Unit[] {
    return [...this.units.values()];
  }
}
