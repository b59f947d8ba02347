import { NodeLabel, RelType } from '../../graph/model';
import { batchRows, type PairRow, type SharedNodeRow } from './batch';
import type { PlanWrite } from './prepare';

/** A plan's write of `label` before its rows carry the plan (`plans` adds it). */
const nodes = (label: NodeLabel, rows: { id: string; props: Record<string, unknown> }[]) =>
  ({ kind: 'nodes', label, cypher: '', rows }) as unknown as PlanWrite;
const rels = (type: RelType, rows: { from: string; to: string; props: Record<string, unknown> }[]) =>
  ({
    kind: 'relationships',
    type,
    from: NodeLabel.Region,
    to: NodeLabel.Region,
    cypher: '',
    rows,
  }) as unknown as PlanWrite;
/** The writes as the plans `plan:0`, `plan:1`… of a batch hold them: each row with its plan. */
const plans = (...writes: PlanWrite[]): PlanWrite[] =>
  writes.map((write, i) => ({ ...write, rows: write.rows.map((row) => ({ ...row, plan: `plan:${i}` })) }) as PlanWrite);

/** What `SET n += props` row after row leaves on a node that had `start`. */
function setRowByRow(start: Record<string, unknown>, rows: Record<string, unknown>[]): Record<string, unknown> {
  const node = { ...start };
  for (const props of rows)
    for (const [k, v] of Object.entries(props)) {
      if (v === null) delete node[k];
      else node[k] = v;
    }
  return node;
}

describe('batchRows', () => {
  it("keeps a plan's own rows, each with its plan", () => {
    const a = nodes(NodeLabel.Project, [{ id: 'p1', props: { name: 'x' } }]);
    const b = nodes(NodeLabel.Project, [{ id: 'p2', props: { name: 'y' } }]);
    expect(batchRows(a, plans(a, b))).toEqual([
      { id: 'p1', props: { name: 'x' }, plan: 'plan:0' },
      { id: 'p2', props: { name: 'y' }, plan: 'plan:1' },
    ]);
  });

  it('gives a shared node one row for the batch: the plans naming it, and what they state, later over earlier', () => {
    const a = nodes(NodeLabel.Region, [
      { id: 'r1', props: { name: '甲', kind: 'county', code: '1' } },
      { id: 'r2', props: { name: '乙' } },
    ]);
    const b = nodes(NodeLabel.Region, [{ id: 'r1', props: { name: '甲', kind: 'park', code: null } }]);
    const rows = batchRows(a, plans(a, b)) as SharedNodeRow[];
    expect(rows.map((r) => [r.id, r.plans])).toEqual([
      ['r1', ['plan:0', 'plan:1']],
      ['r2', ['plan:0']],
    ]);
    const start = { name: '甲', code: '9', level: 'county' };
    expect(setRowByRow(start, [rows[0].props])).toEqual(setRowByRow(start, [a.rows[0].props, b.rows[0].props]));
  });

  it('leaves a unit node its plans only: it shows the statement of a NAMES relationship', () => {
    const a = nodes(NodeLabel.Unit, [{ id: 'u1', props: { name: '局' } }]);
    expect(batchRows(a, plans(a, a))).toEqual([{ id: 'u1', props: {}, plans: ['plan:0', 'plan:1'] }]);
  });

  it("gives a region's WITHIN one row per pair for the batch", () => {
    const a = rels(RelType.WITHIN, [{ from: 'r1', to: 'r0', props: { rule: 'plan-region', basis: 'derived' } }]);
    const b = rels(RelType.WITHIN, [{ from: 'r1', to: 'r0', props: { rule: 'division-code' } }]);
    expect(batchRows(a, plans(a, b))).toEqual([
      { from: 'r1', to: 'r0', props: { rule: 'division-code', basis: 'derived' } },
    ] satisfies PairRow[]);
  });

  it("keeps every row of a plan's relationships", () => {
    const a = rels(RelType.IN_DISTRICT, [{ from: 'p1', to: 'r1', props: {} }]);
    expect(batchRows(a, plans(a, a))).toHaveLength(2);
  });
});
