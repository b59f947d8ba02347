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

/** A part of what a project links to, as one field of the Project type shows it. */
export type LinkPart = keyof ProjectLinks;
export const LINK_PARTS: readonly LinkPart[] = [
  'chapterPath',
  'industries',
  'districts',
  'places',
  'units',
  'mentions',
];

/** One part of one project's links: what a field resolver asks the loader for. */
export interface LinkKey {
  id: string;
  part: LinkPart;
}

export type ProjectLinksLoader = DataLoader<LinkKey, ProjectLinks[LinkPart], string>;

/**
 * Per-request loader: all projects a response shows get their links in one statement, which reads
 * only the parts the response's fields ask for.
 */
export function projectLinksLoader(reader: Reader): ProjectLinksLoader {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.id))];
      const want = Object.fromEntries(LINK_PARTS.map((part) => [part, keys.some((k) => k.part === part)]));
      const records = await reader.read(PROJECT_LINKS, { ids, want });
      const found = new Map(records.map((r) => [r.get('id') as string, linksFrom(r.toObject())]));
      return keys.map((k) => (found.get(k.id) ?? NO_LINKS)[k.part]);
    },
    { cacheKeyFn: (k) => `${k.part}\u0000${k.id}` },
  );
}

/**
 * Gives the loader the links a statement has already read (maps with the columns of
 * PROJECT_LINKS, for the parts of `want`), so that the fields of those projects need no statement of
 * their own. Parts not read are left to the loader.
 */
export function primeLinks(loader: ProjectLinksLoader, rows: unknown[], want: Record<LinkPart, boolean>): void {
  for (const row of rows) {
    const links = linksFrom(row);
    const id = (row as { id: string }).id;
    for (const part of LINK_PARTS) if (want[part]) loader.prime({ id, part }, links[part]);
  }
}

/** One part of a project's links, typed by the part. */
export function loadLinks<P extends LinkPart>(
  loader: ProjectLinksLoader,
  id: string,
  part: P,
): Promise<ProjectLinks[P]> {
  return loader.load({ id, part }) as Promise<ProjectLinks[P]>;
}
