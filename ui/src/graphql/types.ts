/** Result shapes of the documents in queries.ts, copied from api/schema.graphql. */
export type Basis = 'STATED' | 'DERIVED';

/** A premise of a derived fact: a gazette sentence, or a city profile entry with its source. */
export interface Premise {
  kind: 'GAZETTE' | 'PROFILE';
  document: string;
  documentTitle?: string | null;
  documentLine?: number | null;
  line: number;
  quote: string;
  source?: string | null;
}

export interface Evidence {
  kind?: 'GAZETTE' | 'PROFILE';
  document: string;
  documentTitle?: string | null;
  /** Line within the document; `line` is the gazette's. */
  documentLine?: number | null;
  line: number;
  quote: string;
  alias?: string | null;
  basis: Basis;
  rule: string;
  ruleZh?: string;
  ruleEn?: string;
  whyZh?: string;
  whyEn?: string;
  premises?: Premise[];
}

export interface ChapterRef {
  id: string;
  level: string;
  number: number;
  title: string;
}

export interface Indicator {
  id: string;
  number: number;
  part: number;
  category: string;
  name: string;
  unit?: string | null;
  value2025?: string | null;
  value2030?: string | null;
  target?: string | null;
  attribute?: string | null;
}

export interface Industry {
  code: string;
  zh: string;
  en: string;
  projectCount: number;
  indicators?: Indicator[];
}

export interface District {
  name: string;
  kind: string;
  projectCount: number;
}

export interface Box {
  number: number;
  title: string;
  projectCount: number;
}

export interface Chapter {
  id: string;
  level: string;
  number: number;
  title: string;
  parentId?: string | null;
  projectCount: number;
}

export interface Unit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  duties?: string | null;
}

export interface Place {
  id: string;
  name: string;
  district?: string | null;
  projectCount: number;
}

export interface Mention {
  box: number;
  item: number;
  line: number;
  quote: string;
}

export interface Project {
  id: string;
  name: string;
  tier: string;
  box: number;
  boxes: number[];
  item: number;
  kind?: string | null;
  chapterPath: ChapterRef[];
  industries: { code: string; zh: string; evidence: Evidence }[];
  districts: { name: string; evidence: Evidence }[];
  places: { place: Place; evidence: Evidence }[];
  units: { unit: Unit; role: string; evidence: Evidence }[];
  mentions: Mention[];
  evidence: Evidence;
}

/** A row of the portfolio table: the parts of Project it lists. */
export type ProjectRow = Pick<Project, 'id' | 'name' | 'tier' | 'box' | 'boxes'> & {
  industries: { code: string; zh: string }[];
  districts: { name: string }[];
  units: { unit: Pick<Unit, 'id' | 'name'>; role: string }[];
};

export interface ProjectFilter {
  industry?: string;
  district?: string;
  box?: number;
  chapter?: string;
  unit?: string;
  place?: string;
  text?: string;
}

export type SortField = 'NAME' | 'BOX';

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  score: number;
}

export type OverlapKind = 'SAME_PROJECT_IN_SEVERAL_BOXES' | 'SAME_KIND_ACROSS_DISTRICTS' | 'SHARED_PLACE';
export const OVERLAP_KINDS: OverlapKind[] = [
  'SAME_PROJECT_IN_SEVERAL_BOXES',
  'SAME_KIND_ACROSS_DISTRICTS',
  'SHARED_PLACE',
];

export interface OverlapGroup {
  kind: OverlapKind;
  key: string;
  projects: { id: string; name: string; boxes: number[]; districts: { name: string }[] }[];
  districts: string[];
}

export interface MatrixCell {
  district: string;
  industry: string;
  count: number;
}

export interface ChainNode {
  id: string;
  type: string;
  name: string;
}

export interface ChainStep {
  from: ChainNode;
  to: ChainNode;
  relation: string;
  relationZh?: string;
  relationEn?: string;
  basis: Basis;
  evidence: Evidence;
}

export type ChainStatus = 'ALL_STATED' | 'REACHES_TOP_DERIVED' | 'STOPS';

export interface ChainPath {
  steps: ChainStep[];
  status?: ChainStatus;
  /** Positions of the derived steps. */
  derivedSteps?: number[];
  complete: boolean;
  stopsAt?: ChainNode | null;
  noteZh?: string | null;
  noteEn?: string | null;
}

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  data: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  basis?: Basis | null;
  evidence?: Evidence | null;
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  limit: number;
}
