import { createContext, useContext, type ReactNode } from 'react';
import { tables, type Lang, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = tables[lang];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'zh', t: translator('zh') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext.Provider value={{ lang, t: translator(lang) }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Node-type labels come from the graph's fixed label list; unknown ones show as they are. */
export function typeLabel(t: Translate, type: string): string {
  const key = `type.${type}` as MessageKey;
  return key in tables.zh ? t(key) : type;
}

/** Relationship types from the graph's fixed list, in words; unknown ones show as they are. */
export function relationLabel(t: Translate, relation: string): string {
  const key = `relation.${relation}` as MessageKey;
  return key in tables.zh ? t(key) : relation;
}
