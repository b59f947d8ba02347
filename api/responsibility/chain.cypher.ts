import { NodeLabel, RelType } from '../../graph/model';
import { nodeById } from '../common/node-by-id';
import { LIMITS } from '../limits';

const { Project, Unit, Region, Task, Place } = NodeLabel;
const { RESPONSIBLE, IN_DISTRICT, GOVERNS, MENTIONS, AT_PLACE, REPORTS_TO } = RelType;

/** A node with what its label is made of (see common/node-label.ts), not all its properties. */
const chainNode = (v: string) => `${v} {.id, .name, .title, .zh, .number, .kind, type: labels(${v})[0]}`;
/**
 * One step as a map: both ends, the relationship type and whether the step follows it from its
 * start node (the step is named in its direction of travel from these), its role and provenance.
 */
const step = (from: string, rel: string, to: string) =>
  `{from: ${chainNode(from)}, to: ${chainNode(to)}, type: type(${rel}), forward: startNode(${rel}) = ${from}, role: ${rel}.role,
    evidence: ${rel} {.document, .line, .quote, .basis, .rule, .alias, .whyZh, .whyEn, .premises}}`;

/** The steps of a path (none when it is null) as `steps`, in order. */
const pathSteps = (path: string, steps: string) => `CALL (${path}) {
  UNWIND CASE WHEN ${path} IS NULL THEN [] ELSE range(0, length(${path}) - 1) END AS i
  WITH i, nodes(${path})[i] AS a, relationships(${path})[i] AS r, nodes(${path})[i + 1] AS b
  ORDER BY i
  RETURN collect(${step('a', 'r', 'b')}) AS ${steps}
}`;

/** Membership of a command is not supervision: the hierarchy follows the other REPORTS_TO roles. */
const SUPERVISES = `coalesce(s.role, '') <> 'member'`;

/**
 * Every way the sources tie a project to an organisation, then that organisation's reporting line
 * up to a unit that reports to nobody. The first steps (`head`) are: the units the project names
 * or that answer for it; its district's government; the lead units of a task that names it; the
 * government of the district its place lies in; and an empty head, so that a project tied
 * to nobody still gives a row. `unit` is where the reporting line starts (null
 * when the head already ends without one).
 */
export const RESPONSIBILITY_CHAINS = `
MATCH (p:${Project} {id: $projectId})
CALL (p) {
  MATCH (p)-[r:${RESPONSIBLE}]->(u:${Unit})
  RETURN [${step('p', 'r', 'u')}] AS head, u AS unit
  UNION
  MATCH (p)-[i:${IN_DISTRICT}]->(d:${Region})
  OPTIONAL MATCH (d)<-[g:${GOVERNS}]-(u:${Unit})
  RETURN CASE WHEN g IS NULL THEN [${step('p', 'i', 'd')}] ELSE [${step('p', 'i', 'd')}, ${step('d', 'g', 'u')}] END AS head, u AS unit
  UNION
  MATCH (p)<-[m:${MENTIONS}]-(t:${Task})-[r:${RESPONSIBLE}]->(u:${Unit})
  RETURN [${step('p', 'm', 't')}, ${step('t', 'r', 'u')}] AS head, u AS unit
  UNION
  MATCH (p)-[a:${AT_PLACE}]->(pl:${Place})-[i:${IN_DISTRICT}]->(d:${Region})<-[g:${GOVERNS}]-(u:${Unit})
  WHERE NOT (p)-[:${IN_DISTRICT}]->(d)
  RETURN [${step('p', 'a', 'pl')}, ${step('pl', 'i', 'd')}, ${step('d', 'g', 'u')}] AS head, u AS unit
  UNION
  RETURN [] AS head, null AS unit
}
OPTIONAL MATCH up = (unit)-[:${REPORTS_TO}*0..8]->(top:${Unit})
WHERE all(s IN relationships(up) WHERE ${SUPERVISES})
  AND NOT EXISTS { MATCH (top)-[s:${REPORTS_TO}]->(:${Unit}) WHERE ${SUPERVISES} }
WITH p, head, up
${pathSteps('up', 'tail')}
RETURN ${chainNode('p')} AS project, head, tail`;

/** The shortest connection between two nodes in either direction, as chain steps. */
export const SHORTEST_PATH = `
${nodeById('from', 'a')}
${nodeById('to', 'b')}
WITH a, b WHERE a <> b
MATCH sp = shortestPath((a)-[*..${LIMITS.maxPathLength}]-(b))
WITH sp WHERE length(sp) <= $maxLength
${pathSteps('sp', 'steps')}
RETURN steps`;

/** A project's name, or no row when the id names no project. */
export const PROJECT_NAME = `
MATCH (p:${Project} {id: $projectId})
RETURN p.name AS name`;
