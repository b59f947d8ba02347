import type { UnitKind } from '../bundle/schema';
import type { ParsedBox } from '../parse/types';
import type { SourceLine } from '../parse/types';
import {
  circledNumber,
  ENTRY_FIELD_HEADS,
  isTableRow,
  opensClosingLine,
  opensEntryField,
  opensUnitLine,
  pipeCells,
  UNIT_LINE_HEADS,
  withoutTrailingSize,
  withoutTrailingStatus,
} from '../text/patterns';
import type { OrgHit } from './lookups';
import type { ExtractContext, ProjectMention } from './projects';
import { normaliseName } from '../bundle/ids';
import { clauseUnits, numberList, splitOutside, withAreasJoined } from './text';

/** A bracketed gloss after a column head (建设地点（所在乡镇）, 实施主体（责任单位）): it narrows, never renames. */
const GLOSS = '(?:[（(][^）)]{1,10}[）)])?';
const head = (words: string) => new RegExp(`^(?:${words})${GLOSS}$`);

/** Column heads of a project table, by what their cell says. */
const COLUMNS = {
  number: /^序号$/,
  // 项目, 重点项目, 招商项目, “十五五”重点技改项目: 项目 after the words that say which (a wrapped name's end, 系统项目, is none).
  name: head('项目名称|(?:“[^”]{1,8}”)?(?:重点|重大|主要)?(?:招商|技改|建设|储备|谋划|续建|新建)?项目'),
  location: head(
    '建设地点|项目地点|项目所在地|地点|建设地址|厂址|选址|建设位置|所在地|所在乡镇|所在镇|所在区县|所在县区|所在县|所在区|所在区域|建设区域|实施地点|实施区域|区域|县（市、区）|县市区|承接园区|落地园区|所在园区',
  ),
  content: head('(?:主要)?建设(?:规模及内容|内容及规模|内容|规模)'),
  units: head(
    '责任单位|实施单位|建设单位|责任主体|实施主体|建设主体|项目业主|业主单位|项目法人|牵头单位|配合单位|协办单位|招商责任单位|援建方|援建单位|帮扶方|帮扶单位|对口帮扶单位',
  ),
  category: head('项目类别|类别|项目类型|类型|领域|建设领域|重点领域|分类'),
};
/** Whether a cell is the head of a column of a project table. */
const isColumnHead = (cell: string) => Object.values(COLUMNS).some((head) => head.test(cell));
/** A name column's head that says its cells list projects (重点项目), not name one (项目名称). */
const LISTING_HEAD = /^(?:重点|重大|主要)项目/;
/** Areas in brackets closing a name in a cell (X储备中心（甲区）): where that project lies. */
const TRAILING_AREAS = /^(.+)（(?:位于)?([^（）]+?)）$/;
/** Whether a piece of a cell is an area the plan lists, written alone. */
function isListedArea(piece: string, ctx: ExtractContext): boolean {
  return ctx.districts.alone(piece)?.unlisted === false;
}

/** A mark that ticks a cell (√ under an area: the project lies there). */
const TICK = /^[√✓✔●]$/;
/** A cell of a row that indexes the columns (甲, 乙, 1, 2, A), or an empty one. */
const COLUMN_INDEX = /^(?:[甲乙丙丁戊己庚辛壬癸]|\d{1,2}|[A-Z])?$/u;
/** A name cell drawn as a branch of the row above (├ X, └ X): the name after the mark. */
const BRANCH = /^[├└┣┗]\s*(.+)$/u;
/** A ditto mark: the cell says what the cell above says. */
const DITTO = /^(?:〃|同上|”|")$/;
/** A number cell saying its row goes on from the row of that number (7（续）, （续）, 续). */
const CONTINUED_NUMBER = /^(?:\d{0,3}\s*[（(]续[）)]|续)$/u;
/** Rows that are no project: totals and notes. */
const NOT_A_ROW = /^(合计|小计|总计|注)/;
/** Bodies a cell names only as a kind (各镇人民政府, 相关镇人民政府): no one body. */
const KIND_OF_BODY = /^(各|相关|有关|所在)/;
/** A content cell that says where the works are (在X、Y分别建设…, 位于X，…) or which areas they join (连接X和Y). */
const CONTENT_PLACE = /^(?:在(.+?)(?:分别)?(?:建设|新建|改造)|位于([^，,；;]+)|连接(.+?)(?:[，,；;]|$))/;
/** 位于X opening a later clause of a content cell (…，位于甲乙街道). */
const LATER_PLACE = /[，,；;]位于([^，,；;。]+)[。]?$/;
/** A content cell's closing sentence or bracket naming who answers for the row (…。责任单位：X、Y / …（责任单位：X）). */
const UNITS_IN_CONTENT =
  /(?:^|[。；;]|[（(](?=(?:责任单位|实施单位|实施主体|建设单位|牵头单位)[：:][^（）()]+[）)][。]?$))(?:责任单位|实施单位|实施主体|建设单位|牵头单位)[：:]([^。；;：:（）()]+)[）)]?[。]?$/;
/** A row that heads a group of rows (| **一、精品钢管（3项）** | | |): its title, without number, count or bold. */
const GROUP_ROW =
  /^(?:\*\*)?\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*([^*（()）]+?)\s*(?:[（(][^（）()]*[）)])?\s*(?:\*\*)?$/u;
/** A number cell in Chinese numerals (一, （二）, 三、): a group's, where the rows under it are numbered 1, 2 …. */
const CHINESE_NUMBER_CELL = /^[（(]?[一二三四五六七八九十]+[）)、.．]?$/u;
/** 第1—3项由X牵头，Y负责实施: one clause of a note under a table, the rows it covers and who answers for them. */
const ROW_NOTE = /^第([\d、，,—–\-～~至]+)项(.+)$/u;
/** What a unit cell says a body does (X牵头，Y配合): its part, not its name. */
const UNIT_ROLE = /(牵头|配合|负责)$/;
/** A column headed by a body's own name (| 县教育体育局 |), as a table of who does what heads one per body. */
const BODY_HEAD = /^[\u4e00-\u9fff（）()]{2,20}(?:局|委|办|办公室|委员会|管委会|人民政府|办事处|公司|集团)$/u;
/** Marks under a body's column and the part each says it takes, where no legend says otherwise. */
const MARK_ROLES: Record<string, 'lead' | 'supporting' | 'undertaker'> = {
  牵: 'lead',
  牵头: 'lead',
  主: 'lead',
  主责: 'lead',
  配: 'supporting',
  配合: 'supporting',
  协: 'supporting',
  协同: 'supporting',
  参: 'supporting',
  参与: 'supporting',
};
/** One entry of a legend of marks (“牵”为牵头单位, ●表示牵头单位, ○—配合单位): the mark and the part. */
const MARK_LEGEND =
  /[“"]?([^\s“”"，,；;。：:为表示—－]{1,2})[”"]?\s*(?:为|表示|代表|[—－:：])\s*(牵头|配合|责任|参与|协同|协办)(?:单位|部门)?/gu;
/** A location that is the whole territory: it names no district. */
const WHOLE_TERRITORY = /^(全县|全市|全区|全省|县域|市域|各乡镇|各县（市、区）)$/;

/** What kind of body a responsible unit is, by the ending of its name. */
export function unitKind(name: string): UnitKind {
  if (/(人民政府|管委会|办事处)$/.test(name)) return 'district-government';
  if (/(局|委|办|办公室|委员会|中心)$/.test(name)) return 'department';
  if (/(公司|集团|药业|实业)$/.test(name)) return 'enterprise';
  if (/(大学|学院|医院|研究院|研究所|学校)$/.test(name)) return 'institution';
  return 'other';
}

interface Row {
  line: SourceLine;
  cells: string[];
  /** The title of the group row above it, if any. */
  group: string;
  /** The row as printed, when this is one project of a row that lists several by number. */
  quote?: string;
}

/** A row of rules only (|---|:--|), drawn under a Markdown table's header. */
const isRuleRow = (row: Row) => row.cells.every((c) => /^[-:\s]*$/.test(c));

/** The numbered parts of a cell (①A ②B, ①②甲县 ③乙区): each part's numbers and text; none unless it opens with one. */
function circledParts(cell: string): { numbers: number[]; text: string }[] {
  if (!/^[①-⑳]/u.test(cell.trim())) return [];
  return [...cell.matchAll(/([①-⑳]+)\s*([^①-⑳]*)/gu)].map((part) => ({
    numbers: Array.from(part[1], circledNumber),
    text: part[2].replace(/[\s、，,；;]+$/u, ''),
  }));
}

/**
 * | 新型储能 | ①A ②B | ①②甲县 ③乙区 | ①X公司 ②Y公司 |: a name cell of numbered projects is a row for each,
 * the cells beside it giving by the same numbers where each lies and who builds it (a cell without
 * numbers holds for all).
 */
function byNumberedProject(row: Row, nameColumn: number): Row[] {
  const names = circledParts(row.cells[nameColumn] ?? '');
  if (names.length < 2) return [row];
  const quote = row.cells.filter(Boolean).join(' | ');
  const partFor = (cell: string, number: number) => {
    const parts = circledParts(cell);
    return parts.length === 0 ? cell : (parts.find((part) => part.numbers.includes(number))?.text ?? '');
  };
  return names.map(({ numbers, text }) => ({
    ...row,
    quote,
    cells: row.cells.map((cell, i) => (i === nameColumn ? text : partFor(cell, numbers[0]))),
  }));
}

/** One field of a record whose keys stand in 【】 (【建设地点】Y), its key and its value. */
const BRACKETED_FIELD = /【([\u4e00-\u9fff]{2,8})】([^【]*)/gu;
/** One field of a record line (项目名称：X), its key and its value. */
const RECORD_FIELD = /^([\u4e00-\u9fff]{2,8})[：:](.*)$/u;

/**
 * Record lines, one project each, its fields set apart by ；(项目名称：X；建设地点：Y；建设内容：Z；责任单位：W。) or
 * each key set in 【】 (【项目名称】X【建设地点】Y…),
 * as the rows of a table whose header is the keys of the fields: the first record's line stands for the header.
 */
function recordRows(paragraphs: SourceLine[]): Row[] {
  const records = paragraphs.flatMap((line) => {
    // 【项目名称】X【建设地点】Y【实施主体】Z: each key set in 【】 before its value, nothing between the fields.
    if (/^【项目名称】/.test(line.text)) {
      const fields = [...line.text.matchAll(BRACKETED_FIELD)].map((f) => [f[1], f[2].trim().replace(/[。；;]$/, '')]);
      return fields.length >= 2 ? [{ line, fields }] : [];
    }
    if (!/^项目名称[：:]/.test(line.text)) return [];
    const fields = line.text
      .replace(/[。；;]$/, '')
      .split(/[；;]/)
      .map((field) => RECORD_FIELD.exec(field.trim()));
    return fields.length >= 2 && fields.every((f) => f !== null)
      ? [{ line, fields: fields.map((f) => [f[1], f[2]]) }]
      : [];
  });
  return fieldTable(records);
}

/**
 * Projects written as their fields (项目名称 X, 建设地点 Y, …) as the rows of a table whose header is the fields'
 * keys, the first project's line standing for the header; a key given twice holds both values, set apart by ；.
 */
function fieldTable(records: { line: SourceLine; fields: string[][] }[]): Row[] {
  if (records.length === 0) return [];
  const keys = [...new Set(records.flatMap((r) => r.fields.map(([key]) => key)))];
  return [
    { line: records[0].line, cells: keys, group: '' },
    ...records.map(({ line, fields }) => ({
      line,
      cells: keys.map((key) =>
        fields
          .filter(([k]) => k === key)
          .map(([, value]) => value.trim())
          .join('；'),
      ),
      group: '',
    })),
  ];
}

/** Where a field of a card begins: its head after the start or a stop (…；建设年限：Y). */
const CARD_FIELD = new RegExp(
  `(?:^|(?<=[；;。]))(${ENTRY_FIELD_HEADS}|${UNIT_LINE_HEADS})(?:（[^）]{1,10}）)?[：:]`,
  'gu',
);
/** A card's name: a line of its own with no clause in it. */
const CARD_NAME = /^[^。；;：:，,]{4,40}$/u;

/**
 * Projects set out as cards — the name on a line of its own, then its fields (建设地点：X；建设年限：Y /
 * 建设内容：Z / 责任单位：W) — as the rows of a table whose header is 项目名称 and the fields' heads: a
 * card's field lines are its row's cells. Returns the rows, the first standing for the header, and
 * the field lines read into them.
 */
function cardRows(paragraphs: SourceLine[]): { rows: Row[]; fieldLines: SourceLine[] } {
  const cards: { line: SourceLine; fields: [string, string][] }[] = [];
  const fieldLines: SourceLine[] = [];
  paragraphs.forEach((line, i) => {
    const name = line.text.replace(/。$/, '');
    if (!CARD_NAME.test(name) || isTableRow(name) || opensUnitLine(name) || opensClosingLine(name)) return;
    // A name over 责任单位：X alone is a project and the line answering for it, no card.
    if (!opensEntryField(paragraphs[i + 1]?.text ?? '')) return;
    const fields: [string, string][] = [];
    for (const below of paragraphs.slice(i + 1)) {
      if (!opensEntryField(below.text) && !opensUnitLine(below.text)) break;
      const heads = [...below.text.matchAll(CARD_FIELD)];
      heads.forEach((head, k) => {
        const end = k + 1 < heads.length ? heads[k + 1].index : below.text.length;
        fields.push([
          head[1],
          below.text
            .slice(head.index + head[0].length, end)
            .replace(/[；;。]$/, '')
            .trim(),
        ]);
      });
      fieldLines.push(below);
    }
    cards.push({ line, fields: [['项目名称', name], ...fields] });
  });
  return { rows: fieldTable(cards), fieldLines };
}

/** The rows of each table of a box, table by table (a table is a run of row lines). */
function tableBlocks(paragraphs: SourceLine[]): Row[][] {
  const blocks: Row[][] = [];
  let open: Row[] | null = null;
  for (const line of paragraphs) {
    if (!isTableRow(line.text)) {
      open = null;
      continue;
    }
    if (!open) blocks.push((open = []));
    open.push({ line, cells: pipeCells(line.text), group: '' });
  }
  return blocks;
}

/** A head cell as a column head reads it (序号 written with a wide space between its characters). */
const headOf = (cell: string) => cell.replace(/[\s\u3000]/g, '');

/**
 * 表2-1 and 表2-1（续）: a table printed in two parts, the second without names but keyed by the first's
 * 序号, is one table: each row of the first gets the cells of the second's row of its number.
 */
function joinedParts(blocks: Row[][]): Row[][] {
  const heads = (row: Row | undefined, column: RegExp) => row?.cells.some((c) => column.test(headOf(c))) ?? false;
  const named = blocks.filter((b) => heads(b[0], COLUMNS.number) && heads(b[0], COLUMNS.name));
  const parts = blocks.filter((b) => heads(b[0], COLUMNS.number) && !heads(b[0], COLUMNS.name));
  if (named.length === 0 || parts.length === 0) return blocks;
  const key = (row: Row) => row.cells.map(headOf).join('|');
  // One part may run over several pages, its header repeated on each.
  const continued = parts.filter((b) => key(b[0]) === key(parts[0][0]));
  const numberAt = (row: Row) => row.cells.findIndex((c) => COLUMNS.number.test(headOf(c)));
  const at = numberAt(parts[0][0]);
  const rest = (row: Row) => row.cells.filter((_, i) => i !== at);
  const byNumber = new Map(continued.flatMap((b) => b.slice(1)).map((row) => [row.cells[at], rest(row)]));
  const blank = rest(parts[0][0]).map(() => '');
  return blocks
    .filter((b) => !continued.includes(b))
    .map((b) => {
      if (!named.includes(b)) return b;
      const own = numberAt(b[0]);
      return b.map((row) => ({
        ...row,
        cells: [
          ...row.cells,
          ...(heads(row, COLUMNS.name) ? rest(parts[0][0]) : (byNumber.get(row.cells[own]) ?? blank)),
        ],
      }));
    });
}

/**
 * A table set on its side (| 项目名称 | A | B |, | 建设地点 | X | Y | — a project a column, its fields in rows)
 * turned upright: the field names the header, a row per project, each at the line of its name. Any other
 * table as it is.
 */
function upright(block: Row[]): Row[] {
  const fields = block.filter((row) => !isRuleRow(row));
  const names = fields.find((row) => COLUMNS.name.test(headOf(row.cells[0])));
  const width = fields[0]?.cells.length ?? 0;
  const sideways =
    names !== undefined &&
    width >= 2 &&
    fields.every((row) => row.cells.length === width) &&
    !fields.some((row) => row.cells.slice(1).some(isColumnHead)) &&
    fields.filter((row) => isColumnHead(headOf(row.cells[0]))).length >= 2;
  if (!sideways) return block;
  const header: Row = { line: fields[0].line, cells: fields.map((row) => headOf(row.cells[0])), group: '' };
  const columns = Array.from({ length: width - 1 }, (_, j) => ({
    line: names.line,
    cells: fields.map((row) => row.cells[j + 1]),
    group: '',
  }));
  return [header, ...columns];
}

/** A project of a table row: what the row states of it, and its place in the box. */
function rowMention(
  box: ParsedBox,
  row: Row,
  name: string,
  stated: Pick<ProjectMention, 'item' | 'locatedDistricts' | 'bracketDistricts' | 'orgs'> &
    Partial<Pick<ProjectMention, 'quote'>>,
): ProjectMention {
  return {
    name,
    tier: 'A',
    identity: 'project-table',
    box: box.number,
    itemTitle: row.group,
    boxTitle: box.title,
    document: box.document,
    chapterId: box.chapterId,
    line: row.line.line,
    quote: row.quote ?? row.cells.filter(Boolean).join(' | '),
    rule: 'project-list',
    distributedDistrict: null,
    subjectDistricts: [],
    locatedAfter: [],
    clauseDistricts: [],
    heading: null,
    lead: '',
    sentenceSector: null,
    ...stated,
  };
}

/** The head of a column of projects at one stage (建成投产, 开工建设, 谋划储备, 2026—2027年). */
const STAGE_HEAD =
  /^(?:建成投产|建成投用|建成|投产|竣工|续建|新建|新开工|开工建设|开工|前期|前期工作|谋划|谋划储备|储备|加快推进|推进|近期|中期|远期|\d{4}年?(?:[—–-]\d{4}年?)?)(?:项目)?$/;
/** A cell that holds nothing (——, —, /). */
const EMPTY_CELL = /^[—–\-/／无]*$/;

/**
 * The projects of a table of categories by stage (| 领域 | 建成投产 | 开工建设 | 谋划储备 |), each cell listing
 * projects set apart by 、 or ；: every project with its category as the heading it is filed under. A row
 * whose category cell is empty carries on the row above (a row split by a page break); areas named bare
 * before a name (甲县、乙县X项目) stay with it.
 */
function readStageMatrix(box: ParsedBox, ctx: ExtractContext, rows: Row[]): ProjectMention[] {
  const header = rows.find((r) => r.cells.length >= 3 && COLUMNS.category.test(r.cells[0]));
  if (!header || !header.cells.slice(1).every((c) => STAGE_HEAD.test(c))) return [];
  const data: Row[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.cells.length || isRuleRow(row)) continue;
    if (row.cells.join('|') === header.cells.join('|')) continue;
    const previous = data[data.length - 1];
    if (row.cells[0] === '' && previous) {
      row.cells.forEach((cell, i) => {
        if (i > 0 && cell !== '') previous.cells[i] = `${previous.cells[i]}${cell}`;
      });
      continue;
    }
    data.push({ line: row.line, cells: [...row.cells], group: row.cells[0] });
  }
  return data.flatMap((row) =>
    row.cells.slice(1).flatMap((cell) => {
      const pieces = splitOutside(cell, '、；;')
        .map((p) => p.trim())
        .filter((piece) => !EMPTY_CELL.test(piece));
      return withAreasJoined(pieces, (piece) => isListedArea(piece, ctx))
        .map((written) => withoutTrailingSize(withoutTrailingStatus(normaliseName(written))))
        .filter((name) => name.length >= 4)
        .map((name) =>
          rowMention(box, row, name, {
            item: 0,
            locatedDistricts: [],
            bracketDistricts: [],
            orgs: ctx.orgs.find(name, true),
          }),
        );
    }),
  );
}

/** A cell of circled numbers alone (①②): the marks of a map drawn in the areas' columns. */
const MAP_MARKS = /^[①-⑳]+$/u;
/** An entry of a map's key (①X工程（陆域，图中未标注）): its mark and what it names. */
const KEY_ENTRY = /^([①-⑳])(.+)$/u;
/** A line drawn across a map (━━海岸线━━, ～～海域～～): a coast or a sea, no project. */
const DRAWN_LINE = /[━─═～~]{3,}/u;

/**
 * | 甲县 | 乙县 | 丙区 | over | A | B | C |: a table of one column per area, each project stacked beneath the
 * area it lies in. The head and the row together say so, and are the quote. A map drawn so — circled marks
 * in the areas' columns (| ①② | ③ |), then its key (①A ②B) — places each project of the key in the area
 * its mark stands under; a project of the key without a mark on the map lies in none.
 */
function readAreaColumns(box: ParsedBox, ctx: ExtractContext, rows: Row[]): ProjectMention[] {
  const header = rows.find((row) => !isRuleRow(row));
  const areas = header?.cells.map((cell) => ctx.districts.alone(cell)) ?? [];
  if (!header || areas.length < 2 || areas.some((area) => area === null || area.unlisted)) return [];
  const body = rows.filter((row) => row !== header && !isRuleRow(row));
  const heads = header.cells.join(' | ');
  /** Each mark's area, and the row of marks as the quote's middle. */
  const markedIn = new Map<number, { area: string; marks: string }>();
  for (const row of body) {
    const filled = row.cells.slice(0, areas.length).filter(Boolean);
    if (filled.length === 0 || !filled.every((cell) => MAP_MARKS.test(cell))) continue;
    row.cells.slice(0, areas.length).forEach((cell, i) => {
      for (const mark of cell) markedIn.set(circledNumber(mark), { area: areas[i]!.name, marks: filled.join(' | ') });
    });
  }
  return body.flatMap((row) =>
    row.cells.slice(0, areas.length).flatMap((cell, i) => {
      if (MAP_MARKS.test(cell) || DRAWN_LINE.test(cell)) return [];
      const entry = KEY_ENTRY.exec(cell);
      const name = entry ? keyName(entry[2], ctx) : withoutTrailingStatus(normaliseName(cell));
      if (Array.from(name).length < 4) return [];
      const marked = entry ? markedIn.get(circledNumber(entry[1])) : undefined;
      const area = entry ? marked?.area : areas[i]!.name;
      return [
        rowMention(box, row, name, {
          item: entry ? circledNumber(entry[1]) : 0,
          locatedDistricts: area ? [area] : [],
          bracketDistricts: [],
          orgs: ctx.orgs.find(name, true),
          quote: marked
            ? `${heads} / ${marked.marks} / ${cell}`
            : `${heads} / ${entry ? cell : row.cells.filter(Boolean).join(' | ')}`,
        }),
      ];
    }),
  );
}

/**
 * The name a map's key gives (X体系建设（全域，图中未标注）→ X体系): a bracket naming no area of the plan is a
 * note on the map, and 建设 after a name the works of it.
 */
function keyName(text: string, ctx: ExtractContext): string {
  const name = withoutTrailingStatus(normaliseName(text));
  const bracket = TRAILING_AREAS.exec(name);
  const noted = bracket && !bracket[2].split(/[、，,]/).some((piece) => isListedArea(piece.trim(), ctx));
  return (noted ? bracket[1] : name).replace(/(?<=\p{Script=Han}{4})建设$/u, '');
}

/** The lines of a box that are no table row: its notes, legends and keys. */
const linesBesideTable = (box: ParsedBox): SourceLine[] =>
  box.items.flatMap((item) => item.paragraphs).filter((paragraph) => !isTableRow(paragraph.text));

/** The bodies a clause under a table names (由X牵头，Y负责实施), quoted from that clause. */
function noteUnits(said: string, line: number, quote: string): OrgHit[] {
  return clauseUnits(said).map(({ body, role }) => ({
    name: body,
    kind: unitKind(body),
    form: body,
    rule: 'org-table-note',
    ...(role !== 'undertaker' && { role }),
    source: { line, quote },
  }));
}

/**
 * Who a sentence under a table says answers for its rows by their category (电源、电网和油气项目由X负责实施，
 * 水源和供水项目由Y负责实施): each category of the table's 类别 column with its bodies, quoted from its clause.
 * A clause counts only when the categories it names are the table's, every one of them.
 */
function categoryUnits(box: ParsedBox, categories: Set<string>): Map<string, OrgHit[]> {
  const out = new Map<string, OrgHit[]>();
  const longestFirst = [...categories].sort((a, b) => b.length - a.length);
  for (const paragraph of linesBesideTable(box)) {
    for (const clause of paragraph.text.split(/[，,；;。]/).map((c) => c.trim())) {
      const said = /^(.+?)(?:等)?(?:项目|工程)由(.+)$/u.exec(clause);
      if (!said) continue;
      let rest = said[1];
      const named = longestFirst.filter((category) => {
        if (!rest.includes(category)) return false;
        rest = rest.replace(category, '、');
        return true;
      });
      if (named.length === 0 || !/^[、和及与\s]*$/u.test(rest)) continue;
      const hits = noteUnits(`由${said[2]}`, paragraph.line, clause);
      for (const category of named) out.set(category, [...(out.get(category) ?? []), ...hits]);
    }
  }
  return out;
}

/**
 * Who a note under a table says answers for its rows by number (注：第1—3项由X牵头，Y负责实施；第4、5项由Z负责):
 * each row number with its bodies, quoted from its clause.
 */
function notedUnits(box: ParsedBox): Map<number, OrgHit[]> {
  const out = new Map<number, OrgHit[]>();
  for (const paragraph of box.items.flatMap((item) => item.paragraphs)) {
    const note = /^注[：:](.+)$/.exec(paragraph.text.trim())?.[1];
    if (!note) continue;
    for (const clause of note.split(/[；;]/).map((c) => c.trim().replace(/。$/, ''))) {
      const covered = ROW_NOTE.exec(clause);
      if (!covered) continue;
      const hits = noteUnits(covered[2].startsWith('由') ? covered[2] : `由${covered[2]}`, paragraph.line, clause);
      for (const number of numberList(covered[1])) out.set(number, [...(out.get(number) ?? []), ...hits]);
    }
  }
  return out;
}

/** An entry of a unit-code key (①区商务局  ②区人力资源和社会保障局): a circled code and a body's name. */
const CODE_ENTRY = /([①-⑳])\s*([\p{Script=Han}（）()]{2,30}?)(?=\s|[①-⑳、；;，,。]|$)/gu;
/** A cell of unit codes only (①⑤). */
const CODE_CELL = /^[①-⑳]+$/u;
/** A key's word that the first code of a cell leads (排在首位的为牵头单位). */
const FIRST_LEADS = /(?:首位|第一个|首个|第一位)[^。；;]{0,6}牵头/u;

/**
 * The key under a table whose 责任单位 cells hold codes (注：“责任单位”栏填写单位代码，排在首位的为牵头单位。
 * ①区商务局  ②…): each code with its body, quoted from its entry, and whether a cell's first code leads. Only
 * entries naming a body (…局, …中心, …办事处) count, so numbered projects in prose are no key.
 */
function unitCodes(box: ParsedBox): {
  bodies: Map<string, { name: string; line: number; quote: string }>;
  firstLeads: boolean;
} {
  const bodies = new Map<string, { name: string; line: number; quote: string }>();
  let firstLeads = false;
  for (const paragraph of linesBesideTable(box)) {
    const entries = [...paragraph.text.matchAll(CODE_ENTRY)].filter(([, , name]) => unitKind(name) !== 'other');
    if (entries.length === 0) continue;
    firstLeads ||= FIRST_LEADS.test(paragraph.text);
    for (const [quote, code, name] of entries) bodies.set(code, { name, line: paragraph.line, quote });
  }
  return { bodies, firstLeads };
}

/**
 * What each mark under a body's column says that body does (牵 leads, 配 supports): the usual marks, and those a
 * legend of the box gives (说明：“牵”为牵头单位，“配”为配合单位; ●表示牵头单位). A tick no legend names carries out.
 */
function markRoles(box: ParsedBox): Map<string, 'lead' | 'supporting' | 'undertaker'> {
  const roles = new Map(Object.entries(MARK_ROLES));
  for (const paragraph of linesBesideTable(box)) {
    for (const [, mark, part] of paragraph.text.matchAll(MARK_LEGEND))
      roles.set(mark, part === '牵头' ? 'lead' : part === '责任' ? 'undertaker' : 'supporting');
  }
  return roles;
}

/** A head of two columns in one (建设地点／实施主体), its cells written the same way (甲镇／乙公司). */
const COMBINED_SEPARATOR = /[／/]/;

/**
 * Sets each column whose head joins two known heads by ／ (建设地点／实施主体, explained by a 注 under the table) out as
 * two columns, in the header and in every row of its width: a cell's part before the ／ under the first, the
 * rest under the second (all of it under the first when it holds no ／).
 */
function splitCombinedColumns(header: Row, rows: Row[]): void {
  const parts = header.cells.map((cell) => {
    const heads = cell.split(COMBINED_SEPARATOR).map((h) => h.trim());
    return heads.length === 2 && heads.every(isColumnHead) ? heads : null;
  });
  if (parts.every((p) => p === null)) return;
  const width = header.cells.length;
  for (const row of rows) {
    if (row.cells.length !== width) continue;
    row.cells = row.cells.flatMap((cell, i) => {
      if (!parts[i]) return [cell];
      if (row === header) return parts[i];
      const at = cell.search(COMBINED_SEPARATOR);
      return at < 0 ? [cell, ''] : [cell.slice(0, at).trim(), cell.slice(at + 1).trim()];
    });
  }
}

/** A cell that says a row has none of what its column holds. */
const NONE_CELL = /^[—–\-－/／无]+$/u;
/** A sub-head under a spanning head (主体工程, 配套工程): a few Han words. */
const SUB_HEAD = /^\p{Script=Han}{2,8}$/u;

/**
 * | 项目名称 | | over | 主体工程 | 配套工程 |: a name head spanning the empty heads after it, sub-headed by the row
 * below, holds a project in each of its columns (a main works and its supporting works, of the row's place and
 * body). Each row's names are set in the name column apart by ；, as a cell listing two, and the sub-heads dropped.
 */
function joinSpannedNames(header: Row, rows: Row[], name: number): void {
  const width = header.cells.length;
  let end = name + 1;
  while (end < width && header.cells[end] === '') end += 1;
  const below = rows.slice(rows.indexOf(header) + 1);
  const sub = below[0];
  if (end === name + 1 || !sub || sub.cells.length !== width) return;
  const spanned = (i: number) => i >= name && i < end;
  if (!sub.cells.every((cell, i) => (spanned(i) ? SUB_HEAD.test(cell) : cell === ''))) return;
  for (const row of below) {
    if (row.cells.length !== width) continue;
    const names = row.cells.slice(name, end).filter((cell) => cell !== '' && !NONE_CELL.test(cell));
    row.cells = row.cells.map((cell, i) =>
      i === name ? (row === sub ? '' : names.join('；')) : spanned(i) ? '' : cell,
    );
  }
}

/**
 * The projects of a box set as a table (| 序号 | 项目名称 | 建设内容 | 建设地点 | 责任单位 |): each
 * row with a name is one, its 序号 the item; the 建设地点 cell states its districts and the 责任单位
 * cell its organisations. A header repeated after a page break is skipped; a row whose 序号 and name
 * are empty continues the row before it (split by a page break).
 */
export function readProjectTable(
  box: ParsedBox,
  ctx: ExtractContext,
): { mentions: ProjectMention[]; rows: Set<SourceLine> } {
  const paragraphs = box.items.flatMap((item) => item.paragraphs);
  const blocks = joinedParts(tableBlocks(paragraphs));
  const records = recordRows(paragraphs);
  // Cards are read where the box holds no table of another form.
  const cards = blocks.length === 0 && records.length === 0 ? cardRows(paragraphs) : { rows: [], fieldLines: [] };
  const rows: Row[] = [...blocks.flatMap(upright), ...records, ...cards.rows];
  // Every line of a table is read as the table, a table set on its side too.
  const used = new Set<SourceLine>([
    ...[...blocks.flat(), ...records, ...cards.rows].map((r) => r.line),
    ...cards.fieldLines,
  ]);
  const header = rows.find((r) => r.cells.some((c) => COLUMNS.name.test(c)));
  if (header) splitCombinedColumns(header, rows);
  if (!header) {
    const matrix = readStageMatrix(box, ctx, rows);
    const byArea = matrix.length > 0 ? matrix : readAreaColumns(box, ctx, rows);
    return byArea.length > 0 ? { mentions: byArea, rows: used } : { mentions: [], rows: new Set() };
  }
  const at = (pattern: RegExp) => header.cells.findIndex((c) => pattern.test(c));
  const col = {
    number: at(COLUMNS.number),
    name: at(COLUMNS.name),
    location: at(COLUMNS.location),
    content: at(COLUMNS.content),
    // 牵头单位 and 配合单位 are two columns of one responsibility: every such column is read.
    units: header.cells.flatMap((c, i) => (COLUMNS.units.test(c) ? [i] : [])),
    category: at(COLUMNS.category),
  };
  joinSpannedNames(header, rows, col.name);
  // | 项目名称 | 县教育体育局 | 县卫生健康局 | with 牵 or 配 under a body: a column per body, marked by its part.
  const bodyColumns = header.cells.flatMap((cell, i) =>
    i !== col.name && i !== col.location && !col.units.includes(i) && BODY_HEAD.test(headOf(cell))
      ? [{ index: i, body: headOf(cell) }]
      : [],
  );
  const marks = bodyColumns.length > 0 ? markRoles(box) : new Map<string, 'lead' | 'supporting' | 'undertaker'>();
  const data: Row[] = [];
  /** The header was just repeated: a page break came before this row. */
  let afterBreak = false;
  /** The last row that is no branch of another: the parent of the branches below it. */
  let parent: Row | null = null;
  let group = '';
  for (const row of rows) {
    // | 7 | X电站 | 甲乡 | 装机…光伏板下 — a row cut inside a cell by a page break lost its closing bar
    // and its last cells: the row after it, its first cells empty, carries them.
    const cut =
      !row.line.text.trimEnd().endsWith('|') && row.cells.length > col.name && row.cells.length < header.cells.length;
    if (cut) row.cells.push(...Array<string>(header.cells.length - row.cells.length).fill(''));
    if (row.cells.length !== header.cells.length || isRuleRow(row)) continue;
    // The header repeated after a page break; 项目 alone under the names is a name's wrapped end, no header.
    const heads = row.cells.filter(isColumnHead);
    const repeated = row === header || row.cells.join('|') === header.cells.join('|') || heads.length >= 2;
    if (row.cells.some((c) => COLUMNS.name.test(c)) && repeated) {
      afterBreak = data.length > 0;
      continue;
    }
    // | 甲 | 乙 | 丙 | 1 | 戊 |: the index of the columns printed under the header, a statistical table's habit.
    if (row.cells.every((cell) => COLUMN_INDEX.test(cell))) continue;
    // | **一、精品钢管（3项）** | | |: a row of one cell numbered 一、 heads the rows below it.
    const filled = row.cells.filter((cell) => cell !== '');
    // | 一 | 续建项目 | | |: a name under a number in Chinese numerals, every other cell empty, heads them too.
    const numbered = col.number >= 0 && CHINESE_NUMBER_CELL.test(row.cells[col.number] ?? '');
    const title =
      filled.length === 1
        ? GROUP_ROW.exec(filled[0])?.[1]
        : filled.length === 2 && numbered && row.cells[col.name]
          ? row.cells[col.name]
          : undefined;
    if (title) {
      group = title;
      afterBreak = false;
      continue;
    }
    const name = row.cells[col.name] ?? '';
    const number = col.number >= 0 ? row.cells[col.number] : '';
    const previous = data[data.length - 1];
    // | 7（续） | …: the rest of row 7, carried over a page break, said so in its number cell.
    const continued = CONTINUED_NUMBER.test(number ?? '');
    const unnumbered = number === '' || number === undefined || continued;
    // Only a numbered table says where a row begins: its name may run on over a page break too.
    // Without numbers, a row before whose cells stop on a separator (2026— / X管委会、) was cut there.
    const cutBefore = previous?.cells.some((cell) => /[、，,—–-]$/.test(cell)) ?? false;
    // | | 巩固提升工程 | | 320公里 | |: in a numbered table, a row with neither number, place nor unit is
    // the wrapped rest of the row above (a name hard-wrapped in its column), not a row of its own.
    const wrapped =
      col.number >= 0 &&
      !NOT_A_ROW.test(name) &&
      row.cells.every((cell, i) => cell === '' || i === col.name || i === col.content) &&
      [col.location, ...col.units].some((i) => i >= 0);
    // | 基地 | | | … — a name cell wrapped onto a row of its own, every other cell empty.
    const nameAlone = name !== '' && row.cells.every((cell, i) => i === col.name || cell === '');
    // | 程 | 区 | | 公司 |: a name cell of a character or two is no name but the end of the one above, cut with its
    // row's other cells by a page break.
    const fragment = afterBreak && /^\p{Script=Han}{1,2}$/u.test(name);
    const nameRunsOn =
      unnumbered &&
      name !== '' &&
      ((afterBreak && col.number >= 0) || cutBefore || wrapped || nameAlone || continued || fragment);
    afterBreak = false;
    if (((name === '' && unnumbered) || nameRunsOn) && previous) {
      // The rest of a row carried over a page break.
      row.cells.forEach((cell, i) => {
        if (cell && (i !== col.name || nameRunsOn))
          previous.cells[i] = previous.cells[i] ? `${previous.cells[i]}${cell}` : cell;
      });
      continue;
    }
    if (name === '' || NOT_A_ROW.test(name) || NOT_A_ROW.test(number ?? '')) continue;
    // | | ├ B | | 2027 | |: a part of the project of the row above, drawn as a branch of it: a project of its own,
    // with the parent's number, place and body where its own cells are empty.
    const branch = BRANCH.exec(name);
    if (branch && parent) {
      const cells = row.cells.map((cell, i) => (i === col.name ? branch[1] : cell || parent!.cells[i]));
      data.push({ line: row.line, cells, group });
      continue;
    }
    parent = { line: row.line, cells: [...row.cells], group };
    data.push(parent);
  }
  // | 4 | B | 〃 |: a ditto mark (〃, 同上) stands for the cell above it.
  data.forEach((row, i) => {
    if (i > 0) row.cells = row.cells.map((cell, c) => (DITTO.test(cell) ? data[i - 1].cells[c] : cell));
  });
  // | 甲区 | A | … | then | | B | … |: a place column set before the names groups the rows below it (a merged
  // cell, printed once), so its empty cells repeat the place above.
  if (col.location >= 0 && col.location < col.name)
    data.forEach((row, i) => {
      if (i > 0 && row.cells[col.location] === '') row.cells[col.location] = data[i - 1].cells[col.location];
    });
  // | 电源 | A；B（甲县）；C |: a cell may list several projects, each with the area in its own brackets;
  // under a head of several (重点项目), set apart by 、 too, areas written bare before a name staying with it,
  // and so a word too short to name anything (重楼、黄精种植基地: two herbs of one base).
  const listing = LISTING_HEAD.test(header.cells[col.name]);
  const named = data
    .flatMap((row) => byNumberedProject(row, col.name))
    .flatMap((row) =>
      (listing
        ? withAreasJoined(
            splitOutside(row.cells[col.name], '、；;').map((piece) => piece.trim()),
            (piece) => isListedArea(piece, ctx) || Array.from(piece).length <= 2,
          )
        : row.cells[col.name].split(/[；;]/)
      )
        .map((written) => withoutTrailingSize(withoutTrailingStatus(normaliseName(written))))
        .filter((written) => written !== '')
        .map((written) => {
          const bracket = TRAILING_AREAS.exec(written);
          const areas = bracket ? bracket[2].split(/[、，,]/).map((a) => ctx.districts.alone(a.trim())) : [];
          const placed = areas.length > 0 && areas.every((a) => a !== null && !a.unlisted);
          return {
            row,
            name: placed ? bracket![1] : written,
            bracketDistricts: placed ? areas.map((a) => a!.name) : [],
          };
        }),
    );
  const noted = notedUnits(box);
  // | 1 | X | 篌园街道 | … | ①⑤ |: codes the key under the table gives, read only when it gives every one.
  const codes = unitCodes(box);
  const coded = (cell: string) => {
    const marks = headOf(cell);
    return CODE_CELL.test(marks) && Array.from(marks).every((code) => codes.bodies.has(code));
  };
  const codedUnits = (cell: string): OrgHit[] => {
    if (!coded(cell)) return [];
    const marks = Array.from(headOf(cell));
    return marks.map((code, i) => {
      const { name, line, quote } = codes.bodies.get(code)!;
      return {
        name,
        kind: unitKind(name),
        form: name,
        rule: 'org-unit-code' as const,
        ...(codes.firstLeads && marks.length > 1 && { role: i === 0 ? ('lead' as const) : ('supporting' as const) }),
        source: { line, quote: `${cell.trim()}：${quote.trim()}` },
      };
    });
  };
  const byCategory =
    col.category >= 0
      ? categoryUnits(box, new Set(data.map((row) => row.cells[col.category]).filter(Boolean)))
      : new Map<string, OrgHit[]>();
  // | 项目名称 | 甲城 | 乙江 | with √ under the areas a project lies in: a column per area, headed by its name.
  const areaColumns = header.cells.flatMap((cell, i) => {
    const area = i === col.name ? null : ctx.districts.alone(cell);
    return area && !area.unlisted ? [{ index: i, name: area.name }] : [];
  });
  const mentions = named.map(({ row, name, bracketDistricts }): ProjectMention => {
    const ticked = areaColumns.filter((c) => TICK.test(row.cells[c.index] ?? '')).map((c) => c.name);
    const marked = bodyColumns.flatMap(({ index, body }): OrgHit[] => {
      const cell = headOf(row.cells[index] ?? '');
      const role = marks.get(cell) ?? (TICK.test(cell) ? 'undertaker' : undefined);
      if (!role) return [];
      return [
        {
          name: body,
          kind: unitKind(body),
          form: body,
          rule: 'org-matrix-mark',
          ...(role !== 'undertaker' && { role }),
        },
      ];
    });
    const location = col.location >= 0 ? row.cells[col.location] : '';
    const located = location
      .split(/[、，,；;]/)
      .map((piece) => piece.replace(/等$/, '').trim())
      .filter((piece) => piece !== '' && !WHOLE_TERRITORY.test(piece))
      .flatMap((piece) => {
        const area = ctx.districts.alone(piece);
        return area ? [area.name] : ctx.districts.find(piece).map((hit) => hit.name);
      });
    // Without a 建设地点 column, the content cell may still say where: only areas named whole, each alone.
    // …建设智能织造车间，位于X: where the works lie may close the cell too.
    const content = row.cells[col.content] ?? '';
    const said =
      col.location < 0 && col.content >= 0 ? (CONTENT_PLACE.exec(content) ?? LATER_PLACE.exec(content)) : null;
    const places = (said?.[1] ?? said?.[2] ?? said?.[3] ?? '').split(/[、和及与]/).map((a) => ctx.districts.alone(a));
    if (said && places.every((a) => a !== null && !a.unlisted)) located.push(...places.map((a) => a!.name));
    // Without a unit column, the content cell may close by naming them (…。责任单位：X、Y).
    const unitCells = (
      col.units.length > 0 ? col.units.map((i) => row.cells[i] ?? '') : [UNITS_IN_CONTENT.exec(content)?.[1] ?? '']
    ).filter((cell) => !coded(cell));
    const units = unitCells.flatMap((cell) =>
      cell
        .split(/[、，,；;]/)
        .map((u) => u.trim())
        .filter((u) => !EMPTY_CELL.test(u) && !WHOLE_TERRITORY.test(u) && !KIND_OF_BODY.test(u)),
    );
    // 市商务局牵头，鲈湾经开区管委会配合: the lead and the supporting body.
    const roles = units.map((unit) => {
      const role = UNIT_ROLE.exec(unit)?.[1];
      const body = role && unit.length - role.length >= 2 ? unit.slice(0, -role.length) : unit;
      return {
        body,
        role: role === '牵头' ? ('lead' as const) : role === '配合' ? ('supporting' as const) : undefined,
      };
    });
    const number = Number(row.cells[col.number]);
    return rowMention(box, row, name, {
      item: Number.isInteger(number) ? number : 0,
      // A tick or a mark says where or who only with its column's head: the quote holds both rows.
      ...((ticked.length > 0 || marked.length > 0) && {
        quote: `${header.cells.filter(Boolean).join(' | ')} / ${row.cells.filter(Boolean).join(' | ')}`,
      }),
      locatedDistricts: [...new Set([...located, ...ticked])],
      bracketDistricts,
      orgs: [
        ...ctx.orgs.find(name, true),
        ...roles.map(({ body, role }) => ({
          name: body,
          kind: unitKind(body),
          form: body,
          rule: 'org-responsible-cell' as const,
          ...(role && { role }),
        })),
        ...marked,
        ...col.units.flatMap((i) => codedUnits(row.cells[i] ?? '')),
        ...((Number.isInteger(number) && noted.get(number)) || []),
        ...(byCategory.get(row.cells[col.category]) ?? []),
      ],
    });
  });
  return { mentions, rows: used };
}
