import path from 'node:path';
import { z } from 'zod';
import { readTsv } from '../city/tsv';

/** data/indicator-terms.tsv: English for indicator names and units, matched by term. */
export const DEFAULT_INDICATOR_TERMS = path.join('data', 'indicator-terms.tsv');
const COLUMNS = ['kind', 'zh', 'en', 'source'] as const;

const Entry = z.object({
  kind: z.enum(['term', 'pattern', 'unit']),
  zh: z.string().min(1),
  en: z.string().min(1),
  source: z.string().min(1),
});

/** The terms, patterns (`{}增长` → `{} growth`) and units of the file. */
export interface IndicatorTerms {
  terms: ReadonlyMap<string, string>;
  patterns: ReadonlyArray<{ zh: RegExp; en: string }>;
  units: ReadonlyMap<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** Reads the indicator terms; a bad row is an error naming its file and line. */
export function loadIndicatorTerms(file: string = DEFAULT_INDICATOR_TERMS): IndicatorTerms {
  const rows = readTsv(file, COLUMNS, Entry);
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  return {
    terms: new Map(of('term').map((r) => [r.zh, r.en])),
    patterns: of('pattern').map((r) => ({
      zh: new RegExp(`^${r.zh.split('{}').map(escape).join('(.+)')}$`),
      en: r.en,
    })),
    units: new Map(of('unit').map((r) => [r.zh, r.en])),
  };
}

/**
 * The English of an indicator name: the whole name as a term, else the first pattern whose parts
 * are all terms (or patterns in turn); null when nothing covers it, so that the name is shown as
 * written rather than half translated.
 */
export function indicatorNameEn(name: string, vocabulary: IndicatorTerms): string | null {
  const whole = vocabulary.terms.get(name);
  if (whole) return whole;
  for (const { zh, en } of vocabulary.patterns) {
    const match = zh.exec(name);
    if (!match) continue;
    const parts = match.slice(1).map((part) => indicatorNameEn(part, vocabulary));
    if (parts.every((part): part is string => part !== null)) {
      let i = 0;
      return en.replace(/\{\}/g, () => parts[i++]);
    }
  }
  return null;
}

/** The English of a unit (亿元 → 100 million yuan), null when the file lacks it. */
export function indicatorUnitEn(unit: string | null, vocabulary: IndicatorTerms): string | null {
  return unit === null ? null : (vocabulary.units.get(unit) ?? null);
}
