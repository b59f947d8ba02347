import { z } from 'zod';

/** What a provenance rule is: read straight off the source, or worked out from premises. */
export type RuleKind = 'stated' | 'derived';

/** One provenance rule: how the importer found a fact, said in both languages for the reader. */
export interface RuleInfo {
  /** Whether facts of this rule are stated or derived (a stated rule may still yield a derived fact, e.g. an expanded group word). */
  kind: RuleKind;
  zh: string;
  en: string;
}

/**
 * Every provenance rule the importer and loader may record on a fact, with a short description in
 * Chinese and English. The UI and exports show these descriptions, never the ids. A new rule is
 * added here first; `Evidence.rule` accepts no other id.
 */
export const RULES = {
  // Outline and boxes
  outline: { kind: 'stated', zh: '规划目录结构', en: 'plan outline' },
  'plan-title': { kind: 'stated', zh: '规划标题与印发通知', en: 'plan title and issuing notice' },
  'box-item': { kind: 'stated', zh: '专栏条目', en: 'callout box item' },
  'project-list': { kind: 'stated', zh: '专栏项目清单', en: 'project list of a box' },
  enumeration: { kind: 'stated', zh: '“等”字列举', en: 'enumeration ending in 等' },
  'verb-object': { kind: 'stated', zh: '动宾句式（建设…）', en: 'verb–object phrase (build …)' },
  // Indicators
  'indicator-table': { kind: 'stated', zh: '专栏指标表', en: 'indicator table' },
  'indicator-keyword': { kind: 'derived', zh: '指标名称含产业关键词', en: 'indicator name holds an industry keyword' },
  // Industries
  'industry-keyword': { kind: 'derived', zh: '项目名称含产业关键词', en: 'project name holds an industry keyword' },
  'partner-sector': { kind: 'derived', zh: '合作方所属领域', en: 'sector of the named partner' },
  'sentence-sector': { kind: 'derived', zh: '所在句子标明的领域', en: 'sector named by the sentence' },
  'item-sector': { kind: 'derived', zh: '所在专栏条目的领域', en: 'sector of the box item' },
  'box-sector': { kind: 'derived', zh: '所在专栏的领域', en: 'sector of the box' },
  'item-lexicon': {
    kind: 'derived',
    zh: '所在专栏条目标题含产业词（产业词表）',
    en: 'the box item heading holds a sector term (industry lexicon)',
  },
  'box-lexicon': {
    kind: 'derived',
    zh: '所在专栏标题含产业词（产业词表）',
    en: 'the box title holds a sector term (industry lexicon)',
  },
  'chapter-lexicon': {
    kind: 'derived',
    zh: '所在章节标题含产业词（产业词表）',
    en: 'the chapter or section title holds a sector term (industry lexicon)',
  },
  'name-lexicon': {
    kind: 'derived',
    zh: '项目名称含产业词（产业词表）',
    en: 'the project name holds a sector term (industry lexicon)',
  },
  'sentence-lexicon': {
    kind: 'derived',
    zh: '所在句子含产业词（产业词表）',
    en: 'the sentence holds sector terms (industry lexicon)',
  },
  // Districts and places
  'district-in-name': { kind: 'stated', zh: '项目名称含县（市、区）名', en: 'district named in the project name' },
  'district-prefix': { kind: 'stated', zh: '条目前标注的县（市、区）', en: 'district written before the items' },
  'district-subject': { kind: 'stated', zh: '句子主语为县（市、区）', en: 'district is the subject of the sentence' },
  'district-heading': {
    kind: 'stated',
    zh: '专栏或条目标题所指县（市、区）',
    en: 'district the box or item heading names',
  },
  'district-located': {
    kind: 'stated',
    zh: '项目名称后注明所在地（位于…）',
    en: 'location stated after the name (位于 …)',
  },
  'district-undertaker': {
    kind: 'stated',
    zh: '项目后注明由该县（市、区）负责实施',
    en: 'the district said to carry the project out (由X负责实施)',
  },
  'district-across': {
    kind: 'stated',
    zh: '项目后注明跨越的县（市、区）（跨甲和乙）',
    en: 'the districts the project is said to cross (跨X和Y)',
  },
  'district-respectively': {
    kind: 'stated',
    zh: '句中“分别”按次序对应的县（市、区）（甲县、乙县分别建设某项目和某工程）',
    en: 'the district matched by its place in a 分别 sentence (X、Y分别建设A和B)',
  },
  'district-footnote': {
    kind: 'stated',
    zh: '专栏下脚注注明的项目所在地（项目名称后的脚注序号）',
    en: 'where a footnote under the box says the entry its number marks lies (X电站1 … 注：1位于Y县)',
  },
  'district-code': {
    kind: 'stated',
    zh: '项目后括注的地点代码（专栏内注明各代码所指县（市、区））',
    en: 'the area code after the name, as the box defines it (A—X区)',
  },
  'place-in-name': { kind: 'stated', zh: '项目名称含地名', en: 'place named in the project name' },
  'place-gazetteer': {
    kind: 'derived',
    zh: '地名所在县（市、区）（城市资料）',
    en: 'district of a named place (city profile)',
  },
  'place-district': {
    kind: 'derived',
    zh: '地名所在县（市、区）（城市资料）',
    en: 'district of a place (city profile)',
  },
  'district-government': {
    kind: 'derived',
    zh: '县（市、区）政府管辖本辖区',
    en: 'a district government governs its district',
  },
  'unit-district': { kind: 'derived', zh: '单位所属县（市、区）', en: 'district a unit belongs to' },
  'district-government-of-located-project': {
    kind: 'derived',
    zh: '项目所在县（市、区）的政府',
    en: 'government of the district the project is in',
  },
  // Organisations
  'org-alias': { kind: 'stated', zh: '单位名称或简称', en: 'organisation name or alias' },
  'org-suffix': { kind: 'stated', zh: '以单位后缀结尾的名称', en: 'name ending in an organisation suffix' },
  'org-name-prefix': {
    kind: 'derived',
    zh: '列举项目名称开头的企业字号',
    en: 'firm name at the start of a listed project',
  },
  'org-known': { kind: 'derived', zh: '他处已识别的企业字号', en: 'firm name recognised elsewhere in the plan' },
  'org-responsible-cell': {
    kind: 'stated',
    zh: '项目表“责任单位”栏',
    en: 'the responsible-unit column of a project table',
  },
  'org-matrix-mark': {
    kind: 'stated',
    zh: '项目表中单位栏下的标记（“牵”“配”等）',
    en: 'a mark under a body’s column of a project table (牵 leads, 配 supports)',
  },
  'district-location-cell': { kind: 'stated', zh: '项目表“建设地点”栏', en: 'the location column of a project table' },
  'org-partner': { kind: 'stated', zh: '句中点名的合作单位', en: 'partner named in the sentence' },
  'org-responsible-line': {
    kind: 'stated',
    zh: '专栏条目后的“责任单位：”行',
    en: 'the 责任单位 (responsible units) line after a box item',
  },
  'org-table-note': {
    kind: 'stated',
    zh: '项目表下按序号或类别注明的责任单位',
    en: 'bodies a note under a project table names by row number or category (注：第1—3项由X牵头; 电源项目由X负责实施)',
  },
  'org-footnote': {
    kind: 'stated',
    zh: '专栏下脚注注明的建设单位（项目名称后的脚注序号）',
    en: 'the body a footnote under the box names, the entry marked by its number (X电站1 … 注：1由Y负责建设)',
  },
  'org-unit-code': {
    kind: 'stated',
    zh: '项目表“责任单位”栏的单位代码，按表下注释对应的单位（①区商务局）',
    en: 'a unit code in the responsible-units column, read by the key under the table (①区商务局)',
  },
  'org-undertaker': {
    kind: 'stated',
    zh: '项目后注明的实施单位（由某单位负责实施）',
    en: 'the body said to carry the project out (由X负责实施)',
  },
  'org-respectively': {
    kind: 'stated',
    zh: '句中“分别由”按次序对应的实施单位（甲项目、乙项目分别由某局、某公司负责）',
    en: 'the body matched by its place in a 分别由 sentence (A、B分别由X、Y负责)',
  },
  'org-lead-clause': {
    kind: 'stated',
    zh: '句中注明的牵头单位（某单位牵头）',
    en: 'the lead body the sentence names (X牵头)',
  },
  'org-support-clause': {
    kind: 'stated',
    zh: '句中注明的配合单位（某单位配合）',
    en: 'the supporting body the sentence names (Y配合)',
  },
  'org-in-project': { kind: 'stated', zh: '句中点名的实施单位', en: 'organisation named by the sentence' },
  'org-in-project-name': {
    kind: 'derived',
    zh: '企业名称仅见于项目名称',
    en: 'firm named only inside the project name',
  },
  'project-org': { kind: 'derived', zh: '项目名称中的单位', en: 'organisation in the project name' },
  // Units and supervision
  'issuing-notice': { kind: 'stated', zh: '印发通知', en: 'publishing notice' },
  'notice-addressee': {
    kind: 'stated',
    zh: '通知由市人民政府发给该单位',
    en: 'notice issued by the city government to the unit',
  },
  'supervision-statement': {
    kind: 'stated',
    zh: '句中写明上级单位（在…领导下、对…负责）',
    en: 'the sentence names the body the unit answers to (under the leadership of, answers to)',
  },
  'profile-remit': { kind: 'derived', zh: '城市资料所列部门职责范围', en: 'department remit from the city profile' },
  'city-profile': { kind: 'stated', zh: '城市资料条目', en: 'city profile entry' },
  // Action plan
  'action-plan-work-point': { kind: 'stated', zh: '年度工作要点', en: 'work point of the action plan' },
  'task-responsible-units': { kind: 'stated', zh: '工作要点〔责任单位〕', en: 'responsible units of a work point' },
  'task-units': { kind: 'stated', zh: '工作要点〔责任单位〕', en: 'responsible units of a work point' },
  'task-project-name': { kind: 'stated', zh: '工作要点点名该项目', en: 'work point names the project' },
  'task-chain': {
    kind: 'derived',
    zh: '项目所属产业链由该工作要点部署',
    en: 'the work point covers the project’s industry chain',
  },
  // Contingency plan command structure
  'command-set-up': { kind: 'stated', zh: '成立指挥部', en: 'command set up' },
  'command-set-up-by-government': {
    kind: 'stated',
    zh: '市政府成立指挥部',
    en: 'command set up by the city government',
  },
  'command-implied-under-government': {
    kind: 'derived',
    zh: '预案未写明成立者的指挥部归市政府',
    en: 'a command whose founder is unstated answers to the city government',
  },
  'command-deputy-units': { kind: 'stated', zh: '副总指挥所在单位', en: 'units of the deputy commanders' },
  'command-member-units': { kind: 'stated', zh: '指挥部成员单位', en: 'member units of the command' },
  'command-member-by-duty-section': {
    kind: 'derived',
    zh: '列有职责的单位为指挥部成员',
    en: 'a unit with a duty section is a member of the command',
  },
  'office-under-command': { kind: 'stated', zh: '指挥部下设办公室', en: 'office under the command' },
  'office-named-after-command': { kind: 'derived', zh: '以指挥部命名的办公室', en: 'office named after the command' },
  'office-seat': { kind: 'stated', zh: '办公室设在该单位', en: 'office seated in the unit' },
  'office-member-units': { kind: 'stated', zh: '办公室成员单位', en: 'member units of the office' },
  'duty-section': { kind: 'stated', zh: '预案职责条款', en: 'duty section of the contingency plan' },
  // Regions and links between plans, derived by the loader
  'division-code': {
    kind: 'derived',
    zh: '国家行政区划代码所示隶属关系',
    en: 'the division code (GB/T 2260) places the region',
  },
  'plan-region': { kind: 'derived', zh: '规划所属行政区', en: 'the region of the plan that names it' },
  'same-name-county-city': {
    kind: 'derived',
    zh: '县级规划与所在市规划同名项目',
    en: 'same project name in a county plan and its city’s plan',
  },
  'edition-name-match': {
    kind: 'derived',
    zh: '前后两期规划同名项目',
    en: 'same project name in two editions of a plan',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** The rule ids as a zod enum, so bundles name only registered rules. */
export const RuleId = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]);

/**
 * The description of a rule in one language; an unknown id (an old graph) reads as itself, and no
 * rule (a premise, which is a source rather than a fact) as nothing.
 */
export function ruleText(rule: string | null, lang: 'zh' | 'en'): string {
  if (rule === null) return '';
  const info = (RULES as Record<string, RuleInfo>)[rule];
  return info ? info[lang] : rule;
}
