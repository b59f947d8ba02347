/**
 * A box's number as the plan prints it. Most plans number their boxes 1, 2, 3 …; many number them by
 * chapter (专栏3-1, 专栏3-2, 专栏5-1). A chapter-numbered box is kept as one integer, chapter × 100 + its
 * place in the chapter, so that box numbers stay integer keys (ids `box:N`, `boxes` lists, filters)
 * that sort in the plan's order; `boxLabel` prints the number back as the plan wrote it.
 */

/** A chapter holds fewer boxes than this, and a plan numbering its boxes plainly fewer than this many. */
export const BOXES_PER_CHAPTER = 100;

/** "7" → 7, "3-1" (or 3—1, 3.1) → 301; null when not a box number this reader keeps. */
export function boxNumber(printed: string): number | null {
  const match = /^(\d{1,2})(?:\s?[-－—–‐.]\s?(\d{1,2}))?$/.exec(printed.trim());
  if (!match) return null;
  const first = Number(match[1]);
  if (match[2] === undefined) return first >= 1 ? first : null;
  const within = Number(match[2]);
  return first >= 1 && within >= 1 ? first * BOXES_PER_CHAPTER + within : null;
}

/** 7 → "7", 301 → "3-1": the box's number as the plan prints it after 专栏. */
export function boxLabel(number: number): string {
  if (number < BOXES_PER_CHAPTER) return String(number);
  return `${Math.floor(number / BOXES_PER_CHAPTER)}-${number % BOXES_PER_CHAPTER}`;
}
