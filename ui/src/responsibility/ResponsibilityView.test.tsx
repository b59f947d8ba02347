import { render, screen } from '@testing-library/react';
import { answer, evidence, mockClient, Wrapper } from '../../test/mockClient';
import type { ChainPathPartsFragment as ChainPath } from '../gql/graphql';
import { PathQuery, ProjectNameQuery, ResponsibilityChainQuery } from './responsibility.graphql';
import { buildChainTree } from './chainTree';
import { ResponsibilityView } from './ResponsibilityView';

const project = { id: 'p1', type: 'Project', name: '景德镇罗家机场改扩建工程' };
const unit = { id: 'u1', type: 'Unit', name: '市交通运输局' };
const city = { id: 'u0', type: 'Unit', name: '景德镇市人民政府' };
const district = { id: 'u2', type: 'Unit', name: '昌江区人民政府' };

const chains: ChainPath[] = [
  {
    complete: true,
    stopsAt: null,
    note: null,
    steps: [
      { from: project, to: unit, relation: 'RESPONSIBLE', basis: 'STATED', evidence: evidence('市交通运输局负责推进景德镇罗家机场改扩建工程。', 1033) },
      { from: unit, to: city, relation: 'REPORTS_TO', basis: 'DERIVED', evidence: evidence('市交通运输局是市人民政府工作部门。', 12, 'DERIVED') },
    ],
  },
  {
    complete: false,
    stopsAt: district,
    note: '原文没有写明昌江区人民政府的上级责任',
    steps: [{ from: project, to: district, relation: 'RESPONSIBLE', basis: 'DERIVED', evidence: evidence('昌江区……机场', 40, 'DERIVED') }],
  },
];

describe('buildChainTree', () => {
  it('merges chains that share a start into one tree', () => {
    const roots = buildChainTree(chains);
    expect(roots).toHaveLength(1);
    expect(roots[0].node.name).toBe(project.name);
    expect(roots[0].children.map((c) => c.node.name)).toEqual(['市交通运输局', '昌江区人民政府']);
    expect(roots[0].children[0].children[0].ends[0].complete).toBe(true);
    expect(roots[0].children[1].ends[0].stopsAt?.name).toBe('昌江区人民政府');
  });

  it('keeps a chain with no steps as a stop at its project', () => {
    const roots = buildChainTree([{ complete: false, steps: [], stopsAt: project, note: 'no unit named' }]);
    expect(roots[0].ends[0].note).toBe('no unit named');
  });
});

describe('ResponsibilityView', () => {
  it('shows each chain up to the city government with evidence, and where a chain stops and why', () => {
    window.history.replaceState(null, '', '/?view=responsibility&project=p1');
    const { client, calls } = mockClient(
      answer(ProjectNameQuery, () => ({ project: { id: 'p1', name: project.name, boxes: [9] } })),
      answer(ResponsibilityChainQuery, () => ({ responsibilityChain: chains })),
    );
    render(
      <Wrapper client={client}>
        <ResponsibilityView />
      </Wrapper>,
    );
    expect(calls.find((c) => c.name === 'ResponsibilityChain')?.variables).toEqual({ projectId: 'p1' });
    expect(screen.getByRole('heading', { name: /责任链条：景德镇罗家机场改扩建工程/ })).toBeInTheDocument();
    expect(screen.getByText('链条完整：直达市人民政府', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('链条止于“昌江区人民政府”', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('原文没有写明昌江区人民政府的上级责任')).toBeInTheDocument();
    const marked = screen.getAllByText('景德镇罗家机场改扩建工程', { selector: 'mark' });
    expect(marked.length).toBeGreaterThan(0);
    expect(screen.getByText(/第 1033 行/)).toBeInTheDocument();
  });

  it('shows the shortest path between two chosen nodes from the URL', () => {
    window.history.replaceState(null, '', '/?view=responsibility&from=p1&to=u0&fromName=A&toName=B');
    const { client } = mockClient(answer(PathQuery, () => ({ path: chains[0] })));
    render(
      <Wrapper client={client}>
        <ResponsibilityView />
      </Wrapper>,
    );
    expect(screen.getByText('景德镇市人民政府')).toBeInTheDocument();
    expect(screen.getByText('对上负责', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText('链条完整', { exact: false })).not.toBeInTheDocument();
  });
});
