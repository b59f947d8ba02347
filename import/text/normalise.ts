import {
  BOX,
  CHAPTER,
  DOTTED,
  PART,
  SECTION,
  contentsEntries,
  endsSentence,
  holdsClausePunctuation,
  holdsSentenceEnd,
  isBracketedNote,
  isContentsMarker,
  isDateline,
  isDocumentTitle,
  isNumberedHeading,
  isOutlineHeading,
  isTableRow,
  afterEnumerator,
  startsWithEnumerator,
  isNameContentHead,
  isCompleteUnitLine,
  opensEntryField,
  opensUnitLine,
  SPACE_BEFORE_FIELD,
  opensClosingLine,
  subItemNumber,
  PAGE_NUMBER,
  GAZETTE_ISSUE,
  GAZETTE_MASTHEAD,
} from './patterns';
import { decodeHTML } from 'entities';
import { pipeFrameTables } from './frame-tables';
import { unpipeProseColumns } from './one-column-tables';
import { pipeLatexTables } from './latex-tables';
import { pipeDrawnTables, pipeSlashTables, pipeSpacedTables } from './spaced-tables';
import { pipeStackedTables } from './stacked-tables';

/** A logical line of the source after normalisation; `line` is the 1-based line of the file it starts on. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * Text as PDF conversion leaves it → logical lines: one per paragraph, heading or table row, with
 * page furniture dropped, paragraphs broken across lines, blank lines and pages joined again, and
 * punctuation widths and stray spaces made canonical, so the same plan always reads the same.
 */

// ---------------------------------------------------------------------------------------------
// Canonical form of one line

/** Punctuation that has a full-width (Chinese) and a half-width form; the width follows the context. */
const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const FULL_TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));
const SWAPPABLE = new Set([...Object.keys(HALF_TO_FULL), ...Object.values(HALF_TO_FULL)]);
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);
/** Words a name or sentence cannot end on (…二期至, …A和): a line ending on one was cut, and runs on. */
const DANGLING_END = /[至和及与、的之或]$/u;

/** Han characters and the punctuation only Chinese text uses. */
function isChinese(char: string | undefined): boolean {
  if (char === undefined) return false;
  return /[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》—…·]/u.test(char);
}

/** The nearest character on one side that is neither a space nor width-swappable punctuation. */
function widen(chars: string[], index: number, full: boolean): void {
  const char = chars[index];
  chars[index] = full ? (HALF_TO_FULL[char] ?? char) : (FULL_TO_HALF[char] ?? char);
}

/** The frame or tree a box is drawn with (┌─┐ │ ├─ └─) at the start or end of a line: layout, never text. */
const BOX_DRAWING = /^[\s\u2500-\u257f]+|[\s\u2500-\u257f]+$/g;
/** A line that a tree drawn in a box branches to (│   ├─ X, └─ Y). */
const TREE_BRANCH = /^[\s│┃]*[├└┣┗]/;
/** One entry of a figure's key, its number and its name (`3 X度假区`, `③ X综合体`). */
const KEY_ENTRY = /^(?:(\d{1,2})\s+|([①-⑳])\s*)(\S.*)$/u;

/**
 * The entries of a figure's key set out in columns (`1 X街区保护提升      2 Y旅游带`, `① A      ② B`): each
 * numbered name, written `1.X` (`①A`), when the line holds two at least, set apart by wide gaps and numbered
 * on by one — or one that goes on from the key line before it (`13 Z`, `after`). Null for any other line.
 */
function keyEntries(raw: string, after: number | null): { number: number; text: string }[] | null {
  const entries = raw
    .trim()
    .split(/\s{3,}/)
    .map((piece) => KEY_ENTRY.exec(piece));
  if (!entries.every((e): e is RegExpExecArray => e !== null)) return null;
  // A circled number keeps its form (`③X`), a plain one is written `3.X`.
  const numbered = entries.map(([, digits, circled, name]) =>
    digits
      ? { number: Number(digits), text: `${digits}.${name.trim()}` }
      : { number: circled.charCodeAt(0) - 0x2460 + 1, text: `${circled}${name.trim()}` },
  );
  const onByOne = numbered.every((e, i) => i === 0 || e.number === numbered[i - 1].number + 1);
  const goesOn = after !== null && numbered[0].number === after + 1;
  return onByOne && (numbered.length >= 2 || goesOn) ? numbered : null;
}
/** One entry of a block read out of its layout, at the index of the line it stands on; `kind` when the layout decides it. */
interface ColumnEntry {
  index: number;
  text: string;
  kind?: Kind;
}

/** A line printed in two columns: its left part, its right part and where the right one starts. */
const TWO_PARTS = /^(\s*)(\S.*?\S)[ \u3000]{3,}(\S.*)$/u;

/**
 * Two numbered lists printed side by side (`1. A        1. B` / `2. C        2. D`), as a PDF-to-text
 * conversion gives a two-column box: the left list first, then the right one, each entry at the line of
 * the file it stands on; an indented part alone on the next line (a wrapped name) runs on its column's
 * entry. Keyed by the index of the block's first line, the lines of the block in reading order; blocks
 * of three rows at least, every part of them an entry.
 */
function twoColumnLists(raw: string[]): Map<number, ColumnEntry[]> {
  const out = new Map<number, ColumnEntry[]>();
  const entry = (text: string) => startsWithEnumerator(canonicaliseLine(text));
  for (let start = 0; start < raw.length; start++) {
    const left: ColumnEntry[] = [];
    const right: ColumnEntry[] = [];
    let at = -1;
    let rows = 0;
    let end = start;
    for (; end < raw.length; end++) {
      const parts = TWO_PARTS.exec(raw[end]);
      if (parts && entry(parts[2]) && entry(parts[3])) {
        at = raw[end].length - parts[3].length;
        left.push({ index: end, text: parts[2] });
        right.push({ index: end, text: parts[3] });
        rows += 1;
        continue;
      }
      // An indented part alone on its line is the rest of its column's last entry (a wrapped name).
      const alone = raw[end].trim();
      const indent = raw[end].length - raw[end].trimStart().length;
      if (rows === 0 || alone === '' || indent === 0 || entry(alone) || TWO_PARTS.test(raw[end])) break;
      const column = indent < at ? left : right;
      column[column.length - 1].text += alone;
    }
    if (rows >= 3) {
      out.set(start, [...left, ...right]);
      start = end - 1;
    }
  }
  return out;
}

/** The most lines a run may hold to be read as two interleaved columns (a box's list, not a page). */
const INTERLEAVED_MAX_LINES = 80;

/**
 * Two columns of a numbered list that a PDF-to-text conversion printed line by line across the page, the
 * left column's line, then the right one's (`（一）茶` / `（二）竹` / `1. A` / `7. G` / `2. B` / `8. H` …): the
 * left column's lines first, then the right one's, each at the line of the file it stands on. A run of
 * list lines (no sentence in them) is such a pair when its numbers are out of order as printed and in
 * order in each column taken alone (the right one going on from the left one, or starting again at 1).
 */
function interleavedColumns(canonical: string[]): Map<number, ColumnEntry[]> {
  const out = new Map<number, ColumnEntry[]>();
  const numberOf = (line: string) => subItemNumber(line)?.number ?? null;
  const inOrder = (numbers: number[]) => numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  for (let start = 0; start < canonical.length; start++) {
    let end = start;
    while (end < canonical.length && canonical[end] !== '' && !/[。；;]/.test(canonical[end])) end++;
    const run = canonical.slice(start, end);
    const printed = run.map(numberOf).filter((n) => n !== null);
    if (run.length > INTERLEAVED_MAX_LINES || printed.length < 5 || inOrder(printed)) {
      start = Math.max(start, end - 1);
      continue;
    }
    for (const offset of [0, 1]) {
      const indices = run.map((_, i) => start + i).slice(offset);
      const left = indices.filter((_, i) => i % 2 === 0);
      const right = indices.filter((_, i) => i % 2 === 1);
      const [l, r] = [left, right].map((column) => column.map((i) => numberOf(canonical[i])).filter((n) => n !== null));
      const columns =
        l.length >= 2 && r.length >= 2 && inOrder(l) && inOrder(r) && (r[0] === l[l.length - 1] + 1 || r[0] === 1);
      if (!columns) continue;
      const lead = run.slice(0, offset).map((_, i) => start + i);
      out.set(
        start,
        [...lead, ...left, ...right].map((index) => ({ index, text: canonical[index] })),
      );
      break;
    }
    start = end - 1;
  }
  return out;
}

/** A ribbon line: a category and its entries set apart by bars (港口码头｜A｜B｜C), bars written full-width. */
const RIBBON = /^[^|]+(?:\|[^|]*){2,}$/u;
/** A line that goes on a run of ribbon lines: one bar is enough (业园｜A, the rest of a wrapped entry). */
const RIBBON_GOES_ON = /^[^|]+(?:\|[^|]*)+$/u;
/** The longest a part of a ribbon line may be and still be the wrapped rest of the entry before it (…产 / 业园｜). */
const RIBBON_WRAP_MAX = 2;

/**
 * Ribbon lines (港口码头｜A｜B｜C), each a category and the projects filed under it: the category a line
 * of its own, each entry a bulleted line of its own (▸ A), at the line of the file it stands on. A line
 * whose first part is too short to be a category goes on the entry the line before ended with (a
 * wrapped name). Keyed by the index of the run's first line; runs of two lines at least.
 */
function ribbonLines(canonical: string[]): Map<number, ColumnEntry[]> {
  const out = new Map<number, ColumnEntry[]>();
  for (let start = 0; start < canonical.length; start++) {
    if (!RIBBON.test(canonical[start])) continue;
    let end = start + 1;
    while (end < canonical.length && RIBBON_GOES_ON.test(canonical[end])) end++;
    if (end - start < 2) continue;
    const lines: ColumnEntry[] = [];
    for (let index = start; index < end; index++) {
      const [first, ...entries] = canonical[index].split('|').map((part) => part.trim());
      const last = lines[lines.length - 1];
      if (last && Array.from(first).length <= RIBBON_WRAP_MAX) last.text += first;
      else lines.push({ index, text: first, kind: 'standalone' });
      for (const entry of entries.filter(Boolean)) lines.push({ index, text: `▸ ${entry}`, kind: 'standalone' });
    }
    out.set(start, lines);
    start = end - 1;
  }
  return out;
}

/** A bar of a chart flattened to text: its label, a wide gap and its value (X产业园（甲区）        45.0). */
const BAR = /^\s*(\S*\p{Script=Han}\S*(?:\s\S+)*?)[ \u3000]{2,}(\d+(?:\.\d+)?)\s*$/u;
/** The value axis under a bar chart (0     10     20     30). */
const AXIS = /^\s*\d+(?:[ \u3000]+\d+){2,}\s*$/u;
/** A chart needs this many bars. */
const MIN_BARS = 3;

/**
 * A bar chart flattened to text (a label and its value per line, over the value axis): each label a
 * bulleted line of its own (▸ X), the value and the axis dropped. A line between two bars without a
 * value of its own is the wrapped rest of the label above. Charts without an axis are left alone: a
 * table of figures is no chart.
 */
function barChartLines(raw: string[]): Map<number, ColumnEntry[]> {
  const out = new Map<number, ColumnEntry[]>();
  for (let start = 0; start < raw.length; start++) {
    if (!BAR.test(raw[start])) continue;
    const lines: ColumnEntry[] = [];
    let end = start;
    for (; end < raw.length && !AXIS.test(raw[end]); end++) {
      const bar = BAR.exec(raw[end]);
      const text = raw[end].trim();
      if (bar && !isOutlineHeading(bar[1])) lines.push({ index: end, text: `▸ ${bar[1].trim()}`, kind: 'standalone' });
      else if (lines.length > 0 && text !== '' && !/[ \u3000]{2,}/.test(text) && !holdsClausePunctuation(text))
        lines[lines.length - 1].text += text;
      else break;
    }
    if (end < raw.length && AXIS.test(raw[end]) && lines.length >= MIN_BARS) {
      // The axis is read with the chart, and dropped.
      out.set(start, [...lines, { index: end, text: '', kind: 'standalone' }]);
      start = end;
    } else if (lines.length > 0) {
      // Any later start in the run would stop where this one did: the run is read once, however long.
      start = end - 1;
    }
  }
  return out;
}

/** A line of a chart drawn down the page that only joins its steps (│, ▼, ↓): no text. */
const CONNECTOR = /^[\s│┃|]*[▼▲↓↑⇣⇡][\s│┃|]*$|^[\s]*[│┃][\s│┃]*$/u;
/** A connector's arrowhead: a chart needs two of them. */
const ARROWHEAD = /[▼▲↓↑⇣⇡]/u;
/** What a step's line opens with when it joins the chart from the side (│◄──── X) or carries a rank (〔一级〕X). */
const STEP_LEAD = /^[\s│┃]*(?:[◄►◀▶←→][─━\-—]*)?\s*(?:[〔【[][^〕】\]]{1,4}[〕】\]])?\s*/u;

/**
 * A chart drawn down the page (a cascade of stations, a flow of steps): step lines joined by connector lines
 * (│ and ▼). Each step a bulleted line of its own (▸ X，已建，装机…), the fields its wide gaps set apart
 * parted by ，, its rank or side arrow dropped; the connectors dropped. Charts of two arrowheads at least.
 */
function flowChartLines(raw: string[]): Map<number, ColumnEntry[]> {
  const out = new Map<number, ColumnEntry[]>();
  const nextFilled = (from: number) => {
    let i = from;
    while (i < raw.length && raw[i].trim() === '') i++;
    return i;
  };
  for (let start = 0; start < raw.length; start++) {
    if (raw[start].trim() === '' || CONNECTOR.test(raw[start]) || !CONNECTOR.test(raw[nextFilled(start + 1)] ?? ''))
      continue;
    const steps: ColumnEntry[] = [];
    let arrows = 0;
    let index = start;
    let end = start;
    while (index < raw.length) {
      steps.push({
        index,
        text: `▸ ${raw[index]
          .replace(STEP_LEAD, '')
          .trim()
          .split(/[ \u3000]{2,}/u)
          .join('，')}`,
        kind: 'standalone',
      });
      end = index;
      let next = nextFilled(index + 1);
      if (next >= raw.length || !CONNECTOR.test(raw[next])) break;
      while (next < raw.length && (CONNECTOR.test(raw[next]) || raw[next].trim() === '')) {
        if (ARROWHEAD.test(raw[next])) arrows++;
        next++;
      }
      index = next;
    }
    if (arrows >= 2 && steps.length >= 3) {
      out.set(start, steps);
      start = end;
    }
  }
  return out;
}

/** ❶ ➀ ➊ (dingbat circled digits 1–10): the item numbers ① … ⑩. */
const OTHER_CIRCLED = /[\u2776-\u2793]/g;
/** ㈠ … ㈩: the group numbers （一） … （十）. */
const PARENTHESIZED_IDEOGRAPH = /[\u3220-\u3229]/g;
/**
 * A name, a leader of dots and where it lies (X遗址公园……甲街道), as a list sets entry and place apart: written
 * X遗址公园（甲街道）. A leader to a page number (a table of contents) is left as it is.
 */
const DOT_LEADER = /^(.*[^\s…．.·])\s*(?:…{2,}|[.．·]{4,})\s*(\p{Script=Han}[^…]*)$/u;
/**
 * A numbered entry of an index led to its page (1．X产业园………… 3), or the wrapped rest of one (线……… 14): the
 * entry, leader and page number dropped.
 */
const INDEX_ENTRY =
  /^(\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[）)]|[①-⑳])\s*\S.*?[^\s…．.·]|\s*\p{Script=Han}{1,4})\s*(?:…{2,}|[.．·]{4,})\s*\d{1,4}\s*$/u;
/** ⑴ … ⒇: the item numbers （1） … （20）. */
const PARENTHESIZED_DIGIT = /[\u2474-\u2487]/g;
/** Kangxi radicals and CJK compatibility ideographs (林 U+F9F4); NFKC keeps the few unified ones of that block. */
const LOOK_ALIKE_IDEOGRAPH = /[\u2f00-\u2fd5\uf900-\ufaff]/g;
/**
 * The text with each Kangxi radical (⼈ ⼝ ⾼ …) and compatibility ideograph as the ideograph it looks like (人 口 高
 * 林), as NFKC makes it: PDF text extraction gives them for a font whose glyphs map to those blocks. A variation
 * selector after an ideograph goes.
 */
export const ideographs = (text: string): string =>
  text.replace(LOOK_ALIKE_IDEOGRAPH, (char) => char.normalize('NFKC')).replace(VARIATION_SELECTOR, '');
/** A variation selector after an ideograph (藒 U+E0100): a glyph's variant, the same character. */
const VARIATION_SELECTOR = /[\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]/gu;
/**
 * Half-width CJK punctuation (｡ ､ ｢ ｣), as a font of half-width forms gives it, and the punctuation of vertical
 * typesetting (︓ ︐ ︒ ︵︶ ﹁﹂), as a box set top to bottom converts: the usual forms (NFKC).
 */
const COMPATIBILITY_PUNCTUATION = /[\uff61-\uff64\ufe10-\ufe19\ufe30-\ufe4f]/g;
/** The fewest characters a line printed in fake bold (每个字印两遍) holds, each twice: shorter runs may be words. */
const DOUBLED_MIN_PAIRS = 4;
/**
 * （（一一））甲甲镇镇, 11..  甲甲乙乙: a line set in fake bold comes out of a PDF with every character twice (the
 * spaces between its words once); each once.
 */
function undoubled(line: string): string {
  const words = line
    .trim()
    .split(/\s+/)
    .map((word) => Array.from(word));
  if (words.some((chars) => chars.length % 2 !== 0)) return line;
  if (words.reduce((n, chars) => n + chars.length, 0) < DOUBLED_MIN_PAIRS * 2) return line;
  for (const chars of words) for (let i = 0; i < chars.length; i += 2) if (chars[i] !== chars[i + 1]) return line;
  return words.map((chars) => chars.filter((_, i) => i % 2 === 0).join('')).join(' ');
}
/** 水库①、: a circled number glued after a name and before punctuation is a footnote's mark, never an item's number. */
const FOOTNOTE_MARK = /(?<=[\p{Script=Han}）)”])[①-⑳](?=[、，。；：,;:]|$)/gu;
/**
 * （Gumz Cinzyenz）: a bracket of Latin words after a name is its spelling in another script (a minority language's,
 * a foreign name), no part of the name. One word needs ten letters (（AI）, （PPP） stay).
 */
const LATIN_GLOSS =
  /(?<=[\p{Script=Han}”])\s*[（(]\s*(?:[A-Za-z][A-Za-z'’-]*\s+)+[A-Za-z][A-Za-z'’-]*\s*[）)]|(?<=[\p{Script=Han}”])\s*[（(]\s*[A-Za-z]{10,}\s*[）)]/gu;
/**
 * （项目代码：2601-691000-04-01-318276）: a project's code on the national investment-project platform, or the note that
 * it has none yet (待赋码), printed after its name: an identifier, no part of the name.
 */
const PROJECT_CODE = /\s*[（(]\s*项目(?:代码|编码)\s*[：:][^（）()]{0,40}[）)]/gu;
/** （详见专栏6）, （已列入专栏5）: a pointer to the box that lists the project too, no part of its name. */
/** A Markdown blockquote's marks opening a line (`> `, `>> `): a converter set a box apart as a quotation. */
const QUOTE_MARKS = /^\s*>(?:\s*>)*\s?/;
/**
 * A bullet of a symbol font (Wingdings, Symbol) read as the Latin character of its code — l ●, n ■, u ◆, v ❖,
 * q ❑, Ø ➢, Ÿ •, ü ✓, § ▪ — where it opens a line before Chinese text: a bullet.
 */
const SYMBOL_FONT_BULLET = /^\s*[§ŸØüulnqv]\s+(?=[\p{Script=Han}\d“"（(【])/u;
/** A Markdown link (`[甲乙工程](https://…)`): its text; an image (`![](…)`) has none and is left. */
const MARKDOWN_LINK = /(?<!!)\[([^[\]]+)\]\((?:https?:\/\/|\/|\.\/)[^()\s]*\)/g;
/** A span of a pandoc conversion with its attributes (`[名称]{.underline}`, `[X]{#id .mark}`): its text. */
const PANDOC_SPAN = /\[([^[\]]+)\]\{[.#][^{}]*\}/g;
const BOX_REFERENCE = /\s*[（(]\s*(?:详见|参见|见|已列入|列入)\s*专栏\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[）)]/gu;

/**
 * Full-width letters and digits become ASCII; Chinese punctuation is full-width next to Chinese
 * text and ASCII elsewhere (brackets decide as a pair); spaces touching Chinese text go, runs of
 * spaces between ASCII words become one. Markdown emphasis, list bullets, blockquote marks and the lines a box is
 * framed with are dropped, a Markdown link and a pandoc span (`[X]{.underline}`) are their text; a symbol font's bullet read as a Latin letter is ●; other forms of item and group numbers (❶, ⑴, ㈠) take the usual ones (①, （1）, （一）),
 * 〖〗 the usual 【】, half-width ｡､ and vertical ︓︒ the usual 。、 and ：。, Kangxi radicals the ideographs, and a place after a dot leader goes
 * in brackets; footnote marks, brackets spelling a name in Latin script, giving a project's code or pointing to
 * another box go, and a line whose every character is printed twice has each once. Fields of a card set side by side
 * (建设地点：X        建设年限：Y) are set apart by ；.
 */
export function canonicaliseLine(raw: string): string {
  const text = ideographs(undoubled(raw.replace(QUOTE_MARKS, '').replace(SYMBOL_FONT_BULLET, '● ')))
    .replace(MARKDOWN_LINK, '$1')
    .replace(PANDOC_SPAN, '$1')
    .replace(COMPATIBILITY_PUNCTUATION, (char) => char.normalize('NFKC'))
    .replace(SPACE_BEFORE_FIELD, '；')
    .replace(BOX_DRAWING, '')
    .replace(FOOTNOTE_MARK, '')
    .replace(LATIN_GLOSS, '')
    .replace(PROJECT_CODE, '')
    .replace(BOX_REFERENCE, '')
    // A line break inside a table cell, as a Markdown conversion writes it: the cell runs on.
    .replace(/<br\s*\/?>/gi, '')
    .replace(OTHER_CIRCLED, (char) => String.fromCharCode(0x2460 + ((char.charCodeAt(0) - 0x2776) % 10)))
    .replace(PARENTHESIZED_IDEOGRAPH, (char) => `（${'一二三四五六七八九十'[char.charCodeAt(0) - 0x3220]}）`)
    .replace(PARENTHESIZED_DIGIT, (char) => `（${char.charCodeAt(0) - 0x2474 + 1}）`)
    .replace(/〖/g, '【')
    .replace(/〗/g, '】')
    .replace(INDEX_ENTRY, '$1')
    .replace(DOT_LEADER, '$1（$2）')
    .replace(/[\uff01-\uff5e]/g, (char) =>
      SWAPPABLE.has(char) ? char : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ')
    // "城市大脑"二期: ASCII quotes around a Chinese name are the name's quotes, as “城市大脑” is written.
    .replace(/"((?=[^"]*\p{Script=Han})[\p{Script=Han}A-Za-z0-9+·\- ]{1,30})"/gu, '“$1”')
    .replace(/\*\*/g, '')
    .trim()
    .replace(/^[-*•]\s+(?=\S)/, '')
    // An ASCII full stop closing Chinese text is a 。 (a decimal point or "1." has a digit before it).
    .replace(/(?<=[\p{Script=Han}”）)])\.(?=$|[\s\p{Script=Han}“（(])/gu, '。');
  const chars = Array.from(text);
  // Every lookup below is precomputed in linear passes: a line of thousands of commas or brackets
  // (damaged or hostile input) must not cost time quadratic in its length.
  const solid = (i: number) => chars[i] !== ' ' && !SWAPPABLE.has(chars[i]);
  const solidBefore = nearestEach(chars, -1, solid);
  const solidAfter = nearestEach(chars, 1, solid);
  const chineseSoFar = [0];
  chars.forEach((char, i) =>
    chineseSoFar.push(chineseSoFar[i] + (!OPENING.has(char) && !CLOSING.has(char) && isChinese(char) ? 1 : 0)),
  );

  // Each open bracket remembers whether a full-width pair was closed inside it.
  const open: { index: number; fullInside: boolean }[] = [];
  const paired = new Set<number>();
  chars.forEach((char, index) => {
    if (OPENING.has(char)) open.push({ index, fullInside: false });
    else if (CLOSING.has(char) && open.length > 0) {
      const { index: start, fullInside } = open.pop()!;
      // Brackets inside are all paired already: a full-width pair among them is Chinese text inside.
      const full =
        fullInside ||
        chineseSoFar[index] - chineseSoFar[start + 1] > 0 ||
        isChinese(solidBefore[start]) ||
        isChinese(solidAfter[index]);
      widen(chars, start, full);
      widen(chars, index, full);
      paired.add(start).add(index);
      if (full && open.length > 0) open[open.length - 1].fullInside = true;
    }
  });
  // Swappable characters take their width from the nearest character that is neither a space nor
  // an undecided swappable one (paired brackets count); widening them never changes that.
  const decided = (i: number) => chars[i] !== ' ' && (!SWAPPABLE.has(chars[i]) || paired.has(i));
  const decidedBefore = nearestEach(chars, -1, decided);
  const decidedAfter = nearestEach(chars, 1, decided);
  chars.forEach((char, index) => {
    if (!SWAPPABLE.has(char) || paired.has(index)) return;
    widen(chars, index, isChinese(decidedBefore[index]) || isChinese(decidedAfter[index]));
  });

  const spaced = chars.join('').replace(/ +/g, ' ');
  return spaced
    .replace(/ /g, (space, offset: number) =>
      isChinese(spaced[offset - 1]) || isChinese(spaced[offset + 1]) ? '' : space,
    )
    .trim();
}

/** For each position, the nearest character in direction `step` for which `counts` holds (not the position itself). */
function nearestEach(chars: string[], step: 1 | -1, counts: (index: number) => boolean): (string | undefined)[] {
  const nearest = new Array<string | undefined>(chars.length);
  let last: string | undefined;
  for (let i = step === 1 ? chars.length - 1 : 0; i >= 0 && i < chars.length; i -= step) {
    nearest[i] = last;
    if (counts(i)) last = chars[i];
  }
  return nearest;
}

// ---------------------------------------------------------------------------------------------
// Page furniture

/** A running header or footer repeats on most pages; fewer repeats are ordinary short lines. */
const FURNITURE_MIN_REPEATS = 5;
const FURNITURE_MAX_LENGTH = 30;

/** The cover lines among which a gazette prints its masthead (after 主管主办, 本刊…). */
const COVER_LINES = 5;

/**
 * The running header of a gazette: its masthead (a cover line, …公报) again further down, alone
 * or with the issue or the page number before or after it. It is page furniture however few pages
 * it heads.
 */
function runningHeader(canonical: string[]): (text: string, index: number) => boolean {
  const cover = canonical
    .map((line, index) => ({ line: line.replace(/\s/g, ''), index }))
    .filter(({ line }) => line !== '')
    .slice(0, COVER_LINES);
  const found = cover.find(({ line }) => GAZETTE_MASTHEAD.test(line));
  if (!found) return () => false;
  const { line: masthead, index: first } = found;
  return (text, index) => {
    if (index <= first) return false;
    const compact = text.replace(/\s/g, '');
    if (!compact.includes(masthead)) return false;
    const rest = compact.replace(masthead, '');
    return rest === '' || GAZETTE_ISSUE.test(rest) || PAGE_NUMBER.test(rest);
  };
}

function furnitureKey(text: string): string {
  return text.replace(/\s/g, '').replace(/\d+/g, '#');
}

function mayBeFurniture(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= FURNITURE_MAX_LENGTH &&
    !isTableRow(text) &&
    !isOutlineHeading(text) &&
    !isNumberedHeading(text) &&
    !isDateline(text) &&
    !holdsClausePunctuation(text)
  );
}

// ---------------------------------------------------------------------------------------------
// Logical lines

type Kind = 'table' | 'heading' | 'standalone' | 'body';

interface PhysicalLine {
  line: number;
  text: string;
  kind: Kind;
}

/** Headings that may run on into a short second line ("…巩固壮大实体" / "经济根基"). */
const HEADING_TAIL_MAX = 12;
const HEADING_TAIL_AFTER_COMMA_MAX = 30;
const ISSUER_MAX = 20;

function classify(text: string, titles: Set<string>): Kind {
  if (isTableRow(text)) return 'table';
  if (isOutlineHeading(text) || isNumberedHeading(text) || isContentsMarker(text)) return 'heading';
  if (isDocumentTitle(text) || titles.has(text) || isDateline(text) || isBracketedNote(text) || isNameContentHead(text))
    return 'standalone';
  return 'body';
}

/** How a box's title that is whole ends (…重点项目, …重点工程, …主要指标): a short line after it is no rest of it. */
const WHOLE_BOX_TITLE_END = /(?:项目|工程|任务|行动|计划|指标|清单|一览表|分工)$/u;

function isHeadingTail(heading: string, line: PhysicalLine): boolean {
  // After a comma the heading is plainly unfinished and its second half may be longer.
  const max = /[，、,]$/.test(heading) ? HEADING_TAIL_AFTER_COMMA_MAX : HEADING_TAIL_MAX;
  return (
    line.kind === 'body' &&
    !(BOX.test(heading) && WHOLE_BOX_TITLE_END.test(heading)) &&
    Array.from(line.text).length <= max &&
    !holdsClausePunctuation(line.text) &&
    !startsWithEnumerator(line.text)
  );
}

/**
 * PDF conversion sometimes moves a 篇/章/节 heading into the middle of the paragraph that follows
 * it: the paragraph stops mid-word, the heading comes, the paragraph goes on. Only a paragraph that
 * already holds a full sentence, stops on a letter, and goes on right after the one heading counts.
 */
function isCutBy(open: SourceLine, heading: SourceLine, next: PhysicalLine | undefined): boolean {
  return (
    (PART.test(heading.text) || CHAPTER.test(heading.text) || SECTION.test(heading.text)) &&
    holdsSentenceEnd(open.text) &&
    /[\p{Script=Han}A-Za-z0-9]$/u.test(open.text) &&
    next !== undefined &&
    next.kind === 'body' &&
    !startsWithEnumerator(next.text)
  );
}

/** The issuing body on its own line above "关于…的通知": "景德镇市人民政府". */
function isIssuer(line: PhysicalLine, next: PhysicalLine | undefined): next is PhysicalLine {
  return (
    next !== undefined &&
    next.kind === 'standalone' &&
    next.text.startsWith('关于') &&
    isDocumentTitle(next.text) &&
    Array.from(line.text).length <= ISSUER_MAX &&
    !holdsClausePunctuation(line.text)
  );
}

/** A line shorter than this share of the text's longest line did not run into the page's edge. */
const SHORT_LINE_SHARE = 0.5;
/** How an entry written one to a line ends: a bracket, a project's or works' noun, a size and its unit. */
const ENTRY_END =
  /(）|工程|项目|治理|改造|提升|一体化|中心|基地|平台|示范区|片区|景区|度假区|隔离带|营地|园|站|厂|馆|院|库|[0-9][\u4e00-\u9fff]{0,3}(米|公里|亩|吨|个|座|张|所))$/u;

/**
 * Names listed one to a line, without punctuation (X水库工程（某区） / Y引水工程：在Z境内…): a short
 * line that ends as an entry does, followed by another short line that opens a word, stands on its own.
 * A line cut by the page's width is as long as the text's longest lines, so a hard-wrapped paragraph
 * still joins.
 */
function endsEntry(previous: string, next: string, width: number): boolean {
  // Both lines short and without a sentence's end: a sentence broken anywhere has one on either side.
  const entry = (line: string) => Array.from(line).length < width * SHORT_LINE_SHARE && !/[。；！？;!?]/.test(line);
  return entry(previous) && entry(next) && ENTRY_END.test(previous) && /^[\p{Script=Han}A-Za-z0-9“]/u.test(next);
}

/**
 * Names set out as an outline by indentation (`溳口区` / `    A港区三期作业区` / `    B物流园` / `錤坪区`): of two
 * short lines without a sentence, the second indented, or set back from an indented one, stands on its own.
 * A line wrapped by the page's width is as long as the text's longest lines, so a paragraph with a hanging
 * indent still joins.
 */
function indentedEntry(previousRaw: string, raw: string, width: number): boolean {
  const short = (line: string) =>
    Array.from(line.trim()).length < width * SHORT_LINE_SHARE && !/[。；，！？;,!?]/.test(line);
  const indented = (line: string) => /^(?: {2,}|\u3000|\t)/.test(line);
  return (indented(raw) || indented(previousRaw)) && short(previousRaw) && short(raw);
}

/**
 * A table row whose first cell wrapped onto the next line (`| X动力电池结构件及精` / `密五金件 | 新建 | … |`):
 * one row again, the second line left blank so that line numbers stay those of the file.
 */
function joinWrappedRows(raw: string[]): string[] {
  const out = [...raw];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const [row, rest] = [out[i].trim(), out[i + 1].trim()];
    if (
      row.startsWith('|') &&
      !row.endsWith('|') &&
      !row.slice(1).includes('|') &&
      !rest.startsWith('|') &&
      rest.endsWith('|') &&
      rest.includes(' | ')
    ) {
      out[i] = `${row}${rest}`;
      out[i + 1] = '';
    }
  }
  return out;
}

/** How the name of a works or project ends (X防洪提升工程, Y城乡供水一体化). */
const WORKS_END = /(?:工程|项目|改造|治理|一体化)$/u;
/** A short line naming a works and no more: no clause, no verb opening it. */
function namedWorks(line: string, width: number): boolean {
  return (
    Array.from(line).length < width * SHORT_LINE_SHARE &&
    WORKS_END.test(line) &&
    !/[，。；：、,;:]/.test(line) &&
    !/^(?:建设|新建|改建|扩建|实施|推进|配套|开展|完成)/.test(line)
  );
}

/**
 * A numbered or bulleted name on a line of its own, its description on the lines below (1）X风电项目 /
 * 位于Y，建设…): the name is a sentence of its own, ended where the line ends. A line cut by the page's
 * width is as long as the text's longest lines, so a hard-wrapped item still joins as written.
 */
function endsNamedEntry(paragraph: string, next: string, width: number): boolean {
  return (
    startsWithEnumerator(paragraph) &&
    // A character alone on the next line is the wrapped end of the name (…叶片生产 / 线), no description.
    Array.from(next).length > 1 &&
    // 项目三：X — the colon is the record number's.
    !holdsClausePunctuation(afterEnumerator(paragraph)) &&
    !paragraph.includes('、') &&
    Array.from(paragraph).length < width * SHORT_LINE_SHARE &&
    /^[\p{Script=Han}“]/u.test(next)
  );
}

/**
 * `1 钢铁精品` over `1.1 …`, `1.2 …`: a number and a title with no stop after the number heads the
 * decimal items numbered under it, as `1.钢铁精品` would; written so, it reads as that heading.
 */
function headingOverDecimals(text: string, next: string): string | null {
  const line = /^(\d{1,2})(\p{Script=Han}.*)$/u.exec(text);
  if (!line || !next.startsWith(`${line[1]}.1`) || !DOTTED.test(next)) return null;
  const heading = `${line[1]}.${line[2]}`;
  return isNumberedHeading(heading) ? heading : null;
}

/** · · · · under a line of text: the emphasis dots (着重号) printed under its words, a line of their own in the text. */
const EMPHASIS_DOTS = /^\s*(?:[·•・]\s*){3,}$/u;

function joinText(left: string, right: string): string {
  // A line break between two ASCII words was a space; anywhere else it splits nothing.
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

/** An HTML character reference (&mdash;, &#9670;, &#x25C6;): text copied out of a web page keeps them. */
const ENTITY = /&(?:#\d{2,7}|#x[\da-f]{2,6}|[a-z]{2,8}\d?);/i;

/** A line with its HTML character references read as the characters they stand for. */
function withoutEntities(line: string): string {
  return ENTITY.test(line) ? decodeHTML(line) : line;
}

export function normaliseText(text: string): SourceLine[] {
  const rawLines = joinWrappedRows(
    pipeSlashTables(
      pipeSpacedTables(
        pipeDrawnTables(
          pipeStackedTables(
            pipeFrameTables(
              unpipeProseColumns(
                pipeLatexTables(text.split('\n').map((line) => withoutEntities(line.replace(/\r$/, '')))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const canonical = rawLines.map((raw) =>
    (PAGE_NUMBER.test(raw) && raw.trim() !== '') || EMPHASIS_DOTS.test(raw) ? '' : canonicaliseLine(raw),
  );

  const repeats = new Map<string, number>();
  for (const line of canonical) {
    if (mayBeFurniture(line)) repeats.set(furnitureKey(line), (repeats.get(furnitureKey(line)) ?? 0) + 1);
  }
  const titles = new Set(canonical.filter(isTableRow).flatMap(contentsEntries));

  const isRunningHeader = runningHeader(canonical);
  const lines: PhysicalLine[] = [];
  /** The last number of the figure key read on the line before, if that line was one. */
  let keyNumber: number | null = null;
  const layoutBlocks = new Map([
    ...twoColumnLists(rawLines),
    ...ribbonLines(canonical),
    ...barChartLines(rawLines),
    ...flowChartLines(rawLines),
    ...interleavedColumns(canonical),
  ]);
  /** The lines up to which a block read out of its layout (columns, ribbons, a chart) was read already. */
  let readTo = -1;
  canonical.forEach((line, index) => {
    const block = layoutBlocks.get(index);
    if (block) {
      for (const part of block) {
        const text = canonicaliseLine(part.text);
        if (text !== '') lines.push({ line: part.index + 1, text, kind: part.kind ?? classify(text, titles) });
      }
      readTo = Math.max(...block.map((part) => part.index));
    }
    if (index <= readTo) return;
    const key = keyEntries(rawLines[index], keyNumber);
    keyNumber = key ? key[key.length - 1].number : null;
    // A figure's key in columns: each entry a line of its own, at the line of the file it stands on.
    if (key) {
      for (const entry of key) lines.push({ line: index + 1, text: canonicaliseLine(entry.text), kind: 'standalone' });
      return;
    }
    if (line === '' || isRunningHeader(line, index)) return;
    if (mayBeFurniture(line) && (repeats.get(furnitureKey(line)) ?? 0) >= FURNITURE_MIN_REPEATS) return;
    // ├─ X: a branch of a tree drawn in a box is a line of its own, never part of a paragraph.
    const branch = TREE_BRANCH.test(rawLines[index]) && !isTableRow(line);
    lines.push({ line: index + 1, text: line, kind: branch ? 'standalone' : classify(line, titles) });
  });

  lines.forEach((current, i) => {
    const heading = current.kind === 'body' ? headingOverDecimals(current.text, lines[i + 1]?.text ?? '') : null;
    if (heading) Object.assign(current, { text: heading, kind: 'heading' });
  });
  const width = Math.max(0, ...lines.filter((l) => l.kind === 'body').map((l) => Array.from(l.text).length));
  /** Shorter than a line the page's width cut. */
  const short = (line: string) => Array.from(line).length < width * SHORT_LINE_SHARE;
  const out: SourceLine[] = [];
  let paragraph: SourceLine | null = null;
  /** The last line joined into the open paragraph, as written. */
  let previous = '';
  /** That line as the file has it, its indent kept. */
  let previousRaw = '';
  /** Headings that cut into an unfinished sentence: they go out before the sentence's paragraph. */
  let held: SourceLine[] = [];

  const closeParagraph = () => {
    if (paragraph) out.push({ line: paragraph.line, text: canonicaliseLine(paragraph.text) });
    paragraph = null;
    out.push(...held);
    held = [];
  };

  for (let i = 0; i < lines.length; i += 1) {
    const current = lines[i];
    if (current.kind === 'heading' || current.kind === 'standalone' || current.kind === 'table') {
      const heading: SourceLine = { line: current.line, text: current.text };
      const next = lines[i + 1];
      // A numbered name wrapped in its column leaves a character or two on the next line (…叶片生产 / 线).
      const wrappedEnd =
        isNumberedHeading(current.text) && next?.kind === 'body' && /^\p{Script=Han}{1,2}$/u.test(next.text);
      if (
        current.kind === 'heading' &&
        next &&
        ((isOutlineHeading(current.text) && isHeadingTail(current.text, next) && !endsSentence(current.text)) ||
          wrappedEnd)
      ) {
        heading.text = canonicaliseLine(heading.text + next.text);
        i += 1;
      }
      const open = paragraph;
      if (open && isCutBy(open, heading, lines[i + 1])) {
        held.push(heading);
        continue;
      }
      closeParagraph();
      out.push(heading);
      continue;
    }
    // Body text.
    const next = lines[i + 1];
    if (isIssuer(current, next)) {
      closeParagraph();
      out.push({ line: current.line, text: current.text + next.text });
      i += 1;
      continue;
    }
    const open = paragraph;
    if (
      open &&
      !endsSentence(open.text) &&
      !isCompleteUnitLine(open.text) &&
      !startsWithEnumerator(current.text) &&
      !opensClosingLine(current.text) &&
      // 责任单位：X or 建设地点：Y under a short line of its own (not one cut by the page's width) starts anew.
      !((opensUnitLine(current.text) || opensEntryField(current.text)) && short(previous)) &&
      // 建设年限：2026—2028年 over the next card's name: a short field line is whole unless it stops on a separator.
      !(opensEntryField(open.text) && short(previous) && !/[、，,；;：:—–-]$/.test(previous)) &&
      !endsEntry(previous, current.text, width) &&
      // （3）防洪和城乡供水 over X防洪提升工程: a numbered heading over names one to a line, no description.
      !(open.text === previous && startsWithEnumerator(previous) && namedWorks(current.text, width)) &&
      !indentedEntry(previousRaw, rawLines[current.line - 1] ?? '', width)
    ) {
      out.push(...held);
      held = [];
      // （5）X二期至 / 三期工程。…: a line ending on a word no name ends on was cut inside the name.
      const named =
        open.text === previous && !DANGLING_END.test(open.text) && endsNamedEntry(open.text, current.text, width);
      open.text = named ? `${open.text}。${current.text}` : joinText(open.text, current.text);
      previous = current.text;
      previousRaw = rawLines[current.line - 1] ?? '';
      continue;
    }
    closeParagraph();
    paragraph = { line: current.line, text: current.text };
    previous = current.text;
    previousRaw = rawLines[current.line - 1] ?? '';
  }
  closeParagraph();
  return out;
}
