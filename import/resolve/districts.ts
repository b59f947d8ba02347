import type { District } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import type { ExtractRules } from '../extract/rules';
import { longestFirst } from '../extract/rules';
import type { DistrictHit, DistrictLookup } from '../extract/lookups';
import { BANNER_WORD_END, TOWN_QUARTER } from '../parse/areas';
import { autonomousShortForms } from '../text/patterns';

const CJK = '\\u4e00-\\u9fff';

/** What the plan's own text says about its territory. */
export interface PlanTerritory {
  /** The plan's level: a county plan's districts are its towns, townships, sub-districts and parks. */
  level: 'province' | 'city' | 'county';
  /** Names of the whole territory (the plan's own area, its city): they give no district. */
  whole: string[];
  /** Areas the plan names on their own (parse/areas.ts), with the line that first does. */
  areas: { name: string; kind: District['kind']; line?: number; shortForms?: string[] }[];
  /** The addressee lines of the plan's notices: how the plan names the areas it writes to. */
  addressed?: string;
  /** The plan's own area without its suffix (甲岭, 甲岭州 of 甲岭苗族自治州): no stem of an area it names. */
  ownStems?: string[];
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
  private readonly ownStems: readonly string[];
  private readonly unlistedPattern: RegExp;
  private readonly nonAdmin: string[];

  private readonly areas: District[];
  /** Short forms that are a bare stem (石渚 of 石渚镇): not before a river, lake or mountain word. */
  private readonly stems: ReadonlySet<string>;
  private readonly stemNotFollowedBy: string[];
  private order: { byForm: { form: string; name: string }[]; afterCity: ReadonlySet<string> } | null = null;
  /** A cache of `find`, which answers a text always the same: a plan asks about each of its names and sentences about ten times. */
  private readonly answers = new Map<string, readonly DistrictHit[]>();

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
    this.ownStems = territory.ownStems ?? [];
    this.cityForms = longestFirst([
      ...(profile.city ? [profile.city.name, ...profile.city.shortForms] : []),
      ...territory.whole,
    ]);
    const areas = territory.areas.filter((a) => !this.forms.some((f) => f.name === a.name));
    const shortForms = planAreaShortForms(areas, rules, this.cityForms);
    // The short forms the plan itself gives an area are its own, whatever other areas' stems are.
    for (const a of areas)
      if (a.shortForms) shortForms.set(a.name, [...new Set([...(shortForms.get(a.name) ?? []), ...a.shortForms])]);
    // A city's park named after one of its counties or districts (X县 → X磷化工园区) lies inside that
    // area: the area is its district, and the park is none of the city's own, unless the notice
    // addresses its 管委会 beside the counties' governments (鸮关边境经济合作区管委会).
    const stems = [
      ...profile.districts.filter((d) => d.kind !== 'park').flatMap((d) => d.shortForms),
      ...areas.filter((a) => a.kind !== 'park').flatMap((a) => shortForms.get(a.name) ?? []),
    ];
    const inside = (park: (typeof areas)[number]) =>
      territory.level === 'city' &&
      park.kind === 'park' &&
      !territory.addressed?.includes(park.name) &&
      stems.some((stem) => park.name.startsWith(stem));
    const listed = areas.filter((a) => !inside(a));
    // A zone written on its own both in full and short (柘湾高新技术产业开发区, 柘湾高新区) is one area,
    // named as the notice's addressee line names it, else as the plan first names it.
    const own: typeof listed = [];
    const done = new Set<string>();
    for (const a of listed) {
      if (done.has(a.name)) continue;
      const group = listed.filter(
        (b) =>
          b.name === a.name || shortForms.get(a.name)?.includes(b.name) || shortForms.get(b.name)?.includes(a.name),
      );
      const addressed = group
        .filter((b) => territory.addressed?.includes(b.name) ?? false)
        .sort((x, y) => y.name.length - x.name.length)[0];
      let chosen = addressed ?? [...group].sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity))[0];
      const written = rules.zoneShortForms
        .filter(([, short]) => chosen.name.endsWith(short))
        .map(([full, short]) => chosen.name.slice(0, -short.length) + full)
        .find((full) => !addressed && territory.addressed?.includes(full));
      if (written) {
        group.push(chosen);
        chosen = { ...chosen, name: written };
      }
      for (const b of group) done.add(b.name);
      own.push(chosen);
      const aliases = group.filter((b) => b !== chosen).map((b) => b.name);
      shortForms.set(chosen.name, [...new Set([...(shortForms.get(chosen.name) ?? []), ...aliases])]);
    }
    this.areas = own.map((a) => ({
      name: a.name,
      kind: a.kind,
      shortForms: shortForms.get(a.name) ?? [],
      governmentId: null,
    }));
    for (const a of this.areas) for (const form of [a.name, ...a.shortForms]) this.forms.push({ form, name: a.name });
    this.forms.sort((a, b) => b.form.length - a.form.length);
    this.stemNotFollowedBy = longestFirst(rules.areaStemNotFollowedBy);
    this.stems = new Set(
      this.areas.flatMap((a) =>
        a.shortForms.filter((f) => !rules.zoneShortForms.some(([, short]) => f.endsWith(short))),
      ),
    );
    const levelSuffixes = {
      province: rules.provinceSuffixes,
      city: rules.districtSuffixes,
      county: rules.townSuffixes,
    }[territory.level];
    const suffixes = longestFirst(levelSuffixes).join('|');
    const { districtStemMinLength: min, districtStemMaxLength: max } = rules;
    this.unlistedPattern = new RegExp(`^([${CJK}]{${min},${max}}?)(${suffixes})`);
    this.nonAdmin = longestFirst(rules.nonAdministrativeAreaSuffixes);
  }

  /** Districts named in `text`, in order of appearance, each once (frozen: the answer is shared). */
  find(text: string): readonly DistrictHit[] {
    let answer = this.answers.get(text);
    if (!answer) {
      answer = Object.freeze(this.read(text).map((hit) => Object.freeze(hit)));
      this.answers.set(text, answer);
    }
    return answer;
  }

  private read(text: string): DistrictHit[] {
    const hits: DistrictHit[] = [];
    // Read for every name and sentence of a plan: characters claimed as flags, not a copied array.
    const taken = new Uint8Array(text.length);
    const claim = (index: number, length: number) => taken.fill(1, index, index + length);
    const free = (index: number, length: number) => {
      for (let i = index; i < index + length; i++) if (taken[i]) return false;
      return true;
    };
    const { byForm, afterCity } = this.formOrder();
    let citiesClaimed = false;
    const claimCities = () => {
      for (const city of this.cityForms) {
        for (let i = text.indexOf(city); i >= 0; i = text.indexOf(city, i + 1))
          if (free(i, city.length)) claim(i, city.length);
      }
      citiesClaimed = true;
    };
    for (const { form, name } of byForm) {
      if (!citiesClaimed && !afterCity.has(form)) claimCities();
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (!free(i, form.length)) continue;
        if (this.stems.has(form) && this.featureAt(text, i + form.length)) continue;
        hits.push({ name, form, index: i, unlisted: false });
        claim(i, form.length);
      }
    }
    if (!citiesClaimed) claimCities();
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
    return hits.sort((a, b) => a.index - b.index).filter((h) => (seen.has(h.name) ? false : (seen.add(h.name), true)));
  }

  /**
   * The forms in the order `find` tries them: an area named after the plan's own city (柘湾高新区)
   * is read before the city's name is set aside. The same for every text, so worked out once.
   */
  private formOrder(): { byForm: { form: string; name: string }[]; afterCity: ReadonlySet<string> } {
    if (!this.order) {
      const afterCity = new Set(
        this.forms
          .filter((f) => this.cityForms.some((c) => f.form.length > c.length && f.form.startsWith(c)))
          .map((f) => f.form),
      );
      const byForm = [
        ...this.forms.filter((f) => afterCity.has(f.form)),
        ...this.forms.filter((f) => !afterCity.has(f.form)),
      ];
      this.order = { byForm, afterCity };
    }
    return this.order;
  }

  namesFeature(text: string): boolean {
    for (const stem of this.stems)
      for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1))
        if (this.featureAt(text, i + stem.length)) return true;
    return false;
  }

  /** After an area's stem at `end`, a word that makes the stem a river's, lake's or mountain's name. */
  private featureAt(text: string, end: number): boolean {
    return this.stemNotFollowedBy.some((w) => text.startsWith(w, end));
  }

  /** The district a name opens with (after the city's own name), if any. */
  leading(text: string): DistrictHit | null {
    const start = this.leadingCityLength(text);
    return this.find(text).find((h) => h.index === start) ?? null;
  }

  /** Every form this resolver reads as a district or as the plan's whole area. */
  names(): string[] {
    return [...this.forms.map((f) => f.form), ...this.cityForms];
  }

  /** A district recognised by its suffix only (`unlisted` hits), to be added to the bundle beside the profile's. */
  unlistedDistrict(name: string): District {
    const suffix = longestFirst([...this.rules.districtSuffixes, ...this.rules.townSuffixes]).find((s) =>
      name.endsWith(s),
    );
    return { name, kind: kindOf(suffix ?? ''), shortForms: [], governmentId: null };
  }

  /** The plan's own areas its text names that the profile does not list. */
  planAreas(): District[] {
    return this.areas;
  }

  private leadingCityLength(text: string): number {
    const city = this.cityForms.find((c) => text.startsWith(c));
    return city ? city.length : 0;
  }

  /**
   * The district a text is when it is nothing but one area's name (a table's 建设地点 cell:
   * 梧源街道), listed or recognised by the suffix of the plan's level.
   */
  alone(text: string): DistrictHit | null {
    const listed = this.find(text).find((h) => h.index === 0 && h.form === text);
    if (listed) return listed;
    const name = this.unlistedAt(text, true);
    return name ? { name, form: name, index: 0, unlisted: true } : null;
  }

  private unlistedAt(text: string, alone = false): string | null {
    const match = this.unlistedPattern.exec(text);
    if (!match) return null;
    const name = match[1] + match[2];
    // 三区两县: a count of areas, not one.
    if (/[一二三四五六七八九十两几多数]$/.test(match[1])) return null;
    // 县域城乡…, 相关镇…: the whole territory or bodies of a kind, not one area.
    if (/^(县域|市域|区域|城乡|全|各|相关|有关)/.test(match[1])) return null;
    // X城乡公交 (urban and rural), X村乡村旅游: the words 城乡 and 乡村, no township the plan does not list.
    if (match[2] === '乡' && /[城村]$/.test(match[1])) return null;
    // X返乡创业园, 返乡入乡: going back to one's home (乡), no township.
    if (match[2] === '乡' && /[返入下回归还故家老]$/.test(match[1])) return null;
    // 甲城至经开区快速通道: a route's two ends, not one area.
    if (match[1].includes('至')) return null;
    // 城东新区: a new quarter of the seat, named by the side it lies on.
    if (match[2] === '新区' && TOWN_QUARTER.test(match[1])) return null;
    const next = text.slice(name.length);
    if (alone && next !== '') return null;
    // 旗舰店, 旗袍: words, no banner.
    if (match[2] === '旗' && BANNER_WORD_END.test(next)) return null;
    // A district name here prefixes a project's name: something follows, and not 县域 / 市县.
    if (!alone && (next.length < 2 || this.rules.districtNotFollowedBy.includes(next[0]))) return null;
    if (this.cityForms.includes(name)) return null;
    // 甲岭州县城…: the plan's own area with its kind before the words of its county seats, no county of that stem
    // (a county may share the bare stem: 某某县 of 某某市).
    if (/[州市盟]$/.test(match[1]) && this.ownStems.includes(match[1])) return null;
    // 樾光坮原区…: the plan's own area after a firm's name, not an area of the firm's name.
    if (this.forms.some(({ form }) => name.endsWith(form) && name.length > form.length && form.length >= 3))
      return null;
    if (this.profile.nonDistrictAreas.includes(name)) return null;
    // …景区 is not an area, but 青禾工业园区 is one although it ends like …园区.
    if (this.nonAdmin.some((s) => name.endsWith(s) && s.length > match[2].length)) return null;
    // A stem that is itself a longer non-administrative area (…商务区) is read from the whole word.
    if (this.nonAdmin.some((s) => (match[2] + next).startsWith(s) && s.length > match[2].length)) return null;
    return name;
  }
}

/** The rest of a park's name after the plan's own stem, when it names the park (临港产业园), not a kind (工业园区). */
const OWN_PARK_REST = /^(?!工业|产业|经济|科技|高新|开发)\p{Script=Han}{2,4}产业园$/u;
/** A park named by a stem, its trade and 工业园区/产业园区/化工园区 (鳌礁石化工业园区). */
const PARK_NAME = /^([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{1,6})(工业|产业|化工)园区$/;
/** An industrial base an area is (X能源化工基地): its first two characters. */
const BASE_NAME = /^([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{2,6}(?:化工|产业|工业)基地$/;

/**
 * Short forms of the plan's own areas that are unambiguous in that plan: a zone's short suffix
 * (柘湾高新区 of 柘湾高新技术产业开发区), and an area's stem (石渚 of 石渚镇, 岚江 of 岚江市) when it has
 * two characters or more, is no other area's stem, and is not the plan's own name.
 */
export function planAreaShortForms(
  areas: readonly { name: string; kind: District['kind'] }[],
  rules: Pick<ExtractRules, 'zoneShortForms'>,
  whole: readonly string[],
): Map<string, string[]> {
  // 瑭溪 of 瑭溪新区 as of 甲乙区; a zone's stem is its city's, not its own.
  const suffix = /(中央商务区|新区|街道|苏木|自治县|县|自治旗|旗|市|区|镇|乡)$/;
  const stemOf = (name: string) =>
    autonomousShortForms(name)?.stem ??
    (suffix.test(name) && !/(开发区|园区|高新区|经开区|保税区|经济区)$/.test(name) ? name.replace(suffix, '') : null);
  const stems = areas.map((a) => stemOf(a.name)).filter((s): s is string => s !== null && s.length >= 2);
  const clash = (stem: string) =>
    stems.filter((s) => s.startsWith(stem) || stem.startsWith(s)).length > 1 || whole.some((w) => w.startsWith(stem));
  const out = new Map<string, string[]>();
  // 经开区 or 高新区 written bare is the plan's own zone of that kind, when it has only one.
  const kindCount = (short: string) =>
    new Set(
      areas.filter((a) => rules.zoneShortForms.some(([f, s]) => s === short && a.name.endsWith(f) && a.name !== f)),
    ).size;
  for (const area of areas) {
    const forms: string[] = [];
    for (const [full, short] of rules.zoneShortForms)
      if (area.name.endsWith(full) && area.name !== full) {
        forms.push(area.name.slice(0, -full.length) + short);
        if (kindCount(short) === 1) forms.push(short, full);
      }
    const autonomous = autonomousShortForms(area.name);
    if (autonomous) forms.push(autonomous.withKind);
    const stem = stemOf(area.name);
    if (stem && stem.length >= 2 && !clash(stem)) forms.push(stem);
    // 鳌礁园区 of 鳌礁石化工业园区: a park by its first two characters, when no other area or the plan's own name shares them.
    const park = PARK_NAME.exec(area.name);
    const shared = (p: string) =>
      stems.some((s) => s.startsWith(p) || p.startsWith(s)) || whole.some((w) => w.startsWith(p));
    if (park && !shared(park[1])) forms.push(`${park[1]}园区`);
    // Cut as plans cut them: 碛原能源化工园区 → 碛原能化园区, 槎浦纺织工业园区 → 槎浦纺织园区.
    if (park && park[2].length === 2)
      forms.push(park[3] === '化工' ? `${park[1]}${park[2][0]}化园区` : `${park[1]}${park[2]}园区`);
    // 蒎梁基地 of 蒎梁能源化工基地: a base by its first two characters, as for a park.
    const base = BASE_NAME.exec(area.name);
    if (base && !shared(base[1])) forms.push(`${base[1]}基地`);
    // 高铁新区 of 滢州高铁新区, 临港产业园 of 鲽湾临港产业园: a new area or a park named after the plan's own
    // territory, by the rest of its name, when no other area ends so and the rest is more than a kind of park.
    for (const own of whole) {
      const stem = own.replace(/[市县区]$/, '');
      const rest = area.name.slice(stem.length);
      const alone = !areas.some((other) => other !== area && other.name !== rest && other.name.endsWith(rest));
      const named = /^\p{Script=Han}{2,}新区$/u.test(rest) || OWN_PARK_REST.test(rest);
      if (stem.length >= 2 && area.name.startsWith(stem) && named && alone) forms.push(rest);
      // 县工业园区 of 嵱川工业园区: a park named after the plan's own county or city, by its level and the rest.
      const level = /[市县区]$/.exec(own)?.[0];
      if (level && stem.length >= 2 && area.name.startsWith(stem) && /^\p{Script=Han}{2,}园区$/u.test(rest) && alone)
        forms.push(`${level}${rest}`);
    }
    out.set(area.name, forms);
  }
  return out;
}

function kindOf(suffix: string): District['kind'] {
  if (suffix === '县' || suffix === '旗') return 'county';
  if (['镇', '乡', '苏木', '街道'].includes(suffix)) return 'district';
  if (suffix === '市') return 'city';
  if (suffix === '新区') return 'new-area';
  if (suffix === '区') return 'district';
  return 'park';
}
