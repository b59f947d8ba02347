/**
 * Tables a PDF table extractor handed to a data-frame library and printed back as Markdown (pandas'
 * `to_markdown()`): an unnamed index column `0, 1, 2 …` before the printed columns, `nan` in every empty cell, a head
 * spanning two columns printed as `X | Unnamed: 5` with the columns' own heads in the first row (`nan | … | 建设地点 |
 * 责任主体`). They come back as the table the gazette printed, so that every later layer reads them as it reads a
 * Markdown table. The lines keep their places: the row of heads merged into the head line is left blank.
 */

import { pipeCells } from './patterns';

/** A pipe row's cells, or null for a line that is no pipe row. */
function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  return trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length >= 3 ? pipeCells(trimmed) : null;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The right-aligned first column of a data frame's alignment row (`|---:|:---|`). */
const INDEX_RULE = /^\s*-{3,}:\s*$/;
const RULE = /^\s*:?-{3,}:?\s*$/;
/** An index the data frame numbered its rows by. */
const INDEX = /^\s*\d{1,4}\s*$/;
/** An empty cell as the data frame prints it. */
const EMPTY = /^\s*(?:nan|NaN|None)\s*$/;
/** A head the data frame gave a column the table's head spanned. */
const UNNAMED = /^\s*Unnamed: \d+\s*$/;
/** A column's own head under a spanning one: a few Han words. */
const SUB_HEAD = /^\p{Script=Han}{2,8}$/u;

const clean = (cell: string) => (EMPTY.test(cell) || UNNAMED.test(cell) ? '' : cell.trim());

/** Each data frame printed as Markdown, back as the table it holds; other lines unchanged. */
export function pipeFrameTables(lines: string[]): string[] {
  const out = [...lines];
  for (let index = 0; index + 1 < lines.length; index++) {
    const head = cellsOf(lines[index]);
    const rule = cellsOf(lines[index + 1]);
    if (!head || !rule || head.length !== rule.length || head[0].trim() !== '' || !INDEX_RULE.test(rule[0])) continue;
    if (!rule.every((cell) => RULE.test(cell))) continue;
    const heads = head.slice(1).map((cell) => cell.trim());
    let at = index + 2;
    const first = cellsOf(lines[at] ?? '');
    // 0 | nan | … | 建设地点 | 责任主体: the heads of the columns a spanning head covers, merged into the head line.
    if (first && first.length === head.length && INDEX.test(first[0]) && heads.some((h) => UNNAMED.test(h))) {
      const subs = first.slice(1).map(clean);
      if (subs.every((cell) => cell === '' || SUB_HEAD.test(cell)) && subs.some((cell) => cell !== '')) {
        subs.forEach((sub, i) => {
          if (sub !== '') heads[i] = sub;
        });
        out[at] = '';
        at += 1;
      }
    }
    out[index] = row(heads.map(clean));
    out[index + 1] = row(rule.slice(1).map((cell) => cell.trim()));
    for (; at < lines.length; at++) {
      const cells = cellsOf(lines[at]);
      if (!cells || cells.length !== head.length || !INDEX.test(cells[0])) break;
      out[at] = row(cells.slice(1).map(clean));
    }
    index = at - 1;
  }
  return out;
}
