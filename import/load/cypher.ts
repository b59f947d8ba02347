import { NODE_LABELS, NodeLabel, RelType } from '../../graph/model';

/**
 * Every statement the loader runs. Rows arrive as `$rows` (one UNWIND per batch); labels and
 * relationship types come only from graph/model.ts, never from the bundle.
 */

const PLAN_LABELS = NODE_LABELS.join('|');

/** Removes the previously loaded plan (and only PlanGraph's own labels) before the new one is written. */
export const DELETE_PLAN = `
MATCH (n:${PLAN_LABELS})
DETACH DELETE n
RETURN count(n) AS deleted`;

function mergeNodes(label: NodeLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n += row.props`;
}

export const MERGE_DOCUMENTS = mergeNodes(NodeLabel.Document);
export const MERGE_CHAPTERS = mergeNodes(NodeLabel.Chapter);
export const MERGE_BOXES = mergeNodes(NodeLabel.Box);
export const MERGE_INDUSTRIES = mergeNodes(NodeLabel.Industry);
export const MERGE_DISTRICTS = mergeNodes(NodeLabel.District);
export const MERGE_PLACES = mergeNodes(NodeLabel.Place);
export const MERGE_UNITS = mergeNodes(NodeLabel.Unit);
export const MERGE_PROJECTS = mergeNodes(NodeLabel.Project);
export const MERGE_TASKS = mergeNodes(NodeLabel.Task);
export const MERGE_INDICATORS = mergeNodes(NodeLabel.Indicator);

/**
 * One relationship per (from, to) pair, or per (from, to, role) where a unit can answer for the
 * same subject in more than one role. Rows whose ends are missing would be dropped silently by
 * MATCH, so the rows are checked for dangling ids before anything is written.
 */
function mergeRelationships(from: NodeLabel, type: RelType, to: NodeLabel, keyedByRole = false): string {
  return `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}${keyedByRole ? ' {role: row.props.role}' : ''}]->(b)
SET r += row.props`;
}

export const MERGE_CHAPTER_PART_OF_CHAPTER = mergeRelationships(NodeLabel.Chapter, RelType.PART_OF, NodeLabel.Chapter);
export const MERGE_CHAPTER_PART_OF_DOCUMENT = mergeRelationships(NodeLabel.Chapter, RelType.PART_OF, NodeLabel.Document);
export const MERGE_BOX_IN_CHAPTER = mergeRelationships(NodeLabel.Box, RelType.IN_CHAPTER, NodeLabel.Chapter);
export const MERGE_PROJECT_LISTED_IN = mergeRelationships(NodeLabel.Project, RelType.LISTED_IN, NodeLabel.Box);
export const MERGE_PROJECT_IN_INDUSTRY = mergeRelationships(NodeLabel.Project, RelType.IN_INDUSTRY, NodeLabel.Industry);
export const MERGE_PROJECT_IN_DISTRICT = mergeRelationships(NodeLabel.Project, RelType.IN_DISTRICT, NodeLabel.District);
export const MERGE_PROJECT_AT_PLACE = mergeRelationships(NodeLabel.Project, RelType.AT_PLACE, NodeLabel.Place);
export const MERGE_PROJECT_RESPONSIBLE = mergeRelationships(NodeLabel.Project, RelType.RESPONSIBLE, NodeLabel.Unit, true);
export const MERGE_TASK_RESPONSIBLE = mergeRelationships(NodeLabel.Task, RelType.RESPONSIBLE, NodeLabel.Unit, true);
export const MERGE_TASK_MENTIONS = mergeRelationships(NodeLabel.Task, RelType.MENTIONS, NodeLabel.Project);
export const MERGE_UNIT_REPORTS_TO = mergeRelationships(NodeLabel.Unit, RelType.REPORTS_TO, NodeLabel.Unit, true);
export const MERGE_UNIT_GOVERNS = mergeRelationships(NodeLabel.Unit, RelType.GOVERNS, NodeLabel.District);
export const MERGE_PLACE_IN_DISTRICT = mergeRelationships(NodeLabel.Place, RelType.IN_DISTRICT, NodeLabel.District);
export const MERGE_INDICATOR_MEASURES = mergeRelationships(NodeLabel.Indicator, RelType.MEASURES, NodeLabel.Industry);

export const COUNT_NODES = `
MATCH (n:${PLAN_LABELS})
UNWIND labels(n) AS label
WITH label WHERE label IN $labels
RETURN label, count(*) AS count`;

export const COUNT_RELATIONSHIPS = `
MATCH (:${PLAN_LABELS})-[r]->(:${PLAN_LABELS})
WITH type(r) AS type WHERE type IN $types
RETURN type, count(*) AS count`;

export const IMPORT_ID = 'import:current';

/** Records what is loaded; written last, in the same transaction as the plan. */
export const MERGE_IMPORT = `
MERGE (i:${NodeLabel.Import} {id: $id})
SET i += $props`;

export const CURRENT_IMPORT = `
MATCH (i:${NodeLabel.Import} {id: $id})
RETURN i.sha256 AS sha256, i.file AS file, i.version AS version, i.importedAt AS importedAt, i.counts AS counts`;
