import { Record as Neo4jRecord } from 'neo4j-driver';
import { GRAPH_GENERATION } from './generation.cypher';
import type { Params, Reader } from './graph';
import { StableReads } from './stable-reads';

const STATEMENT = 'MATCH (i:Industry) RETURN i.code AS code';

/** A graph whose generation the test sets, counting the statements read; `fail` makes the next statement fail. */
function fakeGraph() {
  const graph = {
    generation: 1,
    reads: [] as { cypher: string; params: Params }[],
    fail: false,
    /** A reader of one request, as the app opens per request. */
    request(): Reader {
      return {
        read: (cypher, params = {}) => {
          graph.reads.push({ cypher, params });
          if (cypher === GRAPH_GENERATION)
            return Promise.resolve([new Neo4jRecord(['latest'], [`import ${graph.generation}`])]);
          if (graph.fail) {
            graph.fail = false;
            return Promise.reject(new Error('Neo4j failed'));
          }
          return Promise.resolve([new Neo4jRecord(['code', 'generation'], [String(params.code), graph.generation])]);
        },
      };
    },
    statementReads: () => graph.reads.filter((r) => r.cypher !== GRAPH_GENERATION).length,
    generationReads: () => graph.reads.filter((r) => r.cypher === GRAPH_GENERATION).length,
  };
  return graph;
}

describe('StableReads', () => {
  it('answers the same statement and parameters from the first read until the generation changes', async () => {
    const graph = fakeGraph();
    const stable = new StableReads();
    const first = await stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' });
    const again = await stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' });
    expect(again).toBe(first);
    expect(graph.statementReads()).toBe(1);

    graph.generation = 2;
    const after = await stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' });
    expect(after[0].get('generation')).toBe(2);
    expect(graph.statementReads()).toBe(2);
  });

  it('keeps answers apart by parameters', async () => {
    const graph = fakeGraph();
    const stable = new StableReads();
    const reader = stable.readerFor(graph.request());
    const [a, b] = await Promise.all([reader.read(STATEMENT, { code: 'A' }), reader.read(STATEMENT, { code: 'B' })]);
    expect([a[0].get('code'), b[0].get('code')]).toEqual(['A', 'B']);
    expect(graph.statementReads()).toBe(2);
  });

  it('reads the generation once per request, and not for a request that asks nothing stable', async () => {
    const graph = fakeGraph();
    const stable = new StableReads();
    stable.readerFor(graph.request());
    expect(graph.generationReads()).toBe(0);
    const reader = stable.readerFor(graph.request());
    await reader.read(STATEMENT, { code: 'A' });
    await reader.read(STATEMENT, { code: 'B' });
    expect(graph.generationReads()).toBe(1);
  });

  it('shares one read between requests that ask at once', async () => {
    const graph = fakeGraph();
    const stable = new StableReads();
    const answers = await Promise.all(
      [1, 2, 3].map(() => stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' })),
    );
    expect(new Set(answers).size).toBe(1);
    expect(graph.statementReads()).toBe(1);
  });

  it('does not keep a failed read', async () => {
    const graph = fakeGraph();
    const stable = new StableReads();
    graph.fail = true;
    await expect(stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' })).rejects.toThrow('Neo4j failed');
    const answer = await stable.readerFor(graph.request()).read(STATEMENT, { code: 'C' });
    expect(answer[0].get('code')).toBe('C');
    expect(graph.statementReads()).toBe(2);
    expect(stable.size).toBe(1);
  });

  it('lets the least recently used answers go beyond its size', async () => {
    const graph = fakeGraph();
    const stable = new StableReads(2);
    const reader = () => stable.readerFor(graph.request());
    await reader().read(STATEMENT, { code: 'A' });
    await reader().read(STATEMENT, { code: 'B' });
    await reader().read(STATEMENT, { code: 'A' });
    await reader().read(STATEMENT, { code: 'C' });
    expect(stable.size).toBe(2);
    await reader().read(STATEMENT, { code: 'A' });
    expect(graph.statementReads()).toBe(3);
    await reader().read(STATEMENT, { code: 'B' });
    expect(graph.statementReads()).toBe(4);
  });
});
