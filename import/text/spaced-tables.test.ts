import { pipeDrawnTables, pipeSlashTables, pipeSpacedTables } from './spaced-tables';
import { normaliseText } from './normalise';

describe('pipeSpacedTables', () => {
  const table = [
    '专栏3  加工重点项目',
    '',
    '序号  项目名称            所在乡镇      建设内容              实施主体',
    '1     甲乙竹产业园二期    甲镇          标准厂房8万平方米     甲镇人民政府、县林业局',
    '2     丙丁木业生产线      乙工业园区    年产板材20万立方米',
    '',
    '— 9 —',
    '',
    '序号  项目名称            所在乡镇      建设内容              实施主体',
    '      技改                              生产线升级            丙丁木业有限公司',
    '',
    '第三章 发展清洁能源',
  ];

  it('rewrites the header and rows of a table set by spaces as pipe rows, line for line', () => {
    const out = pipeSpacedTables(table);
    expect(out).toHaveLength(table.length);
    expect(out[0]).toBe(table[0]);
    expect(out[2]).toBe('| 序号 | 项目名称 | 所在乡镇 | 建设内容 | 实施主体 |');
    expect(out[3]).toBe('| 1 | 甲乙竹产业园二期 | 甲镇 | 标准厂房8万平方米 | 甲镇人民政府、县林业局 |');
    expect(out[11]).toBe(table[11]);
  });

  it('reads a head of two heads in one (建设地点／实施主体) as a column head', () => {
    const out = pipeSpacedTables([
      '序号  项目名称                  建设地点／实施主体          建设期限',
      '1     甲乙一体化压铸件项目      甲镇／甲乙汽车部件有限公司  2026—2028',
    ]);
    expect(out).toEqual([
      '| 序号 | 项目名称 | 建设地点／实施主体 | 建设期限 |',
      '| 1 | 甲乙一体化压铸件项目 | 甲镇／甲乙汽车部件有限公司 | 2026—2028 |',
    ]);
  });

  it('parts a number column set flush against the names, and takes a lone indented cell for a wrapped name', () => {
    const flush = [
      '序号项目名称                                建设地点              建设年限',
      '1甲乙城际铁路甲乙段                         全市                  2026—2029',
      '5甲乙至丙丁高速公路（戊己至                 戊己镇、庚辛乡        2027—2030',
      '  庚辛段）',
      '10丙丁滨河路                                甲城街道              2028—2030',
    ];
    expect(pipeSpacedTables(flush)).toEqual([
      '| 序号 | 项目名称 | 建设地点 | 建设年限 |',
      '| 1 | 甲乙城际铁路甲乙段 | 全市 | 2026—2029 |',
      '| 5 | 甲乙至丙丁高速公路（戊己至 | 戊己镇、庚辛乡 | 2027—2030 |',
      '|  | 庚辛段） |  |  |',
      '| 10 | 丙丁滨河路 | 甲城街道 | 2028—2030 |',
    ]);
  });

  it('puts the cells of a row with empty cells under the columns they stand under', () => {
    const out = pipeSpacedTables(table);
    expect(out[4]).toBe('| 2 | 丙丁木业生产线 | 乙工业园区 | 年产板材20万立方米 |  |');
    expect(out[9]).toBe('|  | 技改 |  | 生产线升级 | 丙丁木业有限公司 |');
  });

  it('carries a table over a page break without a repeated header, and ends it at prose', () => {
    const split = [
      '项目名称              建设地点      建设内容                    实施主体',
      '甲乙风电基地一期      甲苏木        风电装机100万千瓦           丙丁能源有限公司',
      '戊己制氢示范项目      乙工业园区    建设电解水制氢装置，',
      '',
      '— 11 —',
      '',
      '甲乙旗人民政府公报    2026年第2期',
      '',
      '                                    年产绿氢2万吨               戊己氢能有限公司',
      '庚辛储能电站          丙镇          储能20万千瓦                庚辛供电公司',
      '',
      '第二节 推进煤化工高端化',
      '　　坚持煤炭清洁高效利用，推动现代煤化工高端化。',
    ];
    const out = pipeSpacedTables(split);
    expect(out[4]).toBe(split[4]);
    expect(out[6]).toBe(split[6]);
    expect(out[8]).toBe('|  |  | 年产绿氢2万吨 | 戊己氢能有限公司 |');
    expect(out[9]).toBe('| 庚辛储能电站 | 丙镇 | 储能20万千瓦 | 庚辛供电公司 |');
    expect(out.slice(10)).toEqual(split.slice(10));
  });

  it('joins the rest of a row a page break cut, under a long running header, to the row above', () => {
    const split = [
      '项目名称                          建设地点            建设内容                      实施主体',
      '甲乙羽绒产品集散分拨中            丙丁镇、戊          建设集散和快递分拨设施        市商务局',
      '',
      '— 8 —',
      '',
      '2026年第3期                                甲乙市人民政府公报',
      '',
      '心                                己镇',
      '庚辛冷链集配中心                  庚辛镇              建设产地冷藏保鲜库            庚辛镇人民政府',
    ];
    const out = pipeSpacedTables(split);
    expect(out[1]).toBe('| 甲乙羽绒产品集散分拨中心 | 丙丁镇、戊己镇 | 建设集散和快递分拨设施 | 市商务局 |');
    expect(out[5]).toBe(split[5]);
    expect(out[7]).toBe('');
    expect(out[8]).toBe('| 庚辛冷链集配中心 | 庚辛镇 | 建设产地冷藏保鲜库 | 庚辛镇人民政府 |');
  });

  it('joins a name wrapped in its column with another cell, and a name tail a page break set alone', () => {
    const split = [
      '项目名称                          所在地            建设规模及内容                        实施主体              建设年限',
      '甲乙热电厂“煤改生物质”热电联      甲城区            改造2台机组，掺烧秸秆等               甲乙热电有限公司      2026—2028',
      '产改造                                              生物质燃料',
      '丙河至丁原引水工                  丙东区、丁原县    新建输水管线56公里                    甲乙水务集团          2026—2028',
      '',
      '— 9 —',
      '',
      '甲乙市人民政府公报                                2026年第4期',
      '',
      '程',
      '戊己县城乡供水一体化工程          戊己县            新建水厂1座                           戊己县人民政府        2026—2027',
    ];
    const out = pipeSpacedTables(split);
    expect(out[1]).toBe(
      '| 甲乙热电厂“煤改生物质”热电联产改造 | 甲城区 | 改造2台机组，掺烧秸秆等生物质燃料 | 甲乙热电有限公司 | 2026—2028 |',
    );
    expect(out[2]).toBe('');
    expect(out[3]).toBe('| 丙河至丁原引水工程 | 丙东区、丁原县 | 新建输水管线56公里 | 甲乙水务集团 | 2026—2028 |');
    expect(out[9]).toBe('');
    expect(out[10]).toBe('| 戊己县城乡供水一体化工程 | 戊己县 | 新建水厂1座 | 戊己县人民政府 | 2026—2027 |');
  });

  it('sets a figure glued to a name back in the money column, and keeps longer name ends under the names', () => {
    const head = '项目名称                                  总投资（亿元）  建设地点              实施主体';
    const lines = [
      head,
      '甲乙粮业30万吨玉米精深加工项目18.5                        甲县                  甲乙粮业有限公司',
      '寒地水稻智能育秧工厂及                    2.4             乙县                  乙县农业农村局',
      '秧盘生产线',
      '丙丁县秸秆综合利用及生物质                2.9             丙县                  丙县人民政府',
      '',
      '— 8 —',
      '',
      head,
      '颗粒燃料项目',
      '戊己现代种业产业园                        4.3             甲县                  市农业农村局',
      '庚辛国家农业科技园区                      3.5             乙县                  市科学技术局',
      '现代种业示范基地',
    ];
    const out = pipeSpacedTables(lines);
    expect(out[1]).toBe('| 甲乙粮业30万吨玉米精深加工项目 | 18.5 | 甲县 | 甲乙粮业有限公司 |');
    expect(out[3]).toBe('| 秧盘生产线 |  |  |  |');
    expect(out[9]).toBe('| 颗粒燃料项目 |  |  |  |');
    // Under a name that is finished, a line of a few words ends the table.
    expect(out[12]).toBe('现代种业示范基地');
  });

  it('leaves prose with double spaces and a box title alone', () => {
    const prose = ['专栏7  甲镇重点项目', '建设甲镇商贸物流中心，  推进乙项目。'];
    expect(pipeSpacedTables(prose)).toEqual(prose);
  });

  it('reads a line of three names or more set apart by gaps only as a list, and leaves two alone', () => {
    const lines = [
      '甲乙省轴承检验检测中心    丙丁市检验检测认证公共服务平台　　戊己镇农业科技小院',
      '第一篇    总体要求',
      '2026年第1期                                丙丁市人民政府公报',
      '建设甲乙中心，    推进丙丁平台    和戊己小院。',
    ];
    expect(pipeSpacedTables(lines)).toEqual([
      '甲乙省轴承检验检测中心、丙丁市检验检测认证公共服务平台、戊己镇农业科技小院',
      ...lines.slice(1),
    ]);
  });

  it('rewrites a table of one column per area, a row of one name included, and ends it at the note after it', () => {
    const lines = [
      '浮梁县                        乐平市                        昌江区',
      '甲乙泡菜产业园二期            丙丁菜籽油精深加工产业园      戊己高山生态茶园提质工程',
      '                              庚辛水产品交易市场',
      '壬癸蔬菜集采集配中心',
      '',
      '注：各县（市）项目由所在县（市）人民政府负责实施。',
    ];
    expect(pipeSpacedTables(lines)).toEqual([
      '| 浮梁县 | 乐平市 | 昌江区 |',
      '| 甲乙泡菜产业园二期 | 丙丁菜籽油精深加工产业园 | 戊己高山生态茶园提质工程 |',
      '|  | 庚辛水产品交易市场 |  |',
      '| 壬癸蔬菜集采集配中心 |  |  |',
      '',
      '注：各县（市）项目由所在县（市）人民政府负责实施。',
    ]);
    // Scenic areas are no areas of the plan: their line is a list of names.
    expect(pipeSpacedTables(['东城景区          西山景区          南湖景区', '甲乙酒店          丙丁民宿'])).toEqual([
      '东城景区、西山景区、南湖景区',
      '甲乙酒店          丙丁民宿',
    ]);
  });

  it('gives the logical lines a pipe table would give', () => {
    const rows = normaliseText(table.join('\n')).filter((l) => l.text.startsWith('|'));
    expect(rows.map((r) => r.line)).toEqual([3, 4, 5, 9, 10]);
  });

  it('takes a column head with a bracketed gloss (建设地点（所在乡镇）) as a head', () => {
    const glossed = [
      '序号  项目名称          建设地点（所在乡镇）    建设年限    实施主体',
      '1     甲乙旅游公路      甲镇、乙乡              2026—2028   县交通运输局',
    ];
    expect(pipeSpacedTables(glossed)).toEqual([
      '| 序号 | 项目名称 | 建设地点（所在乡镇） | 建设年限 | 实施主体 |',
      '| 1 | 甲乙旅游公路 | 甲镇、乙乡 | 2026—2028 | 县交通运输局 |',
    ]);
  });
});

describe('pipeSpacedTables, a schedule of years', () => {
  it('takes years for column heads, a group row and a name’s wrapped end as rows of the table', () => {
    const lines = [
      '项目名称                                建设地点              2026  2027  2028',
      '一、港口',
      '甲乙港区5万吨级通用泊位                 甲镇                    ●     ●',
      '工程',
      '丙丁疏港铁路专用线                      乙镇、丙镇                    ●     ●',
    ];
    expect(pipeSpacedTables(lines)).toEqual([
      '| 项目名称 | 建设地点 | 2026 | 2027 | 2028 |',
      '| 一、港口 |  |  |  |  |',
      '| 甲乙港区5万吨级通用泊位 | 甲镇 | ● | ● |  |',
      '| 工程 |  |  |  |  |',
      '| 丙丁疏港铁路专用线 | 乙镇、丙镇 |  | ● | ● |',
    ]);
  });
});

describe('pipeSlashTables', () => {
  it('rewrites a table whose cells are set apart by slashes, joining a row wrapped over two lines', () => {
    const lines = [
      '项目名称／建设地点／实施主体',
      '甲乙国际陆港二期／甲县／甲乙陆港集团',
      '丙丁跨境电商监管中心及海外仓公共服务',
      '平台／乙区／丙丁高新区管委会',
      '年产60万吨/年煤焦油深加工。',
    ];
    expect(pipeSlashTables(lines)).toEqual([
      '| 项目名称 | 建设地点 | 实施主体 |',
      '| 甲乙国际陆港二期 | 甲县 | 甲乙陆港集团 |',
      '| 丙丁跨境电商监管中心及海外仓公共服务平台 | 乙区 | 丙丁高新区管委会 |',
      '',
      '年产60万吨/年煤焦油深加工。',
    ]);
  });
});

describe('pipeDrawnTables', () => {
  it('rewrites a table drawn with box-drawing lines as pipe rows, two names set apart by a gap parted by ；', () => {
    const lines = [
      '  海拔（米）      ┃  重点项目',
      '  ━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━',
      '  2500以上         ┃  甲乙仿野生种植基地（甲乡）',
      '  （高山药材）     ┃  丙丁牧场标准化改造',
      '  ━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━',
      '  800以下          ┃  戊己热带水果产业带        庚辛蔬菜基地',
      '  ━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━',
      '加工和流通：壬癸交易中心。',
    ];
    expect(pipeDrawnTables(lines)).toEqual([
      '| 海拔（米） | 重点项目 |',
      '| --- | --- |',
      '| 2500以上 | 甲乙仿野生种植基地（甲乡） |',
      '| （高山药材） | 丙丁牧场标准化改造 |',
      '',
      '| 800以下 | 戊己热带水果产业带；庚辛蔬菜基地 |',
      '',
      '加工和流通：壬癸交易中心。',
    ]);
  });

  it('leaves bars without a crossed rule or a header of column heads alone (a flow drawn with │)', () => {
    const flow = ['  甲乙源头段', '       │', '  甲乙水电站  │  已建', '  丙丁水电站  │  拟建'];
    expect(pipeDrawnTables(flow)).toEqual(flow);
    const noHeader = ['建设甲乙工程，推进丙丁。┃ 甲', '━━━╋━━━', '甲乙 ┃ 丙丁', '戊己 ┃ 庚辛'];
    expect(pipeDrawnTables(noHeader)).toEqual(noHeader);
  });
});
