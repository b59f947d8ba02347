import { indicatorId } from '../bundle/ids';
import { boxLabel } from '../../graph/box-number';
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
const HEADER_CELLS = new Set(['类别', '指标', '指标名称', '属性']);
/** The head of the column that names the indicators. */
const NAME_HEAD = /^指标(名称)?$/;
const TRAILING_UNIT = /（([^（）]+)）$/;
/** 2025 value, 2030 value, 年均/累计 target: the columns when the header does not say. */
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

/**
 * Where the header row puts the indicator's name and how many value columns follow it before 属性:
 * some plans print only 2025 and 2030 (no 年均/累计) or leave out the 类别 column.
 */
function headerLayout(region: BoxRegion): { nameColumn: number; valueColumns: number } {
  const header = region.lines
    .filter((line) => isTableRow(line.text))
    .map((line) => cellsOf(line.text))
    .find((cells) => cells.some((cell) => NAME_HEAD.test(cell)));
  if (!header) return { nameColumn: -1, valueColumns: VALUE_COLUMNS };
  const nameColumn = header.findIndex((cell) => NAME_HEAD.test(cell));
  const after = header.slice(nameColumn + 1).filter((cell) => cell !== '' && cell !== '属性');
  return { nameColumn, valueColumns: after.length >= 2 ? after.length : VALUE_COLUMNS };
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
 * The indicator table (专栏 1), read by what the cells hold rather than by column position:
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
  const box = `专栏 ${boxLabel(region.number)}`;
  if (rows.length === 0) {
    warn(region.heading.line, `${box} holds no indicator table; no indicators read`);
    return [];
  }

  const { nameColumn, valueColumns } = headerLayout(region);
  // A table whose names carry no number is read by the header's 指标 column and numbered in order.
  const unnumbered = rows.every((row) => !row.cells.some((cell) => NUMBERED_NAME.test(cell) && !VALUE.test(cell)));
  const indicators: Indicator[] = [];
  let category = '';
  let current: { number: number; name: string; parts: number } | null = null;

  for (const row of rows) {
    const nameAt =
      unnumbered && nameColumn >= 0 && /\p{Script=Han}/u.test(row.cells[nameColumn] ?? '')
        ? nameColumn
        : row.cells.findIndex((cell) => NUMBERED_NAME.test(cell) && !VALUE.test(cell));
    const rest = row.cells.slice(nameAt + 1).filter((cell) => cell !== '');
    const attributeAt = rest.findIndex((cell) => ATTRIBUTE.test(cell));
    const values = attributeAt >= 0 ? rest.slice(0, attributeAt) : rest;
    let partName: string | null = null;

    if (nameAt >= 0) {
      // A 序号 column before the names holds numbers, never a category.
      const stated = row.cells.slice(0, nameAt).find((cell) => cell !== '' && !/^\d+$/.test(cell));
      if (stated) category = stated;
      const expected: number = (current?.number ?? 0) + 1;
      const match = unnumbered ? null : (NUMBERED_NAME.exec(row.cells[nameAt]) as RegExpExecArray);
      const number = match ? Number(match[1]) : expected;
      if (number < expected) {
        warn(row.line, `${box}: indicator ${number} follows indicator ${expected - 1}; out of order, left out`);
        continue;
      }
      if (number > expected) {
        warn(row.line, `${box}: indicator ${number} follows indicator ${expected - 1}; a row is missing`);
      }
      current = { number, name: match ? match[2] : row.cells[nameAt], parts: 0 };
      if (values.length === valueColumns + 1) partName = values.shift() as string;
    } else {
      const previous = indicators[indicators.length - 1];
      if (current && previous && values.length < valueColumns + 1 && continuesRow(row.cells)) {
        // The rest of the previous row, carried over a page break: its unit, if it holds one.
        const unit = row.cells.map((cell) => UNIT_ONLY.exec(cell)?.[1]).find((u) => u !== undefined);
        if (unit && previous.unit === null) previous.unit = unit;
        warn(row.line, `${box}: the rest of indicator ${current.number}'s row, split by a page break, joined to it`);
        continue;
      }
      if (!current || values.length !== valueColumns + 1) {
        warn(row.line, `${box}: a row that names no indicator; left out`);
        continue;
      }
      if (current.parts === 0) {
        warn(row.line, `${box}: indicator ${current.number} gains a part but had none; left out`);
        continue;
      }
      partName = values.shift() as string;
    }
    if (attributeAt < 0 || values.length !== valueColumns) {
      warn(row.line, `${box}: the row of indicator ${current.number} is incomplete; left out`);
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
      target: valueColumns > 2 ? valueOf(values[2]) : null,
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
    throw new PlanInputError(file, rows[rows.length - 1].line, `${box}: the file ends inside the indicator table`);
  }
  return indicators;
}
