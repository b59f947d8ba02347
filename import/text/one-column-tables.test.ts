import { unpipeProseColumns } from './one-column-tables';

describe('unpipeProseColumns', () => {
  it('gives back the lines of a box read as a table of one column, the rule blank, in their places', () => {
    const lines = [
      '专栏8  供水重点工程',
      '',
      '| 1. 海水淡化：建设甲乙海水淡化厂二期，由丙丁水务集团负责建设运营； |',
      '| --- |',
      '| 推进甲乙工业用海水淡化项 |',
      '| 目。 |',
      '| 2. 引调水：实施戊己引水二期工程。 |',
      '第九章 加强生态保护',
    ];
    expect(unpipeProseColumns(lines)).toEqual([
      '专栏8  供水重点工程',
      '',
      '1. 海水淡化：建设甲乙海水淡化厂二期，由丙丁水务集团负责建设运营；',
      '',
      '推进甲乙工业用海水淡化项',
      '目。',
      '2. 引调水：实施戊己引水二期工程。',
      '第九章 加强生态保护',
    ]);
  });

  it('leaves a table of one column of names, and tables of more columns', () => {
    const names = ['| 项目名称 |', '| --- |', '| 甲乙海水淡化厂二期 |', '| 丙丁水库扩容工程 |'];
    expect(unpipeProseColumns(names)).toEqual(names);
    const table = ['| 序号 | 项目名称 |', '| --- | --- |', '| 1 | 建设甲乙水库，扩容。 |'];
    expect(unpipeProseColumns(table)).toEqual(table);
  });
});
