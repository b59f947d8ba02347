import { REL_TYPES } from '../../graph/model';
import { Lang } from '../common/lang';
import { RELATION_WORDS, REVERSED_RELATION, relationName, stepRelation } from './relation-names';

describe('step relation names', () => {
  it('keeps the type when the step follows the relationship', () => {
    for (const type of REL_TYPES) expect(stepRelation(type, true)).toBe(type);
  });

  it('reads every relationship type against its direction under a name of its own', () => {
    const reversed = REL_TYPES.map((type) => stepRelation(type, false));
    expect(new Set(reversed).size).toBe(REL_TYPES.length);
    for (const name of reversed) expect(REL_TYPES as readonly string[]).not.toContain(name);
    expect(Object.keys(REVERSED_RELATION).sort()).toEqual([...REL_TYPES].sort());
  });

  it('calls the step from a district to its government GOVERNED_BY', () => {
    expect(stepRelation('GOVERNS', false)).toBe('GOVERNED_BY');
    expect(stepRelation('MENTIONS', false)).toBe('MENTIONED_IN');
  });

  it('refuses a type it does not know', () => {
    expect(() => stepRelation('LIKES', false)).toThrow(RangeError);
  });

  it('words every step both ways in Chinese and English, in the direction of travel', () => {
    for (const type of REL_TYPES) {
      for (const forward of [true, false]) {
        expect(relationName(type, forward, Lang.ZH)).toMatch(/^[^A-Za-z]+$/);
        expect(relationName(type, forward, Lang.EN)).toMatch(/^[A-Za-z ]+$/);
      }
    }
    expect(Object.keys(RELATION_WORDS)).toHaveLength(REL_TYPES.length * 2);
    expect(relationName('RESPONSIBLE', true, Lang.ZH)).toBe('由其负责');
    expect(relationName('GOVERNS', false, Lang.ZH)).toBe('由其管辖');
  });
});
