import { NodeLabel, projection, RelType } from '../../graph/model';
import { MATCH_SCOPED_PROJECTS, SCOPE_PLANS } from '../projects/project-filter.cypher';
import { ProjectRow } from '../projects/project.type';

const { Project, Box, Region, Place, Plan } = NodeLabel;
const { LISTED_IN, IN_DISTRICT, AT_PLACE, SAME_PROJECT, CARRIED_OVER, COVERS, WITHIN } = RelType;

/*
 * Each statement finds the groups of one overlap kind within `$plan` or the plans for `$region`
 * (MATCH_SCOPED_PROJECTS), orders them, and reads only the page `$skip`/`$first` selects
 * (`$first` null: every group from `$skip` on). A page's rows are (totalCount, key, projectCount,
 * projects, districts, keyZh, keyEn): `projects` holds the first `$members` of the group's
 * projects in plan order (all when null) as node property maps, so that a province's hundred
 * thousand projects are counted and grouped in Neo4j but never sent. An empty page is one row
 * whose key is null, carrying totalCount.
 */

/** The page of `groups` (a list in display order) as rows `g`, with `totalCount`; `g` is null on an empty page. */
const PAGE_OF_GROUPS = `
WITH size(groups) AS totalCount, groups[$skip..coalesce($skip + $first, size(groups))] AS page
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS g`;

/** The first `$members` projects `member` (that `unwind` yields from `g`) in plan order, as `projects`. */
const firstMembers = (unwind: string) => `
CALL (g) {
  ${unwind}
  WITH member ORDER BY member.plan, member.box, member.item, member.id
  WITH collect(member) AS ordered
  RETURN [x IN ordered[..coalesce($members, size(ordered))] | ${projection('x', ProjectRow)}] AS projects
}`;

/** One project listed in two or more boxes, in the plan's order; key is its name. */
export const SAME_PROJECT_IN_SEVERAL_BOXES = `
${MATCH_SCOPED_PROJECTS}
WITH p, COLLECT { MATCH (p)-[:${LISTED_IN}]->(b:${Box}) RETURN DISTINCT b.number } AS boxes
WHERE size(boxes) >= 2
WITH p ORDER BY p.box, p.item, p.id
WITH collect({project: p, members: [p]}) AS groups
${PAGE_OF_GROUPS}
${firstMembers('UNWIND g.members AS member')}
WITH totalCount, g, projects, g.project AS p
RETURN totalCount, p.name AS key, size(g.members) AS projectCount, projects,
  CASE WHEN p IS NULL THEN [] ELSE [(p)-[:${IN_DISTRICT}]->(d:${Region}) | d.name] END AS districts,
  null AS keyZh, null AS keyEn`;

/**
 * The areas a facility kind is compared across are the regions one level below the scope: the
 * counties and districts of a city (`$region`, or the region of `$plan`), the cities of a
 * province, the towns of a county. A project lies in the districts it states, else in the region
 * its plan is for (a county plan's project lies in that county). With no scope, the areas are the
 * districts and counties themselves. Groups are keyed by the vocabulary's kind id, named by
 * `keyZh`/`keyEn`, largest first.
 *
 * The projects are grouped by kind and by the regions they lie in before any area is looked up,
 * so the regions' hierarchy is walked once per kind and region instead of once per project, and
 * each project is read once: its kind and its district links.
 */
export const SAME_KIND_ACROSS_DISTRICTS = `
OPTIONAL MATCH (:${Plan} {id: $plan})-[:${COVERS}]->(planRegion:${Region})
WITH coalesce($region, planRegion.id) AS scopeRegion
CALL (scopeRegion) {
  ${SCOPE_PLANS}
  OPTIONAL MATCH (scopePlan)-[:${COVERS}]->(home:${Region})
  WITH scopePlan, collect(home) AS homes
  RETURN scopePlan.id AS scopePlanId,
    [h IN homes WHERE NOT coalesce(scopeRegion IS NULL AND h.level <> 'county', false)] AS homes
}
MATCH (p:${Project} {plan: scopePlanId}) USING INDEX SEEK p:${Project}(plan)
WHERE p.kind IS NOT NULL
WITH scopeRegion, homes, p, [(p)-[:${IN_DISTRICT}]->(d) | d] AS stated
WITH scopeRegion, p.kind AS key, CASE WHEN size(stated) > 0 THEN stated ELSE homes END AS lying, collect(p) AS members
CALL (scopeRegion, lying) {
  UNWIND lying AS at
  OPTIONAL MATCH (at)-[:${WITHIN}*0..3]->(below:${Region})-[:${WITHIN}]->(:${Region} {id: scopeRegion})
  WITH CASE WHEN scopeRegion IS NULL THEN at ELSE below END AS area
  WHERE area IS NOT NULL
  RETURN collect(DISTINCT area) AS areas
}
WITH key, areas, members WHERE size(areas) > 0
WITH key, collect(areas) AS areaLists, collect(members) AS memberLists
WITH key, memberLists, reduce(seen = [], l IN areaLists | seen + [a IN l WHERE NOT a IN seen]) AS areas,
  reduce(n = 0, l IN memberLists | n + size(l)) AS projectCount
WHERE size(areas) >= 2
WITH key, areas, memberLists, projectCount ORDER BY projectCount DESC, key
WITH collect({key: key, areas: areas, memberLists: memberLists, projectCount: projectCount}) AS groups
${PAGE_OF_GROUPS}
${firstMembers('UNWIND g.memberLists AS list UNWIND list AS member')}
RETURN totalCount, g.key AS key, g.projectCount AS projectCount, projects, [a IN g.areas | a.name] AS districts,
  head(projects).kindZh AS keyZh, head(projects).kindEn AS keyEn`;

/**
 * Two or more projects at one place, largest group first. Places belong to one plan, as do the
 * projects at them, so the groups are found from the places of the plans in scope (the
 * Place(plan) index), not from every project. A place's district is where the place lies and
 * where the projects at it are placed.
 */
export const SHARED_PLACE = `
CALL () {
  ${SCOPE_PLANS}
  RETURN collect(scopePlan.id) AS scopePlanIds
}
UNWIND scopePlanIds AS scopePlanId
MATCH (pl:${Place} {plan: scopePlanId}) USING INDEX SEEK pl:${Place}(plan)
WITH pl, COLLECT { MATCH (pl)<-[:${AT_PLACE}]-(p:${Project}) WHERE p.plan IN scopePlanIds RETURN DISTINCT p } AS placeProjects
WHERE size(placeProjects) >= 2
WITH pl, placeProjects ORDER BY size(placeProjects) DESC, pl.name
WITH collect({place: pl, members: placeProjects}) AS groups
${PAGE_OF_GROUPS}
${firstMembers('UNWIND g.members AS member')}
CALL (g) {
  UNWIND g.members AS q
  OPTIONAL MATCH (q)-[:${IN_DISTRICT}]->(x:${Region})
  RETURN collect(DISTINCT x.name) AS projectDistricts
}
WITH totalCount, g, projects, projectDistricts, g.place AS pl
RETURN totalCount, pl.name AS key, size(g.members) AS projectCount, projects,
  CASE WHEN pl IS NULL THEN [] ELSE [pl.district] + [(pl)-[:${IN_DISTRICT}]->(x:${Region}) | x.name] + projectDistricts END AS districts,
  null AS keyZh, null AS keyEn`;

/**
 * One project named in several plans — a county plan and its city's, or two editions — joined by
 * the SAME_PROJECT and CARRIED_OVER links the loader derives; key is the project name in the
 * earliest plan, districts are the regions of the plans.
 */
export const SAME_PROJECT_IN_SEVERAL_PLANS = `
${MATCH_SCOPED_PROJECTS} WHERE NOT EXISTS { (:${Project})-[:${SAME_PROJECT}|${CARRIED_OVER}]->(p) }
WITH p, COLLECT { MATCH (p)-[:${SAME_PROJECT}|${CARRIED_OVER}]->(q:${Project}) RETURN DISTINCT q } AS linked
WHERE size(linked) > 0
WITH p, linked ORDER BY p.plan, p.box, p.item, p.id
WITH collect({project: p, members: [p] + linked}) AS groups
${PAGE_OF_GROUPS}
${firstMembers('UNWIND g.members AS member')}
RETURN totalCount, g.project.name AS key, size(g.members) AS projectCount, projects,
  [x IN g.members | COLLECT { MATCH (pl:${Plan} {id: x.plan}) RETURN pl.region }[0]] AS districts,
  null AS keyZh, null AS keyEn`;
