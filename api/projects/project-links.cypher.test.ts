import { PROJECT_LINKS } from './project-links.cypher';

const squash = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

describe('the links of a page of projects', () => {
  it('reads a batch of project ids and the parts asked for', () => {
    expect(new Set([...PROJECT_LINKS.matchAll(/\$(\w+)/g)].map((m) => m[1]))).toEqual(new Set(['ids', 'want']));
    expect(squash(PROJECT_LINKS)).toMatch(/^UNWIND \$ids AS id MATCH \(p:Project \{id: id\}\)/);
  });

  it('reads each part only when it is asked for', () => {
    const links = squash(PROJECT_LINKS);
    for (const part of ['industries', 'districts', 'places', 'units', 'mentions'])
      expect(links).toMatch(new RegExp(`CASE WHEN \\$want\\.${part} THEN \\[.*?\\] ELSE \\[\\] END AS ${part}`));
    expect(links).toContain('OPTIONAL CALL (p) { WITH p WHERE $want.chapterPath');
  });

  it('returns exactly the properties the mappers parse, with the relationship as evidence when it is asked for', () => {
    const links = squash(PROJECT_LINKS);
    expect(links).toContain(
      '[(p)-[r:IN_INDUSTRY]->(i:Industry) | i {.code, .zh, evidence: CASE WHEN $want.evidence THEN properties(r) END}] ELSE [] END AS industries',
    );
    expect(links).toContain(
      '[(p)-[r:IN_DISTRICT]->(d:Region) | d {.name, evidence: CASE WHEN $want.evidence THEN properties(r) END}] ELSE [] END AS districts',
    );
    expect(links).toContain(
      'place: pl {.id, .name, district: coalesce(pl.district, head([(pl)-[:IN_DISTRICT]->(pd:Region) | pd.name]))}',
    );
    expect(links).toContain(
      '[(p)-[r:RESPONSIBLE]->(u:Unit) | {unit: u {.id, .name, .kind, .aliases, .duties}, role: r.role, evidence: CASE WHEN $want.evidence THEN properties(r) END}] ELSE [] END AS units',
    );
    expect(links).toContain(
      '[(p)-[r:LISTED_IN]->(b:Box) | {box: b.number, item: r.item, line: r.line, quote: r.quote}] ELSE [] END AS mentions',
    );
    expect(links).toContain('reverse([c IN nodes(up) | c {.id, .level, .number, .title}])');
  });
});
