import { NODE_PROPS, NodeLabel, PLAN_SCOPED_LABELS, REL_PROPS, RelType, SHARED_LABELS } from '../../graph/model';

/**
 * Every statement the loader runs. Rows arrive as `$rows` (one UNWIND per batch), each with the id
 * of its plan in `row.plan`, so one statement writes the rows of several plans; statements about
 * the loaded plans as a whole take them as `$plans` (one map per plan, `p.id` its id), and those
 * about one plan (replacing, removing) its id as `$plan`. Labels and relationship types come only
 * from graph/model.ts, never from the bundle.
 */

/** The plan a graph loaded before plans had ids became (migration 003). */
export const LEGACY_PLAN = 'plan:legacy';

type ScopedLabel = (typeof PLAN_SCOPED_LABELS)[number];
type SharedLabel = (typeof SHARED_LABELS)[number];

/**
 * The sorted ids of the plans naming a shared node, with the batch's plans naming it (`row.plans`)
 * added: the same list whatever the import order, rewritten once per batch rather than once per plan.
 */
const ADD_PLANS = `COLLECT { UNWIND coalesce(n.plans, []) + row.plans AS x RETURN DISTINCT x ORDER BY x }`;

/**
 * The properties graph/model.ts declares for a label or type, each read from `row.props`, as the
 * map of a CREATE pattern (a null is not stored, as with SET): unlike `SET n += row.props` it lets
 * Neo4j stream the rows, with no Eager operator between CREATE and SET.
 */
const propertyMap = (schema: { shape: object }, ...own: string[]) =>
  `{${[...own.map((k) => `${k}: row.${k}`), ...Object.keys(schema.shape).map((k) => `${k}: row.props.${k}`)].join(', ')}}`;

/**
 * The nodes of one plan are new: the plan's previous version, if any, is deleted first in the same
 * transaction and the ids carry the plan's id, so CREATE writes what MERGE would, without looking.
 * A clash would still fail on the label's id constraint, never merge silently.
 */
function createNodes(label: ScopedLabel): string {
  return `
UNWIND $rows AS row
CREATE (:${label} ${propertyMap(NODE_PROPS[label], 'id', 'plan')})`;
}

/**
 * A shared node, one row per node for all the plans of a batch (batch.ts): `row.props` is what
 * the plans state of it, a later plan's value replacing an earlier one's, and `row.plans` the
 * plans naming it.
 */
function mergeSharedNodes(label: SharedLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n += row.props, n.plans = ${ADD_PLANS}`;
}

export const MERGE_REGIONS = mergeSharedNodes(NodeLabel.Region);
export const CREATE_DOCUMENTS = createNodes(NodeLabel.Document);
export const CREATE_CHAPTERS = createNodes(NodeLabel.Chapter);
export const CREATE_BOXES = createNodes(NodeLabel.Box);
export const MERGE_INDUSTRIES = mergeSharedNodes(NodeLabel.Industry);
export const CREATE_PLACES = createNodes(NodeLabel.Place);
/** What a unit is called and how it is known; each plan states its own, the node shows one. */
export const UNIT_PROPS = [
  'name',
  'kind',
  'aliases',
  'district',
  'duties',
  'document',
  'line',
  'quote',
  'basis',
  'rule',
  'searchText',
] as const;

/**
 * The unit's properties as the first plan (by id) that names it states them: a unit shared by
 * several plans reads the same whatever order they were loaded or removed in. The initial load
 * chooses the same statement while writing its CSV (initial/units.ts).
 */
const SHOW_FIRST_STATEMENT = `
CALL (n) {
  MATCH (d:${NodeLabel.Document})-[s:${RelType.NAMES}]->(n)
  RETURN s ORDER BY d.plan, d.id LIMIT 1
}
SET ${UNIT_PROPS.map((k) => `n.${k} = s.${k}`).join(', ')}`;

/**
 * Units are shared by the plans of a region; what each plan states of a unit is kept on its
 * document's NAMES relationship, and the node shows one statement (SHOW_UNIT_STATEMENTS).
 */
export const MERGE_UNITS = `
UNWIND $rows AS row
MERGE (n:${NodeLabel.Unit} {id: row.id})
SET n.plans = ${ADD_PLANS}`;

/**
 * The units `$units` show the statement of the first plan naming them: after a batch's NAMES are
 * written, and after a plan's documents are gone.
 */
export const SHOW_UNIT_STATEMENTS = `
MATCH (n:${NodeLabel.Unit}) WHERE n.id IN $units
${SHOW_FIRST_STATEMENT}`;
export const CREATE_PROJECTS = createNodes(NodeLabel.Project);
export const CREATE_TASKS = createNodes(NodeLabel.Task);
export const CREATE_INDICATORS = createNodes(NodeLabel.Indicator);

/**
 * A relationship a plan states carries the plan's id and is new: the previous version's are
 * deleted with it, also those between shared nodes (units, regions), and rows.ts keeps one row per
 * (from, to) or, where a unit can answer for the same subject in more than one role, per
 * (from, to, role). Two plans naming the same units each keep their own. Rows whose ends are
 * missing would be dropped silently by MATCH, so the rows are checked for dangling ids before
 * anything is written.
 */
function createRelationships(from: NodeLabel, type: RelType, to: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[:${type} ${propertyMap(REL_PROPS[type], 'plan')}]->(b)`;
}

/**
 * Where a region lies is a fact about the regions, not about a plan: one relationship whatever
 * names it, one row per pair for a batch (batch.ts).
 */
export const MERGE_REGION_WITHIN = `
UNWIND $rows AS row
MATCH (a:${NodeLabel.Region} {id: row.from})
MATCH (b:${NodeLabel.Region} {id: row.to})
MERGE (a)-[r:${RelType.WITHIN}]->(b)
SET r += row.props`;

export const CREATE_DOCUMENT_NAMES = createRelationships(NodeLabel.Document, RelType.NAMES, NodeLabel.Unit);
export const CREATE_CHAPTER_PART_OF_CHAPTER = createRelationships(
  NodeLabel.Chapter,
  RelType.PART_OF,
  NodeLabel.Chapter,
);
export const CREATE_CHAPTER_PART_OF_DOCUMENT = createRelationships(
  NodeLabel.Chapter,
  RelType.PART_OF,
  NodeLabel.Document,
);
export const CREATE_BOX_IN_CHAPTER = createRelationships(NodeLabel.Box, RelType.IN_CHAPTER, NodeLabel.Chapter);
export const CREATE_PROJECT_LISTED_IN = createRelationships(NodeLabel.Project, RelType.LISTED_IN, NodeLabel.Box);
export const CREATE_PROJECT_IN_INDUSTRY = createRelationships(
  NodeLabel.Project,
  RelType.IN_INDUSTRY,
  NodeLabel.Industry,
);
export const CREATE_PROJECT_IN_DISTRICT = createRelationships(NodeLabel.Project, RelType.IN_DISTRICT, NodeLabel.Region);
export const CREATE_PROJECT_AT_PLACE = createRelationships(NodeLabel.Project, RelType.AT_PLACE, NodeLabel.Place);
export const CREATE_PROJECT_RESPONSIBLE = createRelationships(NodeLabel.Project, RelType.RESPONSIBLE, NodeLabel.Unit);
export const CREATE_TASK_RESPONSIBLE = createRelationships(NodeLabel.Task, RelType.RESPONSIBLE, NodeLabel.Unit);
export const CREATE_TASK_MENTIONS = createRelationships(NodeLabel.Task, RelType.MENTIONS, NodeLabel.Project);
export const CREATE_UNIT_REPORTS_TO = createRelationships(NodeLabel.Unit, RelType.REPORTS_TO, NodeLabel.Unit);
export const CREATE_UNIT_GOVERNS = createRelationships(NodeLabel.Unit, RelType.GOVERNS, NodeLabel.Region);
export const CREATE_PLACE_IN_DISTRICT = createRelationships(NodeLabel.Place, RelType.IN_DISTRICT, NodeLabel.Region);
export const CREATE_INDICATOR_MEASURES = createRelationships(NodeLabel.Indicator, RelType.MEASURES, NodeLabel.Industry);

/**
 * The plans an import of `$plans` (`id`, `sha256`) replaces, each with the plan replacing it: the
 * plan of the same id, and the plan of a graph loaded before plans had ids when it came from the same file.
 */
export const PLANS_TO_REPLACE = `
UNWIND $plans AS p
MATCH (old:${NodeLabel.Plan} {id: p.id})
RETURN p.id AS plan, old.id AS id
UNION
UNWIND $plans AS p
MATCH (old:${NodeLabel.Plan} {id: '${LEGACY_PLAN}'})
WHERE old.sha256 = p.sha256
RETURN p.id AS plan, old.id AS id`;

/** The nodes of one plan, label by label (each through its `plan` index), in one round trip. */
export const DELETE_PLAN_NODES = `
CALL () {
${PLAN_SCOPED_LABELS.map((label: ScopedLabel) => `  MATCH (n:${label} {plan: $plan}) DETACH DELETE n RETURN count(n) AS deleted`).join('\n  UNION ALL\n')}
}
RETURN sum(deleted) AS deleted`;

/**
 * The shared nodes a plan may name, reached from the plan itself and never by scanning a label:
 * the units its documents name, and the regions of its own region's branch (the region, those
 * above it and the regions directly below each of them, where its districts lie). The caller keeps
 * those that list the plan. Read before the plan's nodes go, as the links start from them.
 */
export const SHARED_NODES_OF_PLAN = `
OPTIONAL MATCH (plan:${NodeLabel.Plan} {id: $plan})
RETURN
  COLLECT { MATCH (:${NodeLabel.Document} {plan: $plan})-[:${RelType.NAMES}]->(u:${NodeLabel.Unit}) RETURN DISTINCT u.id } AS units,
  COLLECT {
    MATCH (:${NodeLabel.Region} {id: plan.regionId})-[:${RelType.WITHIN}*0..3]->(above:${NodeLabel.Region})
    UNWIND [above] + COLLECT { MATCH (above)<-[:${RelType.WITHIN}]-(below:${NodeLabel.Region}) RETURN below } AS r
    RETURN DISTINCT r.id
  } AS regions`;

/** The legacy plan's graph had neither NAMES nor regions of a branch: its shared nodes are those listing it. */
export const SHARED_NODES_OF_LEGACY_PLAN = `
RETURN
  COLLECT { MATCH (u:${NodeLabel.Unit}) WHERE $plan IN u.plans RETURN u.id } AS units,
  COLLECT { MATCH (r:${NodeLabel.Region}) WHERE $plan IN r.plans RETURN r.id } AS regions`;

/**
 * The plan's statements about the shared nodes it named (`$units`, `$regions`; the industries are
 * one taxonomy of a few dozen nodes, all of which every plan names), then those no other plan names.
 */
export const RELEASE_SHARED_NODES = `
CALL () {
  MATCH (n:${NodeLabel.Unit}) WHERE n.id IN $units RETURN n
  UNION
  MATCH (n:${NodeLabel.Region}) WHERE n.id IN $regions RETURN n
  UNION
  MATCH (n:${NodeLabel.Industry}) RETURN n
}
WITH n WHERE $plan IN n.plans
CALL (n) {
  MATCH (n)-[r {plan: $plan}]->()
  DELETE r
}
SET n.plans = [x IN n.plans WHERE x <> $plan]
WITH n WHERE size(n.plans) = 0
DETACH DELETE n
RETURN count(n) AS deleted`;

export const DELETE_PLAN = `
MATCH (p:${NodeLabel.Plan} {id: $plan})
DETACH DELETE p
RETURN count(p) AS deleted`;

/**
 * How many nodes of each label each plan of `$plans` holds, or of the shared nodes it wrote
 * (`p.shared`, by label) still name it.
 */
export const COUNT_PLAN_NODES = `
UNWIND $plans AS p
CALL (p) {
${[
  ...PLAN_SCOPED_LABELS.map(
    (label) => `  MATCH (n:${label} {plan: p.id}) RETURN '${label}' AS label, count(n) AS count`,
  ),
  ...SHARED_LABELS.map(
    (label) =>
      `  MATCH (n:${label}) WHERE n.id IN p.shared.${label} AND p.id IN n.plans RETURN '${label}' AS label, count(n) AS count`,
  ),
].join('\n  UNION ALL\n')}
}
RETURN p.id AS plan, label, count`;

/**
 * How many relationships of each type each plan of `$plans` states. Each starts at a node of the
 * plan, or at one of the units it names (`p.shared.Unit`), so they are reached through those nodes' indexes.
 */
export const COUNT_PLAN_RELATIONSHIPS = `
UNWIND $plans AS p
CALL (p) {
${PLAN_SCOPED_LABELS.map((label) => `  MATCH (n:${label} {plan: p.id})-[r]->() USING INDEX SEEK n:${label}(plan) WHERE r.plan = p.id RETURN type(r) AS type`).join('\n  UNION ALL\n')}
  UNION ALL
  MATCH (n:${NodeLabel.Unit})-[r]->() WHERE n.id IN p.shared.${NodeLabel.Unit} AND r.plan = p.id RETURN type(r) AS type
}
RETURN p.id AS plan, type, count(*) AS count`;

/** Records each plan of `$plans` (`id`, `props`, `regionId`, `covers`); written last, in the same transaction as its nodes. */
export const MERGE_PLAN = `
UNWIND $plans AS p
MERGE (plan:${NodeLabel.Plan} {id: p.id})
SET plan += p.props
WITH plan, p
MATCH (r:${NodeLabel.Region} {id: p.regionId})
MERGE (plan)-[c:${RelType.COVERS}]->(r)
SET c += p.covers`;

/**
 * Links each project of the plans of `$plans` to the project of the same match key (its name without
 * continuation words) in each plan `others` finds for `me`, with both sentences; the pair runs from
 * `p` (me's project) to `q` when `pFirst` holds, else the other way. A pair of plans loaded together
 * is linked once (MERGE). The initial load pairs plans by the same rule while writing its CSV
 * (planPair of initial/links.ts): a change to `others` or `pFirst` belongs there too.
 */
function crossPlanLink(rel: RelType, rule: string, others: string, pFirst: string): string {
  return `
UNWIND $plans AS loaded
MATCH (me:${NodeLabel.Plan} {id: loaded.id})
${others.trim()}
MATCH (p:${NodeLabel.Project} {plan: me.id})
MATCH (q:${NodeLabel.Project} {plan: other.id, matchKey: p.matchKey}) USING INDEX q:${NodeLabel.Project}(plan, matchKey)
WITH me, CASE WHEN ${pFirst} THEN [p, q] ELSE [q, p] END AS pair
WITH me, pair[0] AS a, pair[1] AS b
MERGE (a)-[r:${rel}]->(b)
SET r += {basis: 'derived', rule: '${rule}', document: a.document, line: a.line, quote: a.quote,
  toDocument: b.document, toLine: b.line, toQuote: b.quote}
RETURN me.id AS plan, count(r) AS links`;
}

/**
 * The same project named in a county plan and in the plan of its city of the same edition (a
 * county's 十五五 plan answers to the city's 十五五 plan, not to its 十四五); from the county's
 * project to the city's.
 */
export const LINK_SAME_PROJECT = crossPlanLink(
  RelType.SAME_PROJECT,
  'same-name-county-city',
  `
CALL (me) {
  MATCH (other:${NodeLabel.Plan} {regionId: me.parentRegionId})
  WHERE me.level = 'county' AND other.level = 'city'
  RETURN other
  UNION
  MATCH (other:${NodeLabel.Plan} {parentRegionId: me.regionId})
  WHERE me.level = 'city' AND other.level = 'county'
  RETURN other
}
WITH me, other WHERE other.id <> me.id AND other.edition = me.edition`,
  "me.level = 'county'",
);

/** A project carried over between two editions of one region's plan; from the earlier edition to the later. */
export const LINK_CARRIED_OVER = crossPlanLink(
  RelType.CARRIED_OVER,
  'edition-name-match',
  `
MATCH (other:${NodeLabel.Plan} {regionId: me.regionId})
WHERE other.id <> me.id AND other.level = me.level
  AND other.editionNumber IS NOT NULL AND me.editionNumber IS NOT NULL AND other.editionNumber <> me.editionNumber`,
  'me.editionNumber < other.editionNumber',
);

export const LIST_PLANS = `
MATCH (p:${NodeLabel.Plan})
RETURN p {.*} AS plan
ORDER BY p.province, p.parentCity, p.region, p.editionNumber, p.id`;
