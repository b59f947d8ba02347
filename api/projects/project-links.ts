import DataLoader from 'dataloader';
import { z } from 'zod';
import { DistrictProps, IndustryProps, ListedInProps, NodeLabel, projection, RelType, ResponsibleProps } from '../../graph/model';
import { type ChapterRef, ChapterRefRow, chapterRefFrom } from '../common/chapter-ref';
import { evidenceFrom } from '../common/evidence';
import type { Reader } from '../db/graph';
import { fromGraph } from '../db/values';
import { type DistrictLink, type IndustryLink, type Mention, type PlaceLink, PlaceRow, type UnitLink, UnitRow, placeFrom, unitFrom } from './links.type';

export interface ProjectLinks {
  chapterPath: ChapterRef[];
  industries: IndustryLink[];
  districts: DistrictLink[];
  places: PlaceLink[];
  units: UnitLink[];
  mentions: Mention[];
}

const { Project, Box, Chapter, Industry, District, Place, Unit } = NodeLabel;
const { LISTED_IN, IN_CHAPTER, PART_OF, IN_INDUSTRY, IN_DISTRICT, AT_PLACE, RESPONSIBLE } = RelType;

/** What PROJECT_LINKS returns for one project, typed by graph/model.ts. */
const IndustryRow = IndustryProps.pick({ code: true, zh: true });
const DistrictRow = DistrictProps.pick({ name: true });
/** A relationship takes no map projection in a pattern comprehension, so the mention's fields are listed. */
const MentionRow = ListedInProps.pick({ item: true, line: true, quote: true });
const evidence = { evidence: z.unknown() };
const LinksRow = z.object({
  chapterPath: z.array(z.unknown()),
  industries: z.array(IndustryRow.extend(evidence)),
  districts: z.array(DistrictRow.extend(evidence)),
  places: z.array(z.object({ place: z.unknown(), projectCount: z.number().int(), ...evidence })),
  units: z.array(z.object({ unit: z.unknown(), role: ResponsibleProps.shape.role, ...evidence })),
  mentions: z.array(MentionRow.extend({ box: z.number().int() })),
});

/**
 * Everything a page of projects links to, for a batch of project ids in one statement. The chapter
 * path starts at the project's own chapter or section, else at the chapter of its first box.
 */
export const PROJECT_LINKS = `
UNWIND $ids AS id
MATCH (p:${Project} {id: id})
CALL (p) {
  OPTIONAL MATCH (own:${Chapter} {id: p.chapterId})
  OPTIONAL MATCH (p)-[:${LISTED_IN}]->(b:${Box})-[:${IN_CHAPTER}]->(boxChapter:${Chapter}) WHERE b.number = p.box
  WITH coalesce(own, boxChapter) AS start LIMIT 1
  OPTIONAL MATCH up = (start)-[:${PART_OF}*0..5]->(top:${Chapter}) WHERE NOT (top)-[:${PART_OF}]->(:${Chapter})
  RETURN CASE WHEN up IS NULL THEN [] ELSE reverse([c IN nodes(up) | ${projection('c', ChapterRefRow)}]) END AS chapterPath
  LIMIT 1
}
RETURN p.id AS id, chapterPath,
  [(p)-[r:${IN_INDUSTRY}]->(i:${Industry}) | ${projection('i', IndustryRow, 'evidence: properties(r)')}] AS industries,
  [(p)-[r:${IN_DISTRICT}]->(d:${District}) | ${projection('d', DistrictRow, 'evidence: properties(r)')}] AS districts,
  [(p)-[r:${AT_PLACE}]->(pl:${Place}) | {
     place: ${projection('pl', PlaceRow.omit({ district: true }), `district: coalesce(pl.district, head([(pl)-[:${IN_DISTRICT}]->(pd:${District}) | pd.name]))`)},
     projectCount: COUNT { (pl)<-[:${AT_PLACE}]-(:${Project}) },
     evidence: properties(r)}] AS places,
  [(p)-[r:${RESPONSIBLE}]->(u:${Unit}) | {unit: ${projection('u', UnitRow)}, role: r.role, evidence: properties(r)}] AS units,
  [(p)-[r:${LISTED_IN}]->(b:${Box}) | {box: b.number, item: r.item, line: r.line, quote: r.quote}] AS mentions`;

const byKey =
  <T>(key: (item: T) => string | number) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

function linksFrom(record: unknown): ProjectLinks {
  const links = fromGraph(LinksRow, record);
  return {
    chapterPath: links.chapterPath.map(chapterRefFrom),
    industries: links.industries.map((r) => ({ ...r, evidence: evidenceFrom(r.evidence) })).sort(byKey((l) => l.code)),
    districts: links.districts.map((r) => ({ ...r, evidence: evidenceFrom(r.evidence) })).sort(byKey((l) => l.name)),
    places: links.places
      .map((r) => ({ place: placeFrom(r.place, r.projectCount), evidence: evidenceFrom(r.evidence) }))
      .sort(byKey((l) => l.place.id)),
    units: links.units
      .map((r) => ({ unit: unitFrom(r.unit), role: r.role, evidence: evidenceFrom(r.evidence) }))
      .sort(byKey((l) => `${l.role}\u0000${l.unit.id}`)),
    mentions: links.mentions
      .map(({ box, item, line, quote }) => ({ box, item, line: line ?? 0, quote: quote ?? '' }))
      .sort(byKey((m) => m.box * 1e6 + m.line)),
  };
}

const NO_LINKS: ProjectLinks = { chapterPath: [], industries: [], districts: [], places: [], units: [], mentions: [] };

/** Per-request loader: all projects a response shows get their links in one statement. */
export function projectLinksLoader(reader: Reader): DataLoader<string, ProjectLinks> {
  return new DataLoader(async (ids) => {
    const records = await reader.read(PROJECT_LINKS, { ids: [...ids] });
    const found = new Map(records.map((r) => [r.get('id') as string, linksFrom(r.toObject())]));
    return ids.map((id) => found.get(id) ?? NO_LINKS);
  });
}
