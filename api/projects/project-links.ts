import DataLoader from 'dataloader';
import { type ChapterRef, chapterRefFrom } from '../common/chapter-ref';
import { evidenceFrom } from '../common/evidence';
import type { Reader } from '../db/graph';
import { fromGraph } from '../db/values';
import {
  type DistrictLink,
  type IndustryLink,
  LinksRow,
  type Mention,
  type PlaceLink,
  type UnitLink,
  placeFrom,
  unitFrom,
} from './links.type';
import { PROJECT_LINKS } from './project-links.cypher';

export interface ProjectLinks {
  chapterPath: ChapterRef[];
  industries: IndustryLink[];
  districts: DistrictLink[];
  places: PlaceLink[];
  units: UnitLink[];
  mentions: Mention[];
}

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
