import { stringify } from 'csv-stringify/sync';
import { ruleText } from '../../graph/rules';
import { BASIS_WORDS, type DocumentInfo, documentInfos, documentWhere } from '../common/evidence-words';
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
  const found = records.map((r) => plain(r.get('row')) as Row | null).filter((row): row is Row => row !== null);
  const documents = await documentInfos(
    reader,
    found.flatMap(([, , , , , , , districts, , units]) => [
      ...districts.map(([, e]) => e[5]),
      ...units.map(([, , e]) => e[5]),
    ]),
  );
  const rows = found.map(
    ([id, name, tier, box, boxes, item, industries, districts, places, units, document, line, quote]) => [
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
    ],
  );
  return {
    csv: stringify(rows, { bom: true, header: true, columns: [...CSV_HEADERS[lang]], escape_formulas: true }),
    rows: rows.length,
    totalCount,
    filename: filenameOf(filter, names, lang),
  };
}
