import { pipeLatexTables } from './latex-tables';

describe('pipeLatexTables', () => {
  it('gives back a LaTeX table as a pipe table, each row on the line closing it, a merged cell under its rows', () => {
    const lines = [
      '专栏4  汽车零部件重点项目',
      '\\begin{tabular}{|c|l|l|l|}',
      '\\hline',
      '序号 & 项目名称 & 建设地点 & 实施主体 \\\\',
      '\\hline',
      '1 & 甲乙一体化压铸项目 & 甲镇 & \\multirow{2}{*}{甲乙汽车零部件有限公司} \\\\',
      '\\cline{1-3}',
      '2 & 甲乙轻量化底盘件项目 & 乙镇 &  \\\\',
      '\\hline',
      '3 & \\makecell[l]{丙丁高压线束及连接',
      '\\\\器项目} & 甲镇 & 丙丁线束有限公司（占比50\\%） \\\\',
      '\\hline',
      '\\end{tabular}',
      '第五章 建设交通强县',
    ];
    expect(pipeLatexTables(lines)).toEqual([
      '专栏4  汽车零部件重点项目',
      '',
      '',
      '| 序号 | 项目名称 | 建设地点 | 实施主体 |',
      '',
      '| 1 | 甲乙一体化压铸项目 | 甲镇 | 甲乙汽车零部件有限公司 |',
      '',
      '| 2 | 甲乙轻量化底盘件项目 | 乙镇 | 甲乙汽车零部件有限公司 |',
      '',
      '',
      '| 3 | 丙丁高压线束及连接器项目 | 甲镇 | 丙丁线束有限公司（占比50%） |',
      '',
      '',
      '第五章 建设交通强县',
    ]);
  });

  it('leaves a begin with no end near, and other lines', () => {
    const lines = ['\\begin{tabular}{cc}', 'a & b \\\\', '正文'];
    expect(pipeLatexTables(lines)).toEqual(lines);
  });
});
