import { pinyinSortKey } from './sort-key';

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

  it('puts names that open with punctuation first, as the collator does', () => {
    expect(byKey(['昌江区物流园', '“景德镇陶瓷”品牌建设'])).toEqual(['“景德镇陶瓷”品牌建设', '昌江区物流园']);
  });
});
