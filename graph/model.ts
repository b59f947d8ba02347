/**
 * The graph PlanGraph keeps in Neo4j: the one vocabulary the loader writes and the API reads.
 *
 * The graph holds any number of plans. Every node has a string `id`, unique per label. Nodes of
 * one plan (PLAN_SCOPED_LABELS) carry `plan`, the id of their Plan, and ids prefixed with it, so
 * that two plans never share them and removing a plan is exact. Regions, industries and units
 * are shared (SHARED_LABELS): they list the plans that name them in `plans`, and go when the last
 * of those is removed. A unit's properties are those the first of its plans (by id) states. Units are scoped to the region whose plan names them (the city for a city
 * plan), so two editions of a city's plan share their units.
 *
 * Every relationship that states a fact carries its provenance as properties: `document`, `line`,
 * `quote`, `basis` ('stated' | 'derived'), `rule`; relationships a plan writes carry `plan` too.
 *
 *   (:Plan {title, edition, editionNumber, level, region, regionId, parentRegionId, province,
 *           parentCity, issuer, gazette, sha256, file, version, importedAt, counts})
 *       -[:COVERS]->(:Region)
 *   (:Region {name, level, code, path, kind})-[:WITHIN]->(:Region)   province → city → county → town
 *   (:Document)
 *   (:Chapter {level, number, title})-[:PART_OF]->(:Chapter | :Document)
 *   (:Box {number, title})-[:IN_CHAPTER]->(:Chapter)
 *   (:Project {name, matchKey, tier, box, boxes, item, kind, document, line, quote})
 *       -[:LISTED_IN {item, document, line, quote}]->(:Box)
 *       -[:IN_INDUSTRY]->(:Industry {code, zh, en})
 *       -[:IN_DISTRICT]->(:Region)
 *       -[:AT_PLACE]->(:Place {name})
 *       -[:RESPONSIBLE {role}]->(:Unit {name, kind, aliases, duties})
 *   (:Project)-[:SAME_PROJECT {quote, toQuote …}]->(:Project)     county plan → its city's plan
 *   (:Project)-[:CARRIED_OVER {quote, toQuote …}]->(:Project)     earlier edition → later edition
 *   (:Task {number, title, text})-[:RESPONSIBLE {role}]->(:Unit)
 *   (:Task)-[:MENTIONS]->(:Project)
 *   (:Document)-[:NAMES {name, kind, aliases, district, duties …}]->(:Unit)   each plan's statement of a unit
 *   (:Unit)-[:REPORTS_TO {role}]->(:Unit)
 *   (:Unit)-[:GOVERNS]->(:Region)
 *   (:Place)-[:IN_DISTRICT]->(:Region)
 *   (:Indicator {number, part, name, unit, value2025, value2030, target, attribute})-[:MEASURES]->(:Industry)
 */
export const NodeLabel = {
  Plan: 'Plan',
  Region: 'Region',
  Document: 'Document',
  Chapter: 'Chapter',
  Box: 'Box',
  Project: 'Project',
  Industry: 'Industry',
  Place: 'Place',
  Unit: 'Unit',
  Task: 'Task',
  Indicator: 'Indicator',
} as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

export const NODE_LABELS: readonly NodeLabel[] = Object.values(NodeLabel);

/** Labels whose nodes belong to exactly one plan (property `plan`). */
export const PLAN_SCOPED_LABELS = [
  NodeLabel.Document,
  NodeLabel.Chapter,
  NodeLabel.Box,
  NodeLabel.Project,
  NodeLabel.Place,
  NodeLabel.Task,
  NodeLabel.Indicator,
] as const;

/** Labels whose nodes several plans share (property `plans`, the ids of the plans naming them). */
export const SHARED_LABELS = [NodeLabel.Region, NodeLabel.Industry, NodeLabel.Unit] as const;

export const RelType = {
  COVERS: 'COVERS',
  WITHIN: 'WITHIN',
  PART_OF: 'PART_OF',
  IN_CHAPTER: 'IN_CHAPTER',
  LISTED_IN: 'LISTED_IN',
  IN_INDUSTRY: 'IN_INDUSTRY',
  IN_DISTRICT: 'IN_DISTRICT',
  AT_PLACE: 'AT_PLACE',
  RESPONSIBLE: 'RESPONSIBLE',
  MENTIONS: 'MENTIONS',
  REPORTS_TO: 'REPORTS_TO',
  GOVERNS: 'GOVERNS',
  MEASURES: 'MEASURES',
  NAMES: 'NAMES',
  SAME_PROJECT: 'SAME_PROJECT',
  CARRIED_OVER: 'CARRIED_OVER',
} as const;
export type RelType = (typeof RelType)[keyof typeof RelType];

export const REL_TYPES: readonly RelType[] = Object.values(RelType);

/** Links between the projects of two plans, derived when the second of them is loaded. */
export const CROSS_PLAN_REL_TYPES: readonly RelType[] = [RelType.SAME_PROJECT, RelType.CARRIED_OVER];

/** Region levels, from the top. */
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

/** Plan levels: the level of the region a plan is for. */
export type PlanLevel = 'province' | 'city' | 'county';

/** The full-text index over the names people search (projects, units, places), CJK-analysed. */
export const NAME_SEARCH_INDEX = 'nameSearch';
