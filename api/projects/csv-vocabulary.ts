/** The two languages of the CSV export: Chinese (the plan's, the default) and English. */
export type CsvLang = 'zh' | 'en';

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
  ],
};

/** What a unit's responsibility for a project is, in words (the roles of graph/model.ts). */
export const ROLE_WORDS: Record<CsvLang, Readonly<Record<string, string>>> = {
  zh: {
    implementing: '实施',
    lead: '牵头',
    district: '属地',
    member: '成员单位',
    supervisor: '主管',
    remit: '职责范围',
  },
  en: {
    implementing: 'implementing',
    lead: 'lead',
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
