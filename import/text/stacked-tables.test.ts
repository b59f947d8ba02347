import { pipeStackedTables, rowCells } from './stacked-tables';

describe('pipeStackedTables', () => {
  const table = [
    '专栏6  甲乙园区重点建设项目',
    '',
    '序号',
    '项目名称',
    '建设地点',
    '主要建设内容',
    '实施主体',
    '1',
    '甲乙园区危险化学品专用停车场',
    '及应急救援站',
    '丙片区',
    '建设停车位300个、应急救援站1座',
    '甲乙园区管委会',
    '2',
    '甲乙功能糖提取项目',
    '丁片区',
    '建设标准厂房30万平方米及道路、供水、污水',
    '管网等配套设施',
    '甲乙糖业有限公司',
    '',
    '— 7 —',
    '',
    '甲乙县人民政府公报                                2026年第2期',
    '',
    '序号',
    '项目名称',
    '建设地点',
    '主要建设内容',
    '实施主体',
    '3',
    '甲乙港口物流园',
    '戊镇',
    '建设散货堆场',
    '甲乙港务有限公司',
    '',
    '第三篇 完善现代化基础设施体系',
  ];

  it('sets each row on the line of its number, wrapped cells joined, the heads repeated after a page break gone', () => {
    const out = pipeStackedTables(table);
    expect(out).toHaveLength(table.length);
    expect(out[2]).toBe('| 序号 | 项目名称 | 建设地点 | 主要建设内容 | 实施主体 |');
    expect(out[7]).toBe(
      '| 1 | 甲乙园区危险化学品专用停车场及应急救援站 | 丙片区 | 建设停车位300个、应急救援站1座 | 甲乙园区管委会 |',
    );
    expect(out[13]).toBe(
      '| 2 | 甲乙功能糖提取项目 | 丁片区 | 建设标准厂房30万平方米及道路、供水、污水管网等配套设施 | 甲乙糖业有限公司 |',
    );
    expect(out[29]).toBe('| 3 | 甲乙港口物流园 | 戊镇 | 建设散货堆场 | 甲乙港务有限公司 |');
    // The page's furniture stays for the later layers to drop; every other line of the table is emptied.
    expect(out[20]).toBe('— 7 —');
    expect(out[22]).toBe(table[22]);
    expect(out.slice(24, 29).every((l) => l === '')).toBe(true);
    expect(out[8]).toBe('');
    expect(out[35]).toBe('第三篇 完善现代化基础设施体系');
  });

  it('leaves heads without 序号, and a run of heads followed by no row 1, as they are', () => {
    const noNumber = ['项目名称', '建设地点', '实施主体', '责任单位', '甲乙工程'];
    expect(pipeStackedTables(noNumber)).toEqual(noNumber);
    const noRow = ['序号', '项目名称', '建设地点', '实施主体', '2', '甲乙工程'];
    expect(pipeStackedTables(noRow)).toEqual(noRow);
  });

  it('stops at a number out of sequence', () => {
    const out = pipeStackedTables([
      '序号',
      '项目名称',
      '建设地点',
      '实施主体',
      '1',
      '甲工程',
      '乙镇',
      '丙公司',
      '5',
      '丁',
    ]);
    expect(out[4]).toBe('| 1 | 甲工程 | 乙镇 | 丙公司 |');
    expect(out.slice(8)).toEqual(['5', '丁']);
  });
});

describe('rowCells', () => {
  it('joins the line that opens as a continuation (及…) onto the one before', () => {
    expect(rowCells(['甲停车场', '及救援站', '乙镇', '丙公司'], ['name', 'place', 'body'])).toEqual([
      '甲停车场及救援站',
      '乙镇',
      '丙公司',
    ]);
  });

  it('leaves the last columns empty when a row has fewer lines than columns', () => {
    expect(rowCells(['甲工程', '乙镇'], ['name', 'place', 'body'])).toEqual(['甲工程', '乙镇', '']);
  });
});
