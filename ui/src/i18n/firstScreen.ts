/**
 * The words the summary network's labels need, in both languages. The message tables include
 * them; they live apart so that the page's first picture (boot.ts) can label its nodes without
 * loading the tables.
 */
export const FIRST_SCREEN_WORDS = {
  zh: { 'network.projectCount': '{count} 个项目', 'network.noDistrict': '未注明县区' },
  en: { 'network.projectCount': '{count} projects', 'network.noDistrict': 'District not stated' },
} as const;

/** The UI's language from the URL (`lang=en`); Chinese unless English is asked for. */
export function languageOf(state: Readonly<Record<string, string>>): 'zh' | 'en' {
  return state.lang === 'en' ? 'en' : 'zh';
}
