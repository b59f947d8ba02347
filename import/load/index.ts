import neo4j, { type Driver, Integer, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { CROSS_PLAN_REL_TYPES, PLAN_SCOPED_LABELS, REL_TYPES, RelType, SHARED_LABELS } from '../../graph/model';
import * as Q from './cypher';
import { batchRows } from './batch';
import { preparePlan, type PlanWrite, type PreparedPlan } from './prepare';

export { InvalidBundleError, parseBundle } from './validate';
export { planIdOf } from './plan-identity';
export { prepareBundle, preparePlan, toGraphValue, type PlanWrite, type PreparedPlan } from './prepare';

export interface LoadProgress {
  /** What is being written: `delete`, a label, a relationship type, `count`, `plan`, `links`. */
  step: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  database?: string;
  /** Write everything inside the transaction, count it, then roll back: the graph is not changed. */
  dryRun?: boolean;
  batchSize?: number;
  /** Called after each batch; an error thrown here aborts the import and rolls it back. */
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface LoadSummary extends LoadCounts {
  dryRun: boolean;
  /** The plan's id in the graph. */
  plan: string;
  title: string;
  file: string;
  sha256: string;
  version: number;
  importedAt: string;
  /** Nodes of the same plan, loaded before, that were (or would be) replaced. */
  replaced: number;
  /** Links to the projects of other plans derived on loading. */
  links: Record<string, number>;
}

/** Rows per statement: several plans' rows share each statement, so round trips do not grow with the plans. */
const DEFAULT_BATCH_SIZE = 5000;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export const toNumber = (value: unknown): number => (Integer.isInteger(value) ? value.toNumber() : Number(value));

/** The relationship types a plan's own statements write, each carrying `plan`. */
const PLAN_REL_TYPES = REL_TYPES.filter(
  (t) => !CROSS_PLAN_REL_TYPES.includes(t) && t !== RelType.WITHIN && t !== RelType.COVERS,
);

/** The ids of the shared nodes (regions, industries, units) the writes name, by label. */
function sharedIds(writes: PlanWrite[]): Record<string, string[]> {
  const ids: Record<string, string[]> = Object.fromEntries(SHARED_LABELS.map((l) => [l, []]));
  for (const write of writes)
    if (write.kind === 'nodes' && write.label in ids) ids[write.label].push(...write.rows.map((r) => r.id));
  return ids;
}

/** Every label's and relationship type's count at zero, in the order `Plan.counts` lists them. */
export const emptyCounts = (): LoadCounts => ({
  nodes: Object.fromEntries([...PLAN_SCOPED_LABELS, ...SHARED_LABELS].map((l) => [l, 0])),
  relationships: Object.fromEntries(PLAN_REL_TYPES.map((t) => [t, 0])),
});

/** What each plan of `plans` holds once written, read back from the graph by plan. */
async function countPlans(
  tx: Transaction | ManagedTransaction,
  plans: PreparedPlan[],
): Promise<Map<string, LoadCounts>> {
  const counts = new Map(plans.map((p) => [p.id, emptyCounts()]));
  const param = plans.map((p) => ({ id: p.id, shared: sharedIds(p.writes) }));
  const [nodes, relationships] = await Promise.all([
    tx.run(Q.COUNT_PLAN_NODES, { plans: param }),
    tx.run(Q.COUNT_PLAN_RELATIONSHIPS, { plans: param }),
  ]);
  for (const record of nodes.records)
    counts.get(record.get('plan') as string)!.nodes[record.get('label') as string] = toNumber(record.get('count'));
  for (const record of relationships.records)
    counts.get(record.get('plan') as string)!.relationships[record.get('type') as string] = toNumber(
      record.get('count'),
    );
  return counts;
}

/** Removes one plan inside `tx`: its nodes, its statements about shared nodes, and shared nodes only it named. */
async function deletePlan(tx: Transaction | ManagedTransaction, plan: string): Promise<number> {
  // The shared nodes are reached through the plan's own nodes and links, so they are read first.
  const candidates = (
    await tx.run(plan === Q.LEGACY_PLAN ? Q.SHARED_NODES_OF_LEGACY_PLAN : Q.SHARED_NODES_OF_PLAN, { plan })
  ).records[0];
  const shared = { plan, units: candidates.get('units') as string[], regions: candidates.get('regions') as string[] };
  let deleted = 0;
  for (const statement of [Q.DELETE_PLAN_NODES, Q.SHOW_UNIT_STATEMENTS, Q.RELEASE_SHARED_NODES, Q.DELETE_PLAN]) {
    deleted += toNumber((await tx.run(statement, shared)).records[0]?.get('deleted') ?? 0);
  }
  return deleted;
}

const stepName = (write: PlanWrite) =>
  write.kind === 'nodes' ? write.label : `${write.from}-${write.type}->${write.to}`;

/** The statements that write a batch of plans: the rows of the same write of every plan (batch.ts), cut into `batchSize`. */
function statements(plans: PreparedPlan[], batchSize: number): { write: PlanWrite; rows: unknown[] }[] {
  return plans[0].writes.flatMap((write, i) => {
    const rows = batchRows(
      write,
      plans.map((p) => p.writes[i]),
    );
    return chunks<unknown>(rows, batchSize).map((batch) => ({ write, rows: batch }));
  });
}

/**
 * Adds the plan of `input` to the graph, or replaces that same plan (same region, level and
 * edition), in ONE write transaction: a failure anywhere leaves the graph exactly as it was, and
 * other plans are never touched except for the links derived to them. Loading the same bundle
 * twice yields the same graph.
 */
export async function loadBundle(driver: Driver, input: unknown, options: LoadOptions = {}): Promise<LoadSummary> {
  return (await loadPlans(driver, [preparePlan(input)], options))[0];
}

/**
 * Adds or replaces several plans in ONE write transaction, each statement writing the rows of all
 * of them: the graph is the one loading them one after another in this order would give, but the
 * round trips, statements and commit are paid once. A failure anywhere leaves the graph exactly as
 * it was (none of them is loaded). Two versions of the same plan cannot be loaded together.
 */
export async function loadPlans(
  driver: Driver,
  plans: PreparedPlan[],
  options: LoadOptions = {},
): Promise<LoadSummary[]> {
  if (!plans.length) return [];
  const ids = plans.map((p) => p.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${twice} is given twice: its versions must be loaded one after the other`);
  const writes = statements(plans, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = writes.length + 5;
  let done = 0;
  const progress = (step: string) => options.onProgress?.({ step, done: ++done, total });

  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    const replaced = new Map<string, number>(ids.map((id) => [id, 0]));
    const previous = await tx.run(Q.PLANS_TO_REPLACE, {
      plans: plans.map((p) => ({ id: p.id, sha256: p.source.sha256 })),
    });
    const deleted = new Set<string>();
    for (const record of previous.records) {
      const [by, old] = [record.get('plan') as string, record.get('id') as string];
      if (deleted.has(old)) continue;
      deleted.add(old);
      replaced.set(by, replaced.get(by)! + (await deletePlan(tx, old)));
    }
    progress('delete');
    // Sent without waiting for each other: Neo4j runs them in order, and the round trips overlap.
    const pending = writes.map(({ write, rows }) =>
      tx.run(write.cypher, { rows }).then(() => progress(stepName(write))),
    );
    // Once every plan's NAMES are there, each unit of the batch shows the first plan's statement of it.
    const units = [...new Set(plans.flatMap((p) => sharedIds(p.writes).Unit))];
    pending.push(tx.run(Q.SHOW_UNIT_STATEMENTS, { units }).then(() => progress('units')));
    await settled(pending);
    const counts = await countPlans(tx, plans);
    progress('count');
    const importedAt = new Date().toISOString();
    await tx.run(Q.MERGE_PLAN, {
      plans: plans.map((p) => ({
        id: p.id,
        regionId: p.regionId,
        props: { ...p.props, importedAt, counts: JSON.stringify(counts.get(p.id)) },
        covers: p.covers,
      })),
    });
    progress('plan');
    const links = new Map(ids.map((id): [string, Record<string, number>] => [id, {}]));
    for (const [type, statement] of [
      [RelType.SAME_PROJECT, Q.LINK_SAME_PROJECT],
      [RelType.CARRIED_OVER, Q.LINK_CARRIED_OVER],
    ] as const) {
      for (const id of ids) links.get(id)![type] = 0;
      const result = await tx.run(statement, { plans: ids.map((id) => ({ id })) });
      for (const record of result.records)
        links.get(record.get('plan') as string)![type] = toNumber(record.get('links'));
    }
    progress('links');
    if (options.dryRun) await tx.rollback();
    else await tx.commit();
    return plans.map((p) => ({
      dryRun: Boolean(options.dryRun),
      plan: p.id,
      title: p.title,
      file: p.source.file,
      sha256: p.source.sha256,
      version: p.version,
      importedAt,
      replaced: replaced.get(p.id)!,
      links: links.get(p.id)!,
      ...counts.get(p.id)!,
    }));
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}

/** Waits for every promise, then throws the first failure: nothing is left running on the transaction. */
async function settled(pending: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(pending)).find((r) => r.status === 'rejected');
  if (failed?.status === 'rejected') throw failed.reason;
}

/** A loaded plan as `plangraph plans` and the API list it. */
export interface LoadedPlan {
  id: string;
  title: string;
  edition: string | null;
  level: string;
  region: string;
  regionPath: string;
  file: string;
  sha256: string;
  version: number;
  importedAt: string;
  counts: LoadCounts;
}

/** Every loaded plan, by province, city, region and edition. */
export async function loadedPlans(driver: Driver, database?: string): Promise<LoadedPlan[]> {
  const { records } = await driver.executeQuery(Q.LIST_PLANS, {}, { database, routing: neo4j.routing.READ });
  return records.map((record) => {
    const p = record.get('plan') as Record<string, unknown>;
    return {
      id: p.id as string,
      title: p.title as string,
      edition: (p.edition as string | null) ?? null,
      level: (p.level as string | undefined) ?? 'city',
      region: (p.region as string | undefined) ?? '',
      regionPath: (p.regionPath as string | undefined) ?? '',
      file: p.file as string,
      sha256: p.sha256 as string,
      version: toNumber(p.version),
      importedAt: p.importedAt as string,
      counts: p.counts ? (JSON.parse(p.counts as string) as LoadCounts) : { nodes: {}, relationships: {} },
    };
  });
}

/** Removes one plan and nothing else, in one transaction; false when no plan has that id. */
export async function removePlan(driver: Driver, plan: string, database?: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const exists = await tx.run(Q.PLANS_TO_REPLACE, { plans: [{ id: plan, sha256: null }] });
      if (exists.records.length === 0) return false;
      await deletePlan(tx, plan);
      return true;
    });
  } finally {
    await session.close();
  }
}
