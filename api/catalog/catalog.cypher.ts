import { NodeLabel, projection, RelType } from '../../graph/model';
import { ChapterRefRow } from '../common/chapter-ref';
import { UnitRow } from '../projects/links.type';
import { MATCH_SCOPED_PROJECTS, PLAN_SCOPE, SCOPE_PLANS } from '../projects/project-filter.cypher';
import { IndicatorRow, IndustryRow } from './catalog.type';

const { Project, Industry, Indicator, Region, Box, Chapter, Unit, Plan, Document } = NodeLabel;
const { IN_INDUSTRY, MEASURES, IN_DISTRICT, LISTED_IN, IN_CHAPTER, PART_OF, COVERS, WITHIN, NAMES } = RelType;

/** Every industry with how many projects of all plans it holds (counted by degree). */
export const INDUSTRIES = `
MATCH (i:${Industry})
RETURN ${projection('i', IndustryRow)} AS industry,
  COUNT { (i)<-[:${IN_INDUSTRY}]-(:${Project}) } AS projectCount
ORDER BY i.code`;

/**
 * Every industry with how many projects of the plans in scope it holds: the scope's projects are
 * found plan by plan and counted per industry in one pass, as the chapters are.
 */
export const INDUSTRIES_IN_SCOPE = `
CALL () {
  ${MATCH_SCOPED_PROJECTS}
  MATCH (p)-[:${IN_INDUSTRY}]->(i:${Industry})
  WITH i, count(DISTINCT p) AS projectCount
  RETURN collect({code: i.code, projectCount: projectCount}) AS counts
}
MATCH (i:${Industry})
RETURN ${projection('i', IndustryRow)} AS industry,
  coalesce(head([x IN counts WHERE x.code = i.code | x.projectCount]), 0) AS projectCount
ORDER BY i.code`;

/** The indicators of the plans in scope that measure each industry of `$codes`. */
export const INDUSTRY_INDICATORS = `
UNWIND $codes AS code
MATCH (i:${Industry} {code: code})
RETURN code, [(n:${Indicator})-[:${MEASURES}]->(i)
  WHERE ($plan IS NULL OR n.plan = $plan)
    AND ($region IS NULL OR EXISTS { (:${Plan} {id: n.plan})-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(:${Region} {id: $region}) })
  | ${projection('n', IndicatorRow)}] AS indicators`;

/**
 * The districts of the plans in scope — the regions directly within a plan's own region — with
 * how many of the scope's projects each holds.
 */
export const DISTRICTS = `
MATCH (pl:${Plan})-[:${COVERS}]->(:${Region})<-[:${WITHIN}]-(d:${Region})
WHERE ($plan IS NULL OR pl.id = $plan)
  AND ($region IS NULL OR EXISTS { (pl)-[:${COVERS}]->(:${Region})-[:${WITHIN}*0..3]->(:${Region} {id: $region}) })
WITH DISTINCT d
WITH d, COUNT { MATCH (d)<-[:${IN_DISTRICT}]-(p:${Project}) WHERE ${PLAN_SCOPE} } AS projectCount
RETURN d.id AS id, d.name AS name, d.kind AS kind, projectCount
ORDER BY projectCount DESC, name`;

/** The boxes of the plans in scope (found through each plan's index), with the projects each lists. */
export const BOXES = `
CALL () {
  ${SCOPE_PLANS}
  RETURN scopePlan.id AS scopePlanId
}
MATCH (b:${Box} {plan: scopePlanId}) USING INDEX SEEK b:${Box}(plan)
OPTIONAL MATCH (b)-[:${IN_CHAPTER}]->(c:${Chapter})
RETURN b.number AS number, b.title AS title, ${projection('c', ChapterRefRow)} AS chapter,
  COUNT { (b)<-[:${LISTED_IN}]-(:${Project}) } AS projectCount
ORDER BY number, b.plan`;

/**
 * The chapters of the plans in scope, each counting the projects below it, by their own chapter or
 * by the chapter of a box that lists them. Plan by plan (a plan's projects lie in its own chapters):
 * the counts are made in one pass from the plan's projects up its chapter tree, so the work grows
 * with the plans in scope, not with the graph.
 */
export const CHAPTERS = `
CALL () {
  ${SCOPE_PLANS}
  RETURN scopePlan.id AS scopePlanId
}
CALL (scopePlanId) {
  CALL (scopePlanId) {
    MATCH (p:${Project} {plan: scopePlanId}) USING INDEX SEEK p:${Project}(plan)
    CALL (p) {
      MATCH (start:${Chapter} {id: p.chapterId}) RETURN start
      UNION
      MATCH (p)-[:${LISTED_IN}]->(:${Box})-[:${IN_CHAPTER}]->(start:${Chapter}) RETURN start
    }
    MATCH (start)-[:${PART_OF}*0..5]->(above:${Chapter})
    WITH above, count(DISTINCT p) AS projectCount
    RETURN collect({id: above.id, projectCount: projectCount}) AS counts
  }
  MATCH (c:${Chapter} {plan: scopePlanId}) USING INDEX SEEK c:${Chapter}(plan)
  OPTIONAL MATCH (c)-[:${PART_OF}]->(parent:${Chapter})
  RETURN c, parent.id AS parentId, coalesce(head([x IN counts WHERE x.id = c.id | x.projectCount]), 0) AS projectCount
}
RETURN ${projection('c', ChapterRefRow)} AS chapter, parentId, projectCount
ORDER BY c.plan, c.line, c.id`;

/** The units the plans in scope name (each plan's document NAMES them), by name. */
export const UNITS = `
CALL () {
  ${SCOPE_PLANS}
  RETURN scopePlan.id AS scopePlanId
}
MATCH (:${Document} {plan: scopePlanId})-[:${NAMES}]->(u:${Unit})
WITH DISTINCT u
RETURN ${projection('u', UnitRow)} AS unit
ORDER BY u.name, u.id
LIMIT $limit`;

/**
 * Projects by district and industry; a project that states no district counts under a null district,
 * except that above a county plan's own region (a city, a province) the projects the county plan
 * leaves unplaced lie in that county.
 */
export const DISTRICT_INDUSTRY_MATRIX = `
${MATCH_SCOPED_PROJECTS}
MATCH (p)-[:${IN_INDUSTRY}]->(i:${Industry})
OPTIONAL MATCH (p)-[:${IN_DISTRICT}]->(d:${Region})
OPTIONAL MATCH (county:${Plan} {id: p.plan})
  WHERE d IS NULL AND county.level = 'county' AND $plan IS NULL AND coalesce($region, '') <> county.regionId
RETURN coalesce(d.name, county.region) AS district, i.code AS industry, count(DISTINCT p) AS count
ORDER BY district, industry`;
