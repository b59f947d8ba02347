import { NodeLabel, projection, RelType } from '../../graph/model';
import {
  COUNT_PROJECTS_FROM,
  MATCH_PROJECTS_FROM,
  PAGE_OF_PROJECTS,
  PROJECT_ORDER,
  PROJECT_SORTS,
  PROJECT_SOURCES,
  type PageKey,
  type ProjectSort,
  type ProjectSource,
} from './project-filter.cypher';
import { LINKS_OF_PAGE } from './project-links.cypher';
import { ProjectRow } from './project.type';

export type { PageKey };

/**
 * How many projects `source` finds, and one page of them in the order of `sort` (PAGE_OF_PROJECTS),
 * returned as `collected`.
 */
const pageFrom = (source: ProjectSource, sort: ProjectSort, collected: string) => `
CALL () { ${COUNT_PROJECTS_FROM[source]} }
CALL () {
  ${PAGE_OF_PROJECTS[`${sort} ${source}`]}
  RETURN ${collected}
}`;

/** A statement for each order and source, by PageKey. */
const byPageKey = (statement: (source: ProjectSource, sort: ProjectSort) => string) =>
  Object.fromEntries(
    PROJECT_SORTS.flatMap((sort) =>
      PROJECT_SOURCES.map((source) => [`${sort} ${source}`, statement(source, sort)] as const),
    ),
  ) as Record<PageKey, string>;

/**
 * A project as a Project is read from it (ProjectRow): not the keys, the index's text and the
 * organisations the loader keeps on the node, which are half of its bytes.
 */
const project = (variable: string) => projection(variable, ProjectRow);

/** One page of the filtered projects and how many the filter matches, by order and where they are found (PageKey). */
export const PROJECTS_PAGE = byPageKey(
  (source, sort) => `${pageFrom(source, sort, `collect(${project('p')}) AS nodes`)}
RETURN totalCount, nodes`,
);

/**
 * PROJECTS_PAGE with the links of the page's projects that `$want` asks for (as PROJECT_LINKS
 * reads them): one statement, one round trip, for a page that shows its projects' links.
 */
export const PROJECTS_PAGE_WITH_LINKS = byPageKey(
  (source, sort) => `${pageFrom(source, sort, 'collect(p) AS page')}${LINKS_OF_PAGE}
RETURN totalCount, [p IN page | ${project('p')}] AS nodes, links`,
);

export const PROJECT_BY_ID = `
MATCH (p:${NodeLabel.Project} {id: $id})
RETURN ${project('p')} AS project`;

const { Industry, Region, Place, Unit, Box, Chapter } = NodeLabel;
const { IN_INDUSTRY, IN_DISTRICT, AT_PLACE, RESPONSIBLE } = RelType;

/**
 * What the filter's values name, null where a value names nothing (so that the export can say
 * so): the industry as [zh, en], the district, box number, chapter title, unit and place names.
 */
const FILTER_NAMES = `{
  industry: head(COLLECT { MATCH (i:${Industry}) WHERE i.code = $industry OR i.zh = $industry RETURN [i.zh, i.en] }),
  district: head(COLLECT { MATCH (d:${Region} {name: $district}) RETURN d.name }),
  box: head(COLLECT { MATCH (b:${Box} {number: $box}) RETURN b.number }),
  chapter: head(COLLECT { MATCH (c:${Chapter} {id: $chapter}) RETURN c.title }),
  unit: head(COLLECT { MATCH (u:${Unit} {id: $unit}) RETURN u.name }),
  place: head(COLLECT { MATCH (pl:${Place} {id: $place}) RETURN pl.name })
}`;

/**
 * A link's provenance as the CSV gives it, flat after the linked name: basis, rule, why in `$lang`,
 * quote, document and gazette line.
 */
const LINK_EVIDENCE = `coalesce(r.basis, ''), coalesce(r.rule, ''), coalesce(CASE $lang WHEN 'en' THEN r.whyEn ELSE r.whyZh END, ''), coalesce(r.quote, ''), coalesce(r.document, ''), coalesce(r.line, 0)`;

/**
 * The CSV export's first statement: what the filter's values name, how many projects it matches,
 * and the ids of its first `$limit` projects in the chosen order (`ids`). The projects are found
 * and sorted once, here; the rows are then read by id (PROJECTS_CSV_ROWS), a page at a time.
 */
const csv = (source: ProjectSource) => `
WITH ${FILTER_NAMES} AS names
CALL () { ${COUNT_PROJECTS_FROM[source]} }
CALL () {
  ${MATCH_PROJECTS_FROM[source]}
  WITH p ORDER BY ${PROJECT_ORDER}
  LIMIT $limit
  RETURN collect(p.id) AS ids
}
RETURN names, totalCount, ids`;

export const PROJECTS_CSV: Record<ProjectSource, string> = {
  district: csv('district'),
  industry: csv('industry'),
  plans: csv('plans'),
  all: csv('all'),
};

/**
 * The CSV rows of the projects whose ids are `$ids`, in that order, with only the columns the file
 * has and the linked names already gathered into lists in `$lang`: the project's own columns, then
 * its industries' names (by code), its districts as [name, evidence…] (by name), its places' names
 * (by place id) and its units as [name, role, evidence…] (by role and id). A project removed since
 * its id was read has no row.
 */
export const PROJECTS_CSV_ROWS = `
UNWIND range(0, size($ids) - 1) AS rank
MATCH (p:${NodeLabel.Project} {id: $ids[rank]})
RETURN [p.id, p.name, coalesce(p.tier, ''), p.box, coalesce(p.boxes, [p.box]), coalesce(p.item, 0),
  COLLECT { MATCH (p)-[:${IN_INDUSTRY}]->(i:${Industry}) RETURN CASE $lang WHEN 'en' THEN i.en ELSE i.zh END ORDER BY i.code },
  COLLECT { MATCH (p)-[r:${IN_DISTRICT}]->(d:${Region}) RETURN [d.name, ${LINK_EVIDENCE}] ORDER BY d.name },
  COLLECT { MATCH (p)-[:${AT_PLACE}]->(pl:${Place}) RETURN pl.name ORDER BY pl.id },
  COLLECT { MATCH (p)-[r:${RESPONSIBLE}]->(u:${Unit}) RETURN [u.name, coalesce(r.role, ''), ${LINK_EVIDENCE}] ORDER BY r.role, u.id },
  coalesce(p.document, ''), coalesce(p.line, 0), coalesce(p.quote, '')] AS row
ORDER BY rank`;
