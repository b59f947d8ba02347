import type { PlanIdentity } from '../bundle/schema';
import { readPlanAreas } from './areas';

const identity = (level: PlanIdentity['level'], region: string, parentCity: string | null = null): PlanIdentity => ({
  title: `${region}国民经济和社会发展第十五个五年规划纲要`,
  edition: '十五五',
  level,
  region,
  province: null,
  parentCity,
  city: level === 'city' ? region : parentCity,
  issuer: null,
  gazette: null,
  evidence: { document: 'doc:plan', line: 1, quote: region, basis: 'stated', rule: 'plan-title' },
});
const names = (texts: string[], plan: PlanIdentity) =>
  readPlanAreas(
    texts.map((text, i) => ({ line: i + 1, text })),
    plan,
  ).map((a) => `${a.name}/${a.rule}`);

describe("a plan's own areas", () => {
  it('reads stems counted under their kind and an ethnic township, and neither an alias nor a town seat as an area', () => {
    const read = names(
      [
        '全县辖甲城、乙园2个街道，丙口、丁关2个镇，戊垭乡、丙坝傈僳族乡、丁坡彝族乡3个乡。',
        '甲乙工业园区（以下简称县工业园区）位于丙口镇，甲乙边境经济合作区（以下简称边合区）紧邻口岸。',
        '（一）丙口集镇',
      ],
      identity('county', '甲乙县'),
    );
    expect(read.map((area) => area.split('/')[0])).toEqual(
      expect.arrayContaining(['丙坝傈僳族乡', '丁坡彝族乡', '甲城街道', '乙园街道', '丙口镇', '丁关镇']),
    );
    expect(read.some((area) => area.includes('简称'))).toBe(false);
    // A town's seat (集镇) is that town.
    expect(read.some((area) => area.startsWith('丙口集镇'))).toBe(false);
  });

  it('reads an area after more than one leading word, and no bodies of a kind (相关镇)', () => {
    expect(
      names(
        ['“一城”即由甲乙街道、丙丁街道组成的县城。', '改造提升戊己镇敬老院，相关镇人民政府配合。'],
        identity('county', '某某县'),
      ),
    ).toEqual(expect.arrayContaining(['甲乙街道/area-heads-list-items']));
    const all = names(['改造提升戊己镇敬老院，相关镇人民政府配合。'], identity('county', '某某县')).join();
    expect(all).not.toMatch(/改造|提升|相关/);
  });

  it('reads the stems of a second counted run after 和, and an area after a kind of area and a joiner', () => {
    const read = names(
      ['区内辖甲城、乙园2个街道和丙坡、丁庄2个镇。', '各街道、镇和戊己经济开发区、庚辛中央商务区要抓好落实。'],
      identity('county', '某某区'),
    ).map((area) => area.split('/')[0]);
    expect(read).toEqual(expect.arrayContaining(['甲城街道', '乙园街道', '丙坡镇', '丁庄镇', '戊己经济开发区']));
    expect(read.join()).not.toMatch(/和/);
  });

  it('reads no epithet (玻璃之乡), no word before an area (流经X, 与X, 二是) and no joined pair as an area', () => {
    const read = names(
      [
        '我市要立足玻璃之乡、铸造之乡、苹果之乡的基础。',
        '甀河为主要河流，流经甲乙街道、丙丁街道和戊己镇。',
        '经开区位于城区西南、与庚辛镇相邻。',
        '建设壬癸港区与综合保税区、子丑经济开发区。二是推进寅卯化工园区、辰巳工业园区提质增效。',
      ],
      identity('county', '某某市'),
    ).map((area) => area.split('/')[0]);
    expect(read).toEqual(expect.arrayContaining(['甲乙街道', '丙丁街道']));
    expect(read).toEqual(expect.arrayContaining(['寅卯化工园区']));
    expect(read.join()).not.toMatch(/之乡|流经|与|二是/);
  });

  it('reads the parks a plan 设有 and a base its addressees name by its committee, and no area from a table row', () => {
    const read = names(
      [
        '各区、县（市）人民政府，甲乙经济技术开发区管委会，甲乙能源化工基地管委会，市政府各部门：',
        '全市辖丙区、丁区两个市辖区，设有甲乙经济技术开发区和甲乙能源化工基地。',
        '| 光伏 | 樾光丙区光伏治沙项目 | 戊己丁区光伏电站 |',
      ],
      identity('city', '甲乙市'),
    );
    expect(read).toEqual(expect.arrayContaining(['甲乙经济技术开发区/area-in-list', '甲乙能源化工基地/area-in-list']));
    expect(read.join()).not.toMatch(/设有|樾光|戊己/);
  });

  it('reads a science city as an area where its 管委会 is named, and not one a box builds', () => {
    const district = names(
      [
        '各街道办事处，丙镇人民政府，甲乙高新技术产业园区管委会、丁戊科学城管委会，区政府各部门：',
        '全区辖甲城街道、乙园街道2个街道和丙镇1个镇，设有甲乙高新技术产业园区和丁戊科学城。',
      ],
      identity('county', '甲乙区'),
    );
    expect(district).toEqual(expect.arrayContaining(['丁戊科学城/area-in-list']));
    const city = names(
      ['推进甲乙区数字经济产业园二期、丙丁县生物中试平台、戊己科学城建设。'],
      identity('city', '戊己市'),
    );
    expect(city.join()).not.toMatch(/科学城/);
  });

  it('reads an autonomous county whose people is written without 族 (甲乙蒙古自治县) with its short forms', () => {
    const district = names(['甲丙县、甲乙蒙古自治县人民政府，市政府各部门：'], identity('city', '甲州市'));
    expect(district).toEqual(expect.arrayContaining(['甲乙蒙古自治县/area-in-list']));
  });

  it("reads a city's airport economy zone (甲州航空港经济综合实验区) and a 综合实验区 as its areas", () => {
    const district = names(
      ['各县（市、区）人民政府，甲州高新技术产业开发区管委会、甲州航空港经济综合实验区管委会、乙丙综合实验区管委会：'],
      identity('city', '甲州市'),
    );
    expect(district).toEqual(
      expect.arrayContaining(['甲州航空港经济综合实验区/area-in-list', '乙丙综合实验区/area-in-list']),
    );
  });

  it('reads sub-districts and towns whose stem ends in a port, a garden or a camp (新港街道, 花园镇)', () => {
    expect(names(['中心城区：甲港街道、乙园街道、丙营镇。'], identity('county', '某某市'))).toEqual([
      '甲港街道/area-in-list',
      '乙园街道/area-in-list',
      '丙营镇/area-in-list',
    ]);
  });

  it('takes no port area (X港区) for an area', () => {
    expect(names(['推进甲乙区、丙丁港区、戊己县协同发展。'], identity('city', '某某市'))).toEqual([
      '甲乙区/area-heads-list-items',
      '戊己县/area-heads-list-items',
    ]);
  });

  it('takes no industrial quarter (老工业区) for an area', () => {
    expect(names(['涉及甲乙区、老工业区、丙丁县。'], identity('city', '某某市'))).toEqual([
      '甲乙区/area-in-list',
      '丙丁县/area-in-list',
    ]);
  });

  it('reads the area after a joiner that follows a bracket, and areas heading the items of 改扩建', () => {
    expect(
      names(
        [
          '“两园”即桫岭经济开发区（桫岭经开区）和椪溪工业园区。',
          '新建县第三中学，改扩建桫城镇第二小学、楂坪镇中心学校。',
        ],
        identity('county', '桫岭县'),
      ),
    ).toEqual([
      // 桫岭经开区 in its bracket is the same park's short form, no area of its own.
      '桫岭经济开发区/area-in-list',
      '椪溪工业园区/area-in-list',
      '桫城镇/area-heads-list-items',
      '楂坪镇/area-heads-list-items',
    ]);
  });

  it('reads the area a box of its projects is titled by, but not a sector that looks like one', () => {
    expect(
      names(
        ['专栏7椪溪镇重点项目', '专栏8水利和城乡建设重点项目', '专栏9篁坳镇竹产业重点项目'],
        identity('county', '桫岭县'),
      ),
    ).toEqual(['椪溪镇/area-heads-paragraph']);
  });

  it("reads a city plan's districts, counties and zones where they stand on their own", () => {
    expect(
      names(
        [
          '推动东湖区、西岭县、南溪市协同发展，加强高新区建设。',
          '推进东湖区特种合金基地、经开区智慧物流园等项目建设。',
          '西岭县要立足生态优势，发展绿色食品产业。',
          '〔责任单位：市工信局，北塘区人民政府〕',
          '坚持文化立市、贸易兴市，建设老旧小区、老旧街区。',
        ],
        identity('city', '青山市'),
      ),
    ).toEqual([
      '东湖区/area-in-list',
      '西岭县/area-in-list',
      '南溪市/area-heads-list-items',
      '经开区/area-heads-list-items',
      '北塘区/area-in-list',
    ]);
  });

  it("reads a county plan's towns and parks, and not its own county or city", () => {
    expect(
      names(
        [
          '推动青山市西岭县城关镇、石门乡、河西街道一体发展。',
          '西岭县工业园区要做强主导产业。',
          '鹤岭镇：建设茶叶加工园。',
        ],
        identity('county', '西岭县', '青山市'),
      ),
    ).toEqual([
      '城关镇/area-in-list',
      '石门乡/area-in-list',
      '河西街道/area-heads-list-items',
      '西岭县工业园区/area-heads-paragraph',
      '鹤岭镇/area-heads-paragraph',
    ]);
  });

  it("reads a banner's 苏木 as its areas, a park the addressees name by its 管委会, and no 苏木镇 of a kind", () => {
    expect(
      names(
        [
          '甲乙镇、丙丁苏木、戊己苏木人民政府，某某工业园区、某某绒乳产业园管委会，旗直各部门：',
          '完善苏木镇综合文化站功能。',
        ],
        identity('county', '某某旗'),
      ).sort(),
    ).toEqual(
      [
        '甲乙镇/area-in-list',
        '丙丁苏木/area-in-list',
        '戊己苏木/area-in-list',
        '某某工业园区/area-in-list',
        '某某绒乳产业园/area-in-list',
      ].sort(),
    );
  });

  it('reads each park of a 、-run the addressees close with one 管委会', () => {
    expect(
      names(
        ['各区、县（市）人民政府，甲乙经济技术开发区、甲乙循环经济产业园、甲乙综合保税区管委会，市政府各部门：'],
        identity('city', '甲乙市'),
      ),
    ).toEqual(expect.arrayContaining(['甲乙循环经济产业园/area-in-list']));
  });

  it('reads a port area the addressees name by its 管委会', () => {
    expect(
      names(
        ['各县（市、区）人民政府，甲乙高新技术产业开发区管委会、丙口港区管委会，市政府各部门：'],
        identity('city', '甲乙市'),
      ),
    ).toEqual(expect.arrayContaining(['丙口港区/area-in-list']));
  });

  it("reads a province's cities, autonomous prefectures and the zones it runs, and a prefecture named with its short form", () => {
    const province = identity('province', '某某省');
    expect(
      names(
        [
          '各市、自治州人民政府，甲乙新区管委会，省政府各部门：',
          '推动丙丁市、戊己土家族苗族自治州、甲乙新区、丙丁综合保税区协同发展。',
          '西翼以庚辛苗族自治州（庚辛州）为主体，建设清洁能源基地。',
        ],
        province,
      ),
    ).toEqual([
      '甲乙新区/area-in-list',
      '丙丁市/area-in-list',
      '戊己土家族苗族自治州/area-in-list',
      '丙丁综合保税区/area-heads-list-items',
      '庚辛苗族自治州/area-with-short-form',
    ]);
    expect(names(['西翼以庚辛苗族自治州（壬癸州）为主体。'], province)).toEqual([]);
  });

  it('reads a chemical park (化工园区) as a park of a county plan', () => {
    expect(names(['“两园”即西岭县能源化工园区和西岭县稀土产业园区。'], identity('county', '西岭县', '青山市'))).toEqual(
      ['西岭县能源化工园区/area-in-list', '西岭县稀土产业园区/area-in-list'],
    );
  });

  it('reads a central business district with a 管委会 of its own as an area, by its stem', () => {
    expect(
      names(
        ['各街道办事处、镇人民政府，甲乙经济开发区管委会、丙丁中央商务区管委会，区政府各部门：'],
        identity('county', '某某区', '青山市'),
      ),
    ).toEqual(['甲乙经济开发区/area-in-list', '丙丁中央商务区/area-in-list']);
  });

  it('reads no area from a count of areas (统筹三区、两县)', () => {
    expect(names(['统筹三区、两县协同发展，推动东湖区、西岭县一体化。'], identity('city', '青山市'))).toEqual([
      '东湖区/area-heads-list-items',
      '西岭县/area-heads-list-items',
    ]);
  });

  it('reads towns whose stem ends in 城, but no old town (古镇) nor an opening verb as an area', () => {
    expect(
      names(
        ['实施凤城镇、龙湾乡道路改造。', '推进禾城街道、禾东街道雨污分流改造，建设青螺古镇、茶垄镇游客中心。'],
        identity('county', '西岭县', '青山市'),
      ),
    ).toEqual([
      '凤城镇/area-heads-list-items',
      '龙湾乡/area-heads-list-items',
      '禾城街道/area-heads-list-items',
      '禾东街道/area-heads-list-items',
    ]);
  });

  it('reads no area from the short forms a bracket gives the area before it, nor from a rank (国家级开发区)', () => {
    expect(
      names(
        [
          '甲州经济技术开发区（简称甲州经开区、经开区）是国家级经济技术开发区，位于东湖区西侧。',
          '南部湖泊草原区：丙源藏族自治县（丙源县、丙源）、西岭县（西岭）环抱丁湖。',
        ],
        identity('city', '甲州市'),
      ),
    ).toEqual(['甲州经济技术开发区/area-heads-paragraph', '丙源藏族自治县/area-in-list', '西岭县/area-in-list']);
  });

  it('gives an area the short forms the plan gives it in a bracket, a park its addressees named before too', () => {
    const read = readPlanAreas(
      [
        '东湖区人民政府，丙源藏族自治县人民政府，甲滩循环经济产业园管委会：',
        '丙源藏族自治县（丙源县、丙源）环抱丁湖。甲滩循环经济产业园（简称甲滩园区、循环园）位于戊湖北岸。',
      ].map((text, i) => ({ line: i + 1, text })),
      identity('city', '甲州市'),
    );
    expect(read.map((a) => [a.name, a.shortForms])).toEqual([
      ['东湖区', undefined],
      ['丙源藏族自治县', ['丙源县', '丙源']],
      ['甲滩循环经济产业园', ['甲滩园区', '循环园']],
    ]);
  });

  it('reads sub-districts counted in full once, and no rank, route word or kind of township as an area', () => {
    const read = names(
      [
        '全市辖甲城街道、乙园街道、丙园街道、丁城街道4个街道，戊口镇、己关镇2个镇和庚庄回族乡。',
        '甲州经济开发区（简称甲州经开区）是省级经济开发区。实施G233国道改线工程（途经戊口镇、己关镇）。',
        '东部片区：戊口镇（戊口）建设食材产业园；庚庄回族乡（庚庄）是全市唯一的民族乡，发展清真食品。',
      ],
      identity('county', '甲州市'),
    ).map((area) => area.split('/')[0]);
    expect(read).toEqual(expect.arrayContaining(['乙园街道', '丙园街道', '戊口镇', '己关镇']));
    expect(read.filter((name) => /街道街道|级|途经|^民族乡$/.test(name))).toEqual([]);
  });

  it('reads districts counted in full even where a stem ends like a port, and no verb or part of the territory', () => {
    const read = names(
      [
        '全市辖甲城区、乙港区、丙口区3个区，丁岭县、戊洋县2个县。',
        '做强甲乙经济技术开发区、甲乙综合保税区和己屿新区。',
        '丁岭县（丁岭）位于西部山区。',
      ],
      identity('city', '甲乙市'),
    ).map((area) => area.split('/')[0]);
    expect(read).toEqual(expect.arrayContaining(['甲城区', '乙港区', '丙口区', '甲乙经济技术开发区']));
    expect(read.filter((name) => /做强|山区/.test(name))).toEqual([]);
    // A port's area is no district when nothing counts it as one.
    expect(names(['建设甲城区、乙港区、丙口区码头。'], identity('city', '甲乙市')).join()).not.toContain('乙港区');
  });

  it('still reads no district from a town area of a city plan (县城区, 古城区)', () => {
    expect(
      names(['推进县城区、古城区、老城区、南溪城区更新，建设东湖区、西岭县产业园。'], identity('city', '青山市')),
    ).toEqual(['东湖区/area-heads-list-items', '西岭县/area-heads-list-items']);
  });
});

describe('areas of a spatial chapter and of numbered items', () => {
  it('reads areas joined by 和 and named by their seat, but keeps a name holding 和 whole', () => {
    expect(
      names(['“两副”即南溪市城区和西岭县城；', '推动和平区、北塘区协同发展。'], identity('city', '青山市')),
    ).toEqual([
      '南溪市/area-in-list',
      '西岭县/area-in-list',
      '和平区/area-heads-list-items',
      '北塘区/area-heads-list-items',
    ]);
  });

  it('reads a district whose proper stem ends in 城, areas after 跨 or a qualifier, and a lone park of the addressee line', () => {
    expect(
      names(
        [
          '各乡镇人民政府、街道办事处，西岭县能源化工园区管委会，县政府各部门：',
          '“一城”即环湖的鹿城镇、龙川镇；建设甲乙公路，跨石门乡和河西街道。',
        ],
        identity('county', '西岭县', '青山市'),
      ),
    ).toEqual([
      '西岭县能源化工园区/area-in-list',
      '鹿城镇/area-in-list',
      '龙川镇/area-in-list',
      '石门乡/area-in-list',
      '河西街道/area-in-list',
    ]);
    expect(names(['推动鹿城区、东城区、北塘区协同发展。'], identity('city', '青山市'))).toEqual([
      '鹿城区/area-heads-list-items',
      '北塘区/area-heads-list-items',
    ]);
  });

  it("reads a league's banners, a banner's short form abbreviating it and a port's zone, but no pastoral area", () => {
    const read = names(
      [
        '总面积6.8万平方公里，辖骜城区、旄浩特市、罴勒左旗、毵图旗，设有骜原经济技术开发区和翃尔口岸经济区。',
        '东部草原区：罴勒左旗（罴左旗）旗政府驻鞒图镇。',
        '推进农村牧区、美丽牧区、骜原自治区建设。',
      ],
      identity('city', '骜原盟'),
    );
    expect(read).toEqual([
      '骜城区/area-in-list',
      '旄浩特市/area-in-list',
      '罴勒左旗/area-in-list',
      '毵图旗/area-in-list',
      '骜原经济技术开发区/area-in-list',
      '翃尔口岸经济区/area-in-list',
    ]);
    const banner = readPlanAreas(
      ['辖罴勒左旗、毵图旗。', '罴勒左旗（罴左旗）旗政府驻鞒图镇。'].map((text, i) => ({ line: i + 1, text })),
      identity('city', '骜原盟'),
    ).find((a) => a.name === '罴勒左旗');
    expect(banner?.shortForms).toEqual(['罴左旗']);
  });

  it('reads no quarter of the seat (城东新区), route (甲城至经开区) or words before an area (横跨) as an area', () => {
    const read = names(
      [
        '全县总面积1200平方公里，辖甲城街道、乙园街道、丙桥街道。',
        '推进城东新区、甲城至经开区快速通道建设。',
        '丁河自北向南，横跨乙园街道、丙桥街道。',
      ],
      identity('county', '甲乙县'),
    );
    expect(read).toEqual(['甲城街道/area-in-list', '乙园街道/area-in-list', '丙桥街道/area-in-list']);
  });

  it('reads an area heading a numbered item', () => {
    expect(names(['2. 西岭县：建设绿色食品产业园。'], identity('city', '青山市'))).toEqual([
      '西岭县/area-heads-paragraph',
    ]);
  });

  it('reads an area that is a numbered sub-heading of its own, but not a bare name without a number', () => {
    expect(
      names(['（二）北塘区', '推进北塘渔港经济区建设。', '（三）南溪城区', '西岭县'], identity('city', '青山市')),
    ).toEqual(['北塘区/area-heads-paragraph']);
  });
});
