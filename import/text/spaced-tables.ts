import { GAZETTE_ISSUE, GAZETTE_MASTHEAD, PAGE_NUMBER } from './patterns';

/**
 * Plain-text tables whose columns are set by runs of spaces (as a PDF-to-text conversion lays out a
 * table without rules) → pipe rows, so that every later layer reads them as it reads a Markdown table.
 */

/** A column head of a project table; a header line needs one naming the project. */
export const NAME_HEAD = /^(项目名称|项目)$/;
/**
 * A column head: a few Han words, perhaps with a bracketed gloss (建设地点（所在乡镇）) or two heads in one (建设地点／实施主体),
 * or a year (2026, 2027年).
 */
const HEAD = /^(?:[\p{Script=Han}（）()/／]{2,12}|20\d{2}年?)$/u;
/** Cells are set apart by a tab or at least two spaces (one space may sit inside a cell). */
const GAP = /\t|[ \u3000\u00a0]{2,}/g;
/** A header line has at least this many columns. */
const MIN_COLUMNS = 3;

/** Characters a fixed-width layout gives two columns: Han, full-width forms and CJK punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char === '\u3000' || WIDE.test(char) ? 2 : 1;
  return width;
}

interface Cell {
  start: number;
  text: string;
}

/** The cells of a line with the display column each starts at. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let last = 0;
  const push = (end: number) => {
    const raw = line.slice(last, end);
    const text = raw.trim();
    if (text !== '') {
      const lead = raw.length - raw.trimStart().length;
      cells.push({ start: displayWidth(line.slice(0, last + lead)), text });
    }
  };
  for (const gap of line.matchAll(GAP)) {
    push(gap.index);
    last = gap.index + gap[0].length;
  }
  push(line.length);
  return cells;
}

/**
 * 序号项目名称 over 1甲乙工程, 10丙丁路 (the number column set flush against the names): the number as a cell of
 * its own, in the header (`heading`) and in each row whose first cell opens with one.
 */
function unglued(cells: Cell[], heading: boolean): Cell[] {
  const [first, ...rest] = cells;
  const glued = first && (heading ? /^(序号)(\p{Script=Han}.+)$/u : /^(\d{1,3})([^\d.．、，,%].*)$/u).exec(first.text);
  if (!glued) return cells;
  return [
    { start: first.start, text: glued[1] },
    { start: first.start + displayWidth(glued[1]), text: glued[2] },
    ...rest,
  ];
}

function isHeader(cells: Cell[]): boolean {
  return (
    cells.length >= MIN_COLUMNS && cells.every((c) => HEAD.test(c.text)) && cells.some((c) => NAME_HEAD.test(c.text))
  );
}

/**
 * An area's name as a column head (甲县, 乙区, 丙镇, 丁街道): the projects beneath it lie there. A kind of
 * part of a town (城区, 景区, 园区, 社区) heads no such column.
 */
const AREA_HEAD = /^\p{Script=Han}{2,10}(?:(?<![城景园片社小校港])区|县|市|旗|镇|乡|街道)$/u;

/** A header of one column per area, the projects of each stacked beneath its name. */
function isAreaHeader(cells: Cell[]): boolean {
  return cells.length >= MIN_COLUMNS && cells.every((c) => AREA_HEAD.test(c.text));
}

/**
 * A row's cells under the header's columns: all in order when there are as many as columns, else
 * each under the column whose start is nearest its own (a row carried over a page break, or one
 * with empty cells), never left of the cell before it.
 */
function placeCells(cells: Cell[], columns: Cell[]): string[] {
  const row = columns.map(() => '');
  if (cells.length === columns.length) return cells.map((c) => c.text);
  let from = 0;
  for (const cell of cells) {
    let best = from;
    for (let i = from; i < columns.length; i += 1) {
      if (Math.abs(columns[i].start - cell.start) < Math.abs(columns[best].start - cell.start)) best = i;
    }
    row[best] = row[best] ? `${row[best]}${cell.text}` : cell.text;
    from = best;
  }
  return row;
}

/** Cells as a Markdown table's row. */
export const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A cell of a line of names set apart by gaps only: a name, no sentence (no punctuation but brackets and quotes). */
const NAME_CELL = /^[\p{Script=Han}\p{N}A-Za-z“”《》（）()·]{4,40}$/u;
/** A line needs this many names set apart by gaps to be a list of them (two may be a heading and its title). */
const MIN_NAMES = 3;

/** 甲中心    乙平台    丙小院 (a list laid out in columns, its separators lost): the names set apart by 、, else the line. */
function spacedNames(line: string): string {
  const cells = cellsOf(line);
  return cells.length >= MIN_NAMES && cells.every((c) => NAME_CELL.test(c.text))
    ? cells.map((c) => c.text).join('、')
    : line;
}

/** Lines a page break may set between the halves of a table: the page number, the running header. */
const MAX_BREAK_LINES = 6;
/** What page furniture never holds: the punctuation of a sentence or a list. */
const SENTENCE_MARK = /[。，；、：]/;
/** A row of one cell heading the rows below it (一、港口, （二）铁路和公路). */
const GROUP_CELL = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\p{Script=Han}{2,12}$/u;
/** A gazette's running header: its masthead, issue and page number, set apart by gaps; never a table's row. */
const isRunningHeader = (cells: Cell[]): boolean =>
  cells.every(({ text }) =>
    [GAZETTE_MASTHEAD, GAZETTE_ISSUE, PAGE_NUMBER].some((p) => p.test(text.replace(/\s/g, ''))),
  );
/**
 * Whether a row's cells are the rest of the row above: only under columns that row filled, leaving some of them empty
 * — at most half of them when `few`.
 */
function continues(rest: string[], above: string[], few: boolean): boolean {
  const under = (row: string[]) => row.flatMap((cell, i) => (cell ? [i] : []));
  const filled = under(above);
  return (
    under(rest).every((i) => above[i] !== '') &&
    filled.some((i) => rest[i] === '') &&
    (!few || under(rest).length * 2 <= filled.length)
  );
}

/** A few characters alone on a table's line: the end of a name wrapped in its column (工程, 改造). */
const WRAPPED_TAIL = /^\p{Script=Han}{1,4}$/u;
/** A longer end of a name alone under the names (秧盘生产线, 颗粒燃料项目): wrapped, when the name above is unfinished. */
const LONGER_TAIL = /^\p{Script=Han}{5,8}$/u;
/** How a finished name ends: a works, a project, a facility. */
const NAME_END = /(?:工程|项目|中心|基地|园|区|站|厂|场|馆|院|线|库|港|平台|体系|系统|设施)$/u;
/** A column of money (总投资（亿元）, 投资额（万元）): a figure glued to the name before it belongs there. */
const MONEY_HEAD = /投资|[亿万]元/u;
/** A name with a figure glued to its end (X加工项目18.5): the name, and the figure. */
const GLUED_FIGURE = /^(.*\p{Script=Han})(\d+(?:\.\d+)?)$/u;

/**
 * 貆丰粮业X项目18.5 | | 貆原县: a figure glued to the name it follows, the money column beside it empty, set
 * back in its column.
 */
function figureUnglued(row: string[], columns: Cell[]): string[] {
  const out = [...row];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const glued = GLUED_FIGURE.exec(out[i]);
    if (glued && out[i + 1] === '' && MONEY_HEAD.test(columns[i + 1].text)) [out[i], out[i + 1]] = [glued[1], glued[2]];
  }
  return out;
}

/**
 * A cell alone on a table's line that ends the name above: a few characters, or a few more under the names
 * when the name above ends on no word a name ends on (寒地水稻智能育秧工厂及 / 秧盘生产线).
 */
function wrappedTail(cell: Cell, columns: Cell[], last: { cells: string[] } | null): boolean {
  if (WRAPPED_TAIL.test(cell.text)) return true;
  const name = columns.findIndex((c) => NAME_HEAD.test(c.text));
  const above = last?.cells[name] ?? '';
  return (
    LONGER_TAIL.test(cell.text) &&
    Math.abs(columns[name].start - cell.start) <= 1 &&
    above !== '' &&
    !NAME_END.test(above)
  );
}

/**
 * Rewrites each plain-text table (a header line of column heads, one of them 项目名称, set apart by
 * runs of spaces, and the non-blank lines after it that hold a gap or start indented) as pipe rows,
 * line for line, so that line numbers stay those of the file. A blank line pauses a table: after a
 * page break (blank lines, a page number, a running header) an indented row with two cells or more,
 * or a row of as many cells as a header needs, carries it on. Outside a table, a line of three names
 * or more set apart by gaps only becomes a list of them (A、B、C). Anything else is left as it is.
 */
export function pipeSpacedTables(lines: string[]): string[] {
  const out = [...lines];
  let columns: Cell[] | null = null;
  /** Lines since the table's last row when a blank line paused it, else null. */
  let paused: number | null = null;
  /** Whether the table's number column is set flush against its names. */
  let flush = false;
  /** Whether its columns are areas: a row may then hold one name alone. */
  let byArea = false;
  /** The table's last row: where it stands and its cells under the columns. */
  let last: { index: number; cells: string[] } | null = null;
  /** The last row before a repeated header: the end of its name may stand alone under that header. */
  let aboveHeader: { cells: string[] } | null = null;
  /** The row above, its cells run on by the rest of it; the rest's own line is left empty (line numbers stay). */
  const runOn = (row: { index: number; cells: string[] }, rest: string[], index: number) => {
    row.cells = row.cells.map((cell, i) => cell + rest[i]);
    out[row.index] = pipeRow(row.cells);
    out[index] = '';
  };
  lines.forEach((line, index) => {
    const header = unglued(cellsOf(line), true);
    if (isHeader(header) || isAreaHeader(header)) {
      // The header repeated after a page break: the end of the name above it may stand alone below it.
      const repeated = columns !== null && columns.map((c) => c.text).join('|') === header.map((c) => c.text).join('|');
      aboveHeader = repeated ? last : null;
      flush = header.length > cellsOf(line).length;
      byArea = isAreaHeader(header);
      columns = header;
      paused = null;
      last = null;
      out[index] = pipeRow(header.map((c) => c.text));
      return;
    }
    const cells = flush ? unglued(cellsOf(line), false) : cellsOf(line);
    if (columns === null) {
      out[index] = spacedNames(line);
      return;
    }
    const indented = /^[ \u3000\u00a0\t]/.test(line);
    if (line.trimStart().startsWith('|')) {
      columns = null;
      return;
    }
    if (line.trim() === '') {
      paused ??= 0;
      return;
    }
    if (paused !== null) {
      // 心    集镇 under 项目名称 and 建设地点, or 程 alone under the names: the rest of a row the page break cut,
      // each cell under its column.
      const aligned =
        (cells.length >= 2 || (cells.length === 1 && WRAPPED_TAIL.test(cells[0].text))) &&
        !isRunningHeader(cells) &&
        cells.every((cell) => columns!.some((c) => Math.abs(c.start - cell.start) <= 1));
      const carried = (indented && cells.length >= 2) || cells.length >= MIN_COLUMNS || aligned;
      if (!carried) {
        paused += 1;
        // A running header's gap between its masthead and issue is no part of its length.
        const furniture =
          cells.length <= 2 && !indented && !SENTENCE_MARK.test(line) && line.replace(/\s+/g, '').length <= 30;
        if (!furniture || paused > MAX_BREAK_LINES) columns = null;
        return;
      }
      paused = null;
      // 心    集镇 after 羽绒及轴承产品集散分拨中 | 毰店镇、辁 | 建设… | 市商务局: cells only under columns the row
      // above filled, leaving some of them empty, are the rest of that row: its cells run on.
      const rest = placeCells(cells, columns);
      if (aligned && last && continues(rest, last.cells, false)) {
        runOn(last, rest, index);
        return;
      }
    } else if (cells.length === 1 && !indented && GROUP_CELL.test(cells[0].text)) {
      // 一、港口: a row heading a group of the rows below it.
      out[index] = pipeRow(columns.map((_, i) => (i === 0 ? cells[0].text : '')));
      return;
    } else if (cells.length === 1 && !indented && wrappedTail(cells[0], columns, last ?? aboveHeader)) {
      // 工程 alone under the names: the wrapped end of the name above.
      const at = columns.findIndex((c) => NAME_HEAD.test(c.text));
      out[index] = pipeRow(columns.map((_, i) => (i === at ? cells[0].text : '')));
      return;
    } else if (cells.length < 2 && !indented && !(byArea && !SENTENCE_MARK.test(line))) {
      columns = null;
      return;
    }
    // A lone indented cell under a number column set flush against the names is a name's wrapped rest.
    const wrapped = flush && cells.length === 1 && indented && !/^\d/.test(cells[0].text);
    const row = wrapped ? columns.map((_, i) => (i === 1 ? cells[0].text : '')) : placeCells(cells, columns);
    // 产改造    生物质燃料 under 辚州热电厂“煤改生物质”热电联 | 辚城区 | 改造…掺烧秸秆等 | …: a name wrapped in its
    // column with another cell of its row, no more than half of that row's cells.
    const name = columns.findIndex((c) => NAME_HEAD.test(c.text));
    if (!indented && last && row[name] && continues(row, last.cells, true)) {
      runOn(last, row, index);
      return;
    }
    const placed = figureUnglued(row, columns);
    out[index] = pipeRow(placed);
    last = { index, cells: placed };
    aboveHeader = null;
  });
  return out;
}

/** Cells set apart by slashes (项目名称／建设地点／实施主体). */
const SLASH = /[／/]/;

/**
 * Rewrites each table whose cells are set apart by slashes (a header line of column heads, one of them
 * 项目名称, then one line per row: 甲物流园／甲县／甲集团) as pipe rows, line for line. A row hard-wrapped
 * over two lines (its first line short of the slashes) is joined on its first line, the second left
 * empty. The table ends at the first line that is no row.
 */
export function pipeSlashTables(lines: string[]): string[] {
  const out = [...lines];
  for (let index = 0; index < lines.length; index++) {
    const heads = lines[index].trim().split(SLASH);
    if (heads.length < MIN_COLUMNS || !heads.every((h) => HEAD.test(h)) || !heads.some((h) => NAME_HEAD.test(h)))
      continue;
    out[index] = pipeRow(heads);
    let row = index + 1;
    for (; row < lines.length; row++) {
      const cells = lines[row].trim().split(SLASH);
      if (cells.length < heads.length && row + 1 < lines.length) {
        const joined = `${lines[row].trim()}${lines[row + 1].trim()}`.split(SLASH);
        if (joined.length === heads.length) {
          out[row] = pipeRow(joined.map((c) => c.trim()));
          out[row + 1] = '';
          row += 1;
          continue;
        }
      }
      if (cells.length !== heads.length || cells.some((c) => c.trim() === '')) break;
      out[row] = pipeRow(cells.map((c) => c.trim()));
    }
    index = row - 1;
  }
  return out;
}

/** The bar between two cells of a table drawn with box-drawing lines (海拔 ┃ 重点项目). */
const DRAWN_BAR = /[┃│║]/;
/** A rule of a drawn table, crossed where its columns meet (━━━╋━━━, ───┼───). */
const DRAWN_RULE = /^[\s\u2500-\u257f]*[┼╋╬╪╫┿╂╀╁╃╄╅╆╇╈╉╊][\s\u2500-\u257f]*$/u;
/** Any other line of box-drawing characters only (the frame's top or bottom, ━━━┻━━━). */
const DRAWN_LINE = /^[\s\u2500-\u257f]+$/u;

/**
 * Rewrites each table drawn with box-drawing lines (cells set apart by ┃ or │, rows by rules crossed with
 * ╋ or ┼) as pipe rows, line for line: the first row is the header, its rule a Markdown rule, the other
 * rules and the frame left empty. Two names set in one cell apart by a wide gap are set apart by ；. A
 * run of lines is a table only with a header of column heads, a crossed rule and two rows of the same
 * number of cells.
 */
export function pipeDrawnTables(lines: string[]): string[] {
  const out = [...lines];
  const cellsOf = (line: string) => {
    const cells = line.split(DRAWN_BAR).map((cell) => cell.trim().replace(GAP, '；'));
    while (cells.length > 0 && cells[0] === '') cells.shift();
    while (cells.length > 0 && cells[cells.length - 1] === '' && /[┃│║]\s*$/.test(line)) cells.pop();
    return cells;
  };
  for (let start = 0; start < lines.length; start++) {
    if (!DRAWN_BAR.test(lines[start]) && !DRAWN_LINE.test(lines[start])) continue;
    let end = start;
    while (end < lines.length && (DRAWN_BAR.test(lines[end]) || DRAWN_LINE.test(lines[end]))) end++;
    const rows = lines.slice(start, end).flatMap((line, i) => (DRAWN_LINE.test(line) ? [] : [start + i]));
    const width = rows.length > 0 ? cellsOf(lines[rows[0]]).length : 0;
    const table =
      width >= 2 &&
      cellsOf(lines[rows[0]]).every((cell) => HEAD.test(cell)) &&
      rows.filter((i) => cellsOf(lines[i]).length === width).length >= 2 &&
      lines.slice(start, end).some((line) => DRAWN_RULE.test(line));
    if (table) {
      let ruled = false;
      for (let i = start; i < end; i++) {
        if (rows.includes(i)) {
          const cells = cellsOf(lines[i]);
          out[i] = pipeRow([...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')].slice(0, width));
        } else if (i > rows[0] && !ruled) {
          out[i] = pipeRow(Array<string>(width).fill('---'));
          ruled = true;
        } else out[i] = '';
      }
    }
    start = end;
  }
  return out;
}
