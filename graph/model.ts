/**
 * The graph PlanGraph keeps in Neo4j: the one vocabulary the loader writes and the API reads.
 *
 * Every node has a string `id`, unique per label. Every relationship that states a fact carries
 * its provenance as properties: `document`, `line`, `quote`, `basis` ('stated' | 'derived'), `rule`.
 *
 *   (:Document)
 *   (:Chapter {level, number, title})-[:PART_OF]->(:Chapter | :Document)
 *   (:Box {number, title})-[:IN_CHAPTER]->(:Chapter)
 *   (:Project {name, tier, box, boxes, item, kind, document, line, quote})
 *       -[:LISTED_IN {item, document, line, quote}]->(:Box)
 *       -[:IN_INDUSTRY]->(:Industry {code, zh, en})
 *       -[:IN_DISTRICT]->(:District {name, kind})
 *       -[:AT_PLACE]->(:Place {name})
 *       -[:RESPONSIBLE {role}]->(:Unit {name, kind, aliases, duties})
 *   (:Task {number, title, text})-[:RESPONSIBLE {role}]->(:Unit)
 *   (:Task)-[:MENTIONS]->(:Project)
 *   (:Unit)-[:REPORTS_TO {role}]->(:Unit)
 *   (:Unit)-[:GOVERNS]->(:District)
 *   (:Place)-[:IN_DISTRICT]->(:District)
 *   (:Indicator {number, part, name, unit, value2025, value2030, target, attribute})-[:MEASURES]->(:Industry)
 *   (:Import {sha256, file, version, importedAt})  — one per loaded plan
 */
import { z } from 'zod';

export const NodeLabel = {
  Document: 'Document',
  Chapter: 'Chapter',
  Box: 'Box',
  Project: 'Project',
  Industry: 'Industry',
  District: 'District',
  Place: 'Place',
  Unit: 'Unit',
  Task: 'Task',
  Indicator: 'Indicator',
  Import: 'Import',
} as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

export const NODE_LABELS: readonly NodeLabel[] = Object.values(NodeLabel);

export const RelType = {
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
} as const;
export type RelType = (typeof RelType)[keyof typeof RelType];

export const REL_TYPES: readonly RelType[] = Object.values(RelType);

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

/**
 * Every provenance rule a fact may record (import/bundle/rules.ts describes each and must list
 * exactly these).
 */
export const RULE_IDS = [
  'outline',
  'box-item',
  'project-list',
  'enumeration',
  'verb-object',
  'indicator-table',
  'indicator-keyword',
  'industry-keyword',
  'partner-sector',
  'sentence-sector',
  'item-sector',
  'box-sector',
  'district-in-name',
  'district-prefix',
  'district-subject',
  'place-in-name',
  'place-gazetteer',
  'place-district',
  'district-government',
  'unit-district',
  'district-government-of-located-project',
  'org-alias',
  'org-suffix',
  'org-name-prefix',
  'org-known',
  'org-partner',
  'org-in-project',
  'org-in-project-name',
  'project-org',
  'issuing-notice',
  'notice-addressee',
  'city-department',
  'profile-remit',
  'department-remit',
  'city-profile',
  'action-plan-work-point',
  'task-responsible-units',
  'task-units',
  'task-project-name',
  'task-chain',
  'command-set-up',
  'command-set-up-by-government',
  'command-implied-under-government',
  'command-deputy-units',
  'command-member-units',
  'command-member-by-duty-section',
  'office-under-command',
  'office-named-after-command',
  'office-seat',
  'office-member-units',
  'duty-section',
] as const;
export const Rule = z.enum(RULE_IDS);
export type Rule = z.infer<typeof Rule>;

/** A project's tier: A for the plan's major projects, B for the others. */
export const TIER_VALUES = ['A', 'B'] as const;
export const Tier = z.enum(TIER_VALUES);
export type Tier = z.infer<typeof Tier>;

/** 篇 / 章 / 节 of the plan outline. */
export const CHAPTER_LEVELS = ['part', 'chapter', 'section'] as const;
export const ChapterLevel = z.enum(CHAPTER_LEVELS);
export type ChapterLevel = z.infer<typeof ChapterLevel>;

export const UNIT_KINDS = ['government', 'district-government', 'department', 'enterprise', 'institution', 'command', 'office', 'other'] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

export const DISTRICT_KINDS = ['district', 'county', 'city', 'park', 'new-area'] as const;
export const DistrictKind = z.enum(DISTRICT_KINDS);
export type DistrictKind = z.infer<typeof DistrictKind>;

export const DOCUMENT_KINDS = ['plan', 'action-plan', 'emergency-plan', 'notice', 'other'] as const;

/** Who answers for what, as RESPONSIBLE and REPORTS_TO record it. */
export const ROLES = ['implementing', 'lead', 'district', 'member', 'supervisor', 'remit'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const text = z.string();
const int = z.number().int();

/**
 * A property that may be null. Neo4j stores no nulls (setting one removes the property), so a
 * value read back may be absent; it reads as null.
 */
const orNull = <T extends z.ZodType>(type: T) => type.nullable().default(null);

/** The five provenance properties of a fact; null where no sentence states it. */
export const ProvenanceProps = z.object({
  document: orNull(text),
  line: orNull(int),
  quote: orNull(text),
  basis: Basis,
  rule: Rule,
});
export type ProvenanceProps = z.infer<typeof ProvenanceProps>;

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

export const DistrictProps = z.object({
  name: text,
  kind: DistrictKind,
  shortForms: z.array(text),
  governmentId: orNull(text),
});
export type DistrictProps = z.infer<typeof DistrictProps>;

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

/** A project carries the provenance of its first listing, and the unit ids its text names (`orgs`). */
export const ProjectProps = ProvenanceProps.extend({
  name: text,
  tier: Tier,
  box: int,
  boxes: z.array(int),
  item: int,
  kind: orNull(text),
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
  value2025: orNull(text),
  value2030: orNull(text),
  target: orNull(text),
  attribute: orNull(text),
});
export type IndicatorProps = z.infer<typeof IndicatorProps>;

/** What is loaded; `counts` is the JSON of the loader's node and relationship counts. */
export const ImportProps = z.object({ sha256: text, file: text, version: int, importedAt: text, counts: text });
export type ImportProps = z.infer<typeof ImportProps>;

/** The properties of each label's nodes, besides `id`. */
export const NODE_PROPS = {
  Document: DocumentProps,
  Chapter: ChapterProps,
  Box: BoxProps,
  Project: ProjectProps,
  Industry: IndustryProps,
  District: DistrictProps,
  Place: PlaceProps,
  Unit: UnitProps,
  Task: TaskProps,
  Indicator: IndicatorProps,
  Import: ImportProps,
} as const satisfies Record<NodeLabel, z.ZodObject>;
export type NodeProps = { [L in NodeLabel]: z.infer<(typeof NODE_PROPS)[L]> };

/** A node as Neo4j returns it: its properties and its id. */
export const withId = <S extends z.ZodRawShape>(props: z.ZodObject<S>) => props.extend({ id: text });

export const ListedInProps = ProvenanceProps.extend({ item: int });
export type ListedInProps = z.infer<typeof ListedInProps>;

export const ResponsibleProps = ProvenanceProps.extend({ role: Role });
export type ResponsibleProps = z.infer<typeof ResponsibleProps>;

export const ReportsToProps = ProvenanceProps.extend({ role: Role });
export type ReportsToProps = z.infer<typeof ReportsToProps>;

/** The properties of each relationship type. */
export const REL_PROPS = {
  PART_OF: ProvenanceProps,
  IN_CHAPTER: ProvenanceProps,
  LISTED_IN: ListedInProps,
  IN_INDUSTRY: ProvenanceProps,
  IN_DISTRICT: ProvenanceProps,
  AT_PLACE: ProvenanceProps,
  RESPONSIBLE: ResponsibleProps,
  MENTIONS: ProvenanceProps,
  REPORTS_TO: ReportsToProps,
  GOVERNS: ProvenanceProps,
  MEASURES: ProvenanceProps,
} as const satisfies Record<RelType, z.ZodObject>;
export type RelProps = { [T in RelType]: z.infer<(typeof REL_PROPS)[T]> };

/** The name of a property of T, checked by the compiler: `prop<ProjectProps>('name')`. */
export const prop = <T>(name: keyof T & string): string => name;

/**
 * The Cypher map projection of the properties a schema reads, e.g. `u {.id, .name}`: the statement
 * returns exactly what its mapper parses.
 */
export const projection = (variable: string, schema: z.ZodObject, ...entries: string[]): string =>
  `${variable} {${[...Object.keys(schema.shape).map((name) => `.${name}`), ...entries].join(', ')}}`;
