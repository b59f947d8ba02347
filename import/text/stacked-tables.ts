/**
 * Tables flattened to one cell per line (a PDF-to-text conversion of a table whose cells it reads one by one): the
 * column heads stacked under each other (序号 / 项目名称 / 建设地点 / …), then each row as its number alone on a
 * line and its cells on the lines below, a long cell wrapped onto a line of its own → pipe rows, so that every later
 * layer reads them as it reads a Markdown table.
 */

import { NAME_HEAD, pipeRow } from './spaced-tables';

/** A column head: a few Han words, perhaps with a bracketed gloss (建设地点（所在乡镇）). */
const HEAD = /^[\p{Script=Han}（）()/]{2,12}$/u;
const NUMBER_HEAD = /^序号$/;
/** A table needs this many heads after 序号. */
const MIN_HEADS = 3;
/** Page furniture inside a table: a page number, or a running header set apart by a wide gap. */
const FURNITURE = /^[-—–－·\s]*\d{1,4}[-—–－·\s]*$|\S[ \u3000]{6,}\S/u;
/** The most lines one row may take: a row longer than this is no row of this table. */
const MAX_ROW_LINES = 12;

export type Column = 'name' | 'place' | 'content' | 'body' | 'other';

function columnOf(head: string): Column {
  if (NAME_HEAD.test(head)) return 'name';
  if (/地点|地址|所在|位置|区域|选址|厂址/.test(head)) return 'place';
  if (/内容|规模/.test(head)) return 'content';
  if (/主体|单位|业主|企业/.test(head)) return 'body';
  return 'other';
}

/** How a name, a place, a body or a description ends or opens. */
const NAME_END =
  /(?:工程|项目|园|中心|站|平台|基地|馆|院|校区?|场|库|线|路|桥|港|厂|带|镇|村|街区|城|系统|网|所|楼|仓|[）)])$/u;
const PLACE_END = /(?:区|镇|乡|街道|县|市|村|园|[）)])$/u;
const BODY_END = /(?:公司|集团|局|委员会|管委会|政府|办事处|中心|院|站|所|厂|社|协会|学校|大学|学院|医院|馆|委|办)$/u;
const CONTENT_START =
  /^(?:建设|新建|改建|扩建|改扩建|年产|新增|实施|改造|购置|配套|提升|打造|开展|推进|完善|布局|设置|整治|修复|治理|续建|引进|研发|形成|升级)/u;
/** What opens the wrapped rest of a cell, never a cell of its own. */
const CONTINUATION_START = /^[及和与、，,；;等的并或]/u;

/** How well `text` reads as a cell of `column` (higher is better). */
function fit(column: Column, text: string): number {
  let score = CONTINUATION_START.test(text) ? -3 : 0;
  switch (column) {
    case 'name':
      return score + (NAME_END.test(text) ? 2 : 0);
    case 'place':
      score += Array.from(text).length <= 24 ? 1 : 0;
      score += PLACE_END.test(text) ? 1 : 0;
      return score + (CONTENT_START.test(text) ? -2 : 0);
    case 'content':
      return score + (CONTENT_START.test(text) ? 1 : 0);
    case 'body':
      return score + (BODY_END.test(text) ? 2 : 0) + (/^\d/.test(text) ? -2 : 0);
    default:
      return score;
  }
}

/**
 * The cells of a row given as `lines` under `columns`: with more lines than columns, the grouping of consecutive
 * lines whose cells read best as their columns, a tie going to the grouping that joins lines after longer ones
 * (a line is wrapped where it filled its column); with fewer, the first columns in order.
 */
export function rowCells(lines: string[], columns: Column[]): string[] {
  if (lines.length <= columns.length) return columns.map((_, i) => lines[i] ?? '');
  let best: { score: number; cells: string[] } | null = null;
  const group = (from: number, column: number, cells: string[], score: number) => {
    if (column === columns.length - 1) {
      const text = lines.slice(from).join('');
      const total = score + fit(columns[column], text) + joinedLength(from, lines.length);
      if (!best || total > best.score) best = { score: total, cells: [...cells, text] };
      return;
    }
    const left = columns.length - column - 1;
    for (let end = from + 1; end <= lines.length - left; end += 1) {
      const text = lines.slice(from, end).join('');
      group(end, column + 1, [...cells, text], score + fit(columns[column], text) + joinedLength(from, end));
    }
  };
  /** A small tie-break: the lengths of the lines a grouping joins a line onto, per hundred characters. */
  const joinedLength = (from: number, end: number) =>
    lines.slice(from, end - 1).reduce((n, line) => n + Array.from(line).length, 0) / 100;
  group(0, 0, [], 0);
  return best!.cells;
}

/** The stacked heads starting at `index`: 序号 and at least three more, one of them 项目名称. */
function headsAt(lines: string[], index: number): string[] | null {
  if (!NUMBER_HEAD.test(lines[index]?.trim() ?? '')) return null;
  const heads = ['序号'];
  for (let i = index + 1; i < lines.length && HEAD.test(lines[i].trim()) && !NUMBER_HEAD.test(lines[i].trim()); i++)
    heads.push(lines[i].trim());
  return heads.length > MIN_HEADS && heads.some((h) => NAME_HEAD.test(h)) ? heads : null;
}

/**
 * Rewrites each stacked table (see the module) as pipe rows, line for line so that line numbers stay those of the
 * file: the header on the line of 序号, each row on the line of its number, the other lines of the table left empty.
 * A row's number must follow the one before (1, 2, 3 …). Between rows, a page break's furniture (page number,
 * running header) is left as it is and the heads repeated after it emptied; the last row ends at a blank line.
 */
export function pipeStackedTables(lines: string[]): string[] {
  const out = [...lines];
  for (let index = 0; index < lines.length; index++) {
    const heads = headsAt(lines, index);
    if (!heads) continue;
    const columns = heads.slice(1).map(columnOf);
    const rows: { at: number; cells: string[] }[] = [];
    const emptied: number[] = [];
    let i = index + heads.length;
    let expected = 1;
    while (i < lines.length && lines[i].trim() === String(expected)) {
      const at = i;
      const cellLines: string[] = [];
      const taken: number[] = [];
      i += 1;
      // The row's lines: up to the next row's number, or a blank line once it holds a line per column; a page break
      // inside the row (furniture, the heads repeated) is passed over.
      while (i < lines.length && lines[i].trim() !== String(expected + 1)) {
        const line = lines[i].trim();
        if (line === '' || FURNITURE.test(lines[i])) {
          if (cellLines.length >= columns.length) break;
          i += 1;
          continue;
        }
        const repeated = headsAt(lines, i);
        if (repeated) {
          for (let h = i; h < i + repeated.length; h++) taken.push(h);
          i += repeated.length;
          continue;
        }
        cellLines.push(line);
        taken.push(i);
        i += 1;
      }
      if (cellLines.length === 0 || cellLines.length > MAX_ROW_LINES) break;
      emptied.push(...taken);
      rows.push({ at, cells: rowCells(cellLines, columns) });
      expected += 1;
      // After a page break: its furniture stays, the heads repeated under it go.
      let next = i;
      while (next < lines.length && (lines[next].trim() === '' || FURNITURE.test(lines[next]))) next += 1;
      const repeated = headsAt(lines, next);
      if (repeated && lines[next + repeated.length]?.trim() === String(expected)) {
        for (let h = next; h < next + repeated.length; h++) emptied.push(h);
        i = next + repeated.length;
      } else if (lines[next]?.trim() === String(expected)) i = next;
    }
    if (rows.length === 0) continue;
    for (let h = index + 1; h < index + heads.length; h++) out[h] = '';
    out[index] = pipeRow(heads);
    for (const e of emptied) out[e] = '';
    rows.forEach((row, n) => (out[row.at] = pipeRow([String(n + 1), ...row.cells])));
    index = Math.max(index, ...emptied);
  }
  return out;
}
