/** Characters the Lucene query parser gives a meaning; escaped so a search matches them literally. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A full-text query that searches for the words the user typed and nothing else: operators are
 * escaped, and lower case keeps AND / OR / NOT from acting as operators (the analyzer lower-cases
 * indexed text anyway). Returns null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, (c) => `\\${c}`))
    .filter(Boolean);
  return words.length ? words.join(' ') : null;
}
