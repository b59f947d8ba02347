import { stringify } from 'csv-stringify/sync';
import type { Reader } from '../db/graph';
import { cypherInt, toNumber } from '../db/values';
import { projectLinksLoader } from './project-links';
import { ProjectFilterValues, projectFilterParams } from './project-filter';
import { projectFrom } from './project.type';
import { PROJECTS_PAGE } from './projects.cypher';

export const CSV_COLUMNS = ['id', 'name', 'tier', 'box', 'boxes', 'item', 'industries', 'districts', 'places', 'units', 'document', 'line', 'quote'];

export interface ProjectsCsv {
  csv: string;
  rows: number;
  totalCount: number;
}

/**
 * The projects the filter selects, one row each, in plan order, with a BOM so that Excel reads
 * the Chinese as UTF-8. Lists inside a cell are joined with "; ".
 */
export async function projectsCsv(reader: Reader, filter: ProjectFilterValues, maxRows: number): Promise<ProjectsCsv> {
  const [record] = await reader.read(PROJECTS_PAGE, { ...projectFilterParams(filter), sort: 'BOX', skip: cypherInt(0), limit: cypherInt(maxRows) });
  const totalCount = record ? toNumber(record.get('totalCount')) : 0;
  const projects = record ? (record.get('nodes') as Record<string, unknown>[]).map(projectFrom) : [];
  const links = await projectLinksLoader(reader).loadMany(projects.map((p) => p.id));
  const rows = projects.map((project, i) => {
    const link = links[i];
    if (link instanceof Error) throw link;
    return [
      project.id,
      project.name,
      project.tier,
      project.box,
      project.boxes.join('; '),
      project.item,
      link.industries.map((l) => l.code).join('; '),
      link.districts.map((l) => l.name).join('; '),
      link.places.map((l) => l.place.name).join('; '),
      link.units.map((l) => `${l.unit.name} (${l.role})`).join('; '),
      project.evidence.document,
      project.evidence.line,
      project.evidence.quote,
    ];
  });
  return { csv: stringify(rows, { bom: true, header: true, columns: CSV_COLUMNS }), rows: rows.length, totalCount };
}
