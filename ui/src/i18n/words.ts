import { tables, type Lang } from './messages';
import { VOCABULARY } from './vocabulary';

/** Codes and names the Chinese UI may show in Latin letters. */
export const LATIN_ALLOWED = ['PNG', 'CSV', 'WebGL'] as const;

/**
 * Every Chinese word the UI has an English word for: its messages without placeholders and the
 * graph vocabulary. In the English UI none of them may be left standing alone.
 */
export function chineseVocabulary(): string[] {
  const messages = Object.values(tables.zh).filter((text) => !text.includes('{'));
  const vocabulary = Object.values(VOCABULARY).flatMap((kind) =>
    Object.values(kind).map((entry: Record<Lang, string>) => entry.zh),
  );
  return [...new Set([...messages, ...vocabulary])];
}
