import { type Stringifier, stringify } from 'csv-stringify';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { ruleText } from '../../graph/rules';
import { BASIS_WORDS, type DocumentInfo, documentInfos, documentWhere } from '../common/evidence-words';
import type { Reader } from '../db/graph';
import { cypherInt, plain, toNumber } from '../db/values';
import { CSV_HEADERS, FILTER_WORDS, NOT_FOUND, ROLE_WORDS, type CsvLang } from './csv-vocabulary';
import { type ProjectFilterValues, projectFilterParams, projectSource, type SortField } from './project-filter';
import { PROJECTS_CSV, PROJECTS_CSV_NEXT } from './projects.cypher';

export interface ProjectsCsv {
  /** The rows, read page by page as they are asked for (each page its own statement). */
  rows: AsyncIterable<(string | number)[]>;
  /** How many rows there will be: all the filter matches, up to the cap. */
  rowCount: number;
  totalCount: number;
  /** `projects-陶瓷-浮梁县.csv`: the filter's values by name. */
  filename: string;
}

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
/** A link's provenance as the statement lists it: basis, rule, why (zh, en), quote, document and gazette line. */
type LinkEvidence = [string, string, string, string, string, string, number];
type Row = [
  string,
  string,
  string,
  number,
  number[],
  number,
  [string, string, string][],
  [string, LinkEvidence][],
  string[],
  [string, string, LinkEvidence][],
  string,
  number,
  string,
];

/**
 * The evidence cells of a kind of link (basis, rule, why, quote, document, line within it, gazette
 * line): one line per link, opening with the name of what it links to.
 */
function evidenceCells(
  links: readonly { name: string; evidence: LinkEvidence }[],
  documents: ReadonlyMap<string, DocumentInfo>,
  lang: CsvLang,
): string[] {
  const columns = links.map(({ evidence: [basis, rule, whyZh, whyEn, quote, document, line] }) => {
    const { title, documentLine } = documentWhere({ document, line }, documents);
    return [
      BASIS_WORDS[lang][basis] ?? basis,
      ruleText(rule || null, lang),
      lang === 'en' ? whyEn : whyZh,
      quote,
      title,
      String(documentLine),
      line ? String(line) : '',
    ];
  });
  const label = (name: string, value: string) => (lang === 'en' ? `${name}: ${value}` : `${name}：${value}`);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => links.map((link, j) => label(link.name, columns[j][i])).join('\n'));
}

const NAMED_KEYS = ['industry', 'district', 'box', 'chapter', 'unit', 'place'] as const;

/** Characters a file name may not hold on common systems. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

function filenameOf(filter: ProjectFilterValues, names: Names, lang: CsvLang): string {
  const parts = [
    names.industry && names.industry[lang === 'en' ? 1 : 0],
    names.district,
    names.box !== null && (lang === 'en' ? `box${names.box}` : `专栏${names.box}`),
    names.chapter,
    names.unit,
    names.place,
    filter.text,
  ].filter((part): part is string => Boolean(part));
  return ['projects', ...parts.map((part) => part.replace(UNSAFE, '_'))].join('-') + '.csv';
}

/** The cells of one CSV row. */
function csvCells(row: Row, documents: ReadonlyMap<string, DocumentInfo>, lang: CsvLang): (string | number)[] {
  const [id, name, tier, box, boxes, item, industries, districts, places, units, document, line, quote] = row;
  const join = (list: readonly (string | number)[]) => list.join(lang === 'en' ? '; ' : '、');
  return [
    id,
    name,
    tier,
    box,
    join(boxes),
    item,
    join(industries.map(([, zh, en]) => (lang === 'en' ? en : zh))),
    join(districts.map(([district]) => district)),
    join(places),
    join(
      units.map(([unit, role]) =>
        lang === 'en' ? `${unit} (${ROLE_WORDS.en[role] ?? role})` : `${unit}（${ROLE_WORDS.zh[role] ?? role}）`,
      ),
    ),
    document,
    line,
    quote,
    ...evidenceCells(
      districts.map(([district, evidence]) => ({ name: district, evidence })),
      documents,
      lang,
    ),
    ...evidenceCells(
      units.map(([unit, , evidence]) => ({ name: unit, evidence })),
      documents,
      lang,
    ),
  ];
}

/** The projects of a page's records with their sort keys (raw, to be sent back as `$after`). */
function pageOf(records: readonly Neo4jRecord[]): { rows: Row[]; last: unknown } {
  const found = records.filter((r) => r.get('row') !== null);
  return {
    rows: found.map((r) => plain(r.get('row')) as Row),
    last: found.length > 0 ? found[found.length - 1].get('key') : null,
  };
}

/**
 * The projects the filter selects, one row each, in the chosen order. Headers, industries and
 * roles are in Chinese unless `lang` is `en`; lists inside a cell are joined with "; " (English)
 * or "、" (Chinese). The first statement reads what the filter names, how many projects it matches
 * and the first page; it throws UnknownFilterValue when a filter value names nothing, before any
 * row is given out. The rows after it are read a page at a time as they are asked for, each page
 * by its own statement that goes on after the last project's sort key (keyset pagination) — so
 * that memory holds one page whatever the row count, every statement stays within the
 * transaction timeout, and a slow download holds no transaction or place in the read gate while
 * the client takes its rows; one streamed result would hold both for as long as the client reads.
 * The titles of the documents the evidence cites are read once each, with the first page that
 * cites them.
 */
export async function projectsCsv(
  reader: Reader,
  filter: ProjectFilterValues,
  options: { maxRows: number; pageRows: number; sort: SortField; lang: CsvLang },
): Promise<ProjectsCsv> {
  const { lang, maxRows, pageRows } = options;
  const source = projectSource(filter);
  const params = { ...projectFilterParams(filter), sort: options.sort };
  const records = await reader.read(PROJECTS_CSV[source], {
    ...params,
    limit: cypherInt(Math.min(pageRows, maxRows)),
  });
  const names = plain(records[0].get('names')) as Names;
  for (const key of NAMED_KEYS) {
    if (filter[key] !== null && names[key] === null)
      throw new UnknownFilterValue(NOT_FOUND[lang](FILTER_WORDS[lang][key], String(filter[key])));
  }
  const totalCount = toNumber(records[0].get('totalCount'));
  const documents = new Map<string, DocumentInfo>();
  const cellsOf = async (page: readonly Row[]) => {
    const cited = page.flatMap(([, , , , , , , districts, , units]) => [
      ...districts.map(([, e]) => e[5]),
      ...units.map(([, , e]) => e[5]),
    ]);
    const unknown = [...new Set(cited)].filter((id) => !documents.has(id));
    if (unknown.length > 0) for (const [id, info] of await documentInfos(reader, unknown)) documents.set(id, info);
    return page.map((row) => csvCells(row, documents, lang));
  };
  async function* rows(): AsyncGenerator<(string | number)[]> {
    let page = pageOf(records);
    let given = 0;
    for (;;) {
      const take = page.rows.slice(0, maxRows - given);
      yield* await cellsOf(take);
      given += take.length;
      if (page.rows.length < pageRows || given >= maxRows) return;
      page = pageOf(
        await reader.read(PROJECTS_CSV_NEXT[source], {
          ...params,
          after: page.last,
          limit: cypherInt(Math.min(pageRows, maxRows - given)),
        }),
      );
    }
  }
  return {
    rows: rows(),
    rowCount: Math.min(totalCount, maxRows),
    totalCount,
    filename: filenameOf(filter, names, lang),
  };
}

/**
 * A stream that turns the rows into CSV text, with a BOM so that Excel reads the Chinese as UTF-8
 * and the header row in `lang`. A cell that begins with = + - @ tab or CR gets a leading
 * apostrophe, so that a spreadsheet shows it as text instead of running it as a formula (CSV
 * injection).
 */
export function projectsCsvStringifier(lang: CsvLang): Stringifier {
  return stringify({ bom: true, header: true, columns: [...CSV_HEADERS[lang]], escape_formulas: true });
}
