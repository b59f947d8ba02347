import type { Driver } from 'neo4j-driver';
import { loadPlans, type LoadSummary, type PreparedPlan } from '../load';
import type { PlanJob } from './messages';
import { parseAll } from './pool';

export interface BulkOptions {
  workers: number;
  database?: string;
  dryRun?: boolean;
  /**
   * Rows (nodes and relationships to write) gathered from consecutive plans into one transaction;
   * 1 writes every plan on its own. Default {@link DEFAULT_BATCH_ROWS}.
   */
  batchRows?: number;
  /** Plans whose file (sha256) is loaded already, from a bundle of this version, are skipped. */
  skip?: (sha256: string) => boolean;
  /** Called once per plan, in the order of the jobs, after it is written, skipped or has failed. */
  onPlan?: (outcome: PlanOutcome) => void;
}

/**
 * Rows per transaction by default: a few dozen corpus plans, so that statements, round trips and
 * commits are paid per batch rather than per plan, while a transaction's state stays some tens of MB.
 */
export const DEFAULT_BATCH_ROWS = 20_000;

/** Why a plan was not loaded: its text or bundle (`input`), or the database (`database`). */
export type FailureKind = 'input' | 'database';

export type PlanOutcome =
  | { status: 'imported'; file: string; summary: LoadSummary; items: number; projects: number; threadId: number }
  | { status: 'skipped'; file: string; sha256: string }
  | { status: 'failed'; file: string; kind: FailureKind; message: string };

export interface BulkSummary {
  plans: number;
  imported: number;
  skipped: number;
  failed: { file: string; kind: FailureKind; message: string }[];
  /** Nodes and relationships of the imported plans. */
  items: number;
  projects: number;
  seconds: number;
  workers: number;
  /** The distinct worker threads that parsed the imported plans (never more than `workers`). */
  threads: number;
  /** Transactions that wrote plans, and how many of them failed and were retried plan by plan. */
  batches: number;
  retried: number;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** A plan of a batch, ready to write, or a plan whose outcome is known already (kept for the order of reports). */
type Entry = { file: string; plan: PreparedPlan; threadId: number } | { file: string; outcome: PlanOutcome };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const databaseFailure = (file: string, error: unknown): PlanOutcome => ({
  status: 'failed',
  file,
  kind: 'database',
  message: `${file}: Neo4j: ${message(error)}; this plan was not changed`,
});

/**
 * Imports many plans: workers parse them in parallel into plans ready to write while this thread
 * writes the parsed plans in batches, one transaction per batch, each statement holding the rows of
 * all its plans; the next batch gathers while one is written. When a batch fails, its plans are
 * written again one per transaction, so a plan that fails changes nothing and the others still
 * load. Plans are reported in the order of `jobs`.
 */
export async function bulkImport(
  driver: Driver,
  jobs: AsyncIterable<PlanJob>,
  options: BulkOptions,
): Promise<BulkSummary> {
  const started = process.hrtime.bigint();
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const summary: BulkSummary = {
    plans: 0,
    imported: 0,
    skipped: 0,
    failed: [],
    items: 0,
    projects: 0,
    seconds: 0,
    workers: options.workers,
    threads: 0,
    batches: 0,
    retried: 0,
  };
  const threads = new Set<number>();
  const report = (outcome: PlanOutcome) => {
    summary.plans++;
    if (outcome.status === 'imported') {
      summary.imported++;
      summary.items += outcome.items;
      summary.projects += outcome.projects;
    } else if (outcome.status === 'skipped') summary.skipped++;
    else summary.failed.push({ file: outcome.file, kind: outcome.kind, message: outcome.message });
    options.onPlan?.(outcome);
  };
  const load = (plans: PreparedPlan[]) =>
    loadPlans(driver, plans, { database: options.database, dryRun: options.dryRun });

  /** Writes the plans of one batch and reports every entry of it, in order. */
  const write = async (entries: Entry[]): Promise<void> => {
    const plans = entries.flatMap((e) => ('plan' in e ? [e.plan] : []));
    const results = new Map<string, LoadSummary | { error: unknown }>();
    if (plans.length) {
      summary.batches++;
      try {
        for (const loaded of await load(plans)) results.set(loaded.plan, loaded);
      } catch (error) {
        if (plans.length === 1) results.set(plans[0].id, { error });
        else {
          // The batch is rolled back whole; on their own, only the plans the database refuses fail.
          summary.retried++;
          for (const plan of plans) {
            try {
              results.set(plan.id, (await load([plan]))[0]);
            } catch (alone) {
              results.set(plan.id, { error: alone });
            }
          }
        }
      }
    }
    for (const entry of entries) {
      if ('outcome' in entry) {
        report(entry.outcome);
        continue;
      }
      const result = results.get(entry.plan.id)!;
      if ('error' in result) {
        report(databaseFailure(entry.file, result.error));
        continue;
      }
      threads.add(entry.threadId);
      report({
        status: 'imported',
        file: entry.file,
        summary: result,
        items: sum(result.nodes) + sum(result.relationships),
        projects: result.nodes.Project ?? 0,
        threadId: entry.threadId,
      });
    }
  };

  let batch: Entry[] = [];
  let rows = 0;
  const ids = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  // Waits for the batch being written, then starts writing this one and returns: the loop reads on.
  const flush = async () => {
    const entries = batch;
    batch = [];
    rows = 0;
    ids.clear();
    await writing;
    writing = write(entries);
  };

  try {
    for await (const parsed of parseAll(jobs, { workers: options.workers })) {
      const { file } = parsed.job;
      if (!parsed.ok) {
        batch.push({ file, outcome: { status: 'failed', file, kind: 'input', message: parsed.message } });
        continue;
      }
      const { plan } = parsed;
      const { sha256 } = plan.source;
      if (options.skip?.(sha256)) {
        batch.push({ file, outcome: { status: 'skipped', file, sha256 } });
        continue;
      }
      // A second text of the same plan replaces the first: it goes into the next transaction.
      if (ids.has(plan.id)) await flush();
      batch.push({ file, plan, threadId: parsed.threadId });
      ids.add(plan.id);
      rows += plan.rows;
      if (rows >= batchRows) await flush();
    }
    await flush();
  } finally {
    await writing;
  }
  summary.threads = threads.size;
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
