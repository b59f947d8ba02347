import { NodeLabel, RelType } from '../../graph/model';
import {
  AFTER_KEY,
  COUNT_PROJECTS_FROM,
  MATCH_PROJECTS_FROM,
  PROJECT_ORDER,
  PROJECT_ORDER_KEY,
  type ProjectSource,
} from './project-filter.cypher';
import { LINKS_OF_PAGE } from './project-links.cypher';

/** How many projects `source` finds, and one page of them in plan order, returned as `collected`. */
const pageFrom = (source: ProjectSource, collected: string) => `
CALL () { ${COUNT_PROJECTS_FROM[source]} }
CALL () {
  ${MATCH_PROJECTS_FROM[source]}
  WITH p ORDER BY ${PROJECT_ORDER}
  SKIP $skip LIMIT $limit
  RETURN ${collected}
}`;

const page = (source: ProjectSource) => `${pageFrom(source, 'collect(p {.*}) AS nodes')}
RETURN totalCount, nodes`;

/** One page of the filtered projects and how many the filter matches, by where they are found. */
export const PROJECTS_PAGE: Record<ProjectSource, string> = {
  district: page('district'),
  industry: page('industry'),
  plans: page('plans'),
  all: page('all'),
};

const pageWithLinks = (source: ProjectSource) => `${pageFrom(source, 'collect(p) AS page')}${LINKS_OF_PAGE}
RETURN totalCount, [p IN page | p {.*}] AS nodes, links`;

/**
 * PROJECTS_PAGE with the links of the page's projects that `$want` asks for (as PROJECT_LINKS
 * reads them): one statement, one round trip, for a page that shows its projects' links.
 */
export const PROJECTS_PAGE_WITH_LINKS: Record<ProjectSource, string> = {
  district: pageWithLinks('district'),
  industry: pageWithLinks('industry'),
  plans: pageWithLinks('plans'),
  all: pageWithLinks('all'),
};

export const PROJECT_BY_ID = `
MATCH (p:${NodeLabel.Project} {id: $id})
RETURN p {.*} AS project`;

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

/** A link's provenance as a list: basis, rule, why (zh, en), quote, document and gazette line. */
const LINK_EVIDENCE = `[coalesce(r.basis, ''), coalesce(r.rule, ''), coalesce(r.whyZh, ''), coalesce(r.whyEn, ''), coalesce(r.quote, ''), coalesce(r.document, ''), coalesce(r.line, 0)]`;

/** The columns of a CSV row of project `p`, `row` (null when there is no project), and its sort key `key`. */
const CSV_ROW = `CASE WHEN p IS NULL THEN null ELSE [p.id, p.name, coalesce(p.tier, ''), p.box, coalesce(p.boxes, [p.box]), coalesce(p.item, 0),
  COLLECT { MATCH (p)-[:${IN_INDUSTRY}]->(i:${Industry}) RETURN [i.code, i.zh, i.en] ORDER BY i.code },
  COLLECT { MATCH (p)-[r:${IN_DISTRICT}]->(d:${Region}) RETURN [d.name, ${LINK_EVIDENCE}] ORDER BY d.name },
  COLLECT { MATCH (p)-[:${AT_PLACE}]->(pl:${Place}) RETURN pl.name ORDER BY pl.id },
  COLLECT { MATCH (p)-[r:${RESPONSIBLE}]->(u:${Unit}) RETURN [u.name, coalesce(r.role, ''), ${LINK_EVIDENCE}] ORDER BY r.role, u.id },
  coalesce(p.document, ''), coalesce(p.line, 0), coalesce(p.quote, '')] END AS row,
  CASE WHEN p IS NULL THEN null ELSE [${PROJECT_ORDER_KEY.join(', ')}] END AS key`;

/** The first `$limit` projects of the filter in the chosen order, or the next after `$after` (AFTER_KEY), as `projects`. */
const csvPage = (source: ProjectSource, next: boolean) => `CALL () {
  ${MATCH_PROJECTS_FROM[source]}${next ? ` AND ${AFTER_KEY}` : ''}
  WITH p ORDER BY ${PROJECT_ORDER}
  LIMIT $limit
  RETURN collect(p) AS projects
}`;

/**
 * The CSV export's first rows in the chosen order, with only the columns the file has and the
 * linked names already gathered into lists (industries as [code, zh, en] by code, districts as
 * [name, evidence] by name, place names by place id, units as [name, role, evidence] by role and
 * id), each with its sort key; how many the filter matches, and what the filter's values name.
 * With no project there is one row whose `row` is null.
 */
const csv = (source: ProjectSource) => `
WITH ${FILTER_NAMES} AS names
CALL () { ${COUNT_PROJECTS_FROM[source]} }
${csvPage(source, false)}
UNWIND CASE size(projects) WHEN 0 THEN [null] ELSE range(0, size(projects) - 1) END AS rank
WITH names, totalCount, rank, projects[rank] AS p
RETURN names, totalCount, ${CSV_ROW}
ORDER BY rank`;

export const PROJECTS_CSV: Record<ProjectSource, string> = {
  district: csv('district'),
  industry: csv('industry'),
  plans: csv('plans'),
  all: csv('all'),
};

/**
 * The CSV export's next rows after the project whose key is `$after`, as PROJECTS_CSV reads them
 * (no row when there are no more). Each page is found by the same index-backed start as the
 * first; the keyset condition, not SKIP, makes a page cost the same wherever it is in the list.
 */
const csvNext = (source: ProjectSource) => `
${csvPage(source, true)}
UNWIND range(0, size(projects) - 1) AS rank
WITH rank, projects[rank] AS p
RETURN ${CSV_ROW}
ORDER BY rank`;

export const PROJECTS_CSV_NEXT: Record<ProjectSource, string> = {
  district: csvNext('district'),
  industry: csvNext('industry'),
  plans: csvNext('plans'),
  all: csvNext('all'),
};
