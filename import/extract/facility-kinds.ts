import path from 'node:path';
import { z } from 'zod';
import { dataFilePath, readTsv } from '../city/tsv';
import { PlanInputError } from '../errors';

/** data/facility-kinds.tsv: the reviewed vocabulary of what kind of facility a project builds. */
export const DEFAULT_FACILITY_KINDS = path.join('data', 'facility-kinds.tsv');

const COLUMNS = ['kind', 'zh', 'en', 'suffixes', 'excludes', 'note'] as const;

const words = (min: number) =>
  z.string().transform((text, ctx) => {
    const list = text === '' ? [] : text.split('|');
    if (list.length < min) ctx.addIssue({ code: 'custom', message: `needs at least ${min} entry` });
    if (list.some((w) => w.trim() !== w || w.length < 2))
      ctx.addIssue({ code: 'custom', message: 'entries are |-separated words of two or more characters, no spaces' });
    if (new Set(list).size !== list.length) ctx.addIssue({ code: 'custom', message: 'an entry is listed twice' });
    return list;
  });

/** One kind of the vocabulary. */
export const FacilityKindEntry = z.object({
  /** Stable id, e.g. `logistics-park`. */
  kind: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kind is a lower-case slug such as logistics-park'),
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
  /** Name endings (head nouns) that make a name this kind. */
  suffixes: words(1),
  /**
   * Words that, ending at or after the head noun, show the name is something else: a look-alike
   * ending (驾驶学校, 宠物医院) or what follows the head (学校信息化提升, 物流中心城市).
   */
  excludes: words(0),
  note: z.string(),
});
export type FacilityKindEntry = z.infer<typeof FacilityKindEntry>;

/** A facility kind in both languages. */
export interface FacilityKind {
  kind: string;
  zh: string;
  en: string;
}

/**
 * The facility-kind vocabulary. A name is of the kind whose suffix ends latest in it — the head
 * noun of a Chinese name stands last, before phase and work words (…机场改扩建工程) — the longer
 * suffix winning at the same end; unless one of that kind's excludes ends at or after that suffix's
 * end, in which case the name is of no kind (no second guess from an earlier noun, which is only a
 * modifier).
 */
export class FacilityKinds {
  /** The suffixes by their last character, longest first: a suffix can end only where that character stands. */
  private readonly byLastChar = new Map<string, { suffix: string; entry: FacilityKindEntry }[]>();

  constructor(readonly entries: readonly FacilityKindEntry[]) {
    const suffixes = entries
      .flatMap((entry) => entry.suffixes.map((suffix) => ({ suffix, entry })))
      .sort((a, b) => b.suffix.length - a.suffix.length);
    for (const s of suffixes) {
      const last = s.suffix.at(-1) ?? '';
      const list = this.byLastChar.get(last) ?? [];
      list.push(s);
      this.byLastChar.set(last, list);
    }
  }

  /** The kind of facility `name` names, or null when none of the vocabulary fits. */
  of(name: string): FacilityKind | null {
    const best = this.latestSuffix(name);
    if (!best) return null;
    const { entry, end } = best;
    const excluded = entry.excludes.some((word) => {
      const index = name.lastIndexOf(word);
      return index >= 0 && index + word.length >= end;
    });
    return excluded ? null : { kind: entry.kind, zh: entry.zh, en: entry.en };
  }

  /** The suffix that ends latest in `name`, the longest of those ending there. */
  private latestSuffix(name: string): { entry: FacilityKindEntry; end: number } | null {
    for (let end = name.length; end > 0; end--) {
      const candidates = this.byLastChar.get(name[end - 1]);
      if (!candidates) continue;
      for (const { suffix, entry } of candidates) {
        if (suffix.length <= end && name.startsWith(suffix, end - suffix.length)) return { entry, end };
      }
    }
    return null;
  }

  /** The kind with this id, if any. */
  get(kind: string): FacilityKind | undefined {
    const entry = this.entries.find((e) => e.kind === kind);
    return entry && { kind: entry.kind, zh: entry.zh, en: entry.en };
  }
}

/**
 * Reads and checks the vocabulary: the header `kind	zh	en	suffixes	excludes	note`, each kind
 * once, each suffix claimed by one kind only. Errors name the file and line.
 */
export function loadFacilityKinds(file: string = DEFAULT_FACILITY_KINDS): FacilityKinds {
  const rows = readTsv(file, COLUMNS, FacilityKindEntry);
  const kinds = new Map<string, number>();
  const suffixes = new Map<string, string>();
  for (const row of rows) {
    if (kinds.has(row.kind))
      throw new PlanInputError(
        dataFilePath(file),
        row.line,
        `kind "${row.kind}" is already listed on line ${kinds.get(row.kind)}`,
      );
    kinds.set(row.kind, row.line);
    for (const suffix of row.suffixes) {
      const other = suffixes.get(suffix);
      if (other)
        throw new PlanInputError(dataFilePath(file), row.line, `suffix "${suffix}" is already a suffix of ${other}`);
      suffixes.set(suffix, row.kind);
    }
  }
  return new FacilityKinds(rows.map(({ line: _line, ...entry }) => entry));
}

let standard: FacilityKinds | undefined;

/** The bundled vocabulary, read once: it is data shipped with the product and does not change while running. */
export function standardFacilityKinds(): FacilityKinds {
  return (standard ??= loadFacilityKinds());
}

/** The facility kind of a project name by `kinds` (the bundled vocabulary unless given). */
export function facilityKind(name: string, kinds: FacilityKinds = standardFacilityKinds()): FacilityKind | null {
  return kinds.of(name);
}
