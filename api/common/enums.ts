import { registerEnumType } from 'type-graphql';
import { CHAPTER_LEVELS, NODE_LABELS, RULE_IDS, TIER_VALUES, UNIT_KINDS } from '../../graph/model';

/**
 * A GraphQL enum over values the graph stores: each value's GraphQL name is the value in
 * CONSTANT_CASE (`district-government` → DISTRICT_GOVERNMENT), the resolvers keep the stored value.
 */
function graphEnum<V extends string>(values: readonly V[], name: string, description: string): Record<string, V> {
  const members = Object.fromEntries(values.map((value) => [value.replace(/-/g, '_').toUpperCase(), value]));
  registerEnumType(members, { name, description });
  return members;
}

export const TierEnum = graphEnum(
  TIER_VALUES,
  'Tier',
  'A project’s tier: A for the plan’s major projects, B for the others.',
);

export const ChapterLevelEnum = graphEnum(
  CHAPTER_LEVELS,
  'ChapterLevel',
  'A level of the plan outline: 篇 (PART), 章 (CHAPTER), 节 (SECTION).',
);

export const UnitKindEnum = graphEnum(UNIT_KINDS, 'UnitKind', 'What kind of organisation a unit is.');

export const RuleEnum = graphEnum(RULE_IDS, 'Rule', 'The provenance rule that found a fact.');

/** Node labels keep their own spelling as GraphQL names (Project, Unit …). */
export const NodeTypeEnum = Object.fromEntries(NODE_LABELS.map((label) => [label, label]));
registerEnumType(NodeTypeEnum, { name: 'NodeType', description: 'The label of a node in the graph.' });
