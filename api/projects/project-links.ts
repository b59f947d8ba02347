import DataLoader from 'dataloader';
import { NodeLabel, RelType } from '../../graph/model';
import { type ChapterRef, chapterRefFrom } from '../common/chapter-ref';
import { evidenceFrom } from '../common/evidence';
import type { Reader } from '../db/graph';
import { toNumber, toNumberOrNull } from '../db/values';
import {
  type DistrictLink,
  type IndustryLink,
  type Mention,
  type PlaceLink,
  type UnitLink,
  placeFrom,
  unitFrom,
} from './links.type';

export interface ProjectLinks {
  chapterPath: ChapterRef[];
  industries: IndustryLink[];
  districts: DistrictLink[];
  places: PlaceLink[];
  units: UnitLink[];
  mentions: Mention[];
}

const { Project, Box, Chapter, Industry, Region, Place, Unit } = NodeLabel;
const { LISTED_IN, IN_CHAPTER, PART_OF, IN_INDUSTRY, IN_DISTRICT, AT_PLACE, RESPONSIBLE } = RelType;

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
  RETURN CASE WHEN up IS NULL THEN [] ELSE reverse([c IN nodes(up) | c {.id, .level, .number, .title}]) END AS chapterPath
  LIMIT 1
}
RETURN p.id AS id, chapterPath,
  [(p)-[r:${IN_INDUSTRY}]->(i:${Industry}) | {code: i.code, zh: i.zh, evidence: properties(r)}] AS industries,
  [(p)-[r:${IN_DISTRICT}]->(d:${Region}) | {name: d.name, evidence: properties(r)}] AS districts,
  [(p)-[r:${AT_PLACE}]->(pl:${Place}) | {
     place: pl {.id, .name, district: coalesce(pl.district, head([(pl)-[:${IN_DISTRICT}]->(pd:${Region}) | pd.name]))},
     projectCount: COUNT { (pl)<-[:${AT_PLACE}]-(:${Project}) },
     evidence: properties(r)}] AS places,
  [(p)-[r:${RESPONSIBLE}]->(u:${Unit}) | {unit: u {.id, .name, .kind, .aliases, .duties}, role: r.role, evidence: properties(r)}] AS units,
  [(p)-[r:${LISTED_IN}]->(b:${Box}) | {box: b.number, item: r.item, line: r.line, quote: r.quote}] AS mentions`;

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const byKey =
  <T>(key: (item: T) => string | number) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

function linksFrom(record: Row): ProjectLinks {
  return {
    chapterPath: rows(record.chapterPath).map(chapterRefFrom),
    industries: rows(record.industries)
      .map((r) => ({ code: String(r.code), zh: String(r.zh), evidence: evidenceFrom(r.evidence as Row) }))
      .sort(byKey((l) => l.code)),
    districts: rows(record.districts)
      .map((r) => ({ name: String(r.name), evidence: evidenceFrom(r.evidence as Row) }))
      .sort(byKey((l) => l.name)),
    places: rows(record.places)
      .map((r) => ({
        place: placeFrom(r.place as Row, toNumber(r.projectCount)),
        evidence: evidenceFrom(r.evidence as Row),
      }))
      .sort(byKey((l) => l.place.id)),
    units: rows(record.units)
      .map((r) => ({
        unit: unitFrom(r.unit as Row),
        role: String(r.role ?? ''),
        evidence: evidenceFrom(r.evidence as Row),
      }))
      .sort(byKey((l) => `${l.role}\u0000${l.unit.id}`)),
    mentions: rows(record.mentions)
      .map((r) => ({
        box: toNumber(r.box),
        item: toNumberOrNull(r.item) ?? 0,
        line: toNumberOrNull(r.line) ?? 0,
        quote: String(r.quote ?? ''),
      }))
      .sort(byKey((m) => m.box * 1e6 + m.line)),
  };
}

const NO_LINKS: ProjectLinks = { chapterPath: [], industries: [], districts: [], places: [], units: [], mentions: [] };

/** Per-request loader: all projects a response shows get their links in one statement. */
export function projectLinksLoader(reader: Reader): DataLoader<string, ProjectLinks> {
  return new DataLoader(async (ids) => {
    const records = await reader.read(PROJECT_LINKS, { ids: [...ids] });
    const found = new Map(records.map((r) => [String(r.get('id')), linksFrom(r.toObject())]));
    return ids.map((id) => found.get(id) ?? NO_LINKS);
  });
}
