import DataLoader from 'dataloader';
import { boxLabel } from '../../graph/box-number';
import { type ChapterRef, chapterRefFrom } from '../common/chapter-ref';
import { type Evidence, evidenceFrom } from '../common/evidence';
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

/**
 * A link with its evidence converted, or without it when the statement did not read it (the
 * query selects no `evidence` under the link: see LinkKey.evidence), so GraphQL never asks for it.
 */
function withEvidence<T extends { evidence: Evidence }>(link: Omit<T, 'evidence'>, stored: unknown): T {
  return (stored === null || stored === undefined ? link : { ...link, evidence: evidenceFrom(stored) }) as T;
}

function linksFrom(record: unknown): ProjectLinks {
  const links = fromGraph(LinksRow, record);
  return {
    chapterPath: links.chapterPath.map(chapterRefFrom),
    industries: links.industries
      .map((r) => withEvidence<IndustryLink>({ code: r.code, zh: r.zh }, r.evidence))
      .sort(byKey((l) => l.code)),
    districts: links.districts
      .map((r) => withEvidence<DistrictLink>({ name: r.name }, r.evidence))
      .sort(byKey((l) => l.name)),
    places: links.places
      .map((r) => withEvidence<PlaceLink>({ place: placeFrom(r.place, r.projectCount) }, r.evidence))
      .sort(byKey((l) => l.place.id)),
    units: links.units
      .map((r) => withEvidence<UnitLink>({ unit: unitFrom(r.unit), role: r.role }, r.evidence))
      .sort(byKey((l) => `${l.role}\u0000${l.unit.id}`)),
    mentions: links.mentions
      .map(({ box, item, line, quote }) => ({
        box,
        boxLabel: boxLabel(box),
        item,
        line: line ?? 0,
        quote: quote ?? '',
      }))
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

/** What a statement of links reads: the parts, and the links' evidence (for every part that has it). */
export type LinkWant = Record<LinkPart, boolean> & { evidence: boolean };

/** One part of one project's links: what a field resolver asks the loader for. */
export interface LinkKey {
  id: string;
  part: LinkPart;
  /** Whether the field selects the links' `evidence`: most pages show names only, and quotes are most of the bytes. */
  evidence: boolean;
}

export type ProjectLinksLoader = DataLoader<LinkKey, ProjectLinks[LinkPart], string>;

const cacheKey = (k: LinkKey) => `${k.part}\u0000${k.evidence ? 1 : 0}\u0000${k.id}`;

/**
 * Per-request loader: all projects a response shows get their links in one statement, which reads
 * only the parts the response's fields ask for, and their evidence only when a field asks for it.
 */
export function projectLinksLoader(reader: Reader): ProjectLinksLoader {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.id))];
      const want: LinkWant = {
        ...(Object.fromEntries(LINK_PARTS.map((part) => [part, keys.some((k) => k.part === part)])) as Record<
          LinkPart,
          boolean
        >),
        evidence: keys.some((k) => k.evidence),
      };
      const records = await reader.read(PROJECT_LINKS, { ids, want });
      const found = new Map(records.map((r) => [r.get('id') as string, linksFrom(r.toObject())]));
      return keys.map((k) => (found.get(k.id) ?? NO_LINKS)[k.part]);
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * Gives the loader the links a statement has already read (maps with the columns of
 * PROJECT_LINKS, for the parts of `want`), so that the fields of those projects need no statement of
 * their own. Parts not read are left to the loader.
 */
export function primeLinks(loader: ProjectLinksLoader, rows: unknown[], want: LinkWant): void {
  for (const row of rows) {
    const links = linksFrom(row);
    const id = (row as { id: string }).id;
    for (const part of LINK_PARTS) {
      if (!want[part]) continue;
      // Links read with their evidence serve a field that does not show it as well.
      loader.prime({ id, part, evidence: false }, links[part]);
      if (want.evidence) loader.prime({ id, part, evidence: true }, links[part]);
    }
  }
}

/** One part of a project's links, typed by the part; `evidence`: the field selects the links' evidence. */
export function loadLinks<P extends LinkPart>(
  loader: ProjectLinksLoader,
  id: string,
  part: P,
  evidence = false,
): Promise<ProjectLinks[P]> {
  return loader.load({ id, part, evidence }) as Promise<ProjectLinks[P]>;
}
