import { NodeLabel, projection, RelType } from '../../graph/model';
import { ChapterRefRow } from '../common/chapter-ref';
import { DistrictLinkRow, IndustryLinkRow, PlaceRow, UnitRow } from './links.type';

const { Project, Box, Chapter, Industry, Region, Place, Unit } = NodeLabel;
const { LISTED_IN, IN_CHAPTER, PART_OF, IN_INDUSTRY, IN_DISTRICT, AT_PLACE, RESPONSIBLE } = RelType;

/** The chapter path of project `p`: from its own chapter or section, else from the chapter of its first box. */
const CHAPTER_PATH_OF_P = `
OPTIONAL CALL (p) {
  WITH p WHERE $want.chapterPath
  OPTIONAL MATCH (own:${Chapter} {id: p.chapterId})
  OPTIONAL MATCH (p)-[:${LISTED_IN}]->(b:${Box})-[:${IN_CHAPTER}]->(boxChapter:${Chapter}) WHERE b.number = p.box
  WITH coalesce(own, boxChapter) AS start LIMIT 1
  OPTIONAL MATCH up = (start)-[:${PART_OF}*0..5]->(top:${Chapter}) WHERE NOT (top)-[:${PART_OF}]->(:${Chapter})
  RETURN CASE WHEN up IS NULL THEN [] ELSE reverse([c IN nodes(up) | ${projection('c', ChapterRefRow)}]) END AS chapterPath
  LIMIT 1
}`;

/** A link's provenance, only when `$want.evidence`: it is most of a link's bytes. */
const EVIDENCE_VALUE = 'CASE WHEN $want.evidence THEN properties(r) END';
const EVIDENCE = `evidence: ${EVIDENCE_VALUE}`;

/** The columns of one project's links (`p` and its chapterPath bound), each read only when `$want` asks. */
const LINK_COLUMNS = `p.id AS id, coalesce(chapterPath, []) AS chapterPath,
  CASE WHEN $want.industries THEN [(p)-[r:${IN_INDUSTRY}]->(i:${Industry}) | ${projection('i', IndustryLinkRow, EVIDENCE)}] ELSE [] END AS industries,
  CASE WHEN $want.districts THEN [(p)-[r:${IN_DISTRICT}]->(d:${Region}) | ${projection('d', DistrictLinkRow, EVIDENCE)}] ELSE [] END AS districts,
  CASE WHEN $want.places THEN [(p)-[r:${AT_PLACE}]->(pl:${Place}) | {
     place: ${projection('pl', PlaceRow.omit({ district: true }), `district: coalesce(pl.district, head([(pl)-[:${IN_DISTRICT}]->(pd:${Region}) | pd.name]))`)},
     projectCount: COUNT { (pl)<-[:${AT_PLACE}]-(:${Project}) },
     evidence: ${EVIDENCE_VALUE}}] ELSE [] END AS places,
  CASE WHEN $want.units THEN [(p)-[r:${RESPONSIBLE}]->(u:${Unit}) | {unit: ${projection('u', UnitRow)}, role: r.role, evidence: ${EVIDENCE_VALUE}}] ELSE [] END AS units,
  CASE WHEN $want.mentions THEN [(p)-[r:${LISTED_IN}]->(b:${Box}) | {box: b.number, item: r.item, line: r.line, quote: r.quote}] ELSE [] END AS mentions`;

/**
 * What a page of projects links to, for a batch of project ids in one statement: only the parts
 * `$want` asks for (a map of booleans by part), so a page that shows industries and districts
 * does not read units, places and the outline.
 */
export const PROJECT_LINKS = `
UNWIND $ids AS id
MATCH (p:${Project} {id: id})${CHAPTER_PATH_OF_P}
RETURN ${LINK_COLUMNS}`;

/**
 * The links of the projects of the list `page` (bound before it), as one list of maps with the
 * columns of PROJECT_LINKS: a page of projects reads its links in the same statement.
 */
export const LINKS_OF_PAGE = `
CALL (page) {
  UNWIND page AS p${CHAPTER_PATH_OF_P}
  WITH ${LINK_COLUMNS}
  RETURN collect({id: id, chapterPath: chapterPath, industries: industries, districts: districts, places: places, units: units, mentions: mentions}) AS links
}`;
