import { SEARCHED_LABELS, SEARCH_ALL_NAMES, SEARCH_BY_SCOPE, SEARCH_NAMES } from './search.cypher';

const squash = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

describe('the name search', () => {
  it('takes the index, query, scope and limit as parameters', () => {
    expect([...new Set([...SEARCH_NAMES.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort()).toEqual([
      'index',
      'labels',
      'limit',
      'plan',
      'query',
      'region',
    ]);
    expect(SEARCH_NAMES).not.toMatch(/\$\{|undefined/);
  });

  it('queries the full-text index and keeps hits within the plan or the plans for the region', () => {
    const search = squash(SEARCH_NAMES);
    expect(search).toContain('CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score');
    expect(search).toContain('OPTIONAL MATCH (pl:Plan)-[:COVERS]->(:Region)-[:WITHIN*0..3]->(:Region {id: $region})');
    expect(search).toContain(
      'WHERE ($plan IS NULL OR $plan IN nodePlans) AND ($region IS NULL OR any(x IN nodePlans WHERE x IN regionPlans))',
    );
    expect(search).toContain('WITH node, score LIMIT $limit');
  });

  it('reads a hit’s type among the labels the index covers', () => {
    expect(SEARCHED_LABELS).toEqual(['Project', 'Unit', 'Place']);
    expect(squash(SEARCH_NAMES)).toContain('[l IN labels(node) WHERE l IN $labels][0] AS type');
  });

  it('asks the index itself for only the page when no plan or region narrows the search', () => {
    const search = squash(SEARCH_ALL_NAMES);
    expect(search).toContain('CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score');
    expect(search).not.toMatch(/\$plan|\$region|LIMIT \$limit/);
    expect(search).toContain('[l IN labels(node) WHERE l IN $labels][0] AS type');
    expect(search.endsWith('ORDER BY score DESC, name')).toBe(true);
    expect(SEARCH_BY_SCOPE).toEqual({ plans: SEARCH_NAMES, all: SEARCH_ALL_NAMES });
  });
});
