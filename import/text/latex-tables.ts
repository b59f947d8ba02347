/**
 * Tables a converter printed as LaTeX (`\begin{tabular}{|c|l|l|}`, cells set apart by `&`, rows closed by `\\`,
 * `\hline`/`\cline` rules, `\multirow` and `\multicolumn` cells, `\makecell{A\\B}` cells wrapped inside): back as the
 * pipe table they are, so that every later layer reads them as it reads a Markdown table. Each row stands on the line
 * that closes it; the lines of rules and of the environment are left blank, so the lines keep their places. A cell
 * `\multirow` merges over the rows below gives its value to the empty cells under it, as the printed table shows.
 */

const BEGIN = /^\s*\\begin\{(?:tabular\*?|tabularx|longtable)\}/;
const END = /\\end\{(?:tabular\*?|tabularx|longtable)\}/;
/** Rules between rows: they draw lines, they hold nothing. */
const RULES =
  /\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot|endlastfoot)\b|\\cline\{[^}]*\}|\\cmidrule(?:\([^)]*\))?\{[^}]*\}/g;
/** How far a table may run before its end: a begin with no end near is no table. */
const MOST_LINES = 400;

/** The index of the `}` closing the group opened at `open` (a `{`), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The groups `{…}` (after an optional `[…]`) that follow a command ending at `from`, and where they end. */
function groups(text: string, from: number, count: number): { args: string[]; end: number } | null {
  let at = from;
  const args: string[] = [];
  while (args.length < count) {
    while (text[at] === ' ') at++;
    if (text[at] === '[') {
      const close = text.indexOf(']', at);
      if (close < 0) return null;
      at = close + 1;
      continue;
    }
    if (text[at] !== '{') return null;
    const close = closing(text, at);
    if (close < 0) return null;
    args.push(text.slice(at + 1, close));
    at = close + 1;
  }
  return { args, end: at };
}

/** Splits at `separator` outside braces; `\\` and `\&` are not the separator `&`, and `\\` is a whole token. */
function splitTop(text: string, separator: '&' | '\\\\'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === '\\') {
      if (separator === '\\\\' && text[i + 1] === '\\' && depth === 0) {
        parts.push(text.slice(start, i));
        start = i + 2;
      }
      i++;
    } else if (char === '&' && separator === '&' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

interface Cell {
  text: string;
  /** How many rows a `\multirow` cell spans (1 otherwise). */
  rows: number;
  /** How many columns a `\multicolumn` cell spans (1 otherwise). */
  columns: number;
}

/** A cell's text without its commands: `\multirow{2}{*}{X}` X over two rows, `\makecell{A\\B}` AB, `\%` %. */
function cellOf(raw: string): Cell {
  let text = raw.trim();
  let rows = 1;
  let columns = 1;
  const multirow = /^\\multirow/.exec(text);
  if (multirow) {
    const read = groups(text, multirow[0].length, 3);
    if (read) {
      rows = Math.max(1, Number.parseInt(read.args[0], 10) || 1);
      text = read.args[2];
    }
  }
  const multicolumn = /^\\multicolumn/.exec(text);
  if (multicolumn) {
    const read = groups(text, multicolumn[0].length, 3);
    if (read) {
      columns = Math.max(1, Number.parseInt(read.args[0], 10) || 1);
      text = read.args[2];
    }
  }
  // \makecell[l]{A\\B}, \textbf{X}, \shortstack{A\\B}: the group's text, its line breaks joined.
  for (let guard = 0; guard < 20; guard++) {
    const command = /\\(?:makecell|shortstack|textbf|textit|text|emph|mbox|underline)\b/.exec(text);
    if (!command) break;
    const read = groups(text, command.index + command[0].length, 1);
    if (!read) break;
    text = text.slice(0, command.index) + read.args[0] + text.slice(read.end);
  }
  text = text
    .replace(/\\\\/g, '')
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/~/g, ' ')
    .trim();
  return { text, rows, columns };
}

/** Each LaTeX table, back as a pipe table; other lines unchanged. */
export function pipeLatexTables(lines: string[]): string[] {
  const out = [...lines];
  for (let begin = 0; begin < lines.length; begin++) {
    if (!BEGIN.test(lines[begin])) continue;
    let end = begin + 1;
    while (end < lines.length && end - begin <= MOST_LINES && !END.test(lines[end])) end++;
    if (end >= lines.length || !END.test(lines[end])) continue;
    // The body's text, each row's closing `\\` remembered by the line it stands on.
    let pending = '';
    /** The value of a \multirow cell, by column, and how many rows below it still covers. */
    const spans = new Map<number, { text: string; left: number }>();
    for (let index = begin; index <= end; index++) {
      let line = lines[index].replace(RULES, ' ');
      if (index === begin) {
        const spec = groups(line, BEGIN.exec(line)?.[0].length ?? 0, 1);
        line = spec ? line.slice(spec.end) : '';
        // \begin{tabularx}{\textwidth}{…}: a width before the column spec.
        if (/^\s*\{/.test(line)) line = line.slice(groups(line, 0, 1)?.end ?? 0);
      }
      if (index === end) line = line.slice(0, END.exec(line)!.index);
      out[index] = '';
      pending += line;
      const parts = splitTop(pending, '\\\\');
      pending = parts.pop()!;
      for (const part of parts) {
        if (part.trim() === '') continue;
        const cells: string[] = [];
        for (const cell of splitTop(part, '&').map(cellOf)) {
          const column = cells.length;
          const span = spans.get(column);
          if (cell.text === '' && span && span.left > 0) {
            cells.push(span.text);
            span.left--;
          } else cells.push(cell.text);
          if (cell.rows > 1) spans.set(column, { text: cell.text, left: cell.rows - 1 });
          for (let more = 1; more < cell.columns; more++) cells.push('');
        }
        if (cells.some((cell) => cell !== '')) out[index] = `| ${cells.join(' | ')} |`;
      }
    }
    if (pending.trim() !== '' && splitTop(pending, '&').some((c) => cellOf(c).text !== ''))
      out[end] = `| ${splitTop(pending, '&')
        .map((c) => cellOf(c).text)
        .join(' | ')} |`;
    begin = end;
  }
  return out;
}
