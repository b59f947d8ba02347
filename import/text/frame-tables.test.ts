import { pipeFrameTables } from './frame-tables';

describe('pipeFrameTables', () => {
  it('reads a data frame printed as Markdown as the table it holds: no index column, no nan, spanned heads merged', () => {
    const lines = [
      '|    | 类别   |   序号 | 项目名称           | 建设地点及责任主体 | Unnamed: 4 |',
      '|---:|:-------|-------:|:-------------------|:-------------------|:-----------|',
      '|  0 | nan    |    nan | nan                | 建设地点           | 责任主体   |',
      '|  1 | 一、焦化 |      1 | 甲乙焦化入园项目   | 沿海经开区         | 甲乙焦化有限公司 |',
      '|  2 | nan    |      2 | 丙丁制氢及         | nan                | 丙丁集团有限 |',
      '',
      '正文。',
    ];
    expect(pipeFrameTables(lines)).toEqual([
      '| 类别 | 序号 | 项目名称 | 建设地点 | 责任主体 |',
      '| :------- | -------: | :------------------- | :------------------- | :----------- |',
      '',
      '| 一、焦化 | 1 | 甲乙焦化入园项目 | 沿海经开区 | 甲乙焦化有限公司 |',
      '|  | 2 | 丙丁制氢及 |  | 丙丁集团有限 |',
      '',
      '正文。',
    ]);
  });

  it('leaves a table the gazette printed as it is', () => {
    const lines = ['| 序号 | 项目名称 | 建设地点 |', '| --- | --- | --- |', '| 1 | 甲乙产业园 | 浮梁县 |'];
    expect(pipeFrameTables(lines)).toEqual(lines);
  });
});
