import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UNIT_PROPS } from '../cypher';
import { comesBefore, type NamedUnit, type StatementKey, UnitStatements, unitProps, WRITTEN } from './units';

/** A plan's statement of a unit, as its NAMES row holds it (graph values: integers are bigints). */
const statement = (quote: string, line: number) => ({
  name: '市交通运输局',
  kind: 'department',
  aliases: [],
  district: null,
  duties: null,
  document: 'doc',
  line: BigInt(line),
  quote,
  basis: 'stated',
  rule: 'unit-mention',
  alias: '交通局',
  whyZh: null,
  whyEn: null,
  premises: null,
  searchText: '市交通运输局',
});

describe('the statement a unit shows', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'units-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('orders (plan, document) as Cypher orders strings: by UTF-16 code unit, not by locale', () => {
    const key = (plan: string, document: string): StatementKey => ({ plan, document });
    // 五 (U+4E94) before 四 (U+56DB): the 十五五 plan comes before the 十四五 plan of its region.
    expect(comesBefore(key('plan:甲市:city:十五五', 'd'), key('plan:甲市:city:十四五', 'd'))).toBe(true);
    // A character beyond the BMP is two code units from U+D800: before U+FF5E, though its code point is after.
    expect(comesBefore(key('plan:\u{1F600}', 'd'), key('plan:\uFF5E', 'd'))).toBe(true);
    expect(comesBefore(key('p', 'p/doc:10'), key('p', 'p/doc:2'))).toBe(true);
    expect(comesBefore(key('p', 'd'), key('p', 'd'))).toBe(false);
    expect(comesBefore(key('b', 'a'), key('a', 'z'))).toBe(false);
  });

  it('copies the properties SHOW_FIRST_STATEMENT sets, and no other', () => {
    const props = unitProps(statement('q', 3));
    expect(Object.keys(props)).toEqual([...UNIT_PROPS]);
    expect(props).not.toHaveProperty('alias');
  });

  it("gives each unit its first plan's statement by id, whatever order the plans were added in, once", async () => {
    const units = new Map<string, NamedUnit>([
      ['u:both', {}],
      ['u:later', {}],
      ['u:earlier', {}],
      ['u:tie', {}],
      ['u:documents', {}],
      ['u:unnamed', {}],
    ]);
    const spool = path.join(dir, 'units.spool.jsonl');
    const statements = new UnitStatements(spool);
    const offer = (id: string, key: StatementKey, quote: string) =>
      statements.offer(units.get(id)!, id, key, statement(quote, quote.length));
    // The 十四五 plan is added first, its region's 十五五 plan (the smaller id) after it.
    const p14 = { plan: 'plan:甲市:city:十四五', document: 'plan:甲市:city:十四五/doc:1' };
    const p15 = { plan: 'plan:甲市:city:十五五', document: 'plan:甲市:city:十五五/doc:1' };
    offer('u:both', p14, 'named in 十四五');
    offer('u:later', p14, 'only in 十四五');
    offer('u:earlier', p15, 'named in 十五五 first');
    offer('u:tie', p14, 'first of a tie');
    offer('u:tie', { ...p14 }, 'second of a tie');
    offer('u:documents', { plan: p15.plan, document: 'plan:甲市:city:十五五/doc:2' }, 'document 2');
    await statements.flush();
    offer('u:both', p15, 'named in 十五五');
    offer('u:documents', { plan: p15.plan, document: 'plan:甲市:city:十五五/doc:10' }, 'document 10');
    offer('u:earlier', p14, 'named in 十四五 after');

    const shown = new Map<string, unknown>();
    for await (const { id, unit, props } of statements.firsts((id) => units.get(id))) {
      expect(shown.has(id)).toBe(false);
      expect(unit).toBe(units.get(id));
      shown.set(id, props.quote);
      expect(props.line).toBe(BigInt((props.quote as string).length));
    }
    expect(Object.fromEntries(shown)).toEqual({
      'u:both': 'named in 十五五',
      'u:later': 'only in 十四五',
      'u:earlier': 'named in 十五五 first',
      'u:tie': 'first of a tie',
      'u:documents': 'document 10',
    });
    expect([...units].filter(([, u]) => u.first !== WRITTEN).map(([id]) => id)).toEqual(['u:unnamed']);
    expect(fs.existsSync(spool)).toBe(false);
  });
});
