import { NodeLabel, RelType } from '../../graph/model';

const { Project, Industry, Indicator, District, Box, Chapter, Unit } = NodeLabel;
const { IN_INDUSTRY, MEASURES, IN_DISTRICT, LISTED_IN, IN_CHAPTER, PART_OF } = RelType;

export const INDUSTRIES = `
MATCH (i:${Industry})
RETURN i {.code, .zh, .en} AS industry,
  COUNT { (i)<-[:${IN_INDUSTRY}]-(:${Project}) } AS projectCount,
  [(n:${Indicator})-[:${MEASURES}]->(i) | n {.*}] AS indicators
ORDER BY i.code`;

export const DISTRICTS = `
MATCH (d:${District})
WITH d, COUNT { (d)<-[:${IN_DISTRICT}]-(:${Project}) } AS projectCount
RETURN d.name AS name, d.kind AS kind, projectCount
ORDER BY projectCount DESC, name`;

export const BOXES = `
MATCH (b:${Box})
OPTIONAL MATCH (b)-[:${IN_CHAPTER}]->(c:${Chapter})
RETURN b.number AS number, b.title AS title, c {.id, .level, .number, .title} AS chapter,
  COUNT { (b)<-[:${LISTED_IN}]-(:${Project}) } AS projectCount
ORDER BY number`;

/** A chapter counts the projects below it, by their own chapter or by the chapter of a box that lists them. */
export const CHAPTERS = `
MATCH (c:${Chapter})
OPTIONAL MATCH (c)-[:${PART_OF}]->(parent:${Chapter})
CALL (c) {
  MATCH (x:${Chapter})-[:${PART_OF}*0..5]->(c)
  RETURN collect(x.id) AS subtree
}
RETURN c {.id, .level, .number, .title} AS chapter, parent.id AS parentId,
  COUNT {
    MATCH (p:${Project})
    WHERE p.chapterId IN subtree
       OR EXISTS { (p)-[:${LISTED_IN}]->(:${Box})-[:${IN_CHAPTER}]->(y:${Chapter}) WHERE y.id IN subtree }
  } AS projectCount
ORDER BY c.line, c.id`;

export const UNITS = `
MATCH (u:${Unit})
RETURN u {.id, .name, .kind, .aliases, .duties} AS unit
ORDER BY u.name
LIMIT $limit`;

export const DISTRICT_INDUSTRY_MATRIX = `
MATCH (d:${District})<-[:${IN_DISTRICT}]-(p:${Project})-[:${IN_INDUSTRY}]->(i:${Industry})
RETURN d.name AS district, i.code AS industry, count(DISTINCT p) AS count
ORDER BY district, industry`;
