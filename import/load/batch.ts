import { NodeLabel, RelType, SHARED_LABELS } from '../../graph/model';
import type { PlanNodeRow, PlanRelationshipRow, PlanWrite } from './prepare';

/** A row of a plan's write, with the id of its plan: what the statements of cypher.ts take. */
export type PlanRow = PlanNodeRow | PlanRelationshipRow;

/** A shared node's row for a whole batch: what the plans state of it, and the plans naming it. */
export interface SharedNodeRow {
  id: string;
  props: Record<string, unknown>;
  plans: string[];
}

/** A plan-less relationship's row for a whole batch (WITHIN): one per pair. */
export interface PairRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const isShared = (label: NodeLabel) => (SHARED_LABELS as readonly NodeLabel[]).includes(label);

/** The rows of each key, in their order. */
function groupBy<R>(rows: R[], key: (row: R) => string): Map<string, R[]> {
  const byKey = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const group = byKey.get(k);
    if (group) group.push(row);
    else byKey.set(k, [row]);
  }
  return byKey;
}

/**
 * `SET n += props` of several rows one after the other, as one map: a later row's value replaces an
 * earlier one's, and a null (which removes the property) stays in the map, so it still removes it.
 */
const overlay = (rows: { props: object }[]): Record<string, unknown> =>
  rows.reduce<Record<string, unknown>>((map, row) => Object.assign(map, row.props), {});

/**
 * The rows of the same write of every plan of a batch (`plans`, in plan order), as its statement
 * takes them. A plan's own nodes and relationships keep one row each, with the plan's id. A shared node
 * (region, industry, unit) becomes one row for the batch, and so does a region's WITHIN: the
 * statement then writes each once per batch instead of once per plan naming it, with the same
 * result as the plans' rows written one after the other.
 */
export function batchRows(write: PlanWrite, plans: PlanWrite[]): PlanRow[] | SharedNodeRow[] | PairRow[] {
  const rows = plans.flatMap((own): PlanRow[] => own.rows);
  if (write.kind === 'nodes' && isShared(write.label)) {
    return [...groupBy(rows as PlanNodeRow[], (r) => r.id)].map(([id, group]) => ({
      id,
      // A unit node shows the statement of one plan's NAMES, not its rows (cypher.ts).
      props: write.label === NodeLabel.Unit ? {} : overlay(group),
      plans: [...new Set(group.map((r) => r.plan))],
    }));
  }
  if (write.kind === 'relationships' && write.type === RelType.WITHIN) {
    const pairs = groupBy(rows as PlanRelationshipRow[], (r) => `${r.from}\u0000${r.to}`);
    return [...pairs.values()].map((group) => ({ from: group[0].from, to: group[0].to, props: overlay(group) }));
  }
  return rows;
}
