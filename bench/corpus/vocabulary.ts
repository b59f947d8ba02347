/**
 * The words generated plans are made of: for each of the 27 industries of data/industries.tsv, the
 * title of a box that files projects under it, its item headings, and the facility kinds its
 * projects are (the same kinds recur in every region, as in real plans). Titles and headings use
 * the wording real plans use, so the reader files them as it would a real box.
 */
export interface Sector {
  /** Industry code of data/industries.tsv. */
  code: string;
  boxTitle: string;
  items: string[];
  kinds: string[];
  /** What a table's 建设内容 cell says about a project of this sector. */
  content: string[];
}

export const SECTORS: readonly Sector[] = [
  {
    code: 'ceramics',
    boxTitle: '陶瓷产业振兴工程',
    items: ['产业集聚', '文化创意'],
    kinds: ['陶瓷产业园', '陶瓷创意街区', '先进陶瓷基地', '日用陶瓷智能工厂'],
    content: ['新建生产线及配套设施', '改造窑炉和厂房'],
  },
  {
    code: 'aviation',
    boxTitle: '航空产业发展工程',
    items: ['整机制造', '低空经济'],
    kinds: ['航空产业园', '通用机场', '无人机测试基地', '低空飞行服务站'],
    content: ['建设跑道、机库及配套设施', '建设总装厂房和试飞设施'],
  },
  {
    code: 'chem-pharma',
    boxTitle: '精细化工和医药产业提升工程',
    items: ['化工园区', '医药制造'],
    kinds: ['精细化工园', '原料药生产基地', '医药产业园', '制剂生产线'],
    content: ['建设生产车间和仓储设施', '建设环保处理设施'],
  },
  {
    code: 'new-materials',
    boxTitle: '新兴产业培育工程',
    items: ['未来材料'],
    kinds: ['新材料产业园', '特种合金生产线', '石墨烯中试基地'],
    content: ['建设中试线和研发楼', '新建标准厂房'],
  },
  {
    code: 'bio',
    boxTitle: '生物制造培育工程',
    items: ['未来生物'],
    kinds: ['生物制造产业园', '合成生物中试平台', '生物发酵基地'],
    content: ['建设发酵车间和中试平台', '建设研发及检测用房'],
  },
  {
    code: 'electronics',
    boxTitle: '电子信息产业壮大工程',
    items: ['电子元器件', '智能终端'],
    kinds: ['电子信息产业园', '集成电路封测基地', '智能终端产业园'],
    content: ['建设洁净厂房和生产线', '新建研发中心及厂房'],
  },
  {
    code: 'machinery',
    boxTitle: '装备制造产业提升工程',
    items: ['智能装备', '农机装备'],
    kinds: ['装备制造产业园', '智能装备基地', '农机装备生产线'],
    content: ['建设装配车间和试验场', '建设标准厂房及配套'],
  },
  {
    code: 'auto',
    boxTitle: '汽车产业发展工程',
    items: ['整车制造', '零部件'],
    kinds: ['汽车零部件产业园', '新能源汽车生产基地'],
    content: ['建设冲压、焊装、总装车间', '建设零部件生产线'],
  },
  {
    code: 'building-materials',
    boxTitle: '绿色建材产业工程',
    items: ['绿色建材'],
    kinds: ['绿色建材产业园', '装配式建筑生产基地'],
    content: ['建设预制构件生产线', '建设绿色建材生产线'],
  },
  {
    code: 'culture-tourism',
    boxTitle: '文化旅游融合发展工程',
    items: ['景区提升', '品牌活动'],
    kinds: ['旅游景区', '古镇文化街区', '研学旅游基地', '文化旅游节'],
    content: ['建设游客中心和旅游步道', '提升景区配套设施'],
  },
  {
    code: 'services',
    boxTitle: '现代服务业提升工程',
    items: ['特色服务业'],
    kinds: ['商业综合体', '检验检测中心', '工业设计中心', '星级酒店'],
    content: ['建设商业及办公用房', '建设检测实验室'],
  },
  {
    code: 'logistics',
    boxTitle: '物流枢纽建设工程',
    items: ['物流枢纽'],
    kinds: ['物流园', '冷链物流中心', '快递物流分拨中心'],
    content: ['建设仓储、分拨及配送设施', '建设冷库和分拣中心'],
  },
  {
    code: 'digital',
    boxTitle: '数字经济发展工程',
    items: ['数据基础设施', 'AI赋能'],
    kinds: ['数据中心', '算力中心', '数字产业园', '工业互联网平台'],
    content: ['建设机房及算力设备', '建设数据平台'],
  },
  {
    code: 'sci-tech',
    boxTitle: '科技创新平台建设工程',
    items: ['创新平台'],
    kinds: ['重点实验室', '产业技术研究院', '科技企业孵化器', '工程技术中心'],
    content: ['建设研发楼和公共实验平台', '建设孵化用房'],
  },
  {
    code: 'education',
    boxTitle: '教育强基工程',
    items: ['义务教育', '职业教育'],
    kinds: ['实验学校', '职业技术学院', '第二中学', '公办幼儿园'],
    content: ['新建教学楼、宿舍及运动场', '改扩建校舍'],
  },
  {
    code: 'transport',
    boxTitle: '综合交通建设工程',
    items: ['铁路', '公路'],
    kinds: ['高速公路', '铁路专用线', '客运枢纽', '国道改建工程'],
    content: ['新建路基、桥梁及互通', '建设站房和停车场'],
  },
  {
    code: 'water',
    boxTitle: '水利基础设施工程',
    items: ['防洪', '水资源'],
    kinds: ['水库', '灌区续建配套与现代化改造', '防洪治理工程', '引调水工程'],
    content: ['建设大坝、溢洪道及输水设施', '加固堤防，整治河道'],
  },
  {
    code: 'energy',
    boxTitle: '现代能源保障工程',
    items: ['能源'],
    kinds: ['光伏电站', '风电场', '抽水蓄能电站', '储能电站'],
    content: ['建设发电机组及升压站', '建设储能设施'],
  },
  {
    code: 'agriculture',
    boxTitle: '乡村振兴重点工程',
    items: ['现代农业', '农村建设'],
    kinds: ['现代农业产业园', '粮食产业园', '高标准农田', '生态养殖基地'],
    content: ['建设高标准农田和灌排设施', '建设加工及冷链设施'],
  },
  {
    code: 'urban',
    boxTitle: '城市更新行动工程',
    items: ['城镇老旧小区', '城市基础设施'],
    kinds: ['污水处理厂', '供水厂', '老旧小区改造', '垃圾焚烧发电厂'],
    content: ['建设处理设施及配套管网', '改造小区道路、管网及立面'],
  },
  {
    code: 'environment',
    boxTitle: '生态环境保护工程',
    items: ['固废', '生态保护'],
    kinds: ['固废综合处置中心', '矿山生态修复工程', '湿地公园'],
    content: ['建设处置线及填埋场', '修复生态，治理水土流失'],
  },
  {
    code: 'health',
    boxTitle: '健康城市建设工程',
    items: ['医疗卫生'],
    kinds: ['人民医院', '中医院', '疾控中心', '急救中心'],
    content: ['新建门诊医技楼和住院楼', '改扩建业务用房'],
  },
  {
    code: 'elderly-childcare',
    boxTitle: '人口服务体系工程',
    items: ['养老', '托育'],
    kinds: ['养老服务中心', '托育综合服务中心', '康养中心'],
    content: ['建设养老床位及护理用房', '建设托位和活动用房'],
  },
  {
    code: 'housing',
    boxTitle: '民生幸福工程',
    items: ['保障性住房'],
    kinds: ['保障性租赁住房', '人才公寓', '安置房'],
    content: ['建设住房及配套设施', '新建住宅楼'],
  },
  {
    code: 'public-culture',
    boxTitle: '公共文化服务工程',
    items: ['公共文化', '体育'],
    kinds: ['图书馆', '文化馆', '体育公园', '全民健身中心'],
    content: ['新建馆舍及室外场地', '建设运动场地和步道'],
  },
  {
    code: 'safety',
    boxTitle: '平安建设工程',
    items: ['防灾减灾'],
    kinds: ['应急救援指挥中心', '消防救援站', '地质灾害防治工程'],
    content: ['建设指挥用房和物资储备库', '建设营房及训练设施'],
  },
  {
    code: 'opening',
    boxTitle: '开放合作平台工程',
    items: ['外贸'],
    kinds: ['综合保税区', '跨境电商产业园', '出口基地', '海外仓'],
    content: ['建设监管仓库及查验设施', '建设仓储及展示用房'],
  },
];

/** Invented firm-name endings: a firm named in a project is its owner (orgs). */
export const FIRM_ENDINGS = ['科技', '集团', '股份', '实业', '控股'];

/** Verbs that open an enumeration of projects, as plans write them. */
export const LIST_VERBS = ['推进', '加快推进', '实施', '建设', '加快建设', '推动实施'];

/** Departments that answer for projects in a table's 责任单位 cell, by the plan's own prefix. */
export const DEPARTMENTS = [
  '发改委',
  '工信局',
  '住建局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '文广新旅局',
  '卫健委',
  '教育局',
  '生态环境局',
];
