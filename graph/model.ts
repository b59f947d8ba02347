/**
 * The graph PlanGraph keeps in Neo4j: the one vocabulary the loader writes and the API reads.
 *
 * Every node has a string `id`, unique per label. Every relationship that states a fact carries
 * its provenance as properties: `document`, `line`, `quote`, `basis` ('stated' | 'derived'), `rule`.
 *
 *   (:Document)
 *   (:Chapter {level, number, title})-[:PART_OF]->(:Chapter | :Document)
 *   (:Box {number, title})-[:IN_CHAPTER]->(:Chapter)
 *   (:Project {name, nameKey (pinyin sort key), tier, box, boxes, item, kind, document, line, quote})
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
