import { NodeLabel, projection, RelType } from '../../graph/model';
import { ProjectRow } from '../projects/project.type';

const { Plan, Region, Project } = NodeLabel;
const { COVERS, WITHIN, SAME_PROJECT, CARRIED_OVER } = RelType;

/** A project as a Project is read from it. */
const project = (variable: string) => projection(variable, ProjectRow);

/** Every loaded plan with its region and project count, by region and edition. */
export const PLANS = `
MATCH (p:${Plan})
OPTIONAL MATCH (p)-[:${COVERS}]->(r:${Region})
RETURN p {.*} AS plan, r.id AS regionId, COUNT { (x:${Project} {plan: p.id}) } AS projectCount
ORDER BY r.path, p.editionNumber, p.id`;

/**
 * The regions directly within `$parent` (the top regions when it is null) that a loaded plan
 * names, with how many plans are for the region or a region within it.
 */
export const REGIONS = `
MATCH (r:${Region})
WHERE ($parent IS NULL AND NOT (r)-[:${WITHIN}]->(:${Region})) OR EXISTS { (r)-[:${WITHIN}]->(:${Region} {id: $parent}) }
RETURN r {.id, .name, .level, .code, .path, .kind} AS region,
  COUNT { (:${Plan})-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(r) } AS planCount,
  EXISTS { (:${Region})-[:${WITHIN}]->(r) } AS hasChildren
ORDER BY r.code, r.path`;

/** A region and the regions above it, outermost first: the breadcrumbs of the switcher. */
export const REGION_PATH = `
MATCH (r:${Region} {id: $id})
OPTIONAL MATCH path = (r)-[:${WITHIN}*0..3]->(top:${Region})
WHERE NOT (top)-[:${WITHIN}]->(:${Region})
WITH r, path ORDER BY length(path) DESC LIMIT 1
RETURN [n IN reverse(nodes(path)) | n {.id, .name, .level, .code, .path, .kind}] AS regions`;

/**
 * Two editions of one plan compared: each project of either plan once, carried over (with the
 * CARRIED_OVER link and both sentences), new in `$to`, or dropped from `$from`.
 */
export const PLAN_DIFF = `
MATCH (from:${Plan} {id: $from}), (to:${Plan} {id: $to})
CALL (from, to) {
  MATCH (a:${Project} {plan: from.id})-[r:${CARRIED_OVER}]->(b:${Project} {plan: to.id})
  RETURN 'CARRIED_OVER' AS status, ${project('a')} AS before, ${project('b')} AS after, properties(r) AS link
  UNION ALL
  MATCH (b:${Project} {plan: to.id})
  WHERE NOT EXISTS { (:${Project} {plan: from.id})-[:${CARRIED_OVER}]->(b) }
  RETURN 'NEW' AS status, null AS before, ${project('b')} AS after, null AS link
  UNION ALL
  MATCH (a:${Project} {plan: from.id})
  WHERE NOT EXISTS { (a)-[:${CARRIED_OVER}]->(:${Project} {plan: to.id}) }
  RETURN 'DROPPED' AS status, ${project('a')} AS before, null AS after, null AS link
}
RETURN status, before, after, link
ORDER BY status, coalesce(after.box, before.box), coalesce(after.item, before.item), coalesce(after.id, before.id)`;

/** The projects of other plans linked to a project: the same project in a city or county plan, or another edition. */
export const CROSS_PLAN_LINKS = `
UNWIND $ids AS id
MATCH (p:${Project} {id: id})-[r:${SAME_PROJECT}|${CARRIED_OVER}]-(q:${Project})
RETURN id, type(r) AS type, startNode(r) = p AS outgoing, ${project('q')} AS project, properties(r) AS link,
  COLLECT { MATCH (pl:${Plan} {id: q.plan}) RETURN pl.title }[0] AS planTitle
ORDER BY id, type, q.plan, q.id`;
