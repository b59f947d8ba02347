import fc from 'fast-check';
import { industryOrderKeys, pinyinSortKey, planOrderKey } from './sort-key';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : pinyinSortKey(a) > pinyinSortKey(b) ? 1 : 0));

describe('pinyinSortKey', () => {
  it('orders names by pinyin where code points would not', () => {
    const names = [
      '浮梁县污水处理厂',
      '景德镇罗家机场改扩建工程',
      '昌江区物流园',
      '乐平市工业园',
      '御窑厂遗址保护展示工程',
    ];
    expect(byKey(names)).toEqual([
      '昌江区物流园',
      '浮梁县污水处理厂',
      '景德镇罗家机场改扩建工程',
      '乐平市工业园',
      '御窑厂遗址保护展示工程',
    ]);
  });

  it('agrees with the browser collator on the order of syllables and tones (homophones aside)', () => {
    const names = ['集团', '景区', '家居', '甲级', '建设', '江西', '陶瓷', '陶溪川', '安全', '鳌鱼', '绿色', '旅游'];
    const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
    expect(byKey(names)).toEqual([...names].sort(collator.compare));
  });

  it('reads each character as the collator does, not by its word (转子, 都市, 一期)', () => {
    const names = ['赚钱', '转子', '斗门', '都市', '以后', '一期'];
    const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
    expect(byKey(names)).toEqual([...names].sort(collator.compare));
  });

  it('puts names that open with punctuation first, as the collator does', () => {
    expect(byKey(['昌江区物流园', '“景德镇陶瓷”品牌建设'])).toEqual(['“景德镇陶瓷”品牌建设', '昌江区物流园']);
  });
});

/** Ascending, nulls last: as Cypher's ORDER BY compares one column. */
const compareColumn = (a: number | string | null, b: number | string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Listing = { box: number | null; item: number | null; line: number | null; id: string; name: string };
const listing = fc.record({
  box: fc.option(fc.integer({ min: 0, max: 40 })),
  item: fc.option(fc.integer({ min: 0, max: 120 })),
  line: fc.option(fc.integer({ min: 0, max: 9_999_999_999 })),
  id: fc.string({ minLength: 1, maxLength: 6 }),
  name: fc.constantFrom('物流园', '物流园区', '陶瓷园', '“陶瓷”', 'A区'),
});
const byColumns =
  (...columns: ((l: Listing) => number | string | null)[]) =>
  (a: Listing, b: Listing) =>
    columns.reduce((order, column) => order || compareColumn(column(a), column(b)), 0);
const orderKeyOf = (l: Listing) => planOrderKey(l.box, l.item, l.line, l.id);

describe('planOrderKey', () => {
  it('sorts as box, item, line and id do, column by column, nulls last', () => {
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 30 }), (listings) => {
        const byKey = [...listings].sort((a, b) => compareKeys(orderKeyOf(a), orderKeyOf(b)));
        const expected = [...listings].sort(
          byColumns(
            (l) => l.box,
            (l) => l.item,
            (l) => l.line,
            (l) => l.id,
          ),
        );
        expect(byKey.map(orderKeyOf)).toEqual(expected.map(orderKeyOf));
      }),
    );
  });

  it('writes each number at a fixed width and none as ~', () => {
    expect(planOrderKey(3, 12, null, 'p:1')).toBe('0000000003 0000000012 ~ p:1');
  });
});

describe('industryOrderKeys', () => {
  it('sorts an industry’s projects as their own keys do, in the plan’s order or by name then plan order', () => {
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 30 }), (listings) => {
        const keys = (l: Listing) => industryOrderKeys('logistics', pinyinSortKey(l.name), orderKeyOf(l));
        const sorted = (key: (l: Listing) => string) =>
          [...listings].sort((a, b) => compareKeys(key(a), key(b))).map(orderKeyOf);
        expect(sorted((l) => keys(l).orderKey)).toEqual(sorted(orderKeyOf));
        expect(sorted((l) => keys(l).nameKey)).toEqual(
          [...listings].sort(byColumns((l) => pinyinSortKey(l.name), orderKeyOf)).map(orderKeyOf),
        );
      }),
    );
  });

  it('puts the industry’s code first, so that no other industry’s keys fall among them', () => {
    const { orderKey, nameKey } = industryOrderKeys('auto', 'qi4 che1\u0001汽车', '0000000001 0000000002 ~ p:1');
    expect(orderKey).toBe('auto 0000000001 0000000002 ~ p:1');
    expect(nameKey).toBe('auto qi4 che1\u0001汽车\u00010000000001 0000000002 ~ p:1');
    expect(industryOrderKeys('auto-parts', 'a', 'b').orderKey.startsWith('auto ')).toBe(false);
  });
});
