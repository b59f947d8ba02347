import { stringify } from 'csv-stringify/sync';
import type { Reader } from '../db/graph';
import { cypherInt, plain, toNumber } from '../db/values';
import { type ProjectFilterValues, projectFilterParams, projectSource } from './project-filter';
import { PROJECTS_CSV } from './projects.cypher';

export const CSV_COLUMNS = [
  'id',
  'name',
  'tier',
  'box',
  'boxes',
  'item',
  'industries',
  'districts',
  'places',
  'units',
  'document',
  'line',
  'quote',
];

export interface ProjectsCsv {
  csv: string;
  rows: number;
  totalCount: number;
}

/**
 * The projects the filter selects, one row each, in plan order, with a BOM so that Excel reads
 * the Chinese as UTF-8. Lists inside a cell are joined with "; ". A cell that begins with = + - @
 * tab or CR gets a leading apostrophe, so that a spreadsheet shows it as text instead of running
 * it as a formula (CSV injection).
 */
export async function projectsCsv(reader: Reader, filter: ProjectFilterValues, maxRows: number): Promise<ProjectsCsv> {
  const records = await reader.read(PROJECTS_CSV[projectSource(filter)], {
    ...projectFilterParams(filter),
    sort: 'BOX',
    limit: cypherInt(maxRows),
  });
  const totalCount = records.length ? toNumber(records[0].get('totalCount')) : 0;
  const rows = records.map((r) =>
    (plain(r.get('row')) as unknown[]).map((cell) => (Array.isArray(cell) ? cell.join('; ') : cell)),
  );
  return { csv: stringify(rows, { bom: true, header: true, columns: CSV_COLUMNS, escape_formulas: true }), rows: rows.length, totalCount };
}
