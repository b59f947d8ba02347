import {
  ALL_PAGE_IN_ORDER,
  INDUSTRY_PAGE_IN_ORDER,
  MATCH_PROJECTS_FROM,
  PLAN_SCOPE,
  PROJECT_FILTER,
  PROJECT_ORDER,
} from './project-filter.cypher';
import { ProjectFilterSchema, projectFilterParams } from './project-filter';

const squash = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();
const parameters = (cypher: string) => [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();

describe('the project filter in Cypher', () => {
  const params = projectFilterParams(ProjectFilterSchema.parse({}));

  it('reads every criterion from a parameter the filter always sends', () => {
    expect(parameters(PROJECT_FILTER)).toEqual([
      'box',
      'chapter',
      'district',
      'industry',
      'place',
      'plan',
      'region',
      'text',
      'unit',
    ]);
    for (const name of parameters(PROJECT_FILTER)) expect(params).toHaveProperty(name, null);
    expect(PROJECT_FILTER).not.toMatch(/\$\{|undefined/);
  });

  it('keeps each criterion optional: a null parameter matches every project', () => {
    for (const name of parameters(PROJECT_FILTER)) expect(squash(PROJECT_FILTER)).toContain(`($${name} IS NULL OR`);
  });

  it('pins the condition of each criterion', () => {
    const where = squash(PROJECT_FILTER);
    expect(where).toContain(
      '($industry IS NULL OR EXISTS { (p)-[:IN_INDUSTRY]->(i:Industry) WHERE i.code = $industry OR i.zh = $industry })',
    );
    expect(where).toContain(
      '($district IS NULL OR EXISTS { (p)-[:IN_DISTRICT]->(d:Region) WHERE d.name = $district })',
    );
    expect(where).toContain('($box IS NULL OR EXISTS { (p)-[:LISTED_IN]->(b:Box) WHERE b.number = $box })');
    expect(where).toContain(
      'EXISTS { MATCH (c:Chapter)-[:PART_OF*0..5]->(:Chapter {id: $chapter}) WHERE c.id = p.chapterId }',
    );
    expect(where).toContain(
      'EXISTS { (p)-[:LISTED_IN]->(:Box)-[:IN_CHAPTER]->(:Chapter)-[:PART_OF*0..5]->(:Chapter {id: $chapter}) }',
    );
    expect(where).toContain('($unit IS NULL OR EXISTS { (p)-[:RESPONSIBLE]->(:Unit {id: $unit}) })');
    expect(where).toContain('($place IS NULL OR EXISTS { (p)-[:AT_PLACE]->(:Place {id: $place}) })');
    expect(where).toContain('($text IS NULL OR toLower(p.name) CONTAINS toLower($text))');
    expect(where.endsWith(squash(PLAN_SCOPE))).toBe(true);
  });

  it('starts each source at its anchor and applies the whole filter there', () => {
    expect(squash(MATCH_PROJECTS_FROM.district)).toBe(
      `MATCH (anchor:Region) WHERE anchor.name = $district MATCH (p:Project)-[:IN_DISTRICT]->(anchor) WHERE ${squash(PROJECT_FILTER)}`,
    );
    expect(squash(MATCH_PROJECTS_FROM.industry)).toBe(
      `MATCH (anchor:Industry) WHERE anchor.code = $industry OR anchor.zh = $industry MATCH (p:Project)-[:IN_INDUSTRY]->(anchor) WHERE ${squash(PROJECT_FILTER)}`,
    );
    expect(squash(MATCH_PROJECTS_FROM.all)).toBe(`MATCH (p:Project) WHERE ${squash(PROJECT_FILTER)}`);
  });

  it('orders by the plan, or by the stored pinyin key when the sort asks for names', () => {
    expect(PROJECT_ORDER).toBe(
      "CASE $sort WHEN 'NAME' THEN coalesce(p.nameKey, p.name) END, p.box, p.item, p.line, p.id",
    );
  });

  it('reads an industry’s page from the range of its code in the index of its links’ keys', () => {
    expect(squash(INDUSTRY_PAGE_IN_ORDER.BOX)).toBe(
      'MATCH (anchor:Industry) WHERE anchor.code = $industry OR anchor.zh = $industry CALL (anchor) { ' +
        'MATCH (p:Project)-[r:IN_INDUSTRY]->(anchor) USING INDEX SEEK r:IN_INDUSTRY(orderKey) ' +
        `WHERE r.orderKey STARTS WITH anchor.code + ' ' AND ${squash(PROJECT_FILTER)} ` +
        'RETURN p, r.orderKey AS key ORDER BY key LIMIT $skip + $limit } ' +
        'WITH p, key ORDER BY key SKIP $skip LIMIT $limit',
    );
    expect(INDUSTRY_PAGE_IN_ORDER.NAME).toBe(INDUSTRY_PAGE_IN_ORDER.BOX.replaceAll('orderKey', 'nameKey'));
  });

  it('reads every project’s page from the index of the projects’ keys, by name then plan order', () => {
    expect(squash(ALL_PAGE_IN_ORDER.BOX)).toBe(
      `MATCH (p:Project) USING INDEX p:Project(orderKey) WHERE p.orderKey IS NOT NULL AND ${squash(PROJECT_FILTER)} ` +
        'WITH p ORDER BY p.orderKey SKIP $skip LIMIT $limit',
    );
    expect(squash(ALL_PAGE_IN_ORDER.NAME)).toBe(
      `MATCH (p:Project) USING INDEX p:Project(nameKey) WHERE p.nameKey IS NOT NULL AND ${squash(PROJECT_FILTER)} ` +
        'WITH p ORDER BY p.nameKey, p.orderKey SKIP $skip LIMIT $limit',
    );
  });
});
