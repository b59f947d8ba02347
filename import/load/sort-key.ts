import { pinyin } from 'pinyin-pro';

/**
 * The key that sorts Chinese names in pinyin order (syllable, then tone), as
 * `Intl.Collator('zh-Hans-u-co-pinyin')` does in the browser: Neo4j compares strings by code
 * point, so the API orders by this key, stored at import, instead of by the name. Names that
 * read the same are then ordered by their characters (the collator orders homophones by its own
 * table, which may differ).
 */
export function pinyinSortKey(name: string): string {
  // Punctuation (a name in “quotes”) sorts before letters, as the collator has it.
  const syllables = pinyin(name, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true }).map((s) =>
    /[\p{L}\p{N}]/u.test(s) ? s.toLowerCase() : '!',
  );
  return `${syllables.join(' ')}\u0001${name}`;
}

/** A column of planOrderKey: the number at a fixed width, or `~` for none (after every number, as ORDER BY puts nulls last). */
const orderColumn = (n: number | null): string => (n === null ? '~' : String(n).padStart(10, '0'));

/**
 * The key that sorts projects in the plan's order — box, item, line, then id — as one string, so
 * that a page in that order is read from an index instead of sorting every project of a filter.
 * Migration 007 writes the same key in Cypher for projects loaded before it; the numbers are
 * non-negative, of at most 10 digits.
 */
export function planOrderKey(box: number | null, item: number | null, line: number | null, id: string): string {
  return `${orderColumn(box)} ${orderColumn(item)} ${orderColumn(line)} ${id}`;
}

/**
 * The keys of a project's link to the industry `code` (InIndustryProps of graph/model.ts): its
 * plan-order key and its name key then plan-order key, each behind the code, so that the
 * industry's projects lie together in the index, in either order. Migration 007 writes the same.
 */
export function industryOrderKeys(
  code: string,
  nameKey: string,
  orderKey: string,
): { orderKey: string; nameKey: string } {
  return { orderKey: `${code} ${orderKey}`, nameKey: `${code} ${nameKey}\u0001${orderKey}` };
}
