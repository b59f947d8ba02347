/** The two languages of the CSV export: Chinese (the plan's, the default) and English. */
export type CsvLang = 'zh' | 'en';

/** What each evidence column of a link says, in the order the rows give them. */
const EVIDENCE_COLUMNS: Record<CsvLang, readonly string[]> = {
  zh: ['依据', '规则', '理由', '原文', '文件', '文件内行', '公报行'],
  en: ['basis', 'rule', 'why', 'quote', 'document', 'document line', 'gazette line'],
};

/** The evidence headers of one kind of link: `县（市、区）依据` …, `district basis` …. */
function evidenceHeaders(lang: CsvLang, link: string): string[] {
  return EVIDENCE_COLUMNS[lang].map((column) => (lang === 'en' ? `${link} ${column}` : `${link}${column}`));
}

/**
 * The headers of the projects CSV. After the project's own columns come the evidence of its
 * district links, then of its responsible-unit links: one line per link in each cell, in the order
 * of the districts and units columns, each line opening with the district or unit it is about.
 */
export const CSV_HEADERS: Record<CsvLang, readonly string[]> = {
  zh: [
    '编号',
    '项目名称',
    '层级',
    '首列专栏',
    '所在专栏',
    '条目',
    '产业',
    '县（市、区）',
    '地点',
    '责任单位',
    '文件',
    '行',
    '原文',
    ...evidenceHeaders('zh', '县（市、区）'),
    ...evidenceHeaders('zh', '责任单位'),
  ],
  en: [
    'id',
    'name',
    'tier',
    'box',
    'boxes',
    'item',
    'industries',
    'districts',
    'places',
    'units',
    'document',
    'line',
    'quote',
    ...evidenceHeaders('en', 'district'),
    ...evidenceHeaders('en', 'unit'),
  ],
};

/** What a unit's responsibility for a project is, in words (the roles of graph/model.ts). */
export const ROLE_WORDS: Record<CsvLang, Readonly<Record<string, string>>> = {
  zh: {
    implementing: '实施',
    lead: '牵头',
    supporting: '配合',
    district: '属地',
    member: '成员单位',
    supervisor: '主管',
    remit: '职责范围',
  },
  en: {
    implementing: 'implementing',
    lead: 'lead',
    supporting: 'supporting',
    district: 'district',
    member: 'member',
    supervisor: 'supervisor',
    remit: 'within its remit',
  },
};

/** How the filter's kinds of value are named when one names nothing. */
export const FILTER_WORDS: Record<CsvLang, Readonly<Record<string, string>>> = {
  zh: { industry: '产业', district: '县（市、区）', box: '专栏', chapter: '篇章', unit: '责任单位', place: '地点' },
  en: { industry: 'industry', district: 'district', box: 'box', chapter: 'chapter', unit: 'unit', place: 'place' },
};

export const NOT_FOUND: Record<CsvLang, (kind: string, value: string) => string> = {
  zh: (kind, value) => `没有这个${kind}：${value}`,
  en: (kind, value) => `No such ${kind}: ${value}`,
};
