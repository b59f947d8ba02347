import { pinyin } from 'pinyin-pro';

/**
 * The key that sorts Chinese names in pinyin order (syllable, then tone), as
 * `Intl.Collator('zh-Hans-u-co-pinyin')` does in the browser: Neo4j compares strings by code
 * point, so the API orders by this key, stored at import, instead of by the name. Names that
 * read the same are then ordered by their characters (the collator orders homophones by its own
 * table, which may differ).
 */
export function pinyinSortKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true }).map((s) => s.toLowerCase());
  return `${syllables.join(' ')}\u0001${name}`;
}
