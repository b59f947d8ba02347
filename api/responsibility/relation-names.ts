import { type RelType } from '../../graph/model';
import { Lang } from '../common/lang';

/**
 * How each relationship reads when a chain or path follows it against its direction, so that a
 * step always reads from its `from` node to its `to` node: a district is GOVERNED_BY its
 * government, a project MENTIONED_IN a task, a unit RESPONSIBLE_FOR a project.
 */
export const REVERSED_RELATION: Readonly<Record<RelType, string>> = {
  PART_OF: 'HAS_PART',
  IN_CHAPTER: 'HAS_BOX',
  LISTED_IN: 'LISTS',
  IN_INDUSTRY: 'INCLUDES',
  IN_DISTRICT: 'CONTAINS',
  AT_PLACE: 'SITE_OF',
  RESPONSIBLE: 'RESPONSIBLE_FOR',
  MENTIONS: 'MENTIONED_IN',
  REPORTS_TO: 'OVERSEES',
  GOVERNS: 'GOVERNED_BY',
  MEASURES: 'MEASURED_BY',
  COVERS: 'COVERED_BY',
  NAMES: 'NAMED_IN',
  WITHIN: 'CONTAINS_REGION',
  SAME_PROJECT: 'SAME_PROJECT_IN_COUNTY_PLAN',
  CARRIED_OVER: 'CARRIED_OVER_FROM',
};

/** The name of a step that follows a relationship of `type`, forward (from its start node) or not. */
export function stepRelation(type: string, forward: boolean): string {
  if (forward) return type;
  const reversed = (REVERSED_RELATION as Record<string, string>)[type];
  if (!reversed) throw new RangeError(`no reading against the direction of ${type}`);
  return reversed;
}

/**
 * Each step name in words, read from the step's `from` to its `to`: a project 由…负责 (is answered
 * for by) a unit, a unit 对…负责 (reports to) its supervisor, a district 由…管辖 (is governed by).
 */
export const RELATION_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  RESPONSIBLE: { zh: '由其负责', en: 'answered for by' },
  RESPONSIBLE_FOR: { zh: '负责', en: 'answers for' },
  REPORTS_TO: { zh: '对其负责', en: 'reports to' },
  OVERSEES: { zh: '领导', en: 'oversees' },
  GOVERNS: { zh: '管辖', en: 'governs' },
  GOVERNED_BY: { zh: '由其管辖', en: 'governed by' },
  IN_DISTRICT: { zh: '位于', en: 'lies in' },
  CONTAINS: { zh: '辖内有', en: 'contains' },
  AT_PLACE: { zh: '地点在', en: 'located at' },
  SITE_OF: { zh: '所在项目', en: 'site of' },
  MENTIONS: { zh: '点名', en: 'names' },
  MENTIONED_IN: { zh: '见于', en: 'named in' },
  LISTED_IN: { zh: '列入', en: 'listed in' },
  LISTS: { zh: '列有', en: 'lists' },
  IN_INDUSTRY: { zh: '属于产业', en: 'in industry' },
  INCLUDES: { zh: '包括', en: 'includes' },
  IN_CHAPTER: { zh: '所在篇章', en: 'in chapter' },
  HAS_BOX: { zh: '设有专栏', en: 'has box' },
  PART_OF: { zh: '属于', en: 'part of' },
  HAS_PART: { zh: '包含', en: 'has part' },
  MEASURES: { zh: '衡量', en: 'measures' },
  MEASURED_BY: { zh: '由指标衡量', en: 'measured by' },
  COVERS: { zh: '覆盖区域', en: 'covers' },
  COVERED_BY: { zh: '所属规划', en: 'covered by plan' },
  NAMES: { zh: '提及单位', en: 'names unit' },
  NAMED_IN: { zh: '见于文件', en: 'named in document' },
  WITHIN: { zh: '隶属于', en: 'lies within' },
  CONTAINS_REGION: { zh: '下辖', en: 'contains region' },
  SAME_PROJECT: { zh: '同见于市级规划', en: 'same project in city plan' },
  SAME_PROJECT_IN_COUNTY_PLAN: { zh: '同见于县级规划', en: 'same project in county plan' },
  CARRIED_OVER: { zh: '延续至新一期规划', en: 'carried over to' },
  CARRIED_OVER_FROM: { zh: '延续自上一期规划', en: 'carried over from' },
};

/** The words of a step that follows a relationship of `type`, forward or not, in `lang`. */
export function relationName(type: string, forward: boolean, lang: Lang): string {
  const words = RELATION_WORDS[stepRelation(type, forward)];
  if (!words) throw new RangeError(`no words for ${type}`);
  return lang === Lang.EN ? words.en : words.zh;
}
