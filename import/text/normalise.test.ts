import { canonicaliseLine, normaliseText } from './normalise';

const texts = (raw: string) => normaliseText(raw).map((line) => line.text);

describe('canonicaliseLine', () => {
  it.each([
    ['MLCC 产业化', 'MLCC产业化'],
    // A symbol font's bullet read as a Latin character (Wingdings § ▪, Ÿ •, u ◆) opening a line: a bullet.
    ['§ 甲乙海上风电场一期：位于甲乙镇', '●甲乙海上风电场一期：位于甲乙镇'],
    ['Ÿ “甲乙”全域旅游环线', '●“甲乙”全域旅游环线'],
    ['u盘 生产线', 'u盘生产线'],
    // A variation selector after an ideograph (U+E0100): the same character.
    ['建设甲\u{E0100}岭薰衣草花海', '建设甲岭薰衣草花海'],
    // A pandoc span with its attributes: its text.
    ['◆ [甲乙数控工业母机研究院]{.underline}：建设研发中心', '◆甲乙数控工业母机研究院：建设研发中心'],
    // A box typeset top to bottom: the vertical forms of punctuation are the usual ones.
    ['④甲乙湿地公园︵二期︶︓在丙镇建设︐二期︒', '④甲乙湿地公园（二期）：在丙镇建设，二期。'],
    ['办好第 52 届 IAC 国际陶艺大会', '办好第52届IAC国际陶艺大会'],
    ['5 左右', '5左右'],
    ['第八篇 全面深化改革,增强高质量发展动力', '第八篇全面深化改革，增强高质量发展动力'],
    ['地区生产总值增长(%)', '地区生产总值增长（%）'],
    ['增长 （%）', '增长（%）'],
    ['eVTOL(电动垂直起降飞行器)等', 'eVTOL（电动垂直起降飞行器）等'],
    ['主要包括:气象灾害;地震灾害!', '主要包括：气象灾害；地震灾害！'],
    ['联系电话：（0798） 8382207', '联系电话：（0798）8382207'],
    ['工作时间 9：00-12：00', '工作时间9:00-12:00'],
    ['三次产业比例优化为 6.5:38.4:55.1，呈现', '三次产业比例优化为6.5:38.4:55.1，呈现'],
    ['ＧＤＰ增长５％', 'GDP增长5%'],
    ['AI 驱动的 open   source 模型', 'AI驱动的open source模型'],
    ['“千年瓷都”这张 靓丽的名片', '“千年瓷都”这张靓丽的名片'],
    ['- 第三章 加力建设新型能源基础设施', '第三章加力建设新型能源基础设施'],
    ['第十二篇 加快全面绿色转型，建设美丽景德镇**', '第十二篇加快全面绿色转型，建设美丽景德镇'],
    ['see (figure 3), page 4', 'see (figure 3), page 4'],
    ['    │   ├─ 甲乙镁业金属镁冶炼技改项目（丙县）', '甲乙镁业金属镁冶炼技改项目（丙县）'],
    ['    └─ 碳基新材料', '碳基新材料'],
    ['├───┤', ''],
    ['❶ 甲乙红枣产业园：改造枣园', '①甲乙红枣产业园：改造枣园'],
    ['➋ 丙丁枸杞基地', '②丙丁枸杞基地'],
    ['建设保税仓库､跨境分拨中心和海外仓信息平台｡', '建设保税仓库、跨境分拨中心和海外仓信息平台。'],
    ['㈢ 旱作农业', '（三）旱作农业'],
    ['⑾ 甲乙产业园', '（11）甲乙产业园'],
    ['甲乙遗址公园………………………………甲城街道', '甲乙遗址公园（甲城街道）'],
    ['丙丁风景道………………………丙乡、丁镇', '丙丁风景道（丙乡、丁镇）'],
    ['第一章 总体要求……………………………………3', '第一章总体要求……………………………………3'],
    ['  1．甲乙海洋功能食品产业化项目………………………… 3', '1.甲乙海洋功能食品产业化项目'],
    ['线………………………………………… 14', '线'],
    ['| 1 | 甲乙供气站<br>及配套管网 | 甲镇<br/>乙镇 |', '| 1 |甲乙供气站及配套管网|甲镇乙镇|'],
    ['〖甲乙沙漠旅游度假区〗位于丙县', '【甲乙沙漠旅游度假区】位于丙县'],
    ['甲乙至丙丁输电线路（─段）', '甲乙至丙丁输电线路（─段）'],
    ['实施"黑灯工厂"改造,"城市大脑"二期.', '实施“黑灯工厂”改造，“城市大脑”二期。'],
    ['see "figure 3" below', 'see "figure 3" below'],
    ['alert("x")</script>研究院、东湖区"&<>\'基地', 'alert("x")</script>研究院、东湖区"&<>\'基地'],
    ['[2] 鍮 州 东 站 片 区 综 合 开 发', '[2]鍮州东站片区综合开发'],
    ['1. 甲⼄县⼈民医院（⼄⼝镇）', '1.甲乙县人民医院（乙口镇）'],
    ['◆ 甲乙\uf9f4下经济示范基地', '◆甲乙林下经济示范基地'],
    ['水利：建设甲乙水库①、丙丁防洪堤二期②，推进戊己工程③。', '水利：建设甲乙水库、丙丁防洪堤二期，推进戊己工程。'],
    ['① 甲乙水库位于丙乡', '①甲乙水库位于丙乡'],
    ['推进甲乙景区（Gumz Cinzyenz）创建', '推进甲乙景区创建'],
    ['（（一一））甲甲乙乙镇镇', '（一）甲乙镇'],
    ['44..  智智慧慧农农业业', '4.智慧农业'],
    ['甲乙湖湖滨公园', '甲乙湖湖滨公园'],
    ['甲乙博物馆(Bozvuzgvanj)、人工智能（AI）产业园', '甲乙博物馆、人工智能（AI）产业园'],
    ['①甲乙研究中心（项目代码：2601-691000-04-01-318276）：建设平台', '①甲乙研究中心：建设平台'],
    ['⑦甲乙示范区(项目代码:待赋码):建设基地', '⑦甲乙示范区：建设基地'],
    ['（7）甲乙冷链物流中心（详见专栏6）。（责任单位：丙丁公司）', '（7）甲乙冷链物流中心。（责任单位：丙丁公司）'],
    ['◆ 甲乙国家湿地公园(见专栏11):完善栈道', '◆甲乙国家湿地公园：完善栈道'],
    ['２．甲乙实训基地（已列入专栏５）。', '2.甲乙实训基地。'],
    ['> 专栏6  甲乙重点项目', '专栏6甲乙重点项目'],
    ['>', ''],
    ['> > ——甲乙：建设丙丁度假区', '——甲乙：建设丙丁度假区'],
    [
      '1. [甲乙口岸扩能工程](https://fgw.example.gov.cn/xm?id=2026070101)：新建查验场地',
      '1.甲乙口岸扩能工程：新建查验场地',
    ],
    ['![](images/a1.jpeg)', '![](images/a1.jpeg)'],
    ['甲乙>丙丁', '甲乙>丙丁'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicaliseLine(raw)).toBe(canonical);
  });

  it('gives the same text whatever width the punctuation had', () => {
    const half = '坚持科教兴市,以科技创新促进产业创新(含低空经济);统筹推进:教育科技人才!';
    const full = '坚持科教兴市，以科技创新促进产业创新（含低空经济）；统筹推进：教育科技人才！';
    expect(canonicaliseLine(half)).toBe(canonicaliseLine(full));
    expect(canonicaliseLine(half)).toBe(full);
  });
});

describe('normaliseText', () => {
  it('reads HTML character references copied out of a web page as their characters', () => {
    expect(
      normaliseText('&#9670;&nbsp;甲乙&mdash;丙丁产业协作园：&ldquo;甲乙&rdquo;R&D中心。\n').map((l) => l.text),
    ).toEqual(['◆甲乙—丙丁产业协作园：“甲乙”R&D中心。']);
  });

  it('joins a paragraph broken mid-word across blank lines', () => {
    const raw = '深化陶瓷文化数字技术应用与创新。系统\n\n整合陶瓷考古、文物、非遗、文献等各类资源数据。\n';
    expect(normaliseText(raw)).toEqual([
      { line: 1, text: '深化陶瓷文化数字技术应用与创新。系统整合陶瓷考古、文物、非遗、文献等各类资源数据。' },
    ]);
  });

  it('keeps names listed one to a line apart, but joins a line cut by the width of the page', () => {
    const prose =
      '统筹防洪、供水、灌溉和水生态，完善水网格局，加快构建甲乙乙丙丙丁丁戊戊己己庚庚辛辛壬壬癸癸子子丑丑寅寅卯';
    const raw = [
      prose,
      '甲乙水库工程（某某区）',
      '丙丁引水工程：在某某县境内，线路长26公里',
      '（2）灌区工程',
      '戊己灌区节水改造',
      `${prose}。推进病险水库`,
      '水闸除险加固',
      '，新增库容1200万立方米。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      `${prose}甲乙水库工程（某某区）`,
      '丙丁引水工程：在某某县境内，线路长26公里',
      '（2）灌区工程',
      `戊己灌区节水改造${prose}。推进病险水库水闸除险加固，新增库容1200万立方米。`,
    ]);
  });

  it('keeps a platform or a belt listed on a line of its own, and a 责任单位 line under a short line, apart', () => {
    const prose =
      '统筹防洪、供水、灌溉和水生态，完善水网格局，加快构建甲乙乙丙丙丁丁戊戊己己庚庚辛辛壬壬癸癸子子丑丑寅寅卯。';
    const lines = [
      prose,
      '甲乙草原生态监测预警平台',
      '丙丁嘎查防火隔离带',
      '落实草原生态补奖政策，推行草畜平衡',
      '责任单位：旗林业和草原局',
    ];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });

  it('drops the emphasis dots printed under a line, which the text gives as a line of their own', () => {
    const raw = ['实施甲乙热电厂“热电解耦”改造、', '                    · · · · · · · ·', '丙丁500千伏输变电工程。'];
    expect(texts(raw.join('\n'))).toEqual(['实施甲乙热电厂“热电解耦”改造、丙丁500千伏输变电工程。']);
  });

  it('keeps a numbered heading apart from the works named one to a line below it', () => {
    const prose =
      '统筹防洪、供水、灌溉和水生态，完善水网格局，加快构建甲乙乙丙丙丁丁戊戊己己庚庚辛辛壬壬癸癸子子丑丑寅寅卯卯辰辰巳巳。';
    const raw = [prose, '（3）防洪和城乡供水', '甲江干流乙州城区段防洪提升工程', '丙溪河流域防洪治理'];
    expect(texts(raw.join('\n'))).toEqual(raw);
  });

  it('keeps a card apart: its name, its fields set side by side, each short field line whole', () => {
    const prose =
      '统筹防洪、供水、灌溉和水生态，完善水网格局，加快构建甲乙乙丙丙丁丁戊戊己己庚庚辛辛壬壬癸癸子子丑丑寅寅卯卯辰辰巳巳午午未未申申酉酉戌戌亥亥。';
    const raw = [
      prose,
      '甲乙海上风电场一期',
      '建设地点：丙丁东部海域        建设年限：2026—2028年',
      '建设内容：装机容量100万千瓦。',
      '',
      '戊己风电运维母港',
      '建设地点：庚辛镇',
      '建设年限：2027—2029年',
      '壬癸LNG应急储备中心',
      '建设地点：子丑经开区',
    ];
    expect(texts(raw.join('\n'))).toEqual([
      prose,
      '甲乙海上风电场一期',
      '建设地点：丙丁东部海域；建设年限：2026—2028年',
      '建设内容：装机容量100万千瓦。',
      '戊己风电运维母港',
      '建设地点：庚辛镇',
      '建设年限：2027—2029年',
      '壬癸LNG应急储备中心',
      '建设地点：子丑经开区',
    ]);
  });

  it('ends a numbered name on a line of its own where the line ends, its description joined after it', () => {
    const prose = '统筹推进甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    const raw = [
      prose,
      '1）甲乙风电项目',
      '位于丙丁山北麓，建设风电机组40台。',
      '【乡村民宿】打造甲乙民宿集群、丙丁高山民',
      '宿集群。',
      '项目二：戊己中试基地',
      '　　建设中试线。建设地点：浮梁县。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      prose,
      '1）甲乙风电项目。位于丙丁山北麓，建设风电机组40台。',
      '【乡村民宿】打造甲乙民宿集群、丙丁高山民宿集群。',
      '项目二：戊己中试基地。建设中试线。建设地点：浮梁县。',
    ]);
  });

  it('reads two numbered lists printed side by side column by column, a wrapped name staying with its column', () => {
    const raw = [
      '    一、果业                                  二、畜牧业',
      '    1. 甲乙苹果示范基地                       1. 丙丁肉牛养殖场',
      '    2. 戊己果汁年产10万吨浓缩果汁             2. 庚辛饲草料加工配送中心',
      '       及果醋生产线',
      '    3. 壬癸苹果交易中心                       3. 子丑小杂粮仓储烘干中心',
      '以上项目由市农业农村局牵头。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '一、果业',
      '1.甲乙苹果示范基地',
      '2.戊己果汁年产10万吨浓缩果汁及果醋生产线',
      '3.壬癸苹果交易中心',
      '二、畜牧业',
      '1.丙丁肉牛养殖场',
      '2.庚辛饲草料加工配送中心',
      '3.子丑小杂粮仓储烘干中心',
      '以上项目由市农业农村局牵头。',
    ]);
  });

  it('reads a bar chart flattened to text as its labels, a wrapped label made whole, and a table of figures as it is', () => {
    const bars = [
      '甲乙重工新能源船舶总装基地（浮梁县）        45.0',
      '丙丁装备船用甲板机械及电力推进系统          22.0',
      '产业园（乐平市）',
      '戊己船舶检验试验中心                        6.8',
    ];
    const axis = '                                            0     10     20     30';
    expect(texts([...bars, axis, '', '说明：图中项目按总投资排列。'].join('\n'))).toEqual([
      '▸甲乙重工新能源船舶总装基地（浮梁县）',
      '▸丙丁装备船用甲板机械及电力推进系统产业园（乐平市）',
      '▸戊己船舶检验试验中心',
      '说明：图中项目按总投资排列。',
    ]);
    expect(texts([...bars, '', '说明：图中项目按总投资排列。'].join('\n'))).not.toContain('▸戊己船舶检验试验中心');
  });

  it('reads a chart drawn down the page as its steps, fields parted by ，, and leaves a line of bars alone', () => {
    const raw = [
      '   甲乙源头段',
      '        │',
      '        ▼',
      '   〔一级〕甲乙水电站          已建   装机18万千瓦    增效扩容改造',
      '        │',
      '        │◄──── 丙河汇入：丙河一级电站生态改造',
      '        ▼',
      '   〔二级〕丁戊水电站          拟建   装机30万千瓦',
      '',
      '配套项目：甲乙风电场、丙丁光伏电站。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '▸甲乙源头段',
      '▸甲乙水电站，已建，装机18万千瓦，增效扩容改造',
      '▸丙河汇入：丙河一级电站生态改造',
      '▸丁戊水电站，拟建，装机30万千瓦',
      '配套项目：甲乙风电场、丙丁光伏电站。',
    ]);
    // One arrowhead is no chart.
    expect(texts(['甲乙水电站', '   │', '   ▼', '丙丁水电站'].join('\n'))).not.toContain('▸甲乙水电站');
  });

  it('sets two columns printed line by line across the page (1. / 7. / 2. / 8.) back in order, each line kept', () => {
    const raw = [
      '（一）茶产业',
      '（二）竹产业',
      '1. 甲县生态茶园提质工程',
      '4. 乙县国家竹产业示范园区',
      '2. 丙丁茶叶交易市场及茶文化街区',
      '5. 戊己竹笋精深加工项目',
      '3. 庚辛茶旅融合示范点',
      '6. 壬癸竹产业科技创新服务中心',
    ].join('\n');
    const lines = normaliseText(raw);
    expect(lines.map((l) => l.text)).toEqual([
      '（一）茶产业',
      '1.甲县生态茶园提质工程',
      '2.丙丁茶叶交易市场及茶文化街区',
      '3.庚辛茶旅融合示范点',
      '（二）竹产业',
      '4.乙县国家竹产业示范园区',
      '5.戊己竹笋精深加工项目',
      '6.壬癸竹产业科技创新服务中心',
    ]);
    expect(lines.map((l) => l.line)).toEqual([1, 3, 5, 7, 2, 4, 6, 8]);
    // A list in order, or out of order in a way no two columns explain, stays as printed.
    const inOrder = ['1. 甲', '2. 乙', '3. 丙', '4. 丁', '5. 戊'];
    expect(texts(inOrder.join('\n'))).toEqual(['1.甲', '2.乙', '3.丙', '4.丁', '5.戊']);
    const skipped = ['1. 甲', '3. 乙', '2. 丙', '5. 丁', '4. 戊'];
    expect(texts(skipped.join('\n'))).toEqual(['1.甲', '3.乙', '2.丙', '5.丁', '4.戊']);
  });

  it('keeps names set out by indentation under an area apart, and a hard-wrapped paragraph whole', () => {
    const long =
      '推进甲乙港区规模化、专业化发展，提升丙丁航道等级，发展公铁水多式联运，建设服务大宗物资的区域性港口物流枢纽和';
    const raw = [
      long,
      '现代物流体系。',
      '甲区',
      '    甲乙港区三期作业区',
      '    丙丁多式联运物流园',
      '乙县',
      '    戊己码头',
    ].join('\n');
    expect(texts(raw)).toEqual([
      `${long}现代物流体系。`,
      '甲区',
      '甲乙港区三期作业区',
      '丙丁多式联运物流园',
      '乙县',
      '戊己码头',
    ]);
  });

  it('ends a paragraph at a bracket closing its last sentence, and at a note', () => {
    const raw = [
      '——甲类：实施甲乙工程。（牵头单位：市生态环境局）',
      '——乙类：建设丙丁中心。',
      '★ 戊己峡谷漂流',
      '注：★为县级重点项目。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '——甲类：实施甲乙工程。（牵头单位：市生态环境局）',
      '——乙类：建设丙丁中心。',
      '★戊己峡谷漂流',
      '注：★为县级重点项目。',
    ]);
  });

  it('reads [1] as an item number: its name a sentence of its own, the description below it joined', () => {
    const long =
      '实施城市更新行动，推进老城区、老工业区和冶炼厂职工生活区改造，建设东站片区高铁新城，完善城市地下管网和防洪排涝体系。';
    const raw = [
      long,
      '[1] 甲 乙 老 城 片 区 有 机 更 新',
      '    改造老旧小区120个。',
      '[2] 丙丁水厂及配套管网',
      '    新建水厂。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      long,
      '[1]甲乙老城片区有机更新。改造老旧小区120个。',
      '[2]丙丁水厂及配套管网。新建水厂。',
    ]);
  });

  it('joins a character or two left on the next line to a numbered name wrapped in its column', () => {
    const raw = [
      '二、甲乙临港产业园',
      '  7．丙丁风电大兆瓦海上风电机组叶片生产',
      '线……………………………… 14',
      '  8．戊己海工装备配套产业园…………… 16',
    ];
    expect(texts(raw.join('\n'))).toEqual([
      '二、甲乙临港产业园',
      '7.丙丁风电大兆瓦海上风电机组叶片生产线',
      '8.戊己海工装备配套产业园',
    ]);
  });

  it('joins a numbered name a page break cut after a word that cannot end it (…二期至) to its rest, no stop between', () => {
    const raw = [
      '（5）甲乙公用工程岛二期至',
      '',
      '— 6 —',
      '',
      '三期工程。建设热电联产机组。（责任单位：丙丁管委会）',
      '（6）戊己原油储备库。建设原油储罐及配套设施，库容300万立方米，配套建设码头、管道和消防设施。',
    ];
    expect(texts(raw.join('\n'))).toEqual([
      '（5）甲乙公用工程岛二期至三期工程。建设热电联产机组。（责任单位：丙丁管委会）',
      '（6）戊己原油储备库。建设原油储罐及配套设施，库容300万立方米，配套建设码头、管道和消防设施。',
    ]);
  });

  it('keeps a short line under a box title ending as titles end (…重点项目) out of the title', () => {
    const long =
      '推进甲乙港区规模化、专业化发展，提升丙丁航道等级，发展公铁水多式联运，建设服务大宗物资的区域性港口物流枢纽。';
    const lines = normaliseText([long, '专栏7 甲乙港口物流重点项目', '', '甲区', '    甲乙港区三期作业区'].join('\n'));
    expect(lines.map((l) => l.text)).toEqual([long, '专栏7甲乙港口物流重点项目', '甲区', '甲乙港区三期作业区']);
  });

  it('sets the entries of ribbon lines (类别｜A｜B) each on a line of its own, a wrapped name made whole', () => {
    const raw = [
      '港口码头｜甲乙港丙作业区二期｜甲乙港丁作业区公用码头',
      '开放平台｜甲乙综合保税区（申建）｜戊己区跨境电商产',
      '业园｜庚辛联动创新区',
      '以上项目由市商务局牵头推进。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '港口码头',
      '▸甲乙港丙作业区二期',
      '▸甲乙港丁作业区公用码头',
      '开放平台',
      '▸甲乙综合保税区（申建）',
      '▸戊己区跨境电商产业园',
      '▸庚辛联动创新区',
      '以上项目由市商务局牵头推进。',
    ]);
  });

  it("sets each entry of a figure's key in columns on a line of its own, numbered, and no other spaced line", () => {
    const raw = [
      '图例：● 重点项目（编号见下）',
      '',
      '1 甲乙古城历史文化街区保护提升          2 丙丁百里画廊旅游带',
      '3 戊己温泉国际康养度假区',
      '2026    3.5    甲乙工程。',
      '说明：图中位置为示意。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '图例：●重点项目（编号见下）',
      '1.甲乙古城历史文化街区保护提升',
      '2.丙丁百里画廊旅游带',
      '3.戊己温泉国际康养度假区',
      '2026 3.5甲乙工程。',
      '说明：图中位置为示意。',
    ]);
  });

  it('sets each entry of a key numbered in circles on a line of its own, the circled number kept', () => {
    const raw = [
      '  ① 甲站地下空间及历史街区接驳工程        ② 乙站TOD城市综合体',
      '  ③ 丙站滨江TOD综合开发项目               ④ 丁站人才公寓及商业综合体',
      '  ⑤ 戊站创新综合体',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '①甲站地下空间及历史街区接驳工程',
      '②乙站TOD城市综合体',
      '③丙站滨江TOD综合开发项目',
      '④丁站人才公寓及商业综合体',
      '⑤戊站创新综合体',
    ]);
  });

  it('joins "推动陶 / 阳里" and starts a new paragraph after a full stop', () => {
    const raw =
      '规划布局一批综合性非遗空间。推动陶\n\n阳里、陶溪川、陶源谷等区域打造成为活态传承的集聚区。\n\n健全传承人才认定与培养机制。\n';
    expect(texts(raw)).toEqual([
      '规划布局一批综合性非遗空间。推动陶阳里、陶溪川、陶源谷等区域打造成为活态传承的集聚区。',
      '健全传承人才认定与培养机制。',
    ]);
  });

  it('drops running headers and page numbers, also in the middle of a paragraph', () => {
    const page = (n: number, variant: string) => `\n市人民政府公报\n\n${variant.replace('#', String(n))}\n\n`;
    const variants = ['— # —', '- # -', '·#·', '#', '第 # 页'];
    const body = Array.from(
      { length: 6 },
      (_, i) => `第${i + 1}段开始，文字跨过了${page(i + 3, variants[i % variants.length])}一页纸。`,
    );
    expect(texts(body.join('\n'))).toEqual(Array.from({ length: 6 }, (_, i) => `第${i + 1}段开始，文字跨过了一页纸。`));
  });

  it('drops the gazette masthead repeated as a running header, however few pages it heads', () => {
    const raw =
      '柘湾市人民政府公报\n\n（此件主动公开）\n\n实施鹭洲镇远洋渔船修造\n\n— 7 —\n\n柘湾市人民政府公报 2026年第3期\n\n基地技术改造。\n';
    expect(texts(raw)).toEqual(['柘湾市人民政府公报', '（此件主动公开）', '实施鹭洲镇远洋渔船修造基地技术改造。']);
  });

  it('finds the masthead among the cover lines and drops it with a page number on the same line', () => {
    const raw =
      '柘湾市人民政府主管主办\n\n柘湾市人民政府公报\n\n（此件主动公开）\n\n推进柘湾港冷链\n\n柘湾市人民政府公报 — 7 —\n\n物流中心建设。\n';
    expect(texts(raw).slice(-2)).toEqual(['（此件主动公开）', '推进柘湾港冷链物流中心建设。']);
  });

  it('keeps a document number standing without its date on a line of its own', () => {
    expect(texts('西府发〔2026〕4号\n\n各乡镇人民政府、街道办事处：\n')).toEqual([
      '西府发〔2026〕4号',
      '各乡镇人民政府、街道办事处：',
    ]);
  });

  it('reads an ASCII full stop after Chinese text as 。, never a decimal point or an item number', () => {
    expect(texts('支持恒岱精机做大做强.\n1. 数控机床\n增长6.5%。')).toEqual([
      '支持恒岱精机做大做强。',
      '1.数控机床',
      '增长6.5%。',
    ]);
  });

  it('keeps a short line that repeats only a few times', () => {
    const raw = '（此件主动公开）\n\n正文一。\n\n（此件主动公开）\n\n正文二。\n';
    expect(texts(raw)).toEqual(['（此件主动公开）', '正文一。', '（此件主动公开）', '正文二。']);
  });

  it('never joins headings, box items or titles with body text', () => {
    const raw = [
      '景德镇市国民经济和社会发展第十五个五年规划纲要',
      '第一节 实施陶瓷文化遗产全域系统保护工程',
      '开展陶瓷文化资源全域普查与分级保护',
      '专栏 2 文化遗产保护利用工程',
      '1. 遗址保护',
      '推进御窑厂遗址等重点陶瓷文化遗产保护修缮',
      '2. 遗产活化利用',
      '推进景德镇瓷业遗产路径保护阐释。',
    ].join('\n\n');
    expect(texts(raw)).toEqual([
      '景德镇市国民经济和社会发展第十五个五年规划纲要',
      '第一节实施陶瓷文化遗产全域系统保护工程',
      '开展陶瓷文化资源全域普查与分级保护',
      '专栏2文化遗产保护利用工程',
      '1.遗址保护',
      '推进御窑厂遗址等重点陶瓷文化遗产保护修缮',
      '2.遗产活化利用',
      '推进景德镇瓷业遗产路径保护阐释。',
    ]);
  });

  it('joins a heading broken across lines', () => {
    const raw = '第三篇 建强现代化产业体系，巩固壮大实体\n\n经济根基\n\n始终把发展经济的着力点放在实体经济上。\n';
    expect(normaliseText(raw)).toEqual([
      { line: 1, text: '第三篇建强现代化产业体系，巩固壮大实体经济根基' },
      { line: 5, text: '始终把发展经济的着力点放在实体经济上。' },
    ]);
  });

  it('puts a heading that cuts into a sentence before the whole sentence', () => {
    const raw =
      '第二章 持续扩大有效投资\n\n加强政府投资项目管理。深入实施项目带\n\n第一节 健全重大项目多元化投融资机制\n\n动战略，积极抢抓有利政策。\n';
    expect(normaliseText(raw)).toEqual([
      { line: 1, text: '第二章持续扩大有效投资' },
      { line: 5, text: '第一节健全重大项目多元化投融资机制' },
      { line: 3, text: '加强政府投资项目管理。深入实施项目带动战略，积极抢抓有利政策。' },
    ]);
  });

  it('keeps table rows one per line and list entries apart', () => {
    const raw = [
      '| 类别 | 指标 | 2025年 |',
      '|------|------|------|',
      '| 经济发展 | 1.地区生产总值增长(%) | -0.7 |',
      '(1) 指挥市直有关单位开展应急工作；',
      '(2) 及时向市政府报告事态变化情况；',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '|类别|指标| 2025年|',
      '|------|------|------|',
      '|经济发展| 1.地区生产总值增长（%）| -0.7 |',
      '（1）指挥市直有关单位开展应急工作；',
      '（2）及时向市政府报告事态变化情况；',
    ]);
  });

  it('reads the issuer line and the title below it as one title', () => {
    const raw =
      '景德镇市人民政府\n\n关于印发《景德镇市国民经济和社会发展第十五个五年规划纲要》的通知\n\n景府发〔2026〕4号 2026年5月7日\n';
    expect(texts(raw)).toEqual([
      '景德镇市人民政府关于印发《景德镇市国民经济和社会发展第十五个五年规划纲要》的通知',
      '景府发〔2026〕4号2026年5月7日',
    ]);
  });

  it('gives the same logical lines for the same text wrapped, spaced and punctuated differently', () => {
    const one =
      '推进实施先进陶瓷产业孵化园、芯声微电子工规车规 MLCC 产业化、奈创精密陶瓷基板等一批项目建设(含二期)。\n';
    const two =
      '推进实施先进陶瓷产业孵化园、芯声微电\n\n— 7 —\n\n子工规车规MLCC产业化、奈创精密陶瓷\n基板等一批项目 建设（含二期）。\n';
    expect(texts(two)).toEqual(texts(one));
  });

  it('starts a paragraph at a bullet or a 【小标题】 even after a line without a sentence end', () => {
    const raw = [
      '◆建设甲乙电商服务中心。',
      '牵头单位：县商务局',
      '◆建设丙丁电商产业园',
      '【景区提升】推进戊己景区建设。',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '◆建设甲乙电商服务中心。',
      '牵头单位：县商务局',
      '◆建设丙丁电商产业园',
      '【景区提升】推进戊己景区建设。',
    ]);
  });

  it('keeps · bulleted names apart, and a closing 以上项目由 line apart from the last of them', () => {
    const raw = ['· 甲乙建材产业园（新建）', '· 丙丁玻璃生产线', '以上项目由市工业和信息化局牵头。'].join('\n');
    expect(texts(raw)).toEqual(['·甲乙建材产业园（新建）', '·丙丁玻璃生产线', '以上项目由市工业和信息化局牵头。']);
  });

  it('ends a paragraph at a status written after its sentence, and keeps a 项目名称：建设内容 head apart', () => {
    const raw = ['项目名称：建设内容', '甲乙产业园：建设厂房6万平方米。（新建）', '丙丁加工厂：年加工5万吨。'].join(
      '\n',
    );
    expect(texts(raw)).toEqual([
      '项目名称：建设内容',
      '甲乙产业园：建设厂房6万平方米。（新建）',
      '丙丁加工厂：年加工5万吨。',
    ]);
  });

  it('ends a paragraph at a 责任单位 line, unless it stops on a separator', () => {
    const raw = [
      '推进甲乙机场改扩建工程。',
      '责任单位：市交通运输局、甲乙机场集团',
      '',
      '推进丙丁通用机场建设。',
      '牵头单位：市发展改革委、',
      '市交通运输局',
    ].join('\n');
    expect(texts(raw)).toEqual([
      '推进甲乙机场改扩建工程。',
      '责任单位：市交通运输局、甲乙机场集团',
      '推进丙丁通用机场建设。',
      '牵头单位：市发展改革委、市交通运输局',
    ]);
  });

  it('reads a number and a title over decimal items (1 甲乙 / 1.1 …) as a numbered heading', () => {
    const raw = ['专栏5 先进制造重点项目', '', '1 智能装备', '1.1 甲乙机床产业园。建设厂房。', '2 绿色建材'].join('\n');
    expect(texts(raw)).toEqual(['专栏5先进制造重点项目', '1.智能装备', '1.1甲乙机床产业园。建设厂房。', '2绿色建材']);
  });

  it('joins a table row whose first cell wrapped onto the next line, keeping line numbers', () => {
    const raw = [
      '| 项目名称 | 建设性质 | 责任单位 |',
      '| 甲乙动力电池结构件及精',
      '密五金件 | 新建 | 乐平市人民政府 |',
    ].join('\n');
    expect(normaliseText(raw)).toEqual([
      { line: 1, text: '|项目名称|建设性质|责任单位|' },
      { line: 2, text: '|甲乙动力电池结构件及精密五金件|新建|乐平市人民政府|' },
    ]);
  });
});
