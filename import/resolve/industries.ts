import type { Evidence, Indicator, Industry } from '../bundle/schema';
import type { ProjectMention } from '../extract/projects';
import type { IndustryRules } from '../extract/rules';
import { matchHeadKeywordRule, matchKeywordRule } from '../extract/rules';
import type { IndustryLexicon, LexiconMatch } from './industry-lexicon';

/** The industry rules of the registry a choice can name. */
export type IndustryRule =
  | 'industry-keyword'
  | 'partner-sector'
  | 'sentence-sector'
  | 'item-sector'
  | 'box-sector'
  | 'item-lexicon'
  | 'box-lexicon'
  | 'chapter-lexicon'
  | 'name-lexicon'
  | 'sentence-lexicon';

export interface IndustryChoice {
  code: string;
  rule: IndustryRule;
  /** The words that decided it. */
  because: string;
  /** The text those words were found in (the name, a heading, the sentence). */
  where: string;
}

/** What a project's industry is read from besides its own words. */
export interface IndustryContext {
  rules: IndustryRules;
  lexicon: IndustryLexicon;
  known: ReadonlySet<string>;
  /** Titles of the section and chapter a box stands in, innermost first. */
  chapterTitles: (chapterId: string | null) => string[];
  /**
   * A box, item or chapter title without the names of the plan's own areas: a park's name (瀷滩循环经济产业园重点项目)
   * says where its projects are, not what sector they are of. Titles are read whole when it is absent.
   */
  withoutAreas?: (title: string) => string;
}

/**
 * `withoutAreas` for a plan whose areas are `names`: each name out of a title, the longest first, a mark left in its
 * place so that the words around it do not join. Each title is worked out once.
 */
export function titlesWithoutAreas(names: string[]): (title: string) => string {
  const longestFirst = names.filter(Boolean).sort((a, b) => b.length - a.length);
  const seen = new Map<string, string>();
  return (title) => {
    let words = seen.get(title);
    if (words === undefined) {
      words = longestFirst.reduce((text, name) => text.split(name).join('；'), title);
      seen.set(title, words);
    }
    return words;
  };
}

/** The words of a box, item or chapter title that can file a project under a sector. */
const sectorWords = (ctx: IndustryContext, title: string): string =>
  ctx.withoutAreas ? ctx.withoutAreas(title) : title;

/** A text's sector by the lexicon: the code its terms weigh most for, when that is clear. */
interface LexiconSector {
  code: string;
  terms: string[];
}

/**
 * The sector a title or sentence speaks of by the lexicon: every term adds its weight to its code;
 * the code with the most wins when it has at least one deciding term (weight 2) or two hints, and
 * no other code weighs as much. Null when nothing, or no single code, is supported.
 */
export function lexiconSector(
  lexicon: IndustryLexicon,
  text: string,
  known: ReadonlySet<string>,
): LexiconSector | null {
  const matches = lexicon.match(text).filter((m) => known.has(m.code));
  const weight = new Map<string, number>();
  for (const m of matches) weight.set(m.code, (weight.get(m.code) ?? 0) + m.weight);
  const ranked = [...weight].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
  const code = ranked[0][0];
  return { code, terms: matches.filter((m) => m.code === code).map((m) => m.term) };
}

/** The term of a name, deciding or a hint, that ends latest. */
function lastHint(lexicon: IndustryLexicon, name: string, known: ReadonlySet<string>): LexiconMatch | null {
  return (
    lexicon
      .match(name)
      .filter((m) => known.has(m.code))
      .pop() ?? null
  );
}

/** The head term of a name: the deciding term that ends latest (a Chinese name's head noun stands last). */
function headTerm(lexicon: IndustryLexicon, name: string, known: ReadonlySet<string>): LexiconMatch | null {
  const deciding = lexicon.match(name).filter((m) => m.weight === 2 && known.has(m.code));
  return deciding.length > 0 ? deciding[deciding.length - 1] : null;
}

/**
 * A project's industries, primary first: a keyword of its name when it is plainly of another sector,
 * then the sector of partners abroad it is built with (与“一带一路”沿线国家合作建设X), else where the
 * plan files it — the sentence's “X方面”, the item heading, the box title, the chapter or section
 * title, read by the rules and then by the industry lexicon — else the lexicon's head term of its
 * name, else the sector its sentence speaks of. The filing sector follows as a further industry.
 * Empty when nothing supports one: no industry is guessed.
 */
export function industriesOfMention(mention: ProjectMention, ctx: IndustryContext): IndustryChoice[] {
  const { rules, known } = ctx;
  const valid = (code: string) => known.has(code);
  const choices: IndustryChoice[] = [];
  const add = (choice: IndustryChoice | null) => {
    if (choice && valid(choice.code) && !choices.some((c) => c.code === choice.code)) choices.push(choice);
  };
  const filed = fileSector(mention, ctx);
  const keyword = matchHeadKeywordRule(rules.keywords, mention.name);
  // A keyword of the box's own sector says nothing the item heading has not refined already.
  const boxCode = matchKeywordRule(rules.boxTitle, sectorWords(ctx, mention.boxTitle))?.code;
  const head = headTerm(ctx.lexicon, mention.name, known);
  // 海上风电安装船: a term of another sector after the keyword is the name's head, the keyword its modifier.
  const modifier = keyword !== null && head !== null && head.code !== keyword.code && head.end > keyword.end;
  const shared = keyword !== null && filed !== null && keyword.yieldsTo.includes(filed.code);
  if (keyword && keyword.code !== boxCode && !modifier && !shared)
    add({ code: keyword.code, rule: 'industry-keyword', because: keyword.keyword, where: mention.name });
  const partner = matchKeywordRule(rules.partnerSector, mention.lead);
  if (partner) add({ code: partner.code, rule: 'partner-sector', because: partner.keyword, where: mention.lead });
  // Filed only by the title of the section (节) it stands in, a project is of the sector its own name's
  // head term says: a box after a chapter's last section lists the projects of every section before it.
  const byName = head && { code: head.code, rule: 'name-lexicon' as const, because: head.term, where: mention.name };
  const bySection = filed?.rule === 'chapter-lexicon' && SECTION_ID.test(mention.chapterId ?? '');
  if (bySection && filed.where === ctx.chapterTitles(mention.chapterId)[0]) add(byName);
  // 基础设施和安全保障重点工程: a box of infrastructure spans water, energy, transport …; the name's head says which.
  // So does a chapter of industrialisation at large (推进新型工业化和数字经济发展) for a box it files.
  const byBox = filed?.rule === 'box-sector' || filed?.rule === 'box-lexicon';
  const broadTitle = byBox ? mention.boxTitle : filed?.rule === 'chapter-lexicon' ? filed.where : '';
  if (rules.broadTitleWords.some((word) => broadTitle.includes(word))) {
    add(byName);
    // 推动传统产业数字化转型: under a chapter that speaks of industries at large, even a hint of the name's own
    // (鞋业, a sector without a code) says more of the project than the chapter's words do.
    const hint = byName || byBox ? null : lastHint(ctx.lexicon, mention.name, known);
    add(hint && { code: hint.code, rule: 'name-lexicon', because: hint.term, where: mention.name });
  }
  add(filed);
  add(byName);
  if (choices.length === 0) {
    const sentence = lexiconSector(ctx.lexicon, mention.quote, known);
    if (sentence)
      add({ code: sentence.code, rule: 'sentence-lexicon', because: sentence.terms.join('、'), where: mention.quote });
  }
  return choices;
}

/** The id of a section (节) of a chapter: chapter:p2.c3.s1. */
const SECTION_ID = /\.s\d+$/;

/** Where the plan files a project: the sentence's “X方面”, its item, its box, its chapter. */
function fileSector(mention: ProjectMention, ctx: IndustryContext): IndustryChoice | null {
  const { rules, lexicon, known } = ctx;
  if (mention.sentenceSector) {
    const hit = matchKeywordRule(rules.sentenceSector.rules, mention.sentenceSector);
    if (hit) {
      const words = `${mention.sentenceSector}${rules.sentenceSector.marker}`;
      return { code: hit.code, rule: 'sentence-sector', because: words, where: mention.quote };
    }
  }
  const itemTitle = mention.itemTitle && sectorWords(ctx, mention.itemTitle);
  const boxTitle = sectorWords(ctx, mention.boxTitle);
  const item = matchKeywordRule(rules.itemTitle, itemTitle);
  if (item) return { code: item.code, rule: 'item-sector', because: item.keyword, where: mention.itemTitle };
  const itemPair = itemTitle ? sectorOfTitlePair(mention, itemTitle, mention.itemTitle, 'item-lexicon', ctx) : null;
  if (itemPair) return itemPair;
  const itemLexicon = itemTitle ? lexiconSector(lexicon, itemTitle, known) : null;
  if (itemLexicon)
    return {
      code: itemLexicon.code,
      rule: 'item-lexicon',
      because: itemLexicon.terms.join('、'),
      where: mention.itemTitle,
    };
  const either = sectorOfTitlePair(mention, boxTitle, mention.boxTitle, 'box-lexicon', ctx);
  if (either) return either;
  const box = matchKeywordRule(rules.boxTitle, boxTitle);
  if (box) return { code: box.code, rule: 'box-sector', because: box.keyword, where: mention.boxTitle };
  const boxLexicon = lexiconSector(lexicon, boxTitle, known);
  if (boxLexicon)
    return {
      code: boxLexicon.code,
      rule: 'box-lexicon',
      because: boxLexicon.terms.join('、'),
      where: mention.boxTitle,
    };
  const agreeing = hintsOfBoxAndChapter(mention, ctx);
  if (agreeing) return agreeing;
  for (const title of ctx.chapterTitles(mention.chapterId)) {
    const chapter = lexiconSector(lexicon, sectorWords(ctx, title), known);
    if (chapter)
      return { code: chapter.code, rule: 'chapter-lexicon', because: chapter.terms.join('、'), where: title };
  }
  return null;
}

/** The words that join two sectors in a title (城乡融合和乡村建设). */
const JOINING = /^[和与及、]$/;

/**
 * A box or item whose title names two sectors by deciding terms (新能源电池和光电显示重点项目, 建材和机械), or by a
 * hint joined to a deciding term of another sector (城乡融合和乡村建设):
 * the last term of the project's name that is of one of them says which; a name of neither is
 * filed under the sector the title names first. `words` are the title's sector words, `title` the title as printed.
 */
function sectorOfTitlePair(
  mention: ProjectMention,
  words: string,
  title: string,
  rule: 'box-lexicon' | 'item-lexicon',
  ctx: IndustryContext,
): IndustryChoice | null {
  const { lexicon, known } = ctx;
  const terms = lexicon.match(words).filter((m) => known.has(m.code));
  // 城乡融合和乡村建设: a hint joined by 和 to a deciding term of another sector names a sector of its own.
  const joined = (m: LexiconMatch) =>
    terms.some(
      (t) =>
        t.weight === 2 &&
        t.code !== m.code &&
        (t.start === m.end + 1 || t.end + 1 === m.start) &&
        JOINING.test(words[Math.min(t.end, m.end)]),
    );
  const inTitle = terms.filter((m) => m.weight === 2 || joined(m));
  const codes = new Set(inTitle.map((m) => m.code));
  if (codes.size < 2) return null;
  const named = lexicon
    .match(mention.name)
    .filter((m) => codes.has(m.code))
    .pop();
  return named
    ? { code: named.code, rule, because: named.term, where: mention.name }
    : { code: inTitle[0].code, rule, because: inTitle[0].term, where: title };
}

/**
 * Hints (weight-1 terms) of the box title and of its chapter titles that agree: a sector without a
 * code of its own (纺织服装) is filed when both the box and its chapter speak of it, as two hints in
 * one title would file it.
 */
function hintsOfBoxAndChapter(mention: ProjectMention, ctx: IndustryContext): IndustryChoice | null {
  const { lexicon, known } = ctx;
  const inBox = new Set(
    lexicon
      .match(sectorWords(ctx, mention.boxTitle))
      .filter((m) => known.has(m.code))
      .map((m) => m.code),
  );
  if (inBox.size === 0) return null;
  const titles = [mention.boxTitle, ...ctx.chapterTitles(mention.chapterId)];
  const together = lexiconSector(lexicon, titles.map((title) => sectorWords(ctx, title)).join('；'), known);
  return together && inBox.has(together.code)
    ? { code: together.code, rule: 'box-lexicon', because: together.terms.join('、'), where: titles.join('；') }
    : null;
}

/** Links each indicator of 专栏 1 to the industries its name measures. */
export function linkIndicators(indicators: Indicator[], rules: IndustryRules, industries: Industry[]): Indicator[] {
  const known = new Set(industries.map((i) => i.code));
  return indicators.map((indicator) => {
    const links: { code: string; evidence: Evidence }[] = [...indicator.industries];
    for (const rule of rules.indicators) {
      const keyword = rule.keywords.find((k) => indicator.name.includes(k));
      if (!keyword || !known.has(rule.code) || links.some((l) => l.code === rule.code)) continue;
      links.push({
        code: rule.code,
        evidence: { ...indicator.evidence, basis: 'derived', rule: 'indicator-keyword' },
      });
    }
    return { ...indicator, industries: links };
  });
}
