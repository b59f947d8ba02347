import { stringify } from 'csv-stringify/sync';
import type { Integer } from 'neo4j-driver';
import { boxLabel } from '../../graph/box-number';
import { ruleText } from '../../graph/rules';
import { BASIS_WORDS, type DocumentInfo, documentInfos, documentWhere } from '../common/evidence-words';
import type { Reader } from '../db/graph';
import { cypherInt, plain, toNumber } from '../db/values';
import { CSV_HEADERS, FILTER_WORDS, NOT_FOUND, ROLE_WORDS, type CsvLang } from './csv-vocabulary';
import { type ProjectFilterValues, projectFilterParams, projectSource, type SortField } from './project-filter';
import { PROJECTS_CSV, PROJECTS_CSV_ROWS } from './projects.cypher';

export interface ProjectsCsv {
  /**
   * The file's text (UTF-8 with a BOM, the header row, then the rows) in pieces of TEXT_ROWS rows,
   * read page by page as they are asked for (each page its own statement, one page ahead).
   */
  text: AsyncIterable<string>;
  /** How many rows there will be: all the filter matches, up to the cap. */
  rowCount: number;
  totalCount: number;
  /** `projects-陶瓷-浮梁县.csv`: the filter's values by name. */
  filename: string;
}

/** A CSV cell as the stringifier takes it (null is an empty cell). */
type Cell = string | number | null;

/**
 * Rows turned into text at once. A page is held as text, not as the driver's records, which would
 * live long enough to be copied by every young-generation collection; the response is written
 * tens of KB at a time instead of once per row.
 */
const TEXT_ROWS = 50;

/** A filter value that names nothing: the export answers 404 with this message. */
export class UnknownFilterValue extends Error {
  readonly status = 404;
}

type Names = {
  industry: [string, string] | null;
  district: string | null;
  box: number | null;
  chapter: string | null;
  unit: string | null;
  place: string | null;
};

/** A number as the driver gives it (an Integer), or null. */
type GraphInt = Integer | number | null;

/**
 * A district link as PROJECTS_CSV_ROWS gives it: its name, then its provenance (basis, rule, why,
 * quote, document, gazette line). A unit link has its role after its name.
 */
type DistrictLink = [string, string, string, string, string, string, GraphInt];
type UnitLink = [string, string, string, string, string, string, string, GraphInt];
type Row = [
  string,
  string,
  string,
  GraphInt,
  GraphInt[],
  GraphInt,
  string[],
  DistrictLink[],
  string[],
  UnitLink[],
  string,
  GraphInt,
  string,
];

/** Where a link's provenance starts in a district link and in a unit link. */
const DISTRICT_EVIDENCE = 1;
const UNIT_EVIDENCE = 2;

const numberOf = (value: GraphInt): number | null => (value === null ? null : toNumber(value));
/** A box as the plan prints its number (3-1 for 专栏3-1). */
const boxOf = (value: GraphInt): string | null => (value === null ? null : boxLabel(toNumber(value)));

/**
 * Adds the evidence cells of a kind of link (basis, rule, why, quote, document, line within it,
 * gazette line) to `cells`: one line per link in each, opening with the name of what it links to.
 */
function addEvidenceCells(
  cells: Cell[],
  links: readonly (DistrictLink | UnitLink)[],
  from: number,
  documents: ReadonlyMap<string, DocumentInfo>,
  lang: CsvLang,
): void {
  const columns: string[][] = [[], [], [], [], [], [], []];
  const separator = lang === 'en' ? ': ' : '：';
  for (const link of links) {
    const basis = link[from] as string;
    const line = toNumber(link[from + 5]);
    const { title, documentLine } = documentWhere({ document: link[from + 4] as string, line }, documents);
    const values = [
      BASIS_WORDS[lang][basis] ?? basis,
      ruleText((link[from + 1] as string) || null, lang),
      link[from + 2] as string,
      link[from + 3] as string,
      title,
      String(documentLine),
      line ? String(line) : '',
    ];
    for (let i = 0; i < values.length; i++) columns[i].push(`${link[0]}${separator}${values[i]}`);
  }
  for (const column of columns) cells.push(column.join('\n'));
}

const NAMED_KEYS = ['industry', 'district', 'box', 'chapter', 'unit', 'place'] as const;

/** Characters a file name may not hold on common systems. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

function filenameOf(filter: ProjectFilterValues, names: Names, lang: CsvLang): string {
  const parts = [
    names.industry && names.industry[lang === 'en' ? 1 : 0],
    names.district,
    names.box !== null && (lang === 'en' ? `box${boxLabel(names.box)}` : `专栏${boxLabel(names.box)}`),
    names.chapter,
    names.unit,
    names.place,
    filter.text,
  ].filter((part): part is string => Boolean(part));
  return ['projects', ...parts.map((part) => part.replace(UNSAFE, '_'))].join('-') + '.csv';
}

/** The cells of one CSV row, straight from the statement's row (names already in `lang`). */
function csvCells(row: Row, documents: ReadonlyMap<string, DocumentInfo>, lang: CsvLang): Cell[] {
  const [id, name, tier, box, boxes, item, industries, districts, places, units, document, line, quote] = row;
  const list = lang === 'en' ? '; ' : '、';
  const roles = ROLE_WORDS[lang];
  const cells: Cell[] = [
    id,
    name,
    tier,
    boxOf(box),
    boxes.map(boxOf).join(list),
    numberOf(item),
    industries.join(list),
    districts.map(([district]) => district).join(list),
    places.join(list),
    units
      .map(([unit, role]) => (lang === 'en' ? `${unit} (${roles[role] ?? role})` : `${unit}（${roles[role] ?? role}）`))
      .join(list),
    document,
    numberOf(line),
    quote,
  ];
  addEvidenceCells(cells, districts, DISTRICT_EVIDENCE, documents, lang);
  addEvidenceCells(cells, units, UNIT_EVIDENCE, documents, lang);
  return cells;
}

/**
 * How the rows become CSV text: with a BOM, so that Excel reads the Chinese as UTF-8, and the
 * header row in `lang`, both before the first rows only. A cell that begins with = + - @ tab or CR
 * gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection).
 */
const stringifyOptions = (lang: CsvLang, first: boolean) => ({
  bom: first,
  header: first,
  columns: [...CSV_HEADERS[lang]],
  escape_formulas: true,
});

/**
 * The projects the filter selects, one row each, in the chosen order. Headers, industries and
 * roles are in Chinese unless `lang` is `en`; lists inside a cell are joined with "; " (English)
 * or "、" (Chinese). The first statement reads what the filter names, how many projects it matches
 * and the ids of the rows in order (at most `maxRows`: a few MB); it throws UnknownFilterValue when
 * a filter value names nothing, before any row is given out. The rows are then read by id a page
 * at a time, each page by its own statement, so that the projects are found and sorted once, memory
 * holds two pages whatever the row count, every statement stays within the transaction timeout, and
 * a slow download holds no transaction or place in the read gate while the client takes its rows.
 * The next page is read while the rows of the last one are written out. The first page is read
 * before the rows are given out, so that a graph that fails then is told by the status. The titles
 * of the documents the evidence cites are read once each, with the first page that cites them.
 */
export async function projectsCsv(
  reader: Reader,
  filter: ProjectFilterValues,
  options: { maxRows: number; pageRows: number; sort: SortField; lang: CsvLang },
): Promise<ProjectsCsv> {
  const { lang, maxRows, pageRows } = options;
  const [first] = await reader.read(PROJECTS_CSV[projectSource(filter)], {
    ...projectFilterParams(filter),
    sort: options.sort,
    limit: cypherInt(maxRows),
  });
  const names = plain(first.get('names')) as Names;
  for (const key of NAMED_KEYS) {
    if (filter[key] !== null && names[key] === null)
      throw new UnknownFilterValue(NOT_FOUND[lang](FILTER_WORDS[lang][key], String(filter[key])));
  }
  const totalCount = toNumber(first.get('totalCount'));
  const ids = first.get('ids') as string[];
  const documents = new Map<string, DocumentInfo>();
  /** The CSV text of the page from row `from`, in pieces of TEXT_ROWS rows; the first with the BOM and header. */
  const readPage = async (from: number): Promise<string[]> => {
    const page = (await reader.read(PROJECTS_CSV_ROWS, { ids: ids.slice(from, from + pageRows), lang })).map(
      (record) => record.get('row') as Row,
    );
    const cited = new Set<string>();
    for (const [, , , , , , , districts, , units] of page) {
      for (const link of districts) cited.add(link[DISTRICT_EVIDENCE + 4] as string);
      for (const link of units) cited.add(link[UNIT_EVIDENCE + 4] as string);
    }
    const unknown = [...cited].filter((id) => !documents.has(id));
    if (unknown.length > 0) for (const [id, info] of await documentInfos(reader, unknown)) documents.set(id, info);
    const pieces = [];
    for (let i = 0; i < page.length; i += TEXT_ROWS) {
      const cells = page.slice(i, i + TEXT_ROWS).map((row) => csvCells(row, documents, lang));
      pieces.push(stringify(cells, stringifyOptions(lang, from === 0 && i === 0)));
    }
    return pieces;
  };
  // With no rows, the file is the BOM and the header.
  const firstPage = ids.length > 0 ? await readPage(0) : [stringify([], stringifyOptions(lang, true))];
  async function* text(): AsyncGenerator<string> {
    let page = firstPage;
    for (let from = pageRows; ; from += pageRows) {
      const next = from < ids.length ? readPage(from) : null;
      // Nobody may await it when the client goes away before it ends.
      next?.catch(() => undefined);
      yield* page;
      if (!next) return;
      page = await next;
    }
  }
  return {
    text: text(),
    rowCount: Math.min(totalCount, maxRows),
    totalCount,
    filename: filenameOf(filter, names, lang),
  };
}
