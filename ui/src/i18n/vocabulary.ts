import type { Lang } from './messages';

type Words = Readonly<Record<string, { zh: string; en: string }>>;

/**
 * The graph's own vocabulary (graph/model.ts and the importer's bundle schema) in both languages:
 * what the API returns as codes is never shown as a code.
 */
export const VOCABULARY = {
  tier: {
    A: { zh: 'A 类', en: 'Tier A' },
    B: { zh: 'B 类', en: 'Tier B' },
  },
  role: {
    implementing: { zh: '实施', en: 'implementing' },
    lead: { zh: '牵头', en: 'lead' },
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
  rule: {
    'box-item': { zh: '专栏条目', en: 'item of a box' },
    'box-sector': { zh: '专栏所属领域', en: "the box's sector" },
    'item-sector': { zh: '条目所属领域', en: "the item's sector" },
    'sentence-sector': { zh: '句中领域词', en: 'sector named in the sentence' },
    'partner-sector': { zh: '合作方领域', en: "the partner's sector" },
    'industry-keyword': { zh: '产业关键词', en: 'industry keyword' },
    'indicator-keyword': { zh: '指标关键词', en: 'indicator keyword' },
    'indicator-table': { zh: '指标表', en: 'indicator table' },
    'district-prefix': { zh: '名称前的县（市、区）', en: 'district named before it' },
    'place-district': { zh: '地点所在县（市、区）', en: "the place's district" },
    'place-gazetteer': { zh: '地名表', en: 'gazetteer of places' },
    'district-government-of-located-project': { zh: '项目所在地政府', en: 'government of the district it lies in' },
    'project-list': { zh: '项目清单句', en: 'list of projects' },
    enumeration: { zh: '列举', en: 'enumeration' },
    'verb-object': { zh: '动宾句', en: 'verb and object' },
    'project-org': { zh: '句中实施单位', en: 'organisation in the sentence' },
    'org-in-project': { zh: '名称中的单位', en: 'organisation in the name' },
    'org-alias': { zh: '单位别称', en: "organisation's other name" },
    'org-known': { zh: '已知单位', en: 'known organisation' },
    'org-name-prefix': { zh: '单位名称前缀', en: 'prefix of the organisation name' },
    'org-suffix': { zh: '单位名称后缀', en: 'suffix of the organisation name' },
    'org-partner': { zh: '合作单位', en: 'partner organisation' },
    'city-department': { zh: '市政府工作部门', en: 'department of the municipal government' },
    'department-remit': { zh: '部门职责范围', en: "the department's remit" },
    'issuing-notice': { zh: '印发通知', en: 'issuing notice' },
    'office-seat': { zh: '办公室设在', en: 'seat of the office' },
    'command-implied-under-government': { zh: '指挥部隶属市政府', en: 'command under the municipal government' },
    'command-member-by-duty-section': { zh: '指挥部成员职责', en: "command member's duties" },
    'task-project-name': { zh: '任务中的项目名称', en: 'project named in a task' },
    'task-responsible-units': { zh: '任务责任单位', en: "the task's responsible units" },
    'task-units': { zh: '任务责任单位', en: "the task's units" },
    outline: { zh: '篇章结构', en: 'outline' },
  },
} satisfies Record<string, Words>;

export type VocabularyKind = keyof typeof VOCABULARY;

/** A code of the graph in words; a code the vocabulary does not know yet is shown as it is. */
export function word(lang: Lang, kind: VocabularyKind, code: string | null | undefined): string {
  if (!code) return '';
  const entry = (VOCABULARY[kind] as Words)[code];
  return entry ? entry[lang] : code;
}
