import type { UnitKind } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import type { ExtractRules } from '../extract/rules';
import { longestFirst } from '../extract/rules';
import { FACILITY_END } from '../extract/projects';
import { PrefixWords } from '../extract/text';
import type { OrgHit, OrgLookup } from '../extract/lookups';
import { LEGAL_FORMS } from '../parse/firms';

/** An enterprise a plan names by a firm's name somewhere: recognised wherever else the plan names it. */
export interface KnownOrg {
  name: string;
  kind: UnitKind;
  /** How a project's name writes it, when not in full (甲乙物流 of 甲乙物流有限公司). */
  form?: string;
}

/** How a project's name writes a known organisation. */
const writtenAs = (known: KnownOrg): string => known.form ?? known.name;

/** A firm's legal form after its name (甲乙物流有限公司): project names write the firm without it. */
const LEGAL_FORM = new RegExp(`${LEGAL_FORMS}$`, 'u');
/** The fewest characters a firm's name without its legal form needs to be told apart in a project's name. */
const LEGAL_NAME_MIN = 4;

/**
 * Finds the enterprises and institutions a project name carries: the profile's alias table,
 * names ending in an organisation suffix (大学, 药业 …), the leading proper name of an item
 * listed in an 等一批项目 enumeration (奈创 in 奈创精密陶瓷基板), and the firms a first reading of
 * the plan learnt (`known`). Answering never changes it: what is learnt goes into a new finder
 * (`knowing`).
 */
export class OrgFinder implements OrgLookup {
  private readonly aliases: { form: string; name: string; kind: UnitKind }[] = [];
  private readonly suffixes: { suffix: string; kind: UnitKind }[];
  private readonly prefixStops: string[];
  private readonly excluded: string[];
  /** Kinds of facility or policy: a name opening with a firm's ending before one of them is no firm. */
  private readonly kinds: PrefixWords;
  /** The lists the finders try at each length of a name's prefix, looked up by their first character. */
  private readonly excludedWords: PrefixWords;
  /** Areas written in full, with their suffix (浮梁县, not 浮梁): before a school's suffix they name the area's schools. */
  private readonly fullAreaNames: ReadonlySet<string>;
  private readonly stopWords: PrefixWords;
  private readonly firmWords: PrefixWords;
  private readonly tradeWords: PrefixWords;

  /**
   * @param placeNames names that are places, districts or the plan's own territory, never organisations
   * @param known firms the plan names elsewhere, longest first
   */
  constructor(
    private readonly profile: CityProfile,
    private readonly rules: ExtractRules,
    private readonly placeNames: readonly string[],
    private readonly known: readonly KnownOrg[] = [],
    /** Whether a word is a product's or a trade's (the industry lexicon's 羽绒): never a firm's name on its own. */
    private readonly productWord: (word: string) => boolean = () => false,
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
    this.kinds = new PrefixWords(longestFirst([...rules.projectNouns, ...rules.policyEndings]));
    this.excluded = longestFirst([
      ...placeNames,
      ...profile.districts.flatMap((d) => [d.name, ...d.shortForms]),
      ...(profile.city ? [profile.city.name, ...profile.city.shortForms] : []),
    ]);
    this.excludedWords = new PrefixWords(this.excluded);
    const suffixes = [...rules.districtSuffixes, ...rules.townSuffixes];
    this.fullAreaNames = new Set(
      [...placeNames, ...profile.districts.map((d) => d.name), ...(profile.city ? [profile.city.name] : [])].filter(
        (n) => suffixes.some((s) => n.endsWith(s)),
      ),
    );
    this.stopWords = new PrefixWords(this.prefixStops);
    this.firmWords = new PrefixWords(rules.orgs.firmEndings);
    this.tradeWords = new PrefixWords(rules.orgs.tradeEndings);
  }

  /** A finder that also knows the firms a reading of the plan's mentions found (`learn`). */
  knowing(known: readonly KnownOrg[]): OrgFinder {
    // The longest first: a firm whose name holds another's is found as itself.
    const longestFirst = [...known].sort((a, b) => writtenAs(b).length - writtenAs(a).length);
    return new OrgFinder(this.profile, this.rules, this.placeNames, longestFirst, this.productWord);
  }

  /**
   * The firms a reading names by a firm's name (a suffix such as 药业, or the leading name of a
   * listed item), each once; a short name that a longer one extends (富祥 of 富祥药业) is the longer one.
   */
  static learn(hits: readonly OrgHit[], rules: ExtractRules, firmsInFull: readonly string[] = []): KnownOrg[] {
    const found = new Map<string, UnitKind>();
    // A firm a line names in full (牵头单位：甲乙物流有限公司, or the prose's 支持甲乙物流有限公司做大做强) is the one a
    // project's name writes without its legal form.
    const legal = new Map<string, string>();
    const inFullName = (name: string) => {
      const form = name.replace(LEGAL_FORM, '');
      // 甲乙机场有限责任公司: a firm named after the facility it runs is that facility in a project's name.
      const facility = FACILITY_END.test(form);
      if (form !== name && !facility && Array.from(form).length >= LEGAL_NAME_MIN) legal.set(name, form);
    };
    for (const hit of hits) {
      if ((hit.rule === 'org-suffix' && hit.kind === 'enterprise') || hit.rule === 'org-name-prefix')
        found.set(hit.name, hit.kind);
      if (hit.kind === 'enterprise') inFullName(hit.name);
    }
    firmsInFull.forEach(inFullName);
    const endings = rules.orgs.enterpriseNameEndings;
    const named: KnownOrg[] = [...found]
      .filter(
        ([name]) =>
          ![...found.keys()].some((k) => k !== name && k.startsWith(name) && endings.includes(k.slice(name.length))),
      )
      .map(([name, kind]) => ({ name, kind }));
    const inFull: KnownOrg[] = [...legal]
      .filter(([name, form]) => !found.has(name) && !found.has(form))
      .map(([name, form]) => ({ name, kind: 'enterprise', form }));
    return [...named, ...inFull];
  }

  find(name: string, listedInProjectList: boolean): OrgHit[] {
    const hits = this.named(name);
    const add = (hit: OrgHit) => {
      if (!hits.some((h) => h.name === hit.name)) hits.push(hit);
    };
    const suffixed = this.bySuffix(name);
    if (suffixed && !hits.some((h) => h.form.includes(suffixed.form) || suffixed.form.includes(h.form))) add(suffixed);
    // A firm the plan names elsewhere opening the name is that firm, not a longer name guessed by its ending.
    if (hits.length === 0 && !this.known.some((k) => name.startsWith(writtenAs(k)))) {
      const prefixed = (listedInProjectList ? this.byNamePrefix(name) : null) ?? this.byFirmEnding(name);
      if (prefixed) add(prefixed);
    }
    return this.withKnown(name, hits);
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

  /** `hits` and the known firms that `name` also names. */
  private withKnown(name: string, hits: readonly OrgHit[]): OrgHit[] {
    const out: OrgHit[] = [];
    for (const hit of hits) {
      // 富祥 of 富祥生物科技园 is the 富祥药业 named elsewhere.
      const fuller =
        hit.rule === 'org-name-prefix'
          ? this.known.find(
              (k) =>
                k.name.startsWith(hit.form) &&
                this.rules.orgs.enterpriseNameEndings.includes(k.name.slice(hit.form.length)),
            )
          : undefined;
      out.push(fuller ? { ...hit, name: fuller.name } : hit);
    }
    for (const known of this.known) {
      const form = writtenAs(known);
      if (name.includes(form) && !out.some((h) => h.form.includes(form) || h.name === known.name))
        out.push({ name: known.name, kind: known.kind, form, rule: 'org-known' });
    }
    return out;
  }

  /** The shortest leading part of the name that ends in an organisation suffix and is not generic. */
  private bySuffix(name: string): OrgHit | null {
    let best: OrgHit | null = null;
    let bestEnd = Infinity;
    for (const { suffix, kind } of this.suffixes) {
      const index = name.indexOf(suffix);
      // 县疾病预防控制中心: a suffix that is a whole institution's name needs only the area before it.
      if (index < (suffix.length >= 4 ? 1 : 2)) continue;
      const form = name.slice(0, index + suffix.length);
      const end = index + suffix.length;
      if (end >= bestEnd) continue;
      if (this.isGeneric(form)) continue;
      if (kind === 'institution' && this.rules.orgs.institutionWorks.includes(name.slice(end))) continue;
      // An institute or school that is the whole project (栖云稀土研究院) is what the plan builds, not who builds it.
      if (kind === 'institution' && end === name.length && this.rules.orgs.foundedInstitutionSuffixes.includes(suffix))
        continue;
      // 浮梁县学校, A档优质中职学校: a district's or a grade's schools, not one institution; a town's
      // short form before the suffix is a school's own name (椪溪中学), and an area before a suffix that
      // names a whole institution (县疾病预防控制中心) is whose it is.
      if (kind === 'institution' && /[A-Za-z0-9]/.test(form)) continue;
      if (kind === 'institution' && this.rules.orgs.foundedInstitutionSuffixes.includes(suffix)) {
        if (suffix.length < 4 && this.fullAreaNames.has(form.slice(0, index))) continue;
      }
      best = { name: form, kind, form, rule: 'org-suffix' };
      bestEnd = end;
    }
    return best;
  }

  /** 奈创 of 奈创精密陶瓷基板: the proper name before the first word of the trade. */
  private byNamePrefix(name: string): OrgHit | null {
    const { prefixMinLength: min, prefixMaxLength: max, enterpriseNameEndings } = this.rules.orgs;
    if (this.excludedWords.at(name) || this.isGeneric(name)) return null;
    for (let p = min; p <= Math.min(max, name.length - 1); p++) {
      const stop = this.stopWords.at(name, p);
      if (!stop) continue;
      const prefix = name.slice(0, p);
      if (/[A-Za-z0-9“”（）]/.test(prefix)) return null;
      if (this.excluded.some((e) => prefix.includes(e))) return null;
      // 家居产业园, 羽绒产业公共技术服务平台: the prefix is itself a trade or product word, not a proper name.
      if (this.prefixStops.includes(prefix) || this.productWord(prefix) || this.isDescriptive(prefix)) return null;
      if (this.rules.orgs.placeWords.some((w) => prefix.endsWith(w) && w.length > 1)) return null;
      // 五华山瓷茶古道: a long prefix holding 山/江/村 … is a place's name, not a firm's (邑山, 弄子里 are short).
      if (prefix.length > 3 && this.rules.orgs.placeWords.some((w) => w.length === 1 && prefix.includes(w)))
        return null;
      const form = enterpriseNameEndings.includes(stop) ? prefix + stop : prefix;
      return { name: form, kind: 'enterprise', form, rule: 'org-name-prefix' };
    }
    return null;
  }

  /**
   * 澜磁科技 of 澜磁科技青禾磁材生产基地, 禾磁新材料 of 禾磁新材料年产5000吨…: a short proper name
   * and a firm's ending (科技, 重工 …) opening any project name, or a trade word (新材料, 机床 …)
   * before the product's size or spec; not before a kind of facility or policy (农业科技示范园).
   */
  private byFirmEnding(name: string): OrgHit | null {
    const { prefixMinLength: min, prefixMaxLength: max } = this.rules.orgs;
    if (this.excludedWords.at(name) || this.isGeneric(name)) return null;
    for (let p = min; p <= Math.min(max, name.length - 1); p++) {
      const prefix = name.slice(0, p);
      if (!/^[\u4e00-\u9fff]+$/.test(prefix)) return null;
      const firm = this.firmWords.at(name, p);
      const trade = this.tradeWords.at(name, p);
      const ending = firm ?? trade;
      if (!ending) continue;
      const rest = name.slice(p + ending.length);
      // 竹笋食品加工园: a product and its processing, not a firm.
      if (rest.length < 2 || this.kinds.at(rest) || rest.startsWith('加工')) return null;
      if (!firm && !/^([0-9A-Za-z一二三四五六七八九十两]|年产|年加工)/.test(rest)) return null;
      if (this.excluded.some((e) => prefix.includes(e)) || this.prefixStops.some((w) => prefix.includes(w)))
        return null;
      if (this.isDescriptive(prefix)) return null;
      if (this.rules.orgs.placeWords.some((w) => prefix.endsWith(w))) return null;
      const form = prefix + ending;
      return { name: form, kind: 'enterprise', form, rule: 'org-name-prefix' };
    }
    return null;
  }

  /**
   * 食品包装, 羽绒及轴承, 功能性羽绒, 食品级包装: a prefix that is itself a trade's word, joins two words
   * or is an adjective (…性, …级, …型, …式) describes the product, never a firm's own name (程和科技 is one).
   */
  private isDescriptive(prefix: string): boolean {
    return (
      this.firmWords.at(prefix) === prefix ||
      this.tradeWords.at(prefix) === prefix ||
      /[及与暨、]/.test(prefix) ||
      /[性级型式]$/.test(prefix)
    );
  }

  private isGeneric(text: string): boolean {
    return this.rules.orgs.genericPrefixes.some((g) => g.length > 1 && text.startsWith(g));
  }
}
