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
 *   (:Project {name, matchKey, nameKey (pinyin sort key), orderKey (plan-order sort key), tier, box, boxes, item, kind, kindZh, kindEn, document, line, quote})
 *       -[:LISTED_IN {item, document, line, quote}]->(:Box)
 *       -[:IN_INDUSTRY {orderKey, nameKey}]->(:Industry {code, zh, en})
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
import { z } from 'zod';
import { RuleId } from './rules';

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
export const REGION_LEVELS = ['province', 'city', 'county', 'town'] as const;
export const RegionLevel = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** Plan levels: the level of the region a plan is for. */
export const PLAN_LEVELS = ['province', 'city', 'county'] as const;
export const PlanLevel = z.enum(PLAN_LEVELS);
export type PlanLevel = z.infer<typeof PlanLevel>;

/** The full-text index over the names people search (projects, units, places), CJK-analysed. */
export const NAME_SEARCH_INDEX = 'nameSearch';

/*
 * Property vocabulary. Each label's and relationship type's properties as a zod schema (the values
 * the loader writes and the API reads back) and the TypeScript type inferred from it. The loader's
 * rows are typed by these (import/load/rows.ts) and the API parses what Neo4j returns through
 * them, so renaming a property here fails the build wherever the old name is still used.
 */

/** How a fact was found: written in the source, or worked out by a rule. */
export const BASIS_VALUES = ['stated', 'derived'] as const;
export const Basis = z.enum(BASIS_VALUES);
export type Basis = z.infer<typeof Basis>;

/** Every provenance rule a fact may record: the ids of the registry in graph/rules.ts. */
export const RULE_IDS = RuleId.options;
export const Rule = RuleId;
export type Rule = RuleId;

/** A project's tier: A for the plan's major projects, B for the others. */
export const TIER_VALUES = ['A', 'B'] as const;
export const Tier = z.enum(TIER_VALUES);
export type Tier = z.infer<typeof Tier>;

/** 篇 / 章 / 节 of the plan outline. */
export const CHAPTER_LEVELS = ['part', 'chapter', 'section'] as const;
export const ChapterLevel = z.enum(CHAPTER_LEVELS);
export type ChapterLevel = z.infer<typeof ChapterLevel>;

export const UNIT_KINDS = [
  'government',
  'district-government',
  'department',
  'enterprise',
  'institution',
  'command',
  'office',
  'other',
] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

export const DISTRICT_KINDS = ['district', 'county', 'city', 'park', 'new-area'] as const;
export const DistrictKind = z.enum(DISTRICT_KINDS);
export type DistrictKind = z.infer<typeof DistrictKind>;

export const DOCUMENT_KINDS = ['plan', 'action-plan', 'emergency-plan', 'notice', 'other'] as const;

/** Who answers for what, as RESPONSIBLE and REPORTS_TO record it. */
export const ROLES = ['implementing', 'lead', 'supporting', 'district', 'member', 'supervisor', 'remit'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const text = z.string();
const int = z.number().int();

/**
 * A property that may be null. Neo4j stores no nulls (setting one removes the property), so a
 * value read back may be absent; it reads as null.
 */
const orNull = <T extends z.ZodType>(type: T) => type.nullable().default(null);

/**
 * The provenance properties of a fact: the five of its sentence (null where no sentence states
 * it), and for a derived fact `whyZh`, `whyEn` and `premises`. Neo4j properties cannot nest maps,
 * so the premises are one JSON string (an array of `{kind: 'gazette', document, line, quote}` and
 * `{kind: 'profile', file, entry, source}`); `alias` is the form the quote names an end by.
 */
export const ProvenanceProps = z.object({
  document: orNull(text),
  line: orNull(int),
  quote: orNull(text),
  basis: Basis,
  rule: Rule,
  alias: orNull(text),
  whyZh: orNull(text),
  whyEn: orNull(text),
  premises: orNull(text),
});
export type ProvenanceProps = z.infer<typeof ProvenanceProps>;

/** A loaded plan; `counts` is the JSON of the loader's node and relationship counts. */
export const PlanProps = z.object({
  title: text,
  edition: orNull(text),
  editionNumber: orNull(int),
  level: PlanLevel,
  region: text,
  regionId: text,
  regionPath: text,
  parentRegionId: orNull(text),
  province: orNull(text),
  parentCity: orNull(text),
  issuer: orNull(text),
  gazette: orNull(text),
  sha256: text,
  file: text,
  encoding: text,
  lines: int,
  version: int,
  importedAt: text,
  counts: text,
});
export type PlanProps = z.infer<typeof PlanProps>;

/**
 * A province, city, county or town. `kind` is its level, or for a district of a plan the kind the
 * plan gives it (district, county, park …); `code` is its division code when the dataset knows it.
 */
export const RegionProps = z.object({
  name: text,
  level: RegionLevel,
  code: orNull(text),
  path: text,
  kind: z.union([RegionLevel, DistrictKind]),
  parentId: orNull(text),
});
export type RegionProps = z.infer<typeof RegionProps>;

export const DocumentProps = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: text,
  number: orNull(text),
  date: orNull(text),
  line: int,
  endLine: int,
});
export type DocumentProps = z.infer<typeof DocumentProps>;

export const ChapterProps = z.object({ level: ChapterLevel, number: int, title: text, document: text, line: int });
export type ChapterProps = z.infer<typeof ChapterProps>;

/** A box keeps its numbered items as three parallel lists (Neo4j stores no maps). */
export const BoxProps = z.object({
  number: int,
  title: text,
  chapterId: orNull(text),
  document: text,
  line: int,
  itemNumbers: z.array(int),
  itemTitles: z.array(text),
  itemLines: z.array(int),
});
export type BoxProps = z.infer<typeof BoxProps>;

export const IndustryProps = z.object({ code: text, zh: text, en: text });
export type IndustryProps = z.infer<typeof IndustryProps>;

/** `searchText` is what the full-text index NAME_SEARCH_INDEX reads. */
export const PlaceProps = z.object({ name: text, district: orNull(text), searchText: text });
export type PlaceProps = z.infer<typeof PlaceProps>;

export const UnitProps = ProvenanceProps.extend({
  name: text,
  kind: UnitKind,
  aliases: z.array(text),
  district: orNull(text),
  duties: orNull(text),
  searchText: text,
});
export type UnitProps = z.infer<typeof UnitProps>;

/**
 * A project carries the provenance of its first listing, and the unit ids its text names (`orgs`).
 * `matchKey` is its name without continuation words (to find it in another plan), `nameKey` its
 * pinyin sort key, `orderKey` its place in the plan's order (box, item, line, id) as one string:
 * both are RANGE-indexed, so a page of projects in either order is read in index order.
 */
export const ProjectProps = ProvenanceProps.extend({
  name: text,
  matchKey: text,
  nameKey: text,
  orderKey: text,
  tier: Tier,
  box: int,
  boxes: z.array(int),
  item: int,
  /** Facility kind id of data/facility-kinds.tsv (`logistics-park`), with its names. */
  kind: orNull(text),
  kindZh: orNull(text),
  kindEn: orNull(text),
  chapterId: orNull(text),
  orgs: z.array(text),
  searchText: text,
});
export type ProjectProps = z.infer<typeof ProjectProps>;

export const TaskProps = ProvenanceProps.extend({ number: int, group: orNull(text), title: text, text });
export type TaskProps = z.infer<typeof TaskProps>;

export const IndicatorProps = ProvenanceProps.extend({
  number: int,
  part: int,
  category: text,
  name: text,
  unit: orNull(text),
  nameEn: orNull(text),
  unitEn: orNull(text),
  value2025: orNull(text),
  value2030: orNull(text),
  target: orNull(text),
  attribute: orNull(text),
});
export type IndicatorProps = z.infer<typeof IndicatorProps>;

/** The plan a node of PLAN_SCOPED_LABELS belongs to; the loader sets it, and graphs from before plans had ids lack it. */
export const PlanScopeProps = z.object({ plan: orNull(text) });
export type PlanScopeProps = z.infer<typeof PlanScopeProps>;

/** The properties of each label's nodes, besides `id` (and `plan` or `plans`, which the loader's statements set). */
export const NODE_PROPS = {
  Plan: PlanProps,
  Region: RegionProps,
  Document: DocumentProps,
  Chapter: ChapterProps,
  Box: BoxProps,
  Project: ProjectProps,
  Industry: IndustryProps,
  Place: PlaceProps,
  Unit: UnitProps,
  Task: TaskProps,
  Indicator: IndicatorProps,
} as const satisfies Record<NodeLabel, z.ZodObject>;
/** A node's properties as the loader writes them: a property left out reads back as null. */
export type NodeProps = { [L in NodeLabel]: z.input<(typeof NODE_PROPS)[L]> };

/** A node as Neo4j returns it: its properties and its id. */
export const withId = <S extends z.ZodRawShape>(props: z.ZodObject<S>) => props.extend({ id: text });

export const ListedInProps = ProvenanceProps.extend({ item: int });
export type ListedInProps = z.infer<typeof ListedInProps>;

/** `task`: the work point a responsibility is stated in, if any. */
export const ResponsibleProps = ProvenanceProps.extend({ role: Role, task: orNull(text) });
export type ResponsibleProps = z.infer<typeof ResponsibleProps>;

export const ReportsToProps = ResponsibleProps;
export type ReportsToProps = ResponsibleProps;

/**
 * A project's industry, with the project's keys behind the industry's code (`logistics 0000000003 …`):
 * one range of the RANGE index on each holds an industry's projects in the plan's order
 * (`orderKey`) or by name (`nameKey`, the project's pinyin key then its plan-order key).
 */
export const InIndustryProps = ProvenanceProps.extend({ orderKey: text, nameKey: text });
export type InIndustryProps = z.infer<typeof InIndustryProps>;

/** A link between the projects of two plans, with the sentence of each end (`to…` for the target's). */
export const CrossPlanProps = ProvenanceProps.extend({
  toDocument: orNull(text),
  toLine: orNull(int),
  toQuote: orNull(text),
});
export type CrossPlanProps = z.infer<typeof CrossPlanProps>;

/** The properties of each relationship type. */
export const REL_PROPS = {
  COVERS: ProvenanceProps,
  WITHIN: ProvenanceProps,
  PART_OF: ProvenanceProps,
  IN_CHAPTER: ProvenanceProps,
  LISTED_IN: ListedInProps,
  IN_INDUSTRY: InIndustryProps,
  IN_DISTRICT: ProvenanceProps,
  AT_PLACE: ProvenanceProps,
  RESPONSIBLE: ResponsibleProps,
  MENTIONS: ProvenanceProps,
  REPORTS_TO: ReportsToProps,
  GOVERNS: ProvenanceProps,
  MEASURES: ProvenanceProps,
  NAMES: UnitProps,
  SAME_PROJECT: CrossPlanProps,
  CARRIED_OVER: CrossPlanProps,
} as const satisfies Record<RelType, z.ZodObject>;
/** A relationship's properties as the loader writes them: a property left out reads back as null. */
export type RelProps = { [T in RelType]: z.input<(typeof REL_PROPS)[T]> };

/** The name of a property of T, checked by the compiler: `prop<ProjectProps>('name')`. */
export const prop = <T>(name: keyof T & string): string => name;

/**
 * The Cypher map projection of the properties a schema reads, e.g. `u {.id, .name}`: the statement
 * returns exactly what its mapper parses.
 */
export const projection = (variable: string, schema: z.ZodObject, ...entries: string[]): string =>
  `${variable} {${[...Object.keys(schema.shape).map((name) => `.${name}`), ...entries].join(', ')}}`;
