import { NodeLabel, RelType } from '../../graph/model';
import { PLAN_SCOPE } from '../projects/project-filter.cypher';

const { Project, Box, Region, Place, Plan } = NodeLabel;
const { LISTED_IN, IN_DISTRICT, AT_PLACE, SAME_PROJECT, CARRIED_OVER } = RelType;

/**
 * Each statement returns rows of (key, projects as node property maps, district names), keeping
 * to the projects of `$plan` or of the plans for `$region` (PLAN_SCOPE).
 */
export const SAME_PROJECT_IN_SEVERAL_BOXES = `
MATCH (p:${Project})-[:${LISTED_IN}]->(b:${Box})
WHERE ${PLAN_SCOPE}
WITH p, collect(DISTINCT b.number) AS boxes
WHERE size(boxes) >= 2
RETURN p.name AS key, [p {.*}] AS projects, [(p)-[:${IN_DISTRICT}]->(d:${Region}) | d.name] AS districts
ORDER BY p.box, p.item, p.id`;

export const SAME_KIND_ACROSS_DISTRICTS = `
MATCH (p:${Project})-[:${IN_DISTRICT}]->(d:${Region})
WHERE p.kind IS NOT NULL AND ${PLAN_SCOPE}
WITH p.kind AS key, collect(DISTINCT d.name) AS districts, collect(DISTINCT p) AS kindProjects
WHERE size(districts) >= 2
RETURN key, [p IN kindProjects | p {.*}] AS projects, districts
ORDER BY size(kindProjects) DESC, key`;

/** A place's district is where the place lies and where the projects at it are placed. */
export const SHARED_PLACE = `
MATCH (pl:${Place})<-[:${AT_PLACE}]-(p:${Project})
WHERE ${PLAN_SCOPE}
WITH pl, collect(DISTINCT p) AS placeProjects
WHERE size(placeProjects) >= 2
CALL (pl, placeProjects) {
  UNWIND placeProjects AS q
  OPTIONAL MATCH (q)-[:${IN_DISTRICT}]->(x:${Region})
  RETURN collect(DISTINCT x.name) AS projectDistricts
}
RETURN pl.name AS key, [p IN placeProjects | p {.*}] AS projects,
  [pl.district] + [(pl)-[:${IN_DISTRICT}]->(x:${Region}) | x.name] + projectDistricts AS districts
ORDER BY size(placeProjects) DESC, key`;

/**
 * One project named in several plans — a county plan and its city's, or two editions — joined by
 * the SAME_PROJECT and CARRIED_OVER links the loader derives; key is the project name in the
 * earliest plan, districts are the regions of the plans.
 */
export const SAME_PROJECT_IN_SEVERAL_PLANS = `
MATCH (p:${Project})-[:${SAME_PROJECT}|${CARRIED_OVER}]->(q:${Project})
WHERE ${PLAN_SCOPE} AND NOT EXISTS { (:${Project})-[:${SAME_PROJECT}|${CARRIED_OVER}]->(p) }
WITH p, collect(DISTINCT q) AS linked
WITH p, [p] + linked AS group
RETURN p.name AS key, [x IN group | x {.*}] AS projects,
  [x IN group | [(pl:${Plan} {id: x.plan}) | pl.region][0]] AS districts
ORDER BY p.plan, p.box, p.item, p.id`;
