import { readIndicators } from './indicators';
import type { BoxRegion } from './outline';

/** A 专栏 1 region made of the given table lines, numbered from line 10. */
function region(lines: string[]): BoxRegion {
  return {
    number: 1,
    title: '主要指标',
    heading: { line: 9, text: '专栏1 主要指标' },
    chapterId: null,
    lines: lines.map((text, i) => ({ line: 10 + i, text })),
    atEndOfFile: false,
  };
}

describe('readIndicators', () => {
  it('reads a table without 类别 whose names carry no number and whose values are 2025 and 2030 only', () => {
    const indicators = readIndicators(
      'plan.txt',
      'doc',
      region([
        '| 指标 | 2025年 | 2030年 | 属性 |',
        '|------|------|------|------|',
        '| 地区生产总值年均增长(%) | 7.2 | 6.5左右 | 预期性 |',
        '| 单位地区生产总值能耗下降(%) | —— | 完成市下达任务 | 约束性 |',
      ]),
    );
    expect(indicators.map((i) => [i.id, i.name, i.value2025, i.value2030, i.target, i.attribute])).toEqual([
      ['indicator:1', '地区生产总值年均增长(%)', '7.2', '6.5左右', null, '预期性'],
      ['indicator:2', '单位地区生产总值能耗下降(%)', null, '完成市下达任务', null, '约束性'],
    ]);
  });

  it('reads a 指标名称 column after a 序号 column, the category carried down its empty cells', () => {
    const warnings: string[] = [];
    const indicators = readIndicators(
      'plan.txt',
      'doc',
      region([
        '| 类别 | 序号 | 指标名称 | 2025年 | 2030年 | 年均增长 | 属性 |',
        '|------|------|------|------|------|------|------|',
        '| 经济发展 | 1 | 地区生产总值（亿元） | 2130 | 3000 | 6%左右 | 预期性 |',
        '| | 2 | 规模以上工业增加值增长（%） | —— | —— | 7.5 | 预期性 |',
      ]),
      (_line, message) => warnings.push(message),
    );
    expect(indicators.map((i) => [i.number, i.category, i.name, i.unit, i.value2030, i.target])).toEqual([
      [1, '经济发展', '地区生产总值', '亿元', '3000', '6%左右'],
      [2, '经济发展', '规模以上工业增加值增长', '%', null, '7.5'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('still numbers a numbered table by its numbers, warning of a row missing', () => {
    const warnings: string[] = [];
    const indicators = readIndicators(
      'plan.txt',
      'doc',
      region([
        '| 类别 | 指标 | 2025年 | 2030年 | 年均/累计 | 属性 |',
        '| 经济 | 1.地区生产总值增长(%) | 6 | —— | 6 | 预期性 |',
        '| | 3.常住人口城镇化率(%) | 60 | 65 | —— | 预期性 |',
      ]),
      (_line, message) => warnings.push(message),
    );
    expect(indicators.map((i) => [i.id, i.target])).toEqual([
      ['indicator:1', '6'],
      ['indicator:3', null],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/indicator 3 follows indicator 1; a row is missing/)]);
  });
});
