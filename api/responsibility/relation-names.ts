import { RelType } from '../../graph/model';

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
  WITHIN: 'CONTAINS_REGION',
  SAME_PROJECT: 'SAME_PROJECT',
  CARRIED_OVER: 'CARRIED_OVER_FROM',
};

/** The name of a step that follows a relationship of `type`, forward (from its start node) or not. */
export function stepRelation(type: string, forward: boolean): string {
  if (forward) return type;
  const reversed = (REVERSED_RELATION as Record<string, string>)[type];
  if (!reversed) throw new RangeError(`no reading against the direction of ${type}`);
  return reversed;
}
