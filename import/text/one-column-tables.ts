/**
 * A box whose frame a PDF converter read as a table of one column: each printed line a row (`| 1. 海水淡化：建设… |`),
 * the first line the head over a `| --- |` rule, a sentence or a name running on from one row to the next. Such a
 * table holds prose, not cells: its rows come back as the lines they were, in their places, the rule left blank.
 * A table of one column of names (| 项目名称 | over one name a row) is a table and stays one.
 */

import { pipeCells } from './patterns';

/** The one cell of a pipe row of one column, or null for any other line. */
function onlyCell(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 3) return null;
  const cells = pipeCells(trimmed);
  return cells.length === 1 ? cells[0] : null;
}

const RULE = /^\s*:?-{3,}:?\s*$/;
/** A cell holding a clause: prose, not a table's value. */
const PROSE = /[。；;，,：:]/;

/** Each table of one column that holds prose, back as its lines; other lines unchanged. */
export function unpipeProseColumns(lines: string[]): string[] {
  const out = [...lines];
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && onlyCell(lines[end]) !== null) end++;
    const cells = lines.slice(start, end).map((line) => onlyCell(line)!);
    const rows = cells.filter((cell) => !RULE.test(cell));
    // A head over its rule, and most rows clauses.
    if (cells.length >= 3 && RULE.test(cells[1]) && rows.filter((cell) => PROSE.test(cell)).length * 2 > rows.length)
      cells.forEach((cell, i) => (out[start + i] = RULE.test(cell) ? '' : cell.trim()));
    start = Math.max(end, start + 1);
  }
  return out;
}
