import type { Lang } from './messages';

type Words = Readonly<Record<string, { zh: string; en: string }>>;

/**
 * The graph's own vocabulary (graph/model.ts and the importer's bundle schema) in both languages:
 * what the API returns as codes is never shown as a code. Rules and relations the API names itself
 * (Evidence.ruleName, ChainStep.relationName).
 */
export const VOCABULARY = {
  tier: {
    A: { zh: 'A 类', en: 'Tier A' },
    B: { zh: 'B 类', en: 'Tier B' },
  },
  role: {
    implementing: { zh: '实施', en: 'implementing' },
    lead: { zh: '牵头', en: 'lead' },
    supporting: { zh: '配合', en: 'supporting' },
    district: { zh: '属地', en: 'district' },
    member: { zh: '成员单位', en: 'member' },
    supervisor: { zh: '主管', en: 'supervisor' },
    remit: { zh: '职责范围', en: 'within its remit' },
  },
  unitKind: {
    government: { zh: '市人民政府', en: 'municipal government' },
    'district-government': { zh: '县（市、区）政府或管委会', en: 'district government or park committee' },
    department: { zh: '政府部门', en: 'government department' },
    enterprise: { zh: '企业', en: 'enterprise' },
    institution: { zh: '事业单位', en: 'public institution' },
    command: { zh: '指挥部', en: 'command' },
    office: { zh: '指挥部办公室', en: 'command office' },
    other: { zh: '其他单位', en: 'other organisation' },
  },
  districtKind: {
    district: { zh: '区', en: 'district' },
    county: { zh: '县', en: 'county' },
    city: { zh: '县级市', en: 'county-level city' },
    park: { zh: '园区', en: 'park' },
    'new-area': { zh: '新区', en: 'new area' },
  },
  chapterLevel: {
    part: { zh: '篇', en: 'part' },
    chapter: { zh: '章', en: 'chapter' },
    section: { zh: '节', en: 'section' },
  },
  documentKind: {
    plan: { zh: '规划纲要', en: 'plan' },
    'action-plan': { zh: '行动方案', en: 'action plan' },
    'emergency-plan': { zh: '应急预案', en: 'emergency plan' },
    notice: { zh: '通知', en: 'notice' },
    other: { zh: '其他文件', en: 'other document' },
  },
} satisfies Record<string, Words>;

export type VocabularyKind = keyof typeof VOCABULARY;

/** A code of the graph in words; a code the vocabulary does not know yet is shown as it is. */
export function word(lang: Lang, kind: VocabularyKind, code: string | null | undefined): string {
  if (!code) return '';
  const entry = (VOCABULARY[kind] as Words)[code];
  return entry ? entry[lang] : code;
}
