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
