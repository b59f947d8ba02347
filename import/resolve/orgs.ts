import type { UnitKind } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import type { ExtractRules } from '../extract/rules';
import { longestFirst } from '../extract/rules';
import { startsWithAny } from '../extract/text';
import type { OrgHit, OrgLookup } from '../extract/lookups';

/**
 * Finds the enterprises and institutions a project name carries: the profile's alias table,
 * names ending in an organisation suffix (大学, 药业 …), and the leading proper name of an item
 * listed in an 等一批项目 enumeration (奈创 in 奈创精密陶瓷基板). Names learnt this way are then
 * recognised wherever else they occur in the plan.
 */
export class OrgFinder implements OrgLookup {
  private readonly aliases: { form: string; name: string; kind: UnitKind }[] = [];
  private readonly learnt = new Map<string, UnitKind>();
  private readonly suffixes: { suffix: string; kind: UnitKind }[];
  private readonly prefixStops: string[];
  private readonly excluded: string[];

  constructor(
    profile: CityProfile,
    private readonly rules: ExtractRules,
    /** Names that are places or districts, never organisations. */
    placeNames: readonly string[],
  ) {
    for (const unit of profile.units) {
      if (unit.kind === 'department') continue;
      for (const form of [unit.name, ...unit.aliases]) this.aliases.push({ form, name: unit.name, kind: unit.kind });
    }
    this.aliases.sort((a, b) => b.form.length - a.form.length);
    this.suffixes = [
      ...rules.orgs.institutionSuffixes.map((suffix) => ({ suffix, kind: 'institution' as const })),
      ...rules.orgs.enterpriseSuffixes.map((suffix) => ({ suffix, kind: 'enterprise' as const })),
    ].sort((a, b) => b.suffix.length - a.suffix.length);
    this.prefixStops = longestFirst([...rules.orgs.domainWords, ...rules.orgs.enterpriseNameEndings]);
    this.excluded = longestFirst([
      ...placeNames,
      ...profile.districts.flatMap((d) => [d.name, ...d.shortForms]),
      ...(profile.city ? [profile.city.name, ...profile.city.shortForms] : []),
    ]);
  }

  find(name: string, listedInProjectList: boolean): OrgHit[] {
    const hits = this.named(name);
    const add = (hit: OrgHit) => {
      if (!hits.some((h) => h.name === hit.name)) hits.push(hit);
    };
    const suffixed = this.bySuffix(name);
    if (suffixed && !hits.some((h) => h.form.includes(suffixed.form) || suffixed.form.includes(h.form))) {
      add(suffixed);
      if (suffixed.kind === 'enterprise') this.learnt.set(suffixed.name, suffixed.kind);
    }
    if (listedInProjectList && hits.length === 0) {
      const prefixed = this.byNamePrefix(name);
      if (prefixed) {
        add(prefixed);
        this.learnt.set(prefixed.name, prefixed.kind);
      }
    }
    return this.withLearnt(name, hits);
  }

  /** Organisations of the profile's alias table named in `text` (the partners of 联合北航、南航…，共建X). */
  named(text: string): OrgHit[] {
    const hits: OrgHit[] = [];
    for (const alias of this.aliases) {
      if (text.includes(alias.form) && !hits.some((h) => h.name === alias.name || h.form.includes(alias.form))) {
        hits.push({ name: alias.name, kind: alias.kind, form: alias.form, rule: 'org-alias' });
      }
    }
    return hits;
  }

  /** `hits` and the organisations learnt so far from other items that `name` also names. */
  withLearnt(name: string, hits: readonly OrgHit[]): OrgHit[] {
    const out = [...hits];
    for (const [known, kind] of this.learnt) {
      if (name.includes(known) && !out.some((h) => h.form.includes(known) || h.name === known))
        out.push({ name: known, kind, form: known, rule: 'org-known' });
    }
    return out;
  }

  /** The shortest leading part of the name that ends in an organisation suffix and is not generic. */
  private bySuffix(name: string): OrgHit | null {
    let best: OrgHit | null = null;
    let bestEnd = Infinity;
    for (const { suffix, kind } of this.suffixes) {
      const index = name.indexOf(suffix);
      if (index < 2) continue;
      const form = name.slice(0, index + suffix.length);
      const end = index + suffix.length;
      if (end >= bestEnd) continue;
      if (this.isGeneric(form)) continue;
      if (kind === 'institution' && this.rules.orgs.institutionWorks.includes(name.slice(end))) continue;
      best = { name: form, kind, form, rule: 'org-suffix' };
      bestEnd = end;
    }
    return best;
  }

  /** 奈创 of 奈创精密陶瓷基板: the proper name before the first word of the trade. */
  private byNamePrefix(name: string): OrgHit | null {
    const { prefixMinLength: min, prefixMaxLength: max, enterpriseNameEndings } = this.rules.orgs;
    if (startsWithAny(name, this.excluded) || this.isGeneric(name)) return null;
    for (let p = min; p <= Math.min(max, name.length - 1); p++) {
      const stop = startsWithAny(name.slice(p), this.prefixStops);
      if (!stop) continue;
      const prefix = name.slice(0, p);
      if (/[A-Za-z0-9“”（）]/.test(prefix)) return null;
      if (this.excluded.some((e) => prefix.includes(e))) return null;
      if (this.rules.orgs.placeWords.some((w) => prefix.endsWith(w) && w.length > 1)) return null;
      // 五华山瓷茶古道: a long prefix holding 山/江/村 … is a place's name, not a firm's (邑山, 弄子里 are short).
      if (prefix.length > 3 && this.rules.orgs.placeWords.some((w) => w.length === 1 && prefix.includes(w)))
        return null;
      const form = enterpriseNameEndings.includes(stop) ? prefix + stop : prefix;
      // 富祥 of 富祥生物科技园 is the 富祥药业 named before.
      const fuller = [...this.learnt.keys()].find(
        (k) => k.startsWith(form) && enterpriseNameEndings.includes(k.slice(form.length)),
      );
      return { name: fuller ?? form, kind: 'enterprise', form, rule: 'org-name-prefix' };
    }
    return null;
  }

  private isGeneric(text: string): boolean {
    return this.rules.orgs.genericPrefixes.some((g) => g.length > 1 && text.startsWith(g));
  }
}
