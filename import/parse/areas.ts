import type { District, PlanIdentity } from '../bundle/schema';
import type { SourceLine } from './types';
import { BOX, autonomousShortForms, chineseNumber, isTableRow } from '../text/patterns';

/**
 * The administrative areas of a plan's own territory, as its text writes them in full: the
 * districts, counties, county-level cities and development zones of a city plan, the towns,
 * townships, sub-districts and parks of a county plan. Read where a name stands on its own — an
 * item of a 、-list, the addressee line, a 责任单位 list, the head of a paragraph — never guessed
 * from a name inside running text.
 */
export interface PlanArea {
  name: string;
  kind: District['kind'];
  /** Where the plan first writes it on its own. */
  line: number;
  quote: string;
  rule: 'area-in-list' | 'area-heads-list-items' | 'area-heads-paragraph' | 'area-with-short-form';
  /** The short forms the plan gives it in a bracket after its name (甲州经开区 of 甲州经济技术开发区（简称甲州经开区）). */
  shortForms?: string[];
}

/** Suffixes of areas, longest first; the kind each gives. */
const SUFFIXES: [string, District['kind']][] = [
  ['高新技术产业开发区', 'park'],
  ['经济技术开发区', 'park'],
  ['综合保税区', 'park'],
  // 甲州航空港经济综合实验区, 乙丙综合实验区: a zone the state sets up, run by its own 管委会.
  ['航空港经济综合实验区', 'park'],
  ['综合实验区', 'park'],
  ['中央商务区', 'park'],
  // 甲乙科学城: a science city a district or city runs through its own 管委会.
  ['科学城', 'park'],
  ['工业园区', 'park'],
  ['产业园区', 'park'],
  ['化工园区', 'park'],
  // 甲尔口岸经济区, 乙丙临空经济区: a zone a plan sets up and names as one of its areas.
  ['经济区', 'park'],
  ['经开区', 'park'],
  ['高新区', 'park'],
  ['开发区', 'park'],
  ['新区', 'new-area'],
  ['街道', 'district'],
  // The township of a banner (旗), the county-level area of the pastoral north.
  ['苏木', 'district'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  // A banner and a league: the county-level and prefecture-level areas of the pastoral north.
  ['自治旗', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['盟', 'city'],
  ['市', 'city'],
  ['区', 'district'],
  ['镇', 'district'],
  ['乡', 'district'],
];
/** Which suffixes name an area of a plan at each level. */
const OWN_AREAS: Record<PlanIdentity['level'], ReadonlySet<string>> = {
  // A province's cities and prefectures, and the zones it runs itself (a state-level new area, a bonded zone).
  province: new Set(['市', '自治州', '盟', '新区', '综合保税区']),
  city: new Set([
    '区',
    '县',
    '自治县',
    '旗',
    '自治旗',
    '市',
    '新区',
    '经开区',
    '高新区',
    '开发区',
    '经济技术开发区',
    '高新技术产业开发区',
    '综合保税区',
    '航空港经济综合实验区',
    '综合实验区',
    '中央商务区',
    '科学城',
    '工业园区',
    '化工园区',
    '经济区',
  ]),
  county: new Set([
    '镇',
    '乡',
    '苏木',
    '街道',
    '经开区',
    '高新区',
    '开发区',
    '经济技术开发区',
    '高新技术产业开发区',
    '中央商务区',
    '科学城',
    '工业园区',
    '产业园区',
    '化工园区',
    '经济区',
    '新区',
  ]),
};
/** How long the stem before each kind of suffix may be (real names: 珠山区, 瑶里镇, 景德镇高新区). */
const STEM_LENGTH: Record<string, [number, number]> = {
  市: [2, 3],
  县: [2, 3],
  自治县: [2, 6],
  自治州: [2, 8],
  自治旗: [2, 6],
  // 正蓝旗, 科尔沁右翼前旗: a banner's name runs longer than a county's.
  旗: [2, 6],
  盟: [2, 4],
  区: [2, 3],
  镇: [2, 4],
  乡: [2, 4],
  苏木: [2, 4],
  街道: [2, 4],
};
const PARK_STEM: [number, number] = [2, 6];
/** Kinds of zone that are areas only where the plan names their 管委会. */
const MANAGED_ONLY = /科学城$/;
/** The longest stem any suffix takes (an autonomous prefecture's, its peoples' names included). */
const LONGEST_STEM = Math.max(PARK_STEM[1], ...Object.values(STEM_LENGTH).map(([, max]) => max));
/** Zones a city plan names bare: they are its own (高新区 = the city's high-tech zone). */
const BARE = new Set(['高新区', '经开区', '综合保税区', '工业园区', '航空港经济综合实验区']);
/** Stems that are words, not names: 各区, 全县, 本镇, 城区, 景区 … */
const NOT_A_STEM =
  /^(各|全|本|相关|有关|所在|我|该|每|其|是|为|民族|景|园|片|社|小|市|县|省|中心|重点|特色|示范|产业|工业|农业|物流|商务|生态|功能|核心|主城|老城|新城|城市|城乡|乡村)/;
/**
 * A stem ending like these is an urban or functional area, a slogan (文化立市), a count (统筹三区), a part of
 * the territory (西部山区, 农村牧区) or an alliance (产业联盟), not an administrative one.
 */
const NOT_A_STEM_END =
  /([一二三四五六七八九十两几多数]|古|景|片|社|小|街|厂|园|营|牧|联|加|至|苏木|中心|示范|集聚|功能|核心|保护|服务|度假|商务|物流|产业|风景|试验|先行|综合|校|矿|库|灌|港|博览|遗产|工业|主城|老城|新城|城市|部山|兴|立|强|富|惠|治|美|活|之|与|及)$/;
/**
 * Before 区/市/县 a stem that is a common word for a town or part of one (县城区, 古城区, 东城区) or a
 * place and 城 (乐平城区) is a town area; a proper two-character stem ending in 城 is a district's
 * name (鹿城区), and towns and sub-districts are often named so (凤城镇, 禾城街道).
 */
/** Stem ends that name a port, a garden or a camp: a town or sub-district is often named so (新港街道, 花园镇, 大营镇). */
const TOWN_STEM_END = /(港|园|营)$/;
const URBAN_STEM_END = /(^..+|县|市|镇|乡|省|都|京|古|老|新|主|内|外|东|西|南|北|中|卫|山|边|子|围)城$/;
const TOWN_SUFFIXES = new Set(['镇', '乡', '苏木', '街道']);
/** A stem that says which side of the seat a quarter lies on (城东, 南部): 城东新区 is no area of its own. */
export const TOWN_QUARTER = /^(?:城[东南西北]|[东南西北]城|[东南西北]部)$/;
/** After 旗, what makes it a word's first character (旗舰, 旗袍, 旗帜), not a banner's suffix. */
export const BANNER_WORD_END = /^[舰袍帜]/;
/** Words a paragraph or list item opens with before the area it is about, one or more (即由X组成, 改造提升X, 各街道、镇和X). */
const LEADING_WORDS =
  /^(?:“[^”]{1,8}”即|即|[一二三四五六七八九十]是|各?(?:街道|镇|乡|苏木)[和及与]|途经|流经|设有|下辖|辖|代管|包括|位于|横跨|跨|涉及|与|支持|推动|推进|实施|鼓励|引导|加快|加强|依托|指导|督促|协调|组织|改造|提升|打造|改扩建|新建|改建|扩建|建设|培育|壮大|做强|做大|做优|做实|完善|在|以|对|由|将)+/;
/** The number of a list item: 2. / 2、/ （2）/ ② / （二）. */
const ITEM_NUMBER = /^\s*(\d{1,2}\s*[.．、]|（\d{1,2}）|[（(][一二三四五六七八九十]{1,3}[）)]|[①-⑳])\s*/;
/** What follows an area that heads a paragraph about it. */
const AFTER_HEAD = /^(要|应|重点|着力|依托|围绕|聚焦|突出|加快|立足|发挥|以|：|，|。|（)/;
/** What follows the area in the title of a box of that area's projects: no sector, nothing else. */
const PROJECT_BOX = /^(重点)?(建设)?(项目|工程)(清单)?$/;
/**
 * The addressee line of a notice (各县（市、区）人民政府，X高新区管委会，…： / 甲镇、乙苏木人民政府，…：):
 * every area in it is the plan's own.
 */
const ADDRESSEE = /^(各|[^。，：]{2,60}(人民政府|管委会|管理委员会|办事处)，)[^。]{4,}[：:]$/;
/** Addressees that are managing committees: the parks before 管委会. */
const COMMITTEE = /^(.+)(?:管委会|管理委员会)$/u;
/** A park or port area the addressees name by its managing committee (甲乙绒乳产业园管委会, 甲口港区管委会): an area however it ends. */
const GOVERNED_PARK = /^([\u4e00-\u9fff]{2,12}(?:园|园区|合作区|示范区|新城|基地|港区))$/u;
/** What qualifies an area up to 的 (环澪湾的澳城区). */
const QUALIFIER = /^[^、，；]{1,12}的/;
/** After an area in a list of units: its government or office. */
const GOVERNMENT = /(人民政府|政府|管委会|管理委员会|办事处)$/;

interface Level {
  own: ReadonlySet<string>;
  /** Names of the whole territory, longest first: 青山市西岭县城关镇 is 城关镇. */
  whole: string[];
}

/**
 * The area a text opens with: a stem of a name and an administrative suffix of the plan's level,
 * after the names of the whole territory. A bare zone keeps the territory's name (西岭县工业园区).
 */
function areaAt(text: string, level: Level): { name: string; kind: District['kind']; end: number } | null {
  let prefix = '';
  for (let found = true; found;) {
    const whole = level.whole.find((w) => text.startsWith(w, prefix.length));
    found = whole !== undefined;
    if (whole) prefix += whole;
  }
  const rest = text.slice(prefix.length);
  const area = stemAndSuffix(rest, level.own);
  if (!area) return null;
  const end = prefix.length + area.name.length;
  // A park keeps the territory's name it is named after (西岭县工业园区, 碛原能源化工园区); a town does not.
  return BARE.has(area.name) || area.kind === 'park' ? { ...area, name: prefix + area.name, end } : { ...area, end };
}

/** The kind of area each suffix gives. */
const SUFFIX_KIND = new Map(SUFFIXES);
/** SUFFIXES by their first character, each list in the order of SUFFIXES. */
const SUFFIXES_BY_FIRST = new Map<string, [string, District['kind']][]>();
for (const entry of SUFFIXES)
  SUFFIXES_BY_FIRST.set(entry[0][0], [...(SUFFIXES_BY_FIRST.get(entry[0][0]) ?? []), entry]);

/** How many characters, up to `max`, the text opens with that are CJK ideographs (a stem's). */
function leadingHan(text: string, max: number): number {
  let n = 0;
  while (n < max && n < text.length) {
    const code = text.charCodeAt(n);
    if (code < 0x4e00 || code > 0x9fff) break;
    n++;
  }
  return n;
}

// Read for every piece of every line of a plan: only the suffixes that can follow a stem are tried.
function stemAndSuffix(text: string, own: ReadonlySet<string>): { name: string; kind: District['kind'] } | null {
  for (const [suffix, kind] of SUFFIXES)
    if (BARE.has(suffix) && own.has(suffix) && text.startsWith(suffix)) return { name: suffix, kind };
  const han = leadingHan(text, LONGEST_STEM);
  for (let length = 2; length <= han; length++) {
    const candidates = SUFFIXES_BY_FIRST.get(text[length]);
    if (!candidates) continue;
    const stem = text.slice(0, length);
    for (const [suffix, kind] of candidates) {
      if (!text.startsWith(suffix, length) || !own.has(suffix)) continue;
      // 旗舰, 旗袍, 旗帜: a word, not a banner.
      if (suffix === '旗' && BANNER_WORD_END.test(text.slice(length + 1))) continue;
      const [min, max] = STEM_LENGTH[suffix] ?? PARK_STEM;
      // 甲坝傈僳族乡: an ethnic township's stem runs on by its peoples' names.
      const ethnic =
        (suffix === '乡' || suffix === '镇') && (autonomousShortForms(stem + suffix)?.stem.length ?? max + 1) <= max;
      // 国家级, 省级: a rank, not a name.
      if (length < min || (length > max && !ethnic) || NOT_A_STEM.test(stem) || stem.includes('级')) continue;
      // 甲乙蒙古自治县: a people's name (蒙古) ends the stem before an autonomous area's suffix, whatever its last word.
      const people = suffix.startsWith('自治') && autonomousShortForms(stem + suffix) !== null;
      if (NOT_A_STEM_END.test(stem) && !people && !(TOWN_SUFFIXES.has(suffix) && TOWN_STEM_END.test(stem))) continue;
      if (!TOWN_SUFFIXES.has(suffix) && URBAN_STEM_END.test(stem)) continue;
      // 城东新区, 南部新区: a new quarter of the seat, named by where it lies, no area of its own.
      if (suffix === '新区' && TOWN_QUARTER.test(stem)) continue;
      // 甲岭苗族侗族自治州: a short stem before its peoples' names, not words before it (西翼以甲岭…).
      if (suffix.startsWith('自治') && (autonomousShortForms(stem + suffix)?.stem.length ?? Infinity) > 4) continue;
      // 加强高新区: the stem's last characters open a longer suffix, which is the name.
      if (
        SUFFIXES.some(
          ([longer]) => longer.length > suffix.length && [1, 2].some((k) => text.startsWith(longer, length - k)),
        )
      )
        continue;
      return { name: stem + suffix, kind };
    }
  }
  return null;
}

/** After an area in a spatial chapter: its seat or urban area (鹊岭市城区, 苕华县城), the area all the same. */
const SEAT = /^(城区|城)$/;

/** The area a piece of text is, when it is nothing but an area name (and its government or seat). */
function areaOf(piece: string, level: Level): { name: string; kind: District['kind'] } | null {
  const text = piece.replace(GOVERNMENT, '');
  const area = areaAt(text, level);
  const rest = area ? text.slice(area.end) : '';
  return area && (rest === '' || (SEAT.test(rest) && /[市县区]$/.test(area.name)))
    ? { name: area.name, kind: area.kind }
    : null;
}

/** An autonomous area's full name and, in brackets, a short one (甲岭苗族侗族自治州（甲岭州）). */
const AUTONOMOUS_WITH_SHORT_FORM = /([\u4e00-\u9fff]{2,12}?族自治[州县旗])（([\u4e00-\u9fff]{2,5})）/gu;

/**
 * Stems counted under the kind of area they share (甲城、乙园2个街道, 丙口、丁关三个镇), the first after a stop or the
 * words before a list (辖, 和: 7个街道和荠坡、芃庄2个镇), never inside a word.
 */
const COUNTED_AREAS =
  /(?:(?<![\u4e00-\u9fff])|(?<=[和及与辖括有]))((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(\d{1,2}|[一二三四五六七八九十]{1,3})个(街道|镇|乡|苏木)/gu;

/** Areas written in full and counted under the kind they share (甲城区、乙港区2个区, 丙岭县、丁洋县两个县). */
const COUNTED_FULL_NAMES =
  /(?:(?<![\u4e00-\u9fff])|(?<=[和及与辖括有]))((?:[\u4e00-\u9fff]{3,5}、)+[\u4e00-\u9fff]{3,5})(\d{1,2}|[一二三四五六七八九十两]{1,3})个(?:市辖)?(区|县|市|街道|镇|乡)/gu;
/**
 * The pieces of a counted run and the count (全县辖甲城、乙园2个: 甲城, 乙园 and 2); the words before the first piece
 * (全县辖) are no part of it.
 */
function countedRun(run: string, count: string): { pieces: string[]; n: number } {
  return {
    pieces: run.replace(/^.*?(?:下辖|辖|包括|设有|有)/, '').split('、'),
    n: /^\d+$/.test(count) ? Number(count) : chineseNumber(count),
  };
}

/** A line that lists the units responsible for something. */
const UNIT_LIST = /(责任单位|牵头单位|配合单位|实施主体)/;

/** Pieces of a list: text between 、，；：and brackets. */
const LIST_SEPARATORS = /[、，；：（）〔〕［］【】。]/;
/** Words joining the last two items of a list (鹊岭市城区和簟山县城区). */
const JOINERS = /[和及与]/;

/** A piece that opens with a joiner (和椪溪工业园区): what follows it. */
const JOINER_START = /^[和及与](.+)$/;

/** The short name a text gives what it has just named (（以下简称县工业园区）): no area of its own. */
const ALIAS = /^(?:以下)?简称/;

/** A list piece without the words that open it or qualify its area; nothing for an alias. */
function bare(piece: string): string {
  return ALIAS.test(piece) ? '' : piece.replace(LEADING_WORDS, '').replace(QUALIFIER, '');
}

/** A bracket and what it holds. */
const BRACKET = /（([^（）]{1,40})）/gu;

/**
 * The brackets that give the short forms of the area before them: （简称甲经开区、经开区）, or （甲源县、甲源） after
 * 甲源藏族自治县 — each piece opening as the area does. They name that area again, not others: the text comes back
 * without them, and the forms each area is given. `known` are the areas read so far.
 */
function shortFormBrackets(
  text: string,
  level: Level,
  known: ReadonlyMap<string, unknown>,
): { text: string; given: Map<string, string[]> } {
  const given = new Map<string, string[]>();
  const rest = text.replace(BRACKET, (bracket: string, inner: string, at: number) => {
    const piece = bare(text.slice(0, at).split(LIST_SEPARATORS).pop() ?? '');
    // An area read before, as a park its addressees name by its committee (甲滩循环经济产业园), is one here too.
    const before = areaOf(piece, level) ?? (known.has(piece) ? { name: piece } : null);
    const declared = ALIAS.test(inner);
    const pieces = inner.replace(ALIAS, '').replace(/[“”"]/g, '').split('、');
    const short = (form: string) =>
      before !== null &&
      form !== before.name &&
      form.length >= 2 &&
      (declared || before.name.startsWith(form.slice(0, 2)) || abbreviates(form, before.name));
    const forms = before !== null && pieces.every(short);
    if (forms) given.set(before.name, [...(given.get(before.name) ?? []), ...pieces]);
    // An empty bracket keeps the name a piece of its own.
    return declared || forms ? '（）' : bracket;
  });
  return { text: rest, given };
}

/**
 * 罴左旗 of 罴勒左旗, 科右前旗 of 科尔沁右翼前旗: a form shorter than the name that keeps its first and last
 * characters and takes the others in the name's order.
 */
function abbreviates(form: string, name: string): boolean {
  if (form.length >= name.length || form[0] !== name[0] || form.at(-1) !== name.at(-1)) return false;
  let at = 0;
  for (const character of form) {
    at = name.indexOf(character, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** A list's pieces, a piece joining two areas by 和/及/与 read as both (和平区 stays whole). */
function listPieces(run: string, level: Level): string[] {
  return run
    .split(LIST_SEPARATORS)
    .map((p) => p.trim())
    .flatMap((piece) => {
      // …（桫岭经开区）和椪溪工业园区: a joiner after a bracket opens the next piece; 和平区 stays whole.
      const joined = JOINER_START.exec(piece);
      if (joined && areaOf(bare(joined[1]), level)) return [joined[1]];
      if (areaOf(bare(piece), level)) return [piece];
      const parts = piece.split(JOINERS);
      return parts.length > 1 && parts.every((p) => areaOf(bare(p), level)) ? parts : [piece];
    });
}

/**
 * Reads the plan's own areas. The plan's own area (and the city above a county) is the whole
 * territory and gives no district; a name counts once the text writes it on its own in a list that
 * holds another area too, or as the head of a paragraph about it.
 */
export function readPlanAreas(lines: SourceLine[], identity: PlanIdentity): PlanArea[] {
  const whole = new Set(
    [identity.region, identity.parentCity, identity.province, identity.city].filter((n): n is string => n !== null),
  );
  const level: Level = { own: OWN_AREAS[identity.level], whole: [...whole].sort((a, b) => b.length - a.length) };
  const found = new Map<string, PlanArea>();
  const add = (area: { name: string; kind: District['kind'] }, line: SourceLine, rule: PlanArea['rule']) => {
    if (whole.has(area.name) || found.has(area.name)) return;
    found.set(area.name, { name: area.name, kind: area.kind, line: line.line, quote: line.text, rule });
  };
  const shortForms = new Map<string, string[]>();
  for (const line of lines) {
    const { text, given } = shortFormBrackets(line.text.replace(/^\|/, '').replace(/\|/g, '、'), level, found);
    for (const [name, forms] of given) shortForms.set(name, [...new Set([...(shortForms.get(name) ?? []), ...forms])]);
    for (const run of UNIT_LIST.test(text) ? text.split(/[；。]/) : text.split(/[，；。：]/)) {
      const items = listPieces(run, level);
      // A list of areas holds at least two; a list of responsible units or the addressees may hold one.
      const one = UNIT_LIST.test(line.text) || ADDRESSEE.test(line.text);
      if (items.length < (one ? 1 : 2)) continue;
      const areas = items.map((item) => areaOf(bare(item), level));
      if (areas.filter((a) => a !== null).length < (one ? 1 : 2)) continue;
      for (const area of areas) if (area) add(area, line, 'area-in-list');
    }
    if (ADDRESSEE.test(line.text))
      for (const segment of line.text.split(/[，；：]/)) {
        // 甲经开区、乙产业园管委会: one committee after a 、-run is each park's.
        const committee = COMMITTEE.exec(segment.trim());
        if (!committee) continue;
        for (const piece of committee[1].split('、')) {
          const park = GOVERNED_PARK.exec(piece.trim());
          if (park) add({ name: park[1], kind: 'park' }, line, 'area-in-list');
        }
      }
    // 推进东湖区A、西岭县B等项目: two items of one list that each open with an area. The cells of a table
    // row are no list: a firm's name may stand before the area a cell's project names (甲乙光伏丙区…).
    for (const run of isTableRow(line.text) ? [] : text.split(/[，；。：]/)) {
      const heads = run.split('、').map((item) => areaAt(item.trim().replace(LEADING_WORDS, ''), level));
      const named = heads.filter((a): a is NonNullable<typeof a> => a !== null);
      if (new Set(named.map((a) => a.name)).size >= 2)
        for (const area of named) add(area, line, 'area-heads-list-items');
    }
    // 辖甲城、乙园2个街道，丙口、丁关、戊坪3个镇: stems counted under the kind they share, each an area when
    // the count is theirs.
    for (const [, run, count, kind] of line.text.matchAll(COUNTED_AREAS)) {
      const { pieces: stems, n } = countedRun(run, count);
      // 甲城街道、乙园街道4个街道: names written in full are read as names, not as stems.
      const named = (stem: string) =>
        stem.length >= 2 && !NOT_A_STEM.test(stem) && !stem.endsWith(kind[0]) && !stem.endsWith(kind);
      if (stems.length === n && stems.every(named))
        for (const stem of stems) add({ name: `${stem}${kind}`, kind: 'district' }, line, 'area-in-list');
    }
    // 全市辖甲城区、乙港区、丙口区3个区: names written in full and counted under their kind are areas even where
    // the stem ends like a port or a park (乙港区 beside a port's 港区), when the count is theirs.
    for (const [, run, count, kind] of line.text.matchAll(COUNTED_FULL_NAMES)) {
      if (!level.own.has(kind)) continue;
      const { pieces: names, n } = countedRun(run, count);
      const [min, max] = STEM_LENGTH[kind];
      const named = (name: string) => {
        const stem = name.slice(0, -kind.length);
        return name.endsWith(kind) && stem.length >= min && stem.length <= max && !NOT_A_STEM.test(stem);
      };
      if (names.length === n && names.every(named))
        for (const name of names) add({ name, kind: SUFFIX_KIND.get(kind)! }, line, 'area-in-list');
    }
    // 甲岭苗族侗族自治州（甲岭州）: an autonomous area of the plan's level, named with the short form the plan uses.
    for (const [, before, short] of line.text.matchAll(AUTONOMOUS_WITH_SHORT_FORM)) {
      // The words before the name (西翼以…) end where the short form's stem begins.
      const full = before.slice(Math.max(0, before.indexOf(short.slice(0, -1))));
      const area = areaAt(full, level);
      if (area && area.end === full.length && autonomousShortForms(full)?.withKind === short)
        add(area, line, 'area-with-short-form');
    }
    // A project box titled by the area its projects lie in (专栏7 椪溪镇重点项目).
    const title = BOX.exec(line.text)?.[2].trim();
    const titleArea = title ? areaAt(title, level) : null;
    if (titleArea && title && PROJECT_BOX.test(title.slice(titleArea.end)))
      add(titleArea, line, 'area-heads-paragraph');
    // A numbered item may open with the area it is about (2. 苕华县：建设…), or be nothing but that
    // area, a sub-heading for the projects below it (（二）蛎岛区).
    const numbered = ITEM_NUMBER.test(line.text);
    const body = line.text.replace(ITEM_NUMBER, '').replace(LEADING_WORDS, '');
    const head = /^[\u4e00-\u9fff]{2,14}/.exec(body)?.[0] ?? '';
    const area = areaAt(head, level);
    const after = area ? body.slice(area.end) : '';
    if (area && (AFTER_HEAD.test(after) || (numbered && after.trim() === ''))) add(area, line, 'area-heads-paragraph');
  }
  // 甲口集镇 beside 甲口镇: the town's seat (集镇), no town of its own.
  const seat = (name: string) => /^(.+)集镇$/.exec(name)?.[1];
  // A science city is also a project some plans build (推进甲乙科学城建设): an area only where the plan names its 管委会.
  const managed = (name: string) => lines.some((line) => line.text.includes(`${name}管委会`));
  return [...found.values()]
    .filter((a) => {
      const town = seat(a.name);
      return !town || !(found.has(`${town}镇`) || found.has(`${town}乡`));
    })
    .filter((a) => !MANAGED_ONLY.test(a.name) || managed(a.name))
    .map((a) => (shortForms.has(a.name) ? { ...a, shortForms: shortForms.get(a.name) } : a));
}
