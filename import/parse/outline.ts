import { BOXES_PER_CHAPTER, boxLabel, boxNumber } from '../../graph/box-number';
import { chapterId } from '../bundle/ids';
import type { Chapter } from '../bundle/schema';
import { PlanInputError } from '../errors';
import {
  BOX,
  CHAPTER,
  CN_GROUP,
  CN_ITEM,
  NUMBERED,
  PART,
  SECTION,
  chineseNumber,
  circledNumber,
  BOX_CONTINUED,
  endsSentence,
  holdsClausePunctuation,
  holdsSentenceEnd,
  isContentsMarker,
  isNumberedHeading,
  isOutlineHeading,
  isTableRow,
} from '../text/patterns';
import type { ParsedBox, ParsedBoxItem, SourceLine } from './types';

/** A box as it stands in the text, before its lines are read as items or as the indicator table. */
export interface BoxRegion {
  /** As graph/box-number.ts keeps it: 7, or 301 for 专栏3-1. */
  number: number;
  title: string;
  heading: SourceLine;
  chapterId: string | null;
  lines: SourceLine[];
  /** The box runs to the end of the file: nothing closes it. */
  atEndOfFile: boolean;
}

export interface PlanOutline {
  chapters: Chapter[];
  boxes: BoxRegion[];
}

/**
 * The gazette's closing lines after its last document (抄送：…, and the 印发 line below): they close a box that runs
 * to them, whether or not the line before them ends a sentence.
 */
const GAZETTE_CLOSING = /^(?:抄送|主送)[：:]/;

/** A figure caption standing between paragraphs ("市域综合交通规划图"); it is not box text. */
const FIGURE_CAPTION = /[图表]$/;
const CAPTION_MAX = 30;

export function isFigureCaption(text: string): boolean {
  return Array.from(text).length <= CAPTION_MAX && FIGURE_CAPTION.test(text) && !holdsClausePunctuation(text);
}

/**
 * The outline 篇 → 章 → 节 and the boxes (专栏) of a plan document. A 目录 is skipped up to the
 * first sentence of body text, so its entries never count as headings. `warn` hears of what is read on
 * past (a box number printed twice).
 */
export function readOutline(
  file: string,
  documentId: string,
  lines: SourceLine[],
  lastDocument: boolean,
  warn: (line: number, message: string) => void,
): PlanOutline {
  const chapters: Chapter[] = [];
  const boxes: BoxRegion[] = [];
  const seen = new Set<string>();
  let part: Chapter | null = null;
  let chapter: Chapter | null = null;
  let section: Chapter | null = null;
  let box: BoxRegion | null = null;
  // A box a 节 heading broke into: a box floated over a page, the section's first paragraph printed
  // inside it. Its numbered items go on after that paragraph, counting on from the last before it.
  let broken: { box: BoxRegion; next: ItemMark } | null = null;
  let inContents = false;

  const add = (
    level: Chapter['level'],
    number: number,
    title: string,
    parent: Chapter | null,
    line: SourceLine,
    id: string,
  ) => {
    if (seen.has(id))
      throw new PlanInputError(file, line.line, `heading "${line.text}" repeats an earlier heading's number`);
    seen.add(id);
    const record: Chapter = {
      id,
      level,
      number,
      title,
      parentId: parent?.id ?? null,
      document: documentId,
      line: line.line,
    };
    chapters.push(record);
    return record;
  };

  for (const line of lines) {
    const text = line.text;
    if (isContentsMarker(text)) {
      inContents = true;
      continue;
    }
    if (inContents) {
      if (isTableRow(text) || isOutlineHeading(text) || !holdsSentenceEnd(text)) continue;
      inContents = false;
    }
    if (isOutlineHeading(text)) {
      broken = box && SECTION.test(text) ? nextAfter(box) : null;
      box = null;
      const partMatch = PART.exec(text);
      const chapterMatch = CHAPTER.exec(text);
      const sectionMatch = SECTION.exec(text);
      const boxMatch = BOX.exec(text);
      if (partMatch) {
        const number = chineseNumber(partMatch[1]);
        part = add('part', number, partMatch[2], null, line, chapterId(null, `p${number}`));
        chapter = null;
        section = null;
      } else if (chapterMatch) {
        const number = chineseNumber(chapterMatch[1]);
        chapter = add('chapter', number, chapterMatch[2], part, line, chapterId(part?.id ?? null, `c${number}`));
        section = null;
      } else if (sectionMatch) {
        const number = chineseNumber(sectionMatch[1]);
        const parent = chapter ?? part;
        section = add('section', number, sectionMatch[2], parent, line, chapterId(parent?.id ?? null, `s${number}`));
      } else if (boxMatch) {
        // 专栏三: counted in Chinese numerals, kept as the number it says.
        const printed = /^\d/.test(boxMatch[1]) ? boxMatch[1] : String(chineseNumber(boxMatch[1]));
        const number = boxNumber(printed);
        if (number === null)
          throw new PlanInputError(
            file,
            line.line,
            `专栏${boxMatch[1]}: not a box number (专栏1 … 专栏99, 专栏一 … 专栏九十九, or 专栏3-1 by chapter)`,
          );
        // 专栏：title, 专栏三、title: the punctuation after the number opens no title.
        const title = boxMatch[2].replace(/^[：:、.．\s]+/, '');
        const same = boxes.find((other) => other.number === number);
        // 专栏8（续）: the box goes on after a page break.
        if (same && same === boxes[boxes.length - 1] && BOX_CONTINUED.test(title.replace(same.title, '').trim())) {
          box = same;
          continue;
        }
        // The same number again (a heading repeated over a page, or a numbering slip): read on as more of the
        // box first so numbered, and say so, rather than lose the plan.
        if (same) {
          warn(line.line, `专栏 ${boxLabel(number)} appears twice; what follows is read as more of the first`);
          box = same;
          continue;
        }
        box = {
          number,
          title,
          heading: line,
          chapterId: (section ?? chapter ?? part)?.id ?? null,
          lines: [],
          atEndOfFile: false,
        };
        boxes.push(box);
      }
      continue;
    }
    if (lastDocument && GAZETTE_CLOSING.test(text.trim())) {
      box = null;
      broken = null;
      continue;
    }
    if (!box && broken && sameMark(itemMark(text), broken.next)) {
      box = broken.box;
      broken = null;
    }
    if (box) box.lines.push(line);
  }
  const last = boxes[boxes.length - 1];
  if (last && lastDocument && last === box) last.atEndOfFile = true;
  return { chapters, boxes };
}

/** How a numbered box item opens: its number and the way it is written (1. / （1） / 1） / ①). */
interface ItemMark {
  number: number;
  style: string;
}

function itemMark(text: string): ItemMark | null {
  const match = /^\s*(?:(\d{1,2})\s*([.．、])(?!\d)|[（(](\d{1,2})[）)]|(\d{1,2})[）)]|([①-⑳]))/u.exec(text);
  if (!match) return null;
  if (match[1]) return { number: Number(match[1]), style: '1.' };
  if (match[3]) return { number: Number(match[3]), style: '(1)' };
  if (match[4]) return { number: Number(match[4]), style: '1)' };
  return { number: circledNumber(match[5]), style: '①' };
}

function sameMark(a: ItemMark | null, b: ItemMark): boolean {
  return a !== null && a.number === b.number && a.style === b.style;
}

/** The broken box with the mark its next item would carry; null when it numbers none. */
function nextAfter(box: BoxRegion): { box: BoxRegion; next: ItemMark } | null {
  for (let i = box.lines.length - 1; i >= 0; i--) {
    const mark = itemMark(box.lines[i].text);
    if (mark) return { box, next: { number: mark.number + 1, style: mark.style } };
  }
  return null;
}

/**
 * The box of the plan's indicator table: 专栏1, or in a plan that numbers its boxes by chapter its
 * first box when that is titled by indicators (专栏1-1 “十五五”时期经济社会发展主要指标).
 */
export function isIndicatorBox(box: BoxRegion, index: number): boolean {
  return box.number === 1 || (index === 0 && box.number >= BOXES_PER_CHAPTER && /指标/.test(box.title));
}

/** A note closing a list (说明：…, 注：…, 以上项目由…). */
const LIST_NOTE = /^(?:说明|注|备注)[：:]|^以上/;

/** Items of a box (专栏 2…): numbered item headings, text before the first going into item 0. */
export function readBox(
  file: string,
  documentId: string,
  region: BoxRegion,
  warn: (line: number, message: string) => void,
): ParsedBox {
  const items: ParsedBoxItem[] = [];
  let item: ParsedBoxItem | null = null;
  const lines = region.lines.filter((line) => !isFigureCaption(line.text));
  /** The numbers of the box's numbered lines, items and entries, in order. */
  const numbering: { number: number; line: number }[] = [];
  let afterEntry = false;
  for (const [index, line] of lines.entries()) {
    const numbered = isNumberedHeading(line.text) ? NUMBERED.exec(line.text) : null;
    // 1. X项目 over 2. Y项目 or （二）…: a numbered name with no text of its own is an entry of a list, not
    // the heading of an item (the box's last line only when the file goes on after it); so is the last
    // of such a list when a note closes it (12. X园 / 说明：…).
    const next = lines[index + 1];
    const entry: boolean =
      numbered !== null &&
      (next
        ? (isNumberedHeading(next.text) && [NUMBERED, CN_ITEM, CN_GROUP].some((heading) => heading.test(next.text))) ||
          (afterEntry && LIST_NOTE.test(next.text))
        : !region.atEndOfFile);
    afterEntry = entry;
    if (numbered) numbering.push({ number: Number(numbered[1]), line: line.line });
    if (numbered && !entry) {
      item = { number: Number(numbered[1]), title: numbered[2], line: line.line, paragraphs: [] };
      items.push(item);
      continue;
    }
    if (!item) {
      item = { number: 0, title: '', line: line.line, paragraphs: [] };
      items.push(item);
    }
    item.paragraphs.push(line);
  }
  checkBox(file, region, items, numbering, warn);
  return {
    number: region.number,
    title: region.title,
    line: region.heading.line,
    document: documentId,
    chapterId: region.chapterId,
    items,
  };
}

/**
 * Refuses a box the file cuts short; warns of a box that holds nothing and of item numbers out of order (a
 * layout the reader does not know, or a lost line), the box read as printed: the projects can still be read.
 */
function checkBox(
  file: string,
  region: BoxRegion,
  items: ParsedBoxItem[],
  numbering: { number: number; line: number }[],
  warn: (line: number, message: string) => void,
): void {
  const where = `专栏 ${boxLabel(region.number)}`;
  // A cut file has lost the box's projects: refused. A box the file goes on past holds none of its own
  // (a title printed after its body, an emptied page): the others are read.
  if (items.length === 0 && region.atEndOfFile)
    throw new PlanInputError(file, region.heading.line, `${where} has no items (the file ends inside it)`);
  if (items.length === 0) warn(region.heading.line, `${where} has no items; nothing is read from it`);
  let expected = 1;
  for (const { number, line } of numbering) {
    // Numbering that starts again under each group heading ((一)…, (二)…) begins a new run.
    if (number === 1) expected = 1;
    if (number !== expected) {
      warn(line, `${where}: item ${number} follows item ${expected - 1}; the box is read as printed`);
      expected = number;
    }
    expected += 1;
  }
  for (const item of items) {
    if (item.number > 0 && item.paragraphs.length === 0) {
      const tail = region.atEndOfFile && item === items[items.length - 1] ? ' (the file ends inside the box)' : '';
      throw new PlanInputError(file, item.line, `${where}: item ${item.number} "${item.title}" has no text${tail}`);
    }
  }
  const lastParagraph = items.at(-1)?.paragraphs.at(-1);
  if (region.atEndOfFile && lastParagraph && !endsSentence(lastParagraph.text)) {
    throw new PlanInputError(file, lastParagraph.line, `${where}: the file ends inside the box, mid-sentence`);
  }
}
