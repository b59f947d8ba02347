import { NodeLabel } from '../../graph/model';
import { MATCH_FILTERED_PROJECTS, PROJECT_ORDER } from './project-filter';

/** One page of the filtered projects and how many the filter matches (for `projects` and the CSV export). */
export const PROJECTS_PAGE = `
CALL () { ${MATCH_FILTERED_PROJECTS} RETURN count(p) AS totalCount }
CALL () {
  ${MATCH_FILTERED_PROJECTS}
  WITH p ORDER BY ${PROJECT_ORDER}
  SKIP $skip LIMIT $limit
  RETURN collect(p {.*}) AS nodes
}
RETURN totalCount, nodes`;

export const PROJECT_BY_ID = `
MATCH (p:${NodeLabel.Project} {id: $id})
RETURN p {.*} AS project`;
