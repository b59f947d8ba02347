import path from 'node:path';
import { z } from 'zod';
import { loadIndustries } from '../city/profile';
import { dataFilePath, readTsv } from '../city/tsv';
import { PlanInputError } from '../errors';

/** data/industry-lexicon.tsv: sector terms of Chinese plans over the codes of data/industries.tsv. */
export const DEFAULT_INDUSTRY_LEXICON = path.join('data', 'industry-lexicon.tsv');

const COLUMNS = ['term', 'code', 'weight', 'source'] as const;

/** Where a term comes from; data/README.md explains each tag. */
export const LexiconSource = z.enum(['gbt4754', 'sei2018', 'plan-head-noun', 'plan-term']);
export type LexiconSource = z.infer<typeof LexiconSource>;

/** One row of the lexicon: a term that points to one industry code. */
export const LexiconEntry = z.object({
  term: z.string().min(2, 'a term has at least two characters').regex(/^\S+$/, 'a term has no spaces'),
  code: z.string().min(1),
  /** 2: the term decides the sector on its own; 1: a hint that needs the context to agree. */
  weight: z.enum(['1', '2']).transform((w): 1 | 2 => (w === '2' ? 2 : 1)),
  source: LexiconSource,
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** A term found in a text: `text.slice(start, end)` is the term (ASCII letters in any case). */
export interface LexiconMatch {
  code: string;
  term: string;
  weight: 1 | 2;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: LexiconEntry;
}

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Latin letters match in any case: plans write 5g, 5G and ５Ｇ alike once normalised.
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The industry lexicon as a matcher. `match` scans a text once, left to right, taking at each
 * position the longest term that starts there (a character trie, so the cost grows with the text,
 * not with the number of terms) and continuing after it: the matches never overlap. A term that
 * begins or ends with a Latin letter or digit matches only as a whole word (AI is not found in
 * EMAIL).
 */
export class IndustryLexicon {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byCode = new Map<string, LexiconEntry[]>();

  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      let node = this.root;
      for (let i = 0; i < entry.term.length; i++) {
        const c = fold(entry.term.charCodeAt(i));
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      node.entry = entry;
      const list = this.byCode.get(entry.code) ?? [];
      list.push(entry);
      this.byCode.set(entry.code, list);
    }
  }

  /** The number of terms. */
  get size(): number {
    return this.entries.length;
  }

  /** The terms of one industry code (empty for an unknown code). */
  termsOf(code: string): readonly LexiconEntry[] {
    return this.byCode.get(code) ?? [];
  }

  /** The terms found in `text`, in order, longest first at each position, never overlapping. */
  match(text: string): LexiconMatch[] {
    const matches: LexiconMatch[] = [];
    let start = 0;
    while (start < text.length) {
      const found = this.longestAt(text, start);
      if (!found) {
        start++;
        continue;
      }
      matches.push({ code: found.code, term: found.term, weight: found.weight, start, end: start + found.term.length });
      start += found.term.length;
    }
    return matches;
  }

  private longestAt(text: string, start: number): LexiconEntry | null {
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    let node: TrieNode | undefined = this.root;
    let best: LexiconEntry | null = null;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(fold(text.charCodeAt(i)));
      if (!node) break;
      if (node.entry && this.isWhole(node.entry.term, before, i + 1 < text.length ? text.charCodeAt(i + 1) : -1))
        best = node.entry;
    }
    return best;
  }

  private isWhole(term: string, before: number, after: number): boolean {
    if (isAsciiWordChar(term.charCodeAt(0)) && before >= 0 && isAsciiWordChar(before)) return false;
    if (isAsciiWordChar(term.charCodeAt(term.length - 1)) && after >= 0 && isAsciiWordChar(after)) return false;
    return true;
  }
}

/**
 * Reads and checks the lexicon: the header `term	code	weight	source`, every code one of
 * `codes` (by default those of data/industries.tsv), no term twice. Errors name the file and line.
 */
export function loadIndustryLexicon(
  file: string = DEFAULT_INDUSTRY_LEXICON,
  codes: ReadonlySet<string> = new Set(loadIndustries().map((i) => i.code)),
): IndustryLexicon {
  const rows = readTsv(file, COLUMNS, LexiconEntry);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!codes.has(row.code))
      throw new PlanInputError(dataFilePath(file), row.line, `unknown industry code "${row.code}"`);
    const key = row.term.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const first = seen.get(key);
    if (first !== undefined)
      throw new PlanInputError(dataFilePath(file), row.line, `"${row.term}" is already listed on line ${first}`);
    seen.set(key, row.line);
  }
  return new IndustryLexicon(rows.map(({ term, code, weight, source }) => ({ term, code, weight, source })));
}

const shared = new Map<string, IndustryLexicon>();

/**
 * The default lexicon checked against `codes`, read once per process: a process that reads many
 * plans (bulk import workers, the fuzz run) would otherwise parse the same 3,000-line file for each.
 */
export function sharedIndustryLexicon(codes: ReadonlySet<string>): IndustryLexicon {
  const key = [...codes].sort().join('\t');
  let lexicon = shared.get(key);
  if (!lexicon) {
    lexicon = loadIndustryLexicon(DEFAULT_INDUSTRY_LEXICON, codes);
    shared.set(key, lexicon);
  }
  return lexicon;
}
