import { render, screen } from '@testing-library/react';
import { answer, evidence, mockClient, Wrapper } from '../../test/mockClient';
import type { ChainPathPartsFragment as ChainPath, EvidencePartsFragment as Evidence } from '../gql/graphql';
import { PathQuery, ProjectNameQuery, ResponsibilityChainQuery } from './responsibility.graphql';
import type { Lang } from '../i18n/messages';
import { buildChainTree } from './chainTree';
import { ResponsibilityView } from './ResponsibilityView';

const project = { id: 'p1', type: 'Project', name: '景德镇罗家机场改扩建工程' };
const unit = { id: 'u1', type: 'Unit', name: '市交通运输局' };
const bureau = { id: 'u3', type: 'Unit', name: '市工业和信息化局' };
const city = { id: 'u0', type: 'Unit', name: '景德镇市人民政府' };
const firm = { id: 'u2', type: 'Unit', name: '富祥药业' };

const noProfile = { sourceZh: null, sourceEn: null, saysZh: null, saysEn: null };
const words = { ruleZh: '年度工作要点〔责任单位〕', ruleEn: 'responsible units of a work point' };
/** A derived step through a work point: why in both languages, a gazette and a profile premise. */
const derived: Evidence = {
  ...evidence('〔责任单位：工信局、国家试验区管委办〕', 2153, 'DERIVED'),
  documentTitle: '2026年工作要点',
  documentLine: 41,
  alias: '工信局',
  rule: 'TASK_CHAIN',
  ruleZh: '项目所属产业链由该工作要点部署',
  ruleEn: 'the work point covers the project’s industry chain',
  whyZh: '依据：该项目属于“航空”产业，2026年工作要点第3项“优化提升传统产业”部署该产业链',
  whyEn: 'The project belongs to the Aviation industry; work point 3 of the 2026 action plan covers that chain',
  premises: [
    {
      kind: 'GAZETTE',
      document: 'doc:action-plan',
      documentTitle: '2026年工作要点',
      documentLine: 41,
      line: 2153,
      quote: '重点围绕陶瓷、航空、精细化工和医药三大主导产业',
      ...noProfile,
    },
    {
      kind: 'PROFILE',
      document: 'data/city/jingdezhen.json',
      documentTitle: null,
      documentLine: null,
      line: 0,
      quote: 'remit: aviation → 市工业和信息化局',
      saysZh: '“航空”领域由市工业和信息化局主管',
      saysEn: '市工业和信息化局 is in charge of the Aviation field',
      sourceZh: '常识：市工业和信息化局是市人民政府工作部门，其公开的职能配置涵盖该领域',
      sourceEn: 'common knowledge: published functions',
    },
  ],
};

const step = (
  from: typeof project,
  to: typeof unit,
  relation: string,
  relationZh: string,
  relationEn: string,
  e: Evidence,
) => ({
  from,
  to,
  relation,
  relationZh,
  relationEn,
  basis: e.basis,
  evidence: { ...words, ...e },
});

const chains: ChainPath[] = [
  {
    status: 'ALL_STATED',
    derivedSteps: [],
    noteZh: null,
    noteEn: null,
    stopsAt: null,
    complete: true,
    steps: [
      step(
        project,
        unit,
        'RESPONSIBLE',
        '由其负责',
        'answered for by',
        evidence('市交通运输局负责推进景德镇罗家机场改扩建工程。', 1033),
      ),
      step(unit, city, 'REPORTS_TO', '对其负责', 'reports to', evidence('景德镇市人民政府领导市交通运输局。', 12)),
    ],
  },
  {
    status: 'REACHES_TOP_DERIVED',
    derivedSteps: [0],
    noteZh: null,
    noteEn: null,
    stopsAt: null,
    complete: true,
    steps: [
      step(project, bureau, 'RESPONSIBLE', '由其负责', 'answered for by', derived),
      step(bureau, city, 'REPORTS_TO', '对其负责', 'reports to', evidence('景德镇市人民政府印发工作要点。', 2113)),
    ],
  },
  {
    status: 'STOPS',
    derivedSteps: [0],
    complete: false,
    stopsAt: firm,
    noteZh: '富祥药业是企业、院校或其他单位，不在市人民政府的隶属关系中。',
    noteEn: '富祥药业 is an enterprise outside the city government’s line.',
    steps: [
      step(
        project,
        firm,
        'RESPONSIBLE',
        '由其负责',
        'answered for by',
        evidence('推进富祥药业产品工艺装备提升。', 741, 'DERIVED'),
      ),
    ],
  },
];

function renderChains(lang: Lang) {
  window.history.replaceState(null, '', '/?view=responsibility&project=p1');
  const { client, calls } = mockClient(
    answer(ProjectNameQuery, () => ({ project: { id: 'p1', name: project.name, boxes: [9] } })),
    answer(ResponsibilityChainQuery, () => ({ responsibilityChain: chains })),
  );
  const view = render(
    <Wrapper client={client} lang={lang}>
      <ResponsibilityView />
    </Wrapper>,
  );
  return { calls, view };
}

describe('buildChainTree', () => {
  it('merges chains that share a start into one tree', () => {
    const roots = buildChainTree(chains);
    expect(roots).toHaveLength(1);
    expect(roots[0].node.name).toBe(project.name);
    expect(roots[0].children.map((c) => c.node.name)).toEqual(['市交通运输局', '市工业和信息化局', '富祥药业']);
    expect(roots[0].children[0].children[0].ends[0].status).toBe('ALL_STATED');
    expect(roots[0].children[2].ends[0].stopsAt?.name).toBe('富祥药业');
  });
});

describe('ResponsibilityView', () => {
  it('follows one chain of each status in Chinese, with why and premises of the derived step and no ids or English', () => {
    const { calls, view } = renderChains('zh');
    expect(calls.find((c) => c.name === 'ResponsibilityChain')?.variables).toEqual({ projectId: 'p1' });
    expect(screen.getByRole('heading', { name: /责任链条：景德镇罗家机场改扩建工程/ })).toBeInTheDocument();
    expect(screen.getByText('链条完整：每一步均有原文明示，直达市人民政府', { exact: false })).toBeInTheDocument();
    expect(
      screen.getByText('直达市人民政府，其中 1 步为推导：第1步（景德镇罗家机场改扩建工程 → 市工业和信息化局）', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('链条止于“富祥药业”', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/富祥药业是企业/)).toBeInTheDocument();
    expect(screen.getByText(/该项目属于“航空”产业/)).toBeInTheDocument();
    expect(
      screen.getByText(/《2026年工作要点》第 41 行（公报第 2153 行）/, { selector: 'figcaption' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/原文称“工信局”/)).toBeInTheDocument();
    expect(screen.getByText(/来自城市资料：“航空”领域由市工业和信息化局主管/)).toBeInTheDocument();
    expect(
      screen.getByText('来源：常识：市工业和信息化局是市人民政府工作部门，其公开的职能配置涵盖该领域'),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/由其负责/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '导出责任链条（CSV）' }).getAttribute('href')).toBe(
      '/export/chain.csv?project=p1&lang=zh',
    );
    // Neither rule ids nor English words: the only Latin letters are the profile's file name and the code CSV.
    const text = (view.container.textContent ?? '').replace(/data\/city\/jingdezhen\.json|CSV/g, '');
    expect(text).not.toMatch(/task-chain|box-item|[A-Za-z]{3,}/);
  });

  it('says the same in English', () => {
    renderChains('en');
    expect(screen.getByText(/Complete: every step stated/)).toBeInTheDocument();
    expect(
      screen.getByText(/through 1 derived step\(s\): step 1 \(景德镇罗家机场改扩建工程 → 市工业和信息化局\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Stops at “富祥药业”/)).toBeInTheDocument();
    expect(screen.getByText(/is an enterprise outside/)).toBeInTheDocument();
    expect(screen.getByText(/belongs to the Aviation industry/)).toBeInTheDocument();
    expect(
      screen.getByText(/From the city profile: 市工业和信息化局 is in charge of the Aviation field/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Source: common knowledge/)).toBeInTheDocument();
    expect(screen.getAllByText(/answered for by/).length).toBeGreaterThan(0);
  });

  it('says plainly that an unknown id names no project, apart from a project without a chain', () => {
    window.history.replaceState(null, '', '/?view=responsibility&project=deadbeef');
    const unknown = mockClient(
      answer(ProjectNameQuery, () => ({ project: null })),
      answer(ResponsibilityChainQuery, () => ({ responsibilityChain: [] })),
    );
    const { unmount } = render(
      <Wrapper client={unknown.client}>
        <ResponsibilityView />
      </Wrapper>,
    );
    expect(screen.getByText('没有这个项目：deadbeef')).toBeInTheDocument();
    expect(screen.queryByText('没有找到该项目的责任链条。')).not.toBeInTheDocument();
    unmount();

    window.history.replaceState(null, '', '/?view=responsibility&project=p1');
    const chainless = mockClient(
      answer(ProjectNameQuery, () => ({ project: { id: 'p1', name: project.name, boxes: [9] } })),
      answer(ResponsibilityChainQuery, () => ({ responsibilityChain: [] })),
    );
    render(
      <Wrapper client={chainless.client} lang="en">
        <ResponsibilityView />
      </Wrapper>,
    );
    expect(screen.getByText('No responsibility chain found for this project.')).toBeInTheDocument();
    expect(screen.queryByText(/No such project/)).not.toBeInTheDocument();
  });

  it('shows the shortest path between two chosen nodes from the URL', () => {
    window.history.replaceState(null, '', '/?view=responsibility&from=p1&to=u0&fromName=A&toName=B');
    const { client } = mockClient(answer(PathQuery, () => ({ path: chains[0] })));
    render(
      <Wrapper client={client}>
        <ResponsibilityView />
      </Wrapper>,
    );
    expect(screen.getByText('景德镇市人民政府', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('对其负责', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText('链条完整', { exact: false })).not.toBeInTheDocument();
  });
});
