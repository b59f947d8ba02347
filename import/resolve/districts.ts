import type { District } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import type { ExtractRules } from '../extract/rules';
import { longestFirst } from '../extract/rules';
import type { DistrictHit, DistrictLookup } from '../extract/lookups';

const CJK = '\\u4e00-\\u9fff';

/** What the plan's own text says about its territory. */
export interface PlanTerritory {
  /** The plan's level: a county plan's districts are its towns, townships, sub-districts and parks. */
  level: 'province' | 'city' | 'county';
  /** Names of the whole territory (the plan's own area, its city): they give no district. */
  whole: string[];
  /** Areas the plan names on their own (parse/areas.ts). */
  areas: { name: string; kind: District['kind'] }[];
}

/**
 * Finds the districts a name states: full names and unambiguous short forms from the profile,
 * ambiguous short forms only before an administrative thing, and unlisted names by their
 * administrative suffix (区/县/市/新区/开发区/经开区/高新区) where a name starts.
 */
export class DistrictResolver implements DistrictLookup {
  private readonly forms: { form: string; name: string }[];
  private readonly ambiguous: Map<string, string[]>;
  private readonly cityForms: string[];
  private readonly unlistedPattern: RegExp;
  private readonly nonAdmin: string[];
  private readonly unlisted = new Map<string, District>();

  private readonly areas: District[];

  constructor(
    private readonly profile: CityProfile,
    private readonly rules: ExtractRules,
    territory: PlanTerritory = { level: 'city', whole: [], areas: [] },
  ) {
    const ambiguousForms = new Set(profile.ambiguousShortForms.map((a) => a.form));
    this.ambiguous = new Map(profile.ambiguousShortForms.map((a) => [a.form, a.districtWhenFollowedBy]));
    this.forms = [];
    for (const d of profile.districts) {
      this.forms.push({ form: d.name, name: d.name });
      for (const s of d.shortForms) if (!ambiguousForms.has(s)) this.forms.push({ form: s, name: d.name });
    }
    // The plan's own areas are known by their full names only: a short form could be anything else.
    this.areas = territory.areas
      .filter((a) => !this.forms.some((f) => f.name === a.name))
      .map((a) => ({ name: a.name, kind: a.kind, shortForms: [], governmentId: null }));
    for (const a of this.areas) this.forms.push({ form: a.name, name: a.name });
    this.forms.sort((a, b) => b.form.length - a.form.length);
    this.cityForms = longestFirst([...(profile.city ? [profile.city.name, ...profile.city.shortForms] : []), ...territory.whole]);
    const levelSuffixes = territory.level === 'county' ? rules.townSuffixes : rules.districtSuffixes;
    const suffixes = longestFirst(levelSuffixes).join('|');
    const { districtStemMinLength: min, districtStemMaxLength: max } = rules;
    this.unlistedPattern = new RegExp(`^([${CJK}]{${min},${max}}?)(${suffixes})`);
    this.nonAdmin = longestFirst(rules.nonAdministrativeAreaSuffixes);
  }

  /** Districts named in `text`, in order of appearance, each once. */
  find(text: string): DistrictHit[] {
    const hits: DistrictHit[] = [];
    const taken = new Array<boolean>(text.length).fill(false);
    const claim = (index: number, length: number) => {
      for (let i = index; i < index + length; i++) taken[i] = true;
    };
    const free = (index: number, length: number) => taken.slice(index, index + length).every((t) => !t);
    for (const city of this.cityForms) {
      for (let i = text.indexOf(city); i >= 0; i = text.indexOf(city, i + 1)) claim(i, city.length);
    }
    for (const { form, name } of this.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (!free(i, form.length)) continue;
        hits.push({ name, form, index: i, unlisted: false });
        claim(i, form.length);
      }
    }
    for (const [form, followers] of this.ambiguous) {
      const district = this.profile.districts.find((d) => d.shortForms.includes(form));
      if (!district) continue;
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (!free(i, form.length)) continue;
        const rest = text.slice(i + form.length);
        if (followers.some((f) => rest.startsWith(f))) {
          hits.push({ name: district.name, form, index: i, unlisted: false });
          claim(i, form.length);
        }
      }
    }
    const start = this.leadingCityLength(text);
    if (!hits.some((h) => h.index === start)) {
      const unlisted = this.unlistedAt(text.slice(start));
      if (unlisted) hits.push({ name: unlisted, form: unlisted, index: start, unlisted: true });
    }
    const seen = new Set<string>();
    return hits
      .sort((a, b) => a.index - b.index)
      .filter((h) => (seen.has(h.name) ? false : (seen.add(h.name), true)));
  }

  /** The district a name opens with (after the city's own name), if any. */
  leading(text: string): DistrictHit | null {
    const start = this.leadingCityLength(text);
    return this.find(text).find((h) => h.index === start) ?? null;
  }

  /** Districts recognised by suffix only, to be added to the bundle beside the profile's. */
  unlistedDistricts(): District[] {
    return [...this.unlisted.values()];
  }

  /** The plan's own areas its text names that the profile does not list. */
  planAreas(): District[] {
    return this.areas;
  }

  private leadingCityLength(text: string): number {
    const city = this.cityForms.find((c) => text.startsWith(c));
    return city ? city.length : 0;
  }

  private unlistedAt(text: string): string | null {
    const match = this.unlistedPattern.exec(text);
    if (!match) return null;
    const name = match[1] + match[2];
    // A district name here prefixes a project's name: something follows, and not 县域 / 市县.
    const next = text.slice(name.length);
    if (next.length < 2 || this.rules.districtNotFollowedBy.includes(next[0])) return null;
    if (this.cityForms.includes(name)) return null;
    if (this.profile.nonDistrictAreas.includes(name)) return null;
    if (this.nonAdmin.some((s) => name.endsWith(s))) return null;
    // A stem that is itself a longer non-administrative area (…商务区) is read from the whole word.
    if (this.nonAdmin.some((s) => (match[2] + next).startsWith(s) && s.length > match[2].length)) return null;
    if (!this.unlisted.has(name)) this.unlisted.set(name, { name, kind: kindOf(match[2]), shortForms: [], governmentId: null });
    return name;
  }
}

function kindOf(suffix: string): District['kind'] {
  if (suffix === '县') return 'county';
  if (['镇', '乡', '街道'].includes(suffix)) return 'district';
  if (suffix === '市') return 'city';
  if (suffix === '新区') return 'new-area';
  if (suffix === '区') return 'district';
  return 'park';
}
