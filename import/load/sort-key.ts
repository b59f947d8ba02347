import { pinyin } from 'pinyin-pro';

/** The pinyin of each Han character read so far: names share most of their characters. */
const syllableOf = new Map<string, string>();

/** A character's reading with its tone number, as pinyin-pro gives it for the character alone. */
function syllable(character: string): string {
  let reading = syllableOf.get(character);
  if (reading === undefined) {
    reading = pinyin(character, { toneType: 'num', type: 'array', v: true })[0] ?? character;
    syllableOf.set(character, reading);
  }
  return reading;
}

const HAN = /\p{Script=Han}/u;

/**
 * The key that sorts Chinese names in pinyin order (syllable, then tone), as
 * `Intl.Collator('zh-Hans-u-co-pinyin')` does in the browser: Neo4j compares strings by code
 * point, so the API orders by this key, stored at import, instead of by the name. Each character
 * is read alone, as the collator reads it (转 in 转子 as zhuan3, 都 in 都市 as dou1), which is also
 * ten times quicker than reading a name's words in context. Names that read the same are then
 * ordered by their characters (the collator orders homophones by its own table, which may differ).
 */
export function pinyinSortKey(name: string): string {
  const syllables: string[] = [];
  let other = '';
  for (const character of name) {
    if (!HAN.test(character)) {
      other += character;
      continue;
    }
    if (other) syllables.push(other);
    other = '';
    syllables.push(syllable(character));
  }
  if (other) syllables.push(other);
  // Punctuation (a name in “quotes”) sorts before letters, as the collator has it.
  const key = syllables.map((s) => (/[\p{L}\p{N}]/u.test(s) ? s.toLowerCase() : '!'));
  return `${key.join(' ')}\u0001${name}`;
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
