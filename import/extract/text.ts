/** Splitting Chinese plan prose without breaking names that carry brackets or quotes. */

const OPENERS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS = new Set(Object.values(OPENERS));

/** Depth of brackets/quotes before each character: 0 means the character stands in the open text. */
export function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSERS.has(ch) && depth > 0) {
      depth -= 1;
      out.push(depth);
      continue;
    }
    out.push(depth);
    if (OPENERS[ch] !== undefined) depth += 1;
  }
  return out;
}

/**
 * Brackets and quotes open a depth; a UTF-16 surrogate makes `depths` (one entry per code point)
 * misalign with string indexes. A text with neither stands wholly at depth 0, which most plan text
 * does, so the functions below skip `depths` for it and give the same answers.
 */
const NOT_FLAT = /[（(“《〔【\uD800-\uDFFF]/;

/** Splits on any of `separators` where they stand outside brackets and quotes. */
export function splitOutside(text: string, separators: string): string[] {
  if (!NOT_FLAT.test(text)) {
    const parts: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (separators.includes(text[i])) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts;
  }
  const chars = [...text];
  const depth = depths(text);
  const parts: string[] = [];
  let current = '';
  chars.forEach((ch, index) => {
    if (depth[index] === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  });
  parts.push(current);
  return parts;
}

/** Index of the first occurrence of `needle` outside brackets and quotes, or -1. */
export function indexOutside(text: string, needle: string, from = 0): number {
  let index = text.indexOf(needle, from);
  if (index < 0 || !NOT_FLAT.test(text)) return index;
  const depth = depths(text);
  while (index >= 0 && depth[index] !== 0) index = text.indexOf(needle, index + 1);
  return index;
}

/** Index of the last occurrence of `needle` outside brackets and quotes, or -1. */
export function lastIndexOutside(text: string, needle: string): number {
  let index = text.lastIndexOf(needle);
  if (index < 0 || !NOT_FLAT.test(text)) return index;
  const depth = depths(text);
  while (index >= 0 && depth[index] !== 0) index = index > 0 ? text.lastIndexOf(needle, index - 1) : -1;
  return index;
}

/**
 * The names of a list in order (甲县、乙县和丙县 → 甲县, 乙县, 丙县): split at 、 outside brackets and quotes,
 * the last piece also at its first 和, 及 or 与 — the count of a 分别 sentence's lists is what matters.
 */
export function namesInOrder(list: string): string[] {
  const pieces = splitOutside(list, '、').map((piece) => piece.trim());
  const last = pieces.pop() ?? '';
  const joined = ['和', '及', '与'].map((c) => indexOutside(last, c)).filter((i) => i > 0);
  const at = joined.length > 0 ? Math.min(...joined) : -1;
  const tail = at > 0 ? [last.slice(0, at), last.slice(at + 1)] : [last];
  return [...pieces, ...tail].filter((piece) => piece.length > 0);
}

/** Sentences of a paragraph (split after 。！？；), with their text as quoted evidence. */
export function sentences(paragraph: string): string[] {
  return splitOutside(paragraph, '。！？；')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The lookups of the word lists `startsWithAny` and `endsWithAny` were given, made once per list. */
const prefixLookups = new WeakMap<readonly string[], PrefixWords>();
const suffixLookups = new WeakMap<readonly string[], SuffixWords>();

/**
 * The longest of `words` that `text` ends with (the first listed of that length), '' when only the
 * empty word does, else null. The list is read as it is at its first lookup: the rule lists
 * passed here do not change, and are tried for every name a plan holds.
 */
export function endsWithAny(text: string, words: readonly string[]): string | null {
  let lookup = suffixLookups.get(words);
  if (!lookup) suffixLookups.set(words, (lookup = new SuffixWords(words)));
  return lookup.ending(text);
}

/** As endsWithAny, for the word `text` starts with. */
export function startsWithAny(text: string, words: readonly string[]): string | null {
  let lookup = prefixLookups.get(words);
  if (!lookup) prefixLookups.set(words, (lookup = new PrefixWords(words)));
  return lookup.at(text);
}

/** A body a clause after a project names, and its part in it. */
export interface ClauseUnit {
  body: string;
  /** 由X负责实施 → undertaker, X牵头 → lead, Y配合 → supporting. */
  role: 'undertaker' | 'lead' | 'supporting';
}

const CLAUSES: [ClauseUnit['role'], RegExp][] = [
  ['lead', /^由?(.{2,40}?)(?:负责)?牵头(?:负责|组织实施|组织|实施|推进)?$/],
  ['supporting', /^(.{2,40}?)(?:协助|共同)?配合(?:实施|推进)?$/],
  [
    'undertaker',
    /^由(.{2,60}?)(?:按(?:照)?职责(?:分工)?|分别|联合|共同)?(?:负责(?:组织)?(?:实施|建设|推进|前期工作|统筹协调|统筹|(?:投资)?(?:建设)?运营)?|组织实施|实施|(?:投资)?建设|共建|统筹协调|统筹推进)$/,
  ],
  // 实施主体为X / 建设主体为X / （实施主体：X）: who carries it out, named as its 主体.
  ['undertaker', /^(?:实施|建设|责任)主体(?:为|[：:])(.{2,40}?)$/],
  // X人民政府负责: without 由 only a body named as one (a government, bureau, committee, firm) answers for it.
  ['undertaker', /^([^由]{2,40}?(?:政府|局|委|管委会|办事处|公司|集团))负责(?:实施|建设|(?:投资)?(?:建设)?运营)?$/],
  // 所在镇（街道）负责实施, 相关镇人民政府具体实施: a kind of body, which names no one body, beside the bodies a line names.
  [
    'undertaker',
    /^((?:各|相关|有关|所在)[^由，,]{1,20}?)(?:负责(?:组织)?(?:实施|建设|推进)?|具体(?:负责)?(?:实施|落实)|组织实施)$/,
  ],
];
/** 由X会同Y组织实施: the body that leads and those it works with. */
const TOGETHER_WITH = /^由?(.{2,40}?)会同(.{2,60}?)(?:共同)?(?:负责)?(?:组织实施|实施|推进|建设|负责)$/;
/** Bodies named only as a kind (各乡镇, 相关部门): no one body. */
const GENERIC_BODY = /^(各|相关|有关|其他|其它|所在)/;
/** A body, 和 or 及, and a kind of body (…集团和有关市): two pieces of a list of bodies. */
const JOINED_KIND = /^(.{2,}?)[和及]((?:各|相关|有关|其他|其它|所在).+)$/;
/**
 * The government of a kind of area, not of one area (县（市）人民政府, 乡镇政府, 自治州人民政府), and the
 * office or committee of one (街道办事处, 园区管委会).
 */
const AREA_KIND_GOVERNMENT =
  /^(?:(?:[区县市乡镇旗州]|乡镇|自治州|自治县)(?:[（(][区县市乡镇旗][）)])?(?:人民)?政府|(?:街道|园区|开发区)(?:办事处|管委会|管理委员会))$/;

/** 甲镇、乙镇X项目: the names of a list, each bare area run into the name after it (areas before one project stay with it). */
export function withAreasJoined(pieces: readonly string[], isArea: (piece: string) => boolean): string[] {
  const names: string[] = [];
  let run = '';
  for (const piece of pieces) {
    if (isArea(piece)) run += `${piece}、`;
    else {
      names.push(run + piece);
      run = '';
    }
  }
  return names;
}

/**
 * The bodies of a list that name someone: not a kind of body (各有关单位, 有关市) nor the kinds of area
 * a 各 runs on over (各市、自治州人民政府), and a body joined to a kind by 和 (X集团和有关市) apart from it.
 */
export function namedBodies(list: readonly string[]): string[] {
  const out: string[] = [];
  let kinds = false;
  for (const body of list.flatMap((b) => JOINED_KIND.exec(b)?.slice(1) ?? [b])) {
    // 相关区、县（市）人民政府和园区管委会: the kinds a 相关 runs on over, joined by 和 too.
    const eachOf = kinds && body.split(/[和及]/).every((kind) => AREA_KIND_GOVERNMENT.test(kind));
    if (GENERIC_BODY.test(body)) kinds = true;
    if (body.length >= 2 && !GENERIC_BODY.test(body) && !eachOf) out.push(body);
  }
  return out;
}

/** The numbers a list of them says (1—3、5 → 1, 2, 3, 5): rows of a table, items of a box. */
export function numberList(list: string): number[] {
  return list.split(/[、，,]/).flatMap((piece) => {
    const [from, to] = piece.split(/[—–\-～~至]+/).map(Number);
    if (!Number.isInteger(from)) return [];
    if (to === undefined) return [from];
    return Number.isInteger(to) && to >= from && to - from < 200
      ? Array.from({ length: to - from + 1 }, (_, i) => from + i)
      : [];
  });
}

/**
 * The bodies a clause says lead, support or carry out a project (由市港航局牵头，鲥澳港集团配合;
 * 由X负责实施), each piece of the clause one of these; nothing when any piece is something else.
 */
export function clauseUnits(text: string): ClauseUnit[] {
  const out: ClauseUnit[] = [];
  for (const piece of splitOutside(text, '，,').map((p) => p.trim())) {
    // 由X会同Y组织实施: X leads, Y takes part.
    const jointly = TOGETHER_WITH.exec(piece);
    if (jointly) {
      const [lead, supporting] = [jointly[1], jointly[2]].map((list) => splitOutside(list, '、').map((b) => b.trim()));
      if ([...lead, ...supporting].some((body) => /[：:；;。]/.test(body))) return [];
      out.push(...namedBodies(lead).map((body) => ({ body, role: 'lead' as const })));
      out.push(...namedBodies(supporting).map((body) => ({ body, role: 'supporting' as const })));
      continue;
    }
    const clause = CLAUSES.map(([role, pattern]) => ({ role, match: pattern.exec(piece) })).find((c) => c.match);
    if (!clause?.match) return [];
    const bodies = splitOutside(clause.match[1], '、').map((b) => b.trim());
    // 由X与Y按“飞地经济”模式共建: a manner, not a list of bodies.
    if (bodies.some((body) => /[：:；;。]|按/.test(body))) return [];
    for (const body of namedBodies(bodies)) out.push({ body, role: clause.role });
  }
  return out;
}

/** The non-empty words of a list by the character `key` picks of each, in the list's order. */
function wordsByChar(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    if (!word) continue;
    const same = out.get(key(word));
    if (same) same.push(word);
    else out.set(key(word), [word]);
  }
  return out;
}

/**
 * A word list looked up by the first character of its words: `at(text, i)` is the longest word
 * (the first listed of that length) that `text` holds at `i`, without a slice and trying only the
 * words that open with the character there; '' when only the empty word does, else null. For the
 * lists a reader tries at every position of a sentence. `words` are read as they are now: a later
 * change to the list is not seen.
 */
export class PrefixWords {
  private readonly byFirst: Map<string, string[]>;
  private readonly empty: boolean;

  constructor(words: readonly string[]) {
    this.byFirst = wordsByChar(words, (word) => word[0]);
    this.empty = words.includes('');
  }

  /** The longest word that `text` holds at `position` (the first listed of that length), else null. */
  at(text: string, position = 0): string | null {
    let best: string | null = null;
    const words = position < text.length ? this.byFirst.get(text[position]) : undefined;
    if (words)
      for (const word of words)
        if (text.startsWith(word, position) && (!best || word.length > best.length)) best = word;
    return best ?? (this.empty ? '' : null);
  }
}

/** A word list looked up by the last character of its words: `ending(text)` as PrefixWords' `at`, at the text's end. */
export class SuffixWords {
  private readonly byLast: Map<string, string[]>;
  private readonly empty: boolean;

  constructor(words: readonly string[]) {
    this.byLast = wordsByChar(words, (word) => word[word.length - 1]);
    this.empty = words.includes('');
  }

  /** The longest word `text` ends with (the first listed of that length), else '' or null as `at`. */
  ending(text: string): string | null {
    let best: string | null = null;
    const words = text.length > 0 ? this.byLast.get(text[text.length - 1]) : undefined;
    if (words) for (const word of words) if (text.endsWith(word) && (!best || word.length > best.length)) best = word;
    return best ?? (this.empty ? '' : null);
  }
}
