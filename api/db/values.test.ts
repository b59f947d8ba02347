import neo4j from 'neo4j-driver';
import { cypherInt, plain, toNumber, toNumberOrNull } from './values';

describe('Neo4j values', () => {
  it('turns driver integers into numbers', () => {
    expect(toNumber(neo4j.int(42))).toBe(42);
    expect(toNumber(7)).toBe(7);
    expect(toNumberOrNull(null)).toBeNull();
    expect(() => toNumber('7')).toThrow(TypeError);
  });

  it('passes LIMIT and SKIP as Neo4j integers', () => {
    const limit = cypherInt(50.9);
    expect(neo4j.isInt(limit)).toBe(true);
    expect(limit.toNumber()).toBe(50);
  });

  it('makes properties plain JSON', () => {
    expect(plain({ box: neo4j.int(5), boxes: [neo4j.int(6), neo4j.int(13)], name: '御窑厂遗址', kind: null })).toEqual({
      box: 5,
      boxes: [6, 13],
      name: '御窑厂遗址',
      kind: null,
    });
  });
});
