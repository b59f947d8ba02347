import path from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '../city/profile';

const Words = z.array(z.string().min(1));

/** data/extract-rules.json: the plan-language word lists that find named projects in box text. */
export const ExtractRules = z.object({
  about: z.string().min(1),
  triggerVerbs: Words,
  /** Verbs whose bare object is a project only when it carries a proper identity. */
  weakVerbs: Words,
  verbFillers: Words,
  listTailProjectWords: Words,
  /** A project list of a batch (等一批项目): each item is named as one of the plan's projects, Tier A. */
  listTailBatchWords: Words,
  /** 区域性敬老院、康养中心等养老服务设施: a list of this kind names examples of a category; its items without a name of their own are no projects. */
  listTailCategoryWords: Words,
  listTailRejectWords: Words,
  /** Besides the project nouns, what the noun after 等 may be for the list to name projects. */
  listTailAcceptWords: Words,
  /** An object that opens with one of these (与…共建X) names a partner, not the project. */
  prepositions: Words,
  categoryPrefixes: Words,
  leadingModifiers: Words,
  cutMarkers: Words,
  /** Words holding 等 that close no list (中等职业学校, 高等教育, 等级公路). */
  etcInWords: Words,
  /** Nouns opening with a trigger verb (落地加工园: processing of goods landed at a port): no verb there. */
  verbInWords: Words,
  trailingSuffixes: Words,
  policyEndings: Words,
  /** Policy heads that still name one undertaking when a place or firm names it (青禾富硒茶产业集群). */
  namedPolicyHeads: Words,
  projectNouns: Words,
  /** Endings that name an action on a thing (改造, 提升): a project only when the thing has a proper identity. */
  actionNouns: Words,
  /** Verbs inside an object (景德镇学院申报硕士授予点): what follows is a project only with a name of its own. */
  innerActionVerbs: Words,
  /** Heads that name one facility or platform: a generic object of a weak verb (共建X创新中心) is still a Tier B project. */
  facilityNouns: Words,
  /** How long a bare term before a facility name (航空紧固件、液压管路件…基地) may be to modify it. */
  modifierMaxLength: z.number().int().positive(),
  quotedListSeparators: Words,
  splitConjunctions: Words,
  /** Words a conjunction opens (和美乡村, 和谐社区): no list is split there. */
  wordsOpeningWithConjunction: Words,
  /** Conjunctions that join two projects only when each side is a named work (X城际铁路及Y站综合交通枢纽). */
  namedWorksConjunctions: Words,
  conjunctionLeftEndings: Words,
  identity: z.object({
    phasePattern: z.string(),
    editionPattern: z.string(),
    codePattern: z.string(),
    /** Openings of proper names of national standing (中国陶瓷工业互联网平台). */
    properNamePrefixes: Words,
    /** Parks and reserves a government designates (国家湿地公园, 省级自然保护区): the words before one are its own name. */
    designations: Words,
    /** Endings of a city's or county's own public institutions (市中医院, 县第二中学): 市/县 + name + one of these is that institution's name. */
    ownInstitutionSuffixes: Words,
    routeKinds: Words,
    properRouteHeadMaxLength: z.number().int().positive(),
    /** Words before a route's kind that say what kind of route it is (农村公路, 旅游公路), never a route's own name. */
    genericRouteHeads: Words,
    /** Words that make a name a place's (…路片区, …瓷厂), unless part of `notPlaceWords`. */
    placeMarkers: Words,
    notPlaceWords: Words,
    /** A river, lake, bay, mountain or gorge that opens a name (杉塘河大桥, 鹭洲湾滨海度假区) gives it a place's identity. */
    featureSuffixes: Words,
    /** Stems that make a feature word a common noun (景观湖, 中小河流, 城市河湖). */
    featureStemStops: Words,
    /** Characters that, right after a feature word, show a pair of common nouns (河湖, 山水). */
    featureNotFollowedBy: z.string(),
    /**
     * A river, mountain or lake of one character (澶河, 赣江, 嵁山) opens a name only before a part of one (澶河大堤…,
     * 嵁山冰川…), its stem no common word (内河, 高山).
     */
    featureOfOneCharacter: z.object({ suffixes: Words, stemStops: Words, parts: Words }),
  }),
  districtSuffixes: Words,
  /** The suffixes of a county plan's districts: its towns, townships, sub-districts and parks. */
  townSuffixes: Words,
  /** The suffixes of a province plan's districts: its cities and prefectures, and the new areas it runs. */
  provinceSuffixes: Words,
  /** A development zone's full suffix and the short one plans also write (高新技术产业开发区 → 高新区). */
  zoneShortForms: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
  /** After an area's stem, these make it a river, lake, bay or mountain of the same name (岚江干流, 云岫山). */
  areaStemNotFollowedBy: Words,
  /** Words after a place in a project's name that take the project elsewhere (…落地北京, …走进上海): its district is not the place's. */
  elsewhereMarkers: Words,
  nonAdministrativeAreaSuffixes: Words,
  districtStemMinLength: z.number().int().positive(),
  /** Characters that, right after 县/市/区, show a common word (县域, 市县) rather than a district name. */
  districtNotFollowedBy: z.string(),
  districtStemMaxLength: z.number().int().positive(),
  orgs: z.object({
    institutionSuffixes: Words,
    /** Works on an institution as a whole (…卫生院迁建): the institution is the project, not its owner. */
    institutionWorks: Words,
    /** Institutes and schools a plan founds or builds: named as the whole project (栖云稀土研究院), they are what is built, not its owner; after a bare area's name (浮梁县学校) they are no one institution. */
    foundedInstitutionSuffixes: Words,
    enterpriseSuffixes: Words,
    enterpriseNameEndings: Words,
    domainWords: Words,
    genericPrefixes: Words,
    placeWords: Words,
    prefixMinLength: z.number().int().positive(),
    prefixMaxLength: z.number().int().positive(),
    /** Endings that make the short name before them a firm's wherever a project name opens so (澜磁科技…, 岱海重工…). */
    firmEndings: Words,
    /** Trade words that make the name before them a firm's only before a product's size or spec (禾磁新材料年产…). */
    tradeEndings: Words,
  }),
  /** How an issuing notice addresses departments and district governments (its addressee line). */
  addressees: z.object({ departments: Words, districts: Words }),
  /** “电子信息方面，推进…”: a sentence that opens with a sector and this word files its projects there. */
  sectorMarker: z.string().min(1),
});
export type ExtractRules = z.infer<typeof ExtractRules>;

const KeywordRule = z.object({
  keywords: Words,
  code: z.string().min(1),
  /** Sectors that share these words (污水: urban and environment): a project filed under one of them stays there. */
  yieldsTo: Words.optional(),
});
export type KeywordRule = z.infer<typeof KeywordRule>;

/** data/industry-rules.json: where a project or indicator is filed in the industry taxonomy. */
export const IndustryRules = z.object({
  about: z.string().min(1),
  boxTitle: z.array(KeywordRule),
  itemTitle: z.array(KeywordRule),
  sentenceSector: z.object({ marker: z.string().min(1), rules: z.array(KeywordRule) }),
  /** Built with partners abroad (与“一带一路”沿线国家合作建设X): the words before the verb file it. */
  partnerSector: z.array(KeywordRule),
  /**
   * Words of a box or chapter title that span several sectors (基础设施, 新型工业化): the project's own head term
   * files it before the title.
   */
  broadTitleWords: z.array(z.string().min(1)),
  keywords: z.array(KeywordRule),
  indicators: z.array(KeywordRule),
});
export type IndustryRules = z.infer<typeof IndustryRules>;

export function loadExtractRules(file: string = path.join('data', 'extract-rules.json')): ExtractRules {
  return loadDataFile(ExtractRules, file);
}

export function loadIndustryRules(file: string = path.join('data', 'industry-rules.json')): IndustryRules {
  return loadDataFile(IndustryRules, file);
}

/** Word lists already ordered, by their words: the readers ask for the same few lists for every sentence. */
const ordered = new Map<string, string[]>();
const ORDERED_LISTS = 512;
/**
 * The same, by the list asked with: a rule's list is asked for again and again as it is, and
 * joining its words into a key for every sentence cost more than the sort it saves.
 */
const orderedByList = new WeakMap<readonly string[], string[]>();

/**
 * Longest first, so that 推进实施 wins over 推进 and 高速公路 over 公路. The list is shared by every
 * caller asking for the same words, so it is frozen; `words` must not change once asked with.
 */
export function longestFirst(words: readonly string[]): string[] {
  const known = orderedByList.get(words);
  if (known) return known;
  // The count keeps [] and [''] (both joining to '') apart.
  const key = `${words.length}\u0000${words.join('\u0000')}`;
  let list = ordered.get(key);
  if (!list) {
    list = Object.freeze([...new Set(words)].sort((a, b) => b.length - a.length)) as string[];
    // A plan's own lists (its places, its districts) come and go; the rules' lists stay.
    if (ordered.size >= ORDERED_LISTS) ordered.clear();
    ordered.set(key, list);
  }
  orderedByList.set(words, list);
  return list;
}

/** The rule whose keyword ends latest in a name: the head noun of a Chinese name stands last. */
export function matchHeadKeywordRule(
  rules: readonly KeywordRule[],
  name: string,
): { code: string; keyword: string; end: number; yieldsTo: readonly string[] } | null {
  let best: { code: string; keyword: string; end: number; yieldsTo: readonly string[] } | null = null;
  for (const rule of rules) {
    for (const keyword of rule.keywords) {
      const index = name.lastIndexOf(keyword);
      if (index < 0) continue;
      const end = index + keyword.length;
      if (!best || end > best.end || (end === best.end && keyword.length > best.keyword.length))
        best = { code: rule.code, keyword, end, yieldsTo: rule.yieldsTo ?? [] };
    }
  }
  return best;
}

/** The code of the rule with the longest keyword that occurs in `text` (earlier rules win ties). */
export function matchKeywordRule(
  rules: readonly KeywordRule[],
  text: string,
): { code: string; keyword: string } | null {
  let best: { code: string; keyword: string; index: number } | null = null;
  rules.forEach((rule, index) => {
    for (const keyword of rule.keywords) {
      if (!text.includes(keyword)) continue;
      // The longest keyword is the most specific; ties go to the earlier rule.
      if (
        !best ||
        keyword.length > best.keyword.length ||
        (keyword.length === best.keyword.length && index < best.index)
      ) {
        best = { code: rule.code, keyword, index };
      }
    }
  });
  return best ? { code: (best as { code: string }).code, keyword: (best as { keyword: string }).keyword } : null;
}
