import { DistrictProps, IndicatorProps, IndustryProps, NodeLabel, projection, RelType, withId } from '../../graph/model';
import { ChapterRefRow } from '../common/chapter-ref';
import { UnitRow } from '../projects/links.type';

const { Project, Industry, Indicator, District, Box, Chapter, Unit } = NodeLabel;
const { IN_INDUSTRY, MEASURES, IN_DISTRICT, LISTED_IN, IN_CHAPTER, PART_OF } = RelType;

/** The properties an industry, its indicators and a district are read with. */
export const IndustryRow = IndustryProps;
export const IndicatorRow = withId(IndicatorProps).pick({
  id: true,
  number: true,
  part: true,
  category: true,
  name: true,
  unit: true,
  value2025: true,
  value2030: true,
  target: true,
  attribute: true,
});
export const DistrictRow = DistrictProps.pick({ name: true, kind: true });

export const INDUSTRIES = `
MATCH (i:${Industry})
RETURN ${projection('i', IndustryRow)} AS industry,
  COUNT { (i)<-[:${IN_INDUSTRY}]-(:${Project}) } AS projectCount,
  [(n:${Indicator})-[:${MEASURES}]->(i) | ${projection('n', IndicatorRow)}] AS indicators
ORDER BY i.code`;

export const DISTRICTS = `
MATCH (d:${District})
WITH d, COUNT { (d)<-[:${IN_DISTRICT}]-(:${Project}) } AS projectCount
RETURN d.name AS name, d.kind AS kind, projectCount
ORDER BY projectCount DESC, name`;

export const BOXES = `
MATCH (b:${Box})
OPTIONAL MATCH (b)-[:${IN_CHAPTER}]->(c:${Chapter})
RETURN b.number AS number, b.title AS title, ${projection('c', ChapterRefRow)} AS chapter,
  COUNT { (b)<-[:${LISTED_IN}]-(:${Project}) } AS projectCount
ORDER BY number`;

/**
 * A chapter counts the projects below it, by their own chapter or by the chapter of a box that
 * lists them. The counts are made in one pass from the projects up the chapter tree, not by
 * testing every project against every chapter.
 */
export const CHAPTERS = `
CALL () {
  MATCH (p:${Project})
  CALL (p) {
    MATCH (start:${Chapter} {id: p.chapterId}) RETURN start
    UNION
    MATCH (p)-[:${LISTED_IN}]->(:${Box})-[:${IN_CHAPTER}]->(start:${Chapter}) RETURN start
  }
  MATCH (start)-[:${PART_OF}*0..5]->(above:${Chapter})
  WITH above, count(DISTINCT p) AS projectCount
  RETURN collect({id: above.id, projectCount: projectCount}) AS counts
}
MATCH (c:${Chapter})
OPTIONAL MATCH (c)-[:${PART_OF}]->(parent:${Chapter})
RETURN ${projection('c', ChapterRefRow)} AS chapter, parent.id AS parentId,
  coalesce(head([x IN counts WHERE x.id = c.id | x.projectCount]), 0) AS projectCount
ORDER BY c.line, c.id`;

export const UNITS = `
MATCH (u:${Unit})
RETURN ${projection('u', UnitRow)} AS unit
ORDER BY u.name
LIMIT $limit`;

export const DISTRICT_INDUSTRY_MATRIX = `
MATCH (d:${District})<-[:${IN_DISTRICT}]-(p:${Project})-[:${IN_INDUSTRY}]->(i:${Industry})
RETURN d.name AS district, i.code AS industry, count(DISTINCT p) AS count
ORDER BY district, industry`;
