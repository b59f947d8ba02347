import { z } from 'zod';
import { RuleId } from '../../graph/rules';

/**
 * The plan bundle: everything the importer reads out of one gazette, as plain data.
 * It is the only thing that crosses from parsing to loading, so it is validated on both sides.
 * Bump BUNDLE_VERSION whenever a field changes meaning or shape.
 *
 * Ids are global and say their kind: `doc:plan`, `chapter:p3.c1`, `box:5`, `project:…`, `unit:…`,
 * `place:…`, `task:3`, `indicator:20.1`. Districts and industries are keyed by name and code
 * (the graph gives them `district:<name>` and `industry:<code>`).
 */
export const BUNDLE_VERSION = 4;

export const Basis = z.enum(['stated', 'derived']);
export type Basis = z.infer<typeof Basis>;

/** A premise of a derived fact that the gazette states: a sentence of one of its documents. */
export const GazettePremise = z.object({
  kind: z.literal('gazette'),
  document: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string().min(1),
});
export type GazettePremise = z.infer<typeof GazettePremise>;

/** A premise of a derived fact that only the city profile holds: its entry and the source the profile gives for it. */
export const ProfilePremise = z.object({
  kind: z.literal('profile'),
  /** The profile file, relative to the project root. */
  file: z.string().min(1),
  /** The entry as a reader finds it in the file, e.g. `places: 瑶里 → 浮梁县`. */
  entry: z.string().min(1),
  /** What the entry says, in words, in Chinese and English (the entry itself is a locator, not a sentence). */
  says: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** What the profile says the entry rests on, as the profile words it (English). */
  source: z.string().min(1),
  /** The same source in Chinese, as the profile gives it. */
  sourceZh: z.string().min(1),
});
export type ProfilePremise = z.infer<typeof ProfilePremise>;

export const Premise = z.discriminatedUnion('kind', [GazettePremise, ProfilePremise]);
export type Premise = z.infer<typeof Premise>;

/** Why a derived fact holds, in both languages. */
export const Why = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Why = z.infer<typeof Why>;

/**
 * Where a fact comes from: a line of a document of the gazette and the sentence quoted from it.
 * A stated fact's quote names both ends, or `alias` records the form it names one of them by.
 * A derived fact says `why` the rule makes it hold and lists its `premises`, each with its own evidence.
 */
export const Evidence = z.object({
  document: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string().min(1),
  basis: Basis,
  /** The rule that produced the fact: one of the registry in `rules.ts`. */
  rule: RuleId,
  /** The form the quote names an end by when it is not that end's name (工信局 for 市工业和信息化局). */
  alias: z.string().min(1).optional(),
  why: Why.optional(),
  premises: z.array(Premise).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const DocumentKind = z.enum(['plan', 'action-plan', 'emergency-plan', 'notice', 'other']);

export const Document = z.object({
  id: z.string().min(1),
  kind: DocumentKind,
  title: z.string().min(1),
  /** 文号, e.g. 景府发〔2026〕4号 */
  number: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) when the document states one. */
  date: z.string().nullable(),
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Document = z.infer<typeof Document>;

/** 篇 / 章 / 节 of the plan outline. Ids are paths: `chapter:p3`, `chapter:p3.c1`, `chapter:p3.c1.s2`. */
export const Chapter = z.object({
  id: z.string().min(1),
  level: z.enum(['part', 'chapter', 'section']),
  number: z.number().int().positive(),
  title: z.string().min(1),
  parentId: z.string().nullable(),
  document: z.string().min(1),
  line: z.number().int().positive(),
});
export type Chapter = z.infer<typeof Chapter>;

export const BoxItem = z.object({
  /** 0 for text that stands in the box before any numbered item. */
  number: z.number().int().nonnegative(),
  title: z.string(),
  line: z.number().int().positive(),
});

/** A callout box (专栏 N). Box 1 is the indicator table. */
export const Box = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  /** Innermost chapter or section the box stands in. */
  chapterId: z.string().nullable(),
  document: z.string().min(1),
  line: z.number().int().positive(),
  items: z.array(BoxItem),
});
export type Box = z.infer<typeof Box>;

export const Industry = z.object({
  code: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Industry = z.infer<typeof Industry>;

/** A numbered indicator of 专栏 1. Number 20 has two parts (`part` 1 and 2). */
export const Indicator = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  part: z.number().int().nonnegative(),
  category: z.string(),
  name: z.string().min(1),
  unit: z.string().nullable(),
  /** English of the name and unit from data/indicator-terms.tsv; null (or absent in older bundles) where it has none. */
  nameEn: z.string().nullable().optional(),
  unitEn: z.string().nullable().optional(),
  value2025: z.string().nullable(),
  value2030: z.string().nullable(),
  /** 年均/累计 */
  target: z.string().nullable(),
  /** 预期性 / 约束性 */
  attribute: z.string().nullable(),
  industries: z.array(z.object({ code: z.string(), evidence: Evidence })),
  evidence: Evidence,
});
export type Indicator = z.infer<typeof Indicator>;

export const UnitKind = z.enum([
  'government', // 市人民政府
  'district-government', // 浮梁县人民政府, 高新区管委会 …
  'department', // 工信局, 发改委 …
  'enterprise',
  'institution',
  'command', // 指挥部
  'office', // 指挥部办公室
  'other',
]);
export type UnitKind = z.infer<typeof UnitKind>;

/** An organisation that can answer for something. Aliases resolve to one unit. */
export const Unit = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: UnitKind,
  aliases: z.array(z.string()),
  /** The district a district government or park committee governs. */
  district: z.string().nullable(),
  /** Duties as the source states them (emergency plan member units). */
  duties: z.string().nullable(),
  evidence: Evidence,
});
export type Unit = z.infer<typeof Unit>;

export const District = z.object({
  name: z.string().min(1),
  kind: z.enum(['district', 'county', 'city', 'park', 'new-area']),
  shortForms: z.array(z.string()),
  /** Unit id of its government or management committee. */
  governmentId: z.string().nullable(),
  /** Why that unit governs the district (the city profile entry, or the gazette). */
  governmentEvidence: Evidence.optional(),
});
export type District = z.infer<typeof District>;

export const Place = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** District the city profile puts it in, if any. */
  district: z.string().nullable(),
  /** Why it lies in that district: the first sentence naming it, and the profile entry. */
  evidence: Evidence.optional(),
});
export type Place = z.infer<typeof Place>;

export const DistrictLink = z.object({ name: z.string().min(1) }).merge(Evidence);
export const IndustryLink = z.object({ code: z.string().min(1) }).merge(Evidence);
export const PlaceLink = z.object({ id: z.string().min(1) }).merge(Evidence);

/** One place a project is named: the box, the item and the sentence. */
export const Mention = z.object({
  box: z.number().int().positive(),
  item: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  quote: z.string().min(1),
});

export const Project = z.object({
  /** Stable across imports: derived from the normalised name. */
  id: z.string().min(1),
  name: z.string().min(1),
  tier: z.enum(['A', 'B']),
  /** The first box that lists it, and all of them. */
  box: z.number().int().positive(),
  boxes: z.array(z.number().int().positive()).min(1),
  item: z.number().int().nonnegative(),
  chapterId: z.string().nullable(),
  /** Facility kind id of data/facility-kinds.tsv (`logistics-park` …): the same kind of project across districts. */
  kind: z.string().nullable(),
  mentions: z.array(Mention).min(1),
  industries: z.array(IndustryLink),
  districts: z.array(DistrictLink),
  places: z.array(PlaceLink),
  /** Unit ids of the organisations the project's text names as doing or owning it. */
  orgs: z.array(z.string()),
  source: z.object({
    document: z.string(),
    line: z.number().int().positive(),
    quote: z.string().min(1),
    /** How the first mention was read (`project-list`, `enumeration`, `verb-object`). */
    basis: Basis.optional(),
    rule: RuleId.optional(),
  }),
});
export type Project = z.infer<typeof Project>;

export const TaskUnit = z.object({
  unitId: z.string().min(1),
  /** As written in 〔责任单位：…〕: lead departments first, then districts and parks. */
  name: z.string().min(1),
  role: z.enum(['lead', 'district']),
  /** Stated when written out; derived when expanded from 各县（市、区）. */
  basis: Basis,
});

/** A work point of the 1269 action plan. */
export const Task = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  /** The heading it stands under, if any. */
  group: z.string().nullable(),
  title: z.string().min(1),
  text: z.string().min(1),
  units: z.array(TaskUnit),
  /** Projects the task's text mentions by name. */
  projectIds: z.array(z.string()),
  /** Where each source line of the work point starts within `text`, so a sentence can be cited by its own line. */
  parts: z.array(z.object({ line: z.number().int().positive(), offset: z.number().int().nonnegative() })).min(1),
  evidence: Evidence,
});
export type Task = z.infer<typeof Task>;

export const SubjectKind = z.enum(['project', 'task', 'unit']);

/**
 * Who answers for what: project → unit, task → unit, unit → supervising unit.
 * Never more than the source supports; `basis` and `rule` say how it was found.
 */
export const Responsibility = z.object({
  subjectKind: SubjectKind,
  subjectId: z.string().min(1),
  unitId: z.string().min(1),
  role: z.enum(['implementing', 'lead', 'supporting', 'district', 'member', 'supervisor', 'remit']),
  /** The work point a project's responsibility comes through (rule `task-chain`). */
  taskId: z.string().min(1).optional(),
  evidence: Evidence,
});
export type Responsibility = z.infer<typeof Responsibility>;

/** Which plan the bundle holds: read from its title, its publishing notice and the gazette's masthead. */
export const PlanIdentity = z.object({
  title: z.string().min(1),
  /** The five-year plan it is, e.g. '十五五'. */
  edition: z.string().nullable(),
  level: z.enum(['province', 'city', 'county']),
  /** The plan's own area as written: 景德镇市, 浮梁县. */
  region: z.string().min(1),
  province: z.string().nullable(),
  /** For a county plan, the city it belongs to when the text or the city profile says. */
  parentCity: z.string().nullable(),
  /** The city of the plan: its own area for a city plan, `parentCity` for a county plan. */
  city: z.string().nullable(),
  /** The government that publishes it, as the notice names it. */
  issuer: z.string().nullable(),
  /** The gazette and issue it appears in: '景德镇市人民政府公报 2026年第5期'. */
  gazette: z.string().nullable(),
  /** The title line (or the notice line) it is read from. */
  evidence: Evidence,
});
export type PlanIdentity = z.infer<typeof PlanIdentity>;

/** Something the reader repaired or could not read, where the import still went on. */
export const Warning = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  message: z.string().min(1),
});
export type Warning = z.infer<typeof Warning>;

export const Bundle = z.object({
  version: z.literal(BUNDLE_VERSION),
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string().min(1),
    lines: z.number().int().nonnegative(),
  }),
  plan: PlanIdentity,
  documents: z.array(Document),
  chapters: z.array(Chapter),
  boxes: z.array(Box),
  industries: z.array(Industry),
  indicators: z.array(Indicator),
  districts: z.array(District),
  places: z.array(Place),
  units: z.array(Unit),
  projects: z.array(Project),
  tasks: z.array(Task),
  responsibilities: z.array(Responsibility),
  /** Layout noise repaired or skipped while reading, with where it stands. */
  warnings: z.array(Warning),
});
export type Bundle = z.infer<typeof Bundle>;
