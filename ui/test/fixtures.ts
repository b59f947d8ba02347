import { SearchQuery } from '../src/common/search.graphql';
import {
  FacetsQuery,
  LinkQuery,
  NodeQuery,
  NeighborhoodQuery,
  OverlapGroupMembersQuery,
  OverviewQuery,
  PanelProjectsQuery,
  ProjectDetailQuery,
  SummaryQuery,
} from '../src/network/network.graphql';
import { DistrictIndustryMatrixQuery, OverlapsQuery } from '../src/overlaps/overlaps.graphql';
import { DistrictsQuery, IndustriesWithIndicatorsQuery, ProjectsQuery } from '../src/portfolio/portfolio.graphql';
import { OtherPlansQuery } from '../src/plans/plans.graphql';
import { ProjectNameQuery, ResponsibilityChainQuery } from '../src/responsibility/responsibility.graphql';
import { answer, evidence, type MockAnswer } from './mockClient';

/** One small plan as the API returns it, answering every document of the network, portfolio and overlaps views. */
const industries = [
  { code: 'ceramics', zh: '陶瓷', en: 'Ceramics', projectCount: 2 },
  { code: 'transport', zh: '交通', en: 'Transport', projectCount: 1 },
];
/**
 * The targets of 陶瓷 as the API returns them: one whose name and unit the importer has English
 * for, and one whose name no term covers (shown as written, marked as Chinese).
 */
const indicators = [
  {
    id: 'indicator:10',
    number: 10,
    part: 1,
    category: '经济发展',
    name: '陶瓷产业总产值',
    nameEn: 'gross output value of the ceramics industry',
    unit: '亿元',
    unitEn: '100 million yuan',
    value2025: '1000左右',
    value2030: '1300左右',
    target: null,
    attribute: '预期性',
  },
  {
    id: 'indicator:11',
    number: 11,
    part: 1,
    category: '经济发展',
    name: '日用瓷出口占比',
    nameEn: null,
    unit: '%',
    unitEn: '%',
    value2025: '30',
    value2030: '35',
    target: null,
    attribute: '约束性',
  },
];
/** The Chinese names and units of the targets that have English: the English UI must not show them. */
export const INDICATOR_WORDS = indicators.flatMap((i) => (i.nameEn ? [i.name, i.unit] : []));
const project = {
  id: 'project:御窑厂遗址保护展示工程',
  name: '御窑厂遗址保护展示工程',
  tier: 'A' as const,
  box: 14,
  boxes: [14],
  boxLabels: ['14'],
  item: 3,
};
/** Each slice node's properties, as NodeQuery answers them. */
const nodeData: Record<string, string> = {
  [project.id]: JSON.stringify({ id: project.id, name: project.name, tier: 'A' }),
  'region:360203': '{"name":"珠山区","kind":"district"}',
  'industry:ceramics': '{"code":"ceramics","zh":"陶瓷","en":"Ceramics"}',
};

const slice = {
  nodes: [
    { id: project.id, label: project.name, type: 'Project' as const, zh: null, en: null },
    { id: 'region:360203', label: '珠山区', type: 'Region' as const, zh: null, en: null },
    { id: 'industry:ceramics', label: '陶瓷', type: 'Industry' as const, zh: '陶瓷', en: 'Ceramics' },
  ],
  edges: [
    {
      id: 'e1',
      source: project.id,
      target: 'region:360203',
      type: 'IN_DISTRICT',
      basis: 'DERIVED' as const,
      role: null,
    },
    {
      id: 'e2',
      source: project.id,
      target: 'industry:ceramics',
      type: 'IN_INDUSTRY',
      basis: 'STATED' as const,
      role: null,
    },
  ],
  truncated: false,
  limit: 1500,
};
const quote = evidence('推进御窑厂遗址保护展示工程，打造连片考古遗址公园群。', 529);

const node = (id: string, type: string, name: string) => ({ id, type, name });
const district = node('region:珠山区', 'Region', '珠山区');
const government = node('unit:珠山区人民政府', 'Unit', '珠山区人民政府');
const noProfile = { sourceZh: null, sourceEn: null, saysZh: null, saysEn: null };
/** A derived step resting on a gazette sentence and a city profile entry, as the API serves it. */
const governs = {
  ...evidence(
    quote.quote,
    529,
    'DERIVED',
    'DISTRICT_GOVERNMENT_OF_LOCATED_PROJECT',
    '项目所在县（市、区）的政府',
    'government of the district the project is in',
  ),
  whyZh: '依据：该项目位于珠山区，珠山区由珠山区人民政府管辖（城市资料）',
  whyEn: 'The project lies in 珠山区, which 珠山区人民政府 governs (city profile)',
  premises: [
    {
      kind: 'GAZETTE' as const,
      document: 'doc:plan',
      documentTitle: '景德镇市国民经济和社会发展第十五个五年规划纲要',
      documentLine: 470,
      line: 529,
      quote: quote.quote,
      ...noProfile,
    },
    {
      kind: 'PROFILE' as const,
      document: 'data/city/jingdezhen.json',
      documentTitle: null,
      documentLine: null,
      line: 0,
      quote: 'districts: 珠山区 → 珠山区人民政府',
      saysZh: '珠山区由珠山区人民政府管辖',
      saysEn: '珠山区人民政府 governs 珠山区',
      sourceZh: '常识：景德镇市辖区（江西省行政区划），由珠山区人民政府管辖',
      sourceEn:
        'common knowledge: a municipal district of 景德镇市 (administrative divisions of Jiangxi), governed by 珠山区人民政府',
    },
  ],
};
const step = (
  from: ReturnType<typeof node>,
  to: ReturnType<typeof node>,
  relation: string,
  relationZh: string,
  relationEn: string,
  e: typeof quote,
) => ({
  from,
  to,
  relation,
  relationZh,
  relationEn,
  basis: e.basis,
  evidence: e,
});
const start = node(project.id, 'Project', project.name);
/** One chain through a derived step and one that stops, with their notes in both languages. */
const chains = [
  {
    status: 'REACHES_TOP_DERIVED' as const,
    complete: true,
    derivedSteps: [0],
    noteZh: null,
    noteEn: null,
    stopsAt: null,
    steps: [
      step(start, government, 'RESPONSIBLE', '由其负责', 'answered for by', governs),
      step(
        government,
        node('unit:景德镇市人民政府', 'Unit', '景德镇市人民政府'),
        'REPORTS_TO',
        '对其负责',
        'reports to',
        evidence('景德镇市人民政府关于印发规划纲要的通知 各县（市、区）人民政府', 62),
      ),
    ],
  },
  {
    status: 'STOPS' as const,
    complete: false,
    derivedSteps: [],
    noteZh: '来源文件没有写明管辖珠山区的政府或管委会。',
    noteEn: 'The sources name no government or committee that governs 珠山区.',
    stopsAt: district,
    steps: [step(start, district, 'IN_DISTRICT', '位于', 'lies in', quote)],
  },
];

export function planAnswers(): MockAnswer[] {
  return [
    answer(FacetsQuery, () => ({
      industries,
      districts: [{ name: '珠山区', kind: 'district', projectCount: 1 }],
      boxes: [{ number: 14, label: '14', title: '文化遗产保护利用', projectCount: 1 }],
      chapters: [],
      units: [{ id: 'unit:市文广新旅局', name: '市文广新旅局', kind: 'DEPARTMENT' as const, aliases: [] }],
    })),
    answer(SummaryQuery, () => ({
      industries,
      districts: [{ name: '珠山区', projectCount: 1 }],
      boxes: [{ number: 14, label: '14', title: '文化遗产保护利用', projectCount: 1 }],
      districtIndustryMatrix: [
        { district: '珠山区', industry: 'ceramics', count: 1 },
        { district: null, industry: 'transport', count: 1 },
      ],
    })),
    answer(OverviewQuery, () => ({ overview: slice })),
    answer(NeighborhoodQuery, () => ({
      neighborhood: { ...slice, edges: slice.edges.map((e) => ({ ...e, evidence: quote })) },
    })),
    answer(NodeQuery, ({ id }) => ({ node: nodeData[id] ? { id, data: nodeData[id] } : null })),
    answer(LinkQuery, ({ id }) => ({
      link: {
        id,
        type: 'IN_DISTRICT',
        role: null,
        basis: 'DERIVED' as const,
        evidence: evidence(
          quote.quote,
          529,
          'DERIVED',
          'PLACE_DISTRICT',
          '地名所在县（市、区）（城市资料）',
          'district of a place (city profile)',
        ),
      },
    })),
    answer(OverlapGroupMembersQuery, () => ({ overlaps: [] })),
    answer(SearchQuery, () => ({ search: [] })),
    answer(ResponsibilityChainQuery, () => ({ responsibilityChain: chains })),
    answer(ProjectNameQuery, () => ({ project: { id: project.id, name: project.name, boxes: project.boxes } })),
    answer(OtherPlansQuery, () => ({ project: { id: 'project:yyc', otherPlans: [] } })),
    answer(ProjectDetailQuery, () => ({
      project: {
        ...project,
        kind: null,
        facilityKind: null,
        chapterPath: [{ id: 'chapter:p5', level: 'PART' as const, number: 5, title: '建设世界著名陶瓷文化中心' }],
        industries: [
          {
            code: 'ceramics',
            zh: '陶瓷',
            evidence: evidence(
              quote.quote,
              529,
              'DERIVED',
              'INDUSTRY_KEYWORD',
              '项目名称含产业关键词',
              'project name holds an industry keyword',
            ),
          },
        ],
        districts: [
          {
            name: '珠山区',
            evidence: evidence(
              quote.quote,
              529,
              'DERIVED',
              'PLACE_DISTRICT',
              '地名所在县（市、区）（城市资料）',
              'district of a place (city profile)',
            ),
          },
        ],
        places: [],
        units: [
          {
            role: 'implementing',
            unit: {
              id: 'unit:市文广新旅局',
              name: '市文广新旅局',
              kind: 'DEPARTMENT' as const,
              aliases: [],
              duties: null,
            },
            evidence: evidence(
              quote.quote,
              529,
              'DERIVED',
              'PROJECT_ORG',
              '项目名称中的单位',
              'organisation in the project name',
            ),
          },
        ],
        mentions: [{ box: 14, boxLabel: '14', item: 3, line: 529, quote: quote.quote }],
        evidence: quote,
      },
      industries: industries.map(({ code, en }) => ({ code, en })),
    })),
    answer(PanelProjectsQuery, () => ({
      projects: { totalCount: 1, nodes: [{ ...project, industries: [{ code: 'ceramics', zh: '陶瓷' }] }] },
      industries,
    })),
    answer(IndustriesWithIndicatorsQuery, () => ({
      industries: industries.map((i) => ({ ...i, indicators: i.code === 'ceramics' ? indicators : [] })),
    })),
    answer(DistrictsQuery, () => ({ districts: [{ name: '珠山区', kind: 'district', projectCount: 1 }] })),
    answer(ProjectsQuery, () => ({
      projects: {
        totalCount: 1,
        nodes: [
          {
            ...project,
            industries: [{ code: 'ceramics', zh: '陶瓷' }],
            districts: [{ name: '珠山区' }],
            units: [{ role: 'implementing', unit: { id: 'unit:市文广新旅局', name: '市文广新旅局' } }],
          },
        ],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    })),
    answer(DistrictIndustryMatrixQuery, () => ({
      districtIndustryMatrix: [
        { district: '珠山区', industry: 'ceramics', count: 1 },
        { district: null, industry: 'transport', count: 1 },
      ],
      industries,
    })),
    answer(OverlapsQuery, () => ({
      overlapPage: {
        totalCount: 1,
        hasNextPage: false,
        endCursor: null,
        groups: [
          {
            kind: 'SAME_KIND_ACROSS_DISTRICTS' as const,
            key: 'wastewater-plant',
            districts: ['乐平市', '浮梁县'],
            facilityKind: { id: 'wastewater-plant', zh: '污水处理厂', en: 'Sewage treatment plant' },
            projectCount: 1,
            projects: [
              { id: 'project:p7', name: '乐平市污水处理厂扩建', boxLabels: ['20'], districts: [{ name: '乐平市' }] },
            ],
          },
        ],
      },
    })),
  ];
}
