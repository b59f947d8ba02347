import { NodeLabel, RelType } from '../../graph/model';
import { MATCH_SCOPED_PROJECTS } from '../projects/project-filter.cypher';

const { Project, Box, Region, Place, Plan } = NodeLabel;
const { LISTED_IN, IN_DISTRICT, AT_PLACE, SAME_PROJECT, CARRIED_OVER, COVERS, WITHIN } = RelType;

/**
 * Each statement returns rows of (key, projects as node property maps, district names), keeping
 * to the projects of `$plan` or of the plans for `$region`, found through their plans
 * (MATCH_SCOPED_PROJECTS).
 */
export const SAME_PROJECT_IN_SEVERAL_BOXES = `
${MATCH_SCOPED_PROJECTS}
MATCH (p)-[:${LISTED_IN}]->(b:${Box})
WITH p, collect(DISTINCT b.number) AS boxes
WHERE size(boxes) >= 2
RETURN p.name AS key, [p {.*}] AS projects, [(p)-[:${IN_DISTRICT}]->(d:${Region}) | d.name] AS districts
ORDER BY p.box, p.item, p.id`;

/**
 * The areas a facility kind is compared across are the regions one level below the scope: the
 * counties and districts of a city (`$region`, or the region of `$plan`), the cities of a
 * province, the towns of a county. A project lies in the districts it states, else in the region
 * its plan is for (a county plan's project lies in that county). With no scope, the areas are the
 * districts and counties themselves. Groups are keyed by the vocabulary's kind id, named by
 * `keyZh`/`keyEn`.
 */
export const SAME_KIND_ACROSS_DISTRICTS = `
OPTIONAL MATCH (:${Plan} {id: $plan})-[:${COVERS}]->(planRegion:${Region})
WITH coalesce($region, planRegion.id) AS scopeRegion
${MATCH_SCOPED_PROJECTS} WHERE p.kind IS NOT NULL
CALL (p, scopeRegion) {
  OPTIONAL MATCH (p)-[:${IN_DISTRICT}]->(d:${Region})
  WITH collect(d) AS stated
  OPTIONAL MATCH (:${Plan} {id: p.plan})-[:${COVERS}]->(home:${Region})
  WITH CASE
    WHEN size(stated) > 0 THEN stated
    WHEN home IS NULL OR (scopeRegion IS NULL AND home.level <> 'county') THEN []
    ELSE [home] END AS lying
  UNWIND lying AS at
  OPTIONAL MATCH (at)-[:${WITHIN}*0..3]->(below:${Region})-[:${WITHIN}]->(:${Region} {id: scopeRegion})
  WITH CASE WHEN scopeRegion IS NULL THEN at ELSE below END AS area
  WHERE area IS NOT NULL
  RETURN collect(DISTINCT area) AS areas
}
UNWIND areas AS area
WITH p.kind AS key, collect(DISTINCT area.id) AS areaIds, collect(DISTINCT area.name) AS districts,
  collect(DISTINCT p) AS kindProjects
WHERE size(areaIds) >= 2
RETURN key, [p IN kindProjects | p {.*}] AS projects, districts,
  head(kindProjects).kindZh AS keyZh, head(kindProjects).kindEn AS keyEn
ORDER BY size(kindProjects) DESC, key`;

/** A place's district is where the place lies and where the projects at it are placed. */
export const SHARED_PLACE = `
${MATCH_SCOPED_PROJECTS}
MATCH (pl:${Place})<-[:${AT_PLACE}]-(p)
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
${MATCH_SCOPED_PROJECTS} WHERE NOT EXISTS { (:${Project})-[:${SAME_PROJECT}|${CARRIED_OVER}]->(p) }
MATCH (p)-[:${SAME_PROJECT}|${CARRIED_OVER}]->(q:${Project})
WITH p, collect(DISTINCT q) AS linked
WITH p, [p] + linked AS group
RETURN p.name AS key, [x IN group | x {.*}] AS projects,
  [x IN group | COLLECT { MATCH (pl:${Plan} {id: x.plan}) RETURN pl.region }[0]] AS districts
ORDER BY p.plan, p.box, p.item, p.id`;
