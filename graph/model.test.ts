import { RULES } from './rules';
import {
  NODE_LABELS,
  NODE_PROPS,
  prop,
  projection,
  REL_PROPS,
  REL_TYPES,
  RULE_IDS,
  UnitProps,
  withId,
  type ProjectProps,
} from './model';

describe('graph vocabulary', () => {
  it('types the properties of every label and relationship type', () => {
    expect(Object.keys(NODE_PROPS).sort()).toEqual([...NODE_LABELS].sort());
    expect(Object.keys(REL_PROPS).sort()).toEqual([...REL_TYPES].sort());
  });

  it('knows exactly the provenance rules the importer registers', () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('names properties only through their types', () => {
    expect(prop<ProjectProps>('tier')).toBe('tier');
    expect(projection('u', withId(UnitProps).pick({ id: true, name: true }))).toBe('u {.id, .name}');
    // @ts-expect-error: a project has no `title`; renaming a property breaks its users at compile time.
    prop<ProjectProps>('title');
    // @ts-expect-error: nor a unit a `tier` to read.
    expect(() => UnitProps.pick({ tier: true })).toThrow();
  });
});
