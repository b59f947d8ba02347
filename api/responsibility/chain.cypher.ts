import { NodeLabel, RelType } from '../../graph/model';
import { nodeById } from '../common/node-by-id';
import { LIMITS } from '../limits';

const { Project, Unit, District, Task, Place } = NodeLabel;
const { RESPONSIBLE, IN_DISTRICT, GOVERNS, MENTIONS, AT_PLACE, REPORTS_TO } = RelType;

const chainNode = (v: string) => `{id: ${v}.id, type: labels(${v})[0], name: coalesce(${v}.name, ${v}.title, ${v}.id), kind: ${v}.kind}`;
/** One step as a map: both ends, the relationship type, its role and its provenance properties. */
const step = (from: string, rel: string, to: string) =>
  `{from: ${chainNode(from)}, to: ${chainNode(to)}, relation: type(${rel}), role: ${rel}.role, evidence: properties(${rel})}`;

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
  MATCH (p)-[i:${IN_DISTRICT}]->(d:${District})
  OPTIONAL MATCH (d)<-[g:${GOVERNS}]-(u:${Unit})
  RETURN CASE WHEN g IS NULL THEN [${step('p', 'i', 'd')}] ELSE [${step('p', 'i', 'd')}, ${step('d', 'g', 'u')}] END AS head, u AS unit
  UNION
  MATCH (p)<-[m:${MENTIONS}]-(t:${Task})-[r:${RESPONSIBLE}]->(u:${Unit})
  RETURN [${step('p', 'm', 't')}, ${step('t', 'r', 'u')}] AS head, u AS unit
  UNION
  MATCH (p)-[a:${AT_PLACE}]->(pl:${Place})-[i:${IN_DISTRICT}]->(d:${District})<-[g:${GOVERNS}]-(u:${Unit})
  WHERE NOT (p)-[:${IN_DISTRICT}]->(d)
  RETURN [${step('p', 'a', 'pl')}, ${step('pl', 'i', 'd')}, ${step('d', 'g', 'u')}] AS head, u AS unit
  UNION
  RETURN [] AS head, null AS unit
}
OPTIONAL MATCH up = (unit)-[:${REPORTS_TO}*0..8]->(top:${Unit})
WHERE all(s IN relationships(up) WHERE ${SUPERVISES})
  AND NOT EXISTS { MATCH (top)-[s:${REPORTS_TO}]->(:${Unit}) WHERE ${SUPERVISES} }
WITH p, head, up
RETURN ${chainNode('p')} AS project, head,
  CASE WHEN up IS NULL THEN [] ELSE [i IN range(0, length(up) - 1) |
    ${step('nodes(up)[i]', 'relationships(up)[i]', 'nodes(up)[i + 1]')}] END AS tail`;

/** The shortest connection between two nodes in either direction, as chain steps. */
export const SHORTEST_PATH = `
${nodeById('from', 'a')}
${nodeById('to', 'b')}
WITH a, b WHERE a <> b
MATCH sp = shortestPath((a)-[*..${LIMITS.maxPathLength}]-(b))
WITH sp WHERE length(sp) <= $maxLength
RETURN [i IN range(0, length(sp) - 1) | ${step('nodes(sp)[i]', 'relationships(sp)[i]', 'nodes(sp)[i + 1]')}] AS steps`;
