import { readFirms } from './firms';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('readFirms', () => {
  it('reads the firms the prose names in full, without the words that lead them', () => {
    expect(
      readFirms(
        lines(
          '推进茶叶加工标准化。支持蔎香茶业有限公司等龙头企业做大做强。',
          '依托簹山竹业股份有限公司，加快推动鍮州铜业集团有限公司绿色转型；由焞能电力有限责任公司负责。',
        ),
      ),
    ).toEqual(['蔎香茶业有限公司', '簹山竹业股份有限公司', '鍮州铜业集团有限公司', '焞能电力有限责任公司']);
  });

  it('reads two firms of one run apart, and keeps a name that opens like a joiner (同仁)', () => {
    expect(readFirms(lines('支持甲乙药业有限公司和同仁丙丁有限公司做强。'))).toEqual([
      '甲乙药业有限公司',
      '同仁丙丁有限公司',
    ]);
  });

  it('reads no firm from a kind of firm or a line that names none', () => {
    expect(readFirms(lines('组建国有独资有限公司。', '鼓励民营企业有限公司化改制。', '建设高标准农田。'))).toEqual([]);
  });
});
