import { NodeLabel, RelType } from '../graph/model';

/**
 * The statements that write the synthetic national graph: each a batched, parameterised UNWIND;
 * nodes are created (the graph starts empty), links matched by id through the key constraints.
 */

const { Project, Industry, Region, Box, Unit } = NodeLabel;
const { LISTED_IN, IN_INDUSTRY, IN_DISTRICT, RESPONSIBLE, GOVERNS } = RelType;

export const CREATE_INDUSTRIES = `
UNWIND $rows AS row
CREATE (:${Industry} {id: row.id, code: row.code, zh: row.zh, en: row.en})`;

/** A district, its government and its plan's boxes. */
export const CREATE_DISTRICTS = `
UNWIND $rows AS row
CREATE (d:${Region} {id: row.id, name: row.name, kind: row.kind})
CREATE (u:${Unit} {id: row.unit, name: row.unitName, kind: 'government', searchText: row.unitName})-[:${GOVERNS} {basis: 'derived', rule: 'government-of-district'}]->(d)
WITH d, row
UNWIND row.boxes AS box
CREATE (:${Box} {id: box.id, number: box.number, title: box.title, document: row.document, line: box.line})`;

/** A project and its four links, each link with the sentence that states it. */
export const CREATE_PROJECTS = `
UNWIND $rows AS row
MATCH (i:${Industry} {id: row.industry})
MATCH (d:${Region} {id: row.district})
MATCH (b:${Box} {id: row.box})
MATCH (u:${Unit} {id: row.unit})
CREATE (p:${Project} {id: row.id, name: row.name, nameKey: row.nameKey, orderKey: row.orderKey, tier: 'A', box: row.boxNumber, boxes: [row.boxNumber], item: row.item,
  kind: row.kind, document: row.document, line: row.line, quote: row.quote, basis: 'stated', rule: 'box-item', searchText: row.name})
CREATE (p)-[:${LISTED_IN} {item: row.item, document: row.document, line: row.line, quote: row.quote, basis: 'stated', rule: 'box-item'}]->(b)
CREATE (p)-[:${IN_INDUSTRY} {orderKey: row.industryKeys.orderKey, nameKey: row.industryKeys.nameKey, document: row.document, line: row.line, quote: row.quote, basis: 'derived', rule: 'box-sector'}]->(i)
CREATE (p)-[:${IN_DISTRICT} {document: row.document, line: row.line, quote: row.quote, basis: 'stated', rule: 'district-in-name'}]->(d)
CREATE (p)-[:${RESPONSIBLE} {role: 'district', document: row.document, line: row.line, quote: row.quote, basis: 'derived', rule: 'district-government'}]->(u)`;
