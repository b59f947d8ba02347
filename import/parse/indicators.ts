import { indicatorId } from '../bundle/ids';
import type { RuleId } from '../../graph/rules';
import type { Indicator } from '../bundle/schema';
import { PlanInputError } from '../errors';
import { isTableRow } from '../text/patterns';
import type { BoxRegion } from './outline';

export const INDICATOR_RULE: RuleId = 'indicator-table';

/** The cell that names an indicator: "1.地区生产总值增长（%）", "22.1-3岁婴幼儿入托率（%）". */
const NUMBERED_NAME = /^(\d{1,3})[.．、](.*\p{Script=Han}.*)$/u;
/** A value cell that merely looks numbered: "3.5左右", "6.5:38.4:55.1". */
const VALUE = /^[-+]?[\d.:]+(左右|以上|以下)?$/;
const ATTRIBUTE = /^(预期性|约束性)$/;
const PLACEHOLDER = /^[—–\-－~～]+$/;
const HEADER_CELLS = new Set(['类别', '指标', '属性']);
const TRAILING_UNIT = /（([^（）]+)）$/;
/** 2025 value, 2030 value, 年均/累计 target. */
const VALUE_COLUMNS = 3;

interface Row {
  line: number;
  cells: string[];
}

function cellsOf(text: string): string[] {
  const cells = text.split('|').map((cell) => cell.trim());
  return cells.slice(1, text.trim().endsWith('|') ? -1 : undefined);
}

function isHeaderRow(cells: string[]): boolean {
  return (
    cells.every((cell) => /^[-:\s]*$/.test(cell)) ||
    cells.some((cell) => HEADER_CELLS.has(cell) || cell.startsWith('专栏'))
  );
}

function valueOf(cell: string): string | null {
  return PLACEHOLDER.test(cell) ? null : cell;
}

function splitUnit(name: string): { name: string; unit: string | null } {
  const match = TRAILING_UNIT.exec(name);
  return match ? { name: name.slice(0, match.index), unit: match[1] } : { name, unit: null };
}

/** A cell that holds only a unit: (亿元). */
const UNIT_ONLY = /^[（(]([^（）()]{1,8})[）)]$/;

/** A row with no number and no category whose cells are a unit, a dash or an attribute: a split row's tail. */
function continuesRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  return (
    filled.length > 0 && filled.every((cell) => UNIT_ONLY.test(cell) || ATTRIBUTE.test(cell) || /^[—－-]+$/.test(cell))
  );
}

/**
 * The indicator table of 专栏 1, read by what the cells hold rather than by column position:
 * a page break may repeat its header row and a row may put its category in the wrong cell. An
 * indicator with parts (20 每千人口拥有医护人员数: 执业医师数, 注册护士数) has one record per part.
 * A row that cannot be read is a warning and is left out: the plan's projects do not depend on
 * its indicators, so a table printed another way never stops their import. Only a file that ends
 * inside the table (a cut file) is refused.
 */
export function readIndicators(
  file: string,
  documentId: string,
  region: BoxRegion,
  warn: (line: number, message: string) => void = () => undefined,
): Indicator[] {
  const rows: Row[] = region.lines
    .filter((line) => isTableRow(line.text))
    .map((line) => ({ line: line.line, cells: cellsOf(line.text) }))
    .filter((row) => !isHeaderRow(row.cells));
  if (rows.length === 0) {
    warn(region.heading.line, '专栏 1 holds no indicator table; no indicators read');
    return [];
  }

  const indicators: Indicator[] = [];
  let category = '';
  let current: { number: number; name: string; parts: number } | null = null;

  for (const row of rows) {
    const nameAt = row.cells.findIndex((cell) => NUMBERED_NAME.test(cell) && !VALUE.test(cell));
    const rest = row.cells.slice(nameAt + 1).filter((cell) => cell !== '');
    const attributeAt = rest.findIndex((cell) => ATTRIBUTE.test(cell));
    const values = attributeAt >= 0 ? rest.slice(0, attributeAt) : rest;
    let partName: string | null = null;

    if (nameAt >= 0) {
      const stated = row.cells.slice(0, nameAt).find((cell) => cell !== '');
      if (stated) category = stated;
      const match = NUMBERED_NAME.exec(row.cells[nameAt]) as RegExpExecArray;
      const number = Number(match[1]);
      const expected: number = (current?.number ?? 0) + 1;
      if (number < expected) {
        warn(row.line, `专栏 1: indicator ${number} follows indicator ${expected - 1}; out of order, left out`);
        continue;
      }
      if (number > expected) {
        warn(row.line, `专栏 1: indicator ${number} follows indicator ${expected - 1}; a row is missing`);
      }
      current = { number, name: match[2], parts: 0 };
      if (values.length === VALUE_COLUMNS + 1) partName = values.shift() as string;
    } else {
      const previous = indicators[indicators.length - 1];
      if (current && previous && values.length < VALUE_COLUMNS + 1 && continuesRow(row.cells)) {
        // The rest of the previous row, carried over a page break: its unit, if it holds one.
        const unit = row.cells.map((cell) => UNIT_ONLY.exec(cell)?.[1]).find((u) => u !== undefined);
        if (unit && previous.unit === null) previous.unit = unit;
        warn(row.line, `专栏 1: the rest of indicator ${current.number}'s row, split by a page break, joined to it`);
        continue;
      }
      if (!current || values.length !== VALUE_COLUMNS + 1) {
        warn(row.line, '专栏 1: a row that names no indicator; left out');
        continue;
      }
      if (current.parts === 0) {
        warn(row.line, `专栏 1: indicator ${current.number} gains a part but had none; left out`);
        continue;
      }
      partName = values.shift() as string;
    }
    if (attributeAt < 0 || values.length !== VALUE_COLUMNS) {
      warn(row.line, `专栏 1: the row of indicator ${current.number} is incomplete; left out`);
      continue;
    }

    const part = partName === null ? 0 : current.parts + 1;
    current.parts = part;
    const base = splitUnit(current.name);
    const own = partName === null ? base : splitUnit(partName);
    indicators.push({
      id: indicatorId(current.number, part),
      number: current.number,
      part,
      category,
      name: partName === null ? base.name : `${base.name}：${own.name}`,
      unit: own.unit ?? base.unit,
      value2025: valueOf(values[0]),
      value2030: valueOf(values[1]),
      target: valueOf(values[2]),
      attribute: rest[attributeAt],
      industries: [],
      evidence: {
        document: documentId,
        line: row.line,
        quote: row.cells.filter((cell) => cell !== '').join(' | '),
        basis: 'stated',
        rule: INDICATOR_RULE,
      },
    });
  }
  if (region.atEndOfFile) {
    throw new PlanInputError(file, rows[rows.length - 1].line, '专栏 1: the file ends inside the indicator table');
  }
  return indicators;
}
