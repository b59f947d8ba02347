import { stringify } from 'csv-stringify/sync';
import type { Reader } from '../db/graph';
import { cypherInt, plain, toNumber } from '../db/values';
import { CSV_HEADERS, FILTER_WORDS, NOT_FOUND, ROLE_WORDS, type CsvLang } from './csv-vocabulary';
import { type ProjectFilterValues, projectFilterParams, projectSource, type SortField } from './project-filter';
import { PROJECTS_CSV } from './projects.cypher';

export interface ProjectsCsv {
  csv: string;
  rows: number;
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
type Row = [
  string,
  string,
  string,
  number,
  number[],
  number,
  [string, string, string][],
  string[],
  string[],
  [string, string][],
  string,
  number,
  string,
];

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

/**
 * The projects the filter selects, one row each, in the chosen order, with a BOM so that Excel
 * reads the Chinese as UTF-8. Headers, industries and roles are in Chinese unless `lang` is
 * `en`; lists inside a cell are joined with "; " (English) or "、" (Chinese). A cell that begins
 * with = + - @ tab or CR gets a leading apostrophe, so that a spreadsheet shows it as text instead
 * of running it as a formula (CSV injection). A filter value that names nothing throws
 * UnknownFilterValue.
 */
export async function projectsCsv(
  reader: Reader,
  filter: ProjectFilterValues,
  options: { maxRows: number; sort: SortField; lang: CsvLang },
): Promise<ProjectsCsv> {
  const { lang } = options;
  const records = await reader.read(PROJECTS_CSV[projectSource(filter)], {
    ...projectFilterParams(filter),
    sort: options.sort,
    limit: cypherInt(options.maxRows),
  });
  const names = plain(records[0].get('names')) as Names;
  for (const key of NAMED_KEYS) {
    if (filter[key] !== null && names[key] === null)
      throw new UnknownFilterValue(NOT_FOUND[lang](FILTER_WORDS[lang][key], String(filter[key])));
  }
  const totalCount = toNumber(records[0].get('totalCount'));
  const join = (list: readonly (string | number)[]) => list.join(lang === 'en' ? '; ' : '、');
  const rows = records
    .map((r) => plain(r.get('row')) as Row | null)
    .filter((row): row is Row => row !== null)
    .map(([id, name, tier, box, boxes, item, industries, districts, places, units, document, line, quote]) => [
      id,
      name,
      tier,
      box,
      join(boxes),
      item,
      join(industries.map(([, zh, en]) => (lang === 'en' ? en : zh))),
      join(districts),
      join(places),
      join(
        units.map(([unit, role]) =>
          lang === 'en' ? `${unit} (${ROLE_WORDS.en[role] ?? role})` : `${unit}（${ROLE_WORDS.zh[role] ?? role}）`,
        ),
      ),
      document,
      line,
      quote,
    ]);
  return {
    csv: stringify(rows, { bom: true, header: true, columns: [...CSV_HEADERS[lang]], escape_formulas: true }),
    rows: rows.length,
    totalCount,
    filename: filenameOf(filter, names, lang),
  };
}
