import { NodeLabel, RelType } from '../../graph/model';
import { COUNT_PROJECTS_FROM, MATCH_PROJECTS_FROM, PROJECT_ORDER, type ProjectSource } from './project-filter';

const page = (source: ProjectSource) => `
CALL () { ${COUNT_PROJECTS_FROM[source]} }
CALL () {
  ${MATCH_PROJECTS_FROM[source]}
  WITH p ORDER BY ${PROJECT_ORDER}
  SKIP $skip LIMIT $limit
  RETURN collect(p {.*}) AS nodes
}
RETURN totalCount, nodes`;

/** One page of the filtered projects and how many the filter matches, by where they are found. */
export const PROJECTS_PAGE: Record<ProjectSource, string> = {
  district: page('district'),
  industry: page('industry'),
  all: page('all'),
};

export const PROJECT_BY_ID = `
MATCH (p:${NodeLabel.Project} {id: $id})
RETURN p {.*} AS project`;

const { Industry, Region, Place, Unit } = NodeLabel;
const { IN_INDUSTRY, IN_DISTRICT, AT_PLACE, RESPONSIBLE } = RelType;

/**
 * The CSV export's rows: the filtered projects in plan order with only the columns the file has,
 * the linked names already gathered into sorted lists (industry codes, district names, place
 * names by place id, units as "name (role)" by role and id), and how many the filter matches.
 */
const csv = (source: ProjectSource) => `
CALL () { ${COUNT_PROJECTS_FROM[source]} }
CALL () {
  ${MATCH_PROJECTS_FROM[source]}
  WITH p ORDER BY ${PROJECT_ORDER}
  LIMIT $limit
  RETURN collect(p) AS projects
}
UNWIND range(0, size(projects) - 1) AS rank
WITH totalCount, rank, projects[rank] AS p
RETURN totalCount, [p.id, p.name, coalesce(p.tier, ''), p.box, coalesce(p.boxes, [p.box]), coalesce(p.item, 0),
  COLLECT { MATCH (p)-[:${IN_INDUSTRY}]->(i:${Industry}) RETURN i.code ORDER BY i.code },
  COLLECT { MATCH (p)-[:${IN_DISTRICT}]->(d:${Region}) RETURN d.name ORDER BY d.name },
  COLLECT { MATCH (p)-[:${AT_PLACE}]->(pl:${Place}) RETURN pl.name ORDER BY pl.id },
  COLLECT { MATCH (p)-[r:${RESPONSIBLE}]->(u:${Unit}) RETURN u.name + ' (' + coalesce(r.role, '') + ')' ORDER BY r.role, u.id },
  coalesce(p.document, ''), coalesce(p.line, 0), coalesce(p.quote, '')] AS row
ORDER BY rank`;

export const PROJECTS_CSV: Record<ProjectSource, string> = {
  district: csv('district'),
  industry: csv('industry'),
  all: csv('all'),
};
