/** Splitting Chinese plan prose without breaking names that carry brackets or quotes. */

const OPENERS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS = new Set(Object.values(OPENERS));

/** Depth of brackets/quotes before each character: 0 means the character stands in the open text. */
export function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSERS.has(ch) && depth > 0) {
      depth -= 1;
      out.push(depth);
      continue;
    }
    out.push(depth);
    if (OPENERS[ch] !== undefined) depth += 1;
  }
  return out;
}

/**
 * Brackets and quotes open a depth; a UTF-16 surrogate makes `depths` (one entry per code point)
 * misalign with string indexes. A text with neither stands wholly at depth 0, which most plan text
 * does, so the functions below skip `depths` for it and give the same answers.
 */
const NOT_FLAT = /[（(“《〔【\uD800-\uDFFF]/;

/** Splits on any of `separators` where they stand outside brackets and quotes. */
export function splitOutside(text: string, separators: string): string[] {
  if (!NOT_FLAT.test(text)) {
    const parts: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (separators.includes(text[i])) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts;
  }
  const chars = [...text];
  const depth = depths(text);
  const parts: string[] = [];
  let current = '';
  chars.forEach((ch, index) => {
    if (depth[index] === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  });
  parts.push(current);
  return parts;
}

/** Index of the first occurrence of `needle` outside brackets and quotes, or -1. */
export function indexOutside(text: string, needle: string, from = 0): number {
  let index = text.indexOf(needle, from);
  if (index < 0 || !NOT_FLAT.test(text)) return index;
  const depth = depths(text);
  while (index >= 0 && depth[index] !== 0) index = text.indexOf(needle, index + 1);
  return index;
}

/** Index of the last occurrence of `needle` outside brackets and quotes, or -1. */
export function lastIndexOutside(text: string, needle: string): number {
  let index = text.lastIndexOf(needle);
  if (index < 0 || !NOT_FLAT.test(text)) return index;
  const depth = depths(text);
  while (index >= 0 && depth[index] !== 0) index = index > 0 ? text.lastIndexOf(needle, index - 1) : -1;
  return index;
}

/** Sentences of a paragraph (split after 。！？；), with their text as quoted evidence. */
export function sentences(paragraph: string): string[] {
  return splitOutside(paragraph, '。！？；')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The project key: whitespace gone, ASCII brackets and quotes in their full-width form. */

export function endsWithAny(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const word of words) if (text.endsWith(word) && (!best || word.length > best.length)) best = word;
  return best;
}

export function startsWithAny(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const word of words) if (text.startsWith(word) && (!best || word.length > best.length)) best = word;
  return best;
}

/**
 * A word list looked up by the first character of its words: `at(text, i)` answers as
 * `startsWithAny(text.slice(i), words)` does, without the slice and trying only the words that
 * open with the character at `i`. For the lists a reader tries at every position of a sentence.
 */
export class PrefixWords {
  private readonly byFirst = new Map<string, string[]>();
  private readonly empty: boolean;

  /** `words` as they are now: a later change to the list is not seen. */
  constructor(words: readonly string[]) {
    this.empty = words.includes('');
    for (const word of words) {
      if (!word) continue;
      const same = this.byFirst.get(word[0]);
      if (same) same.push(word);
      else this.byFirst.set(word[0], [word]);
    }
  }

  /** The longest word that `text` holds at `position` (the first listed of that length), else null. */
  at(text: string, position = 0): string | null {
    let best: string | null = null;
    const words = position < text.length ? this.byFirst.get(text[position]) : undefined;
    if (words)
      for (const word of words)
        if (text.startsWith(word, position) && (!best || word.length > best.length)) best = word;
    return best ?? (this.empty ? '' : null);
  }
}
