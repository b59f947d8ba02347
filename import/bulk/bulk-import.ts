import type { Driver } from 'neo4j-driver';
import { InvalidBundleError, loadBundle, type LoadSummary } from '../load';
import type { PlanJob } from './messages';
import { parseAll } from './pool';

export interface BulkOptions {
  workers: number;
  database?: string;
  dryRun?: boolean;
  /** Plans whose file (sha256) is loaded already, from a bundle of this version, are skipped. */
  skip?: (sha256: string) => boolean;
  /** Called once per plan, in the order of the jobs, after it is written, skipped or has failed. */
  onPlan?: (outcome: PlanOutcome) => void;
}

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
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Imports many plans: workers parse them in parallel into validated bundles while this thread
 * writes each finished plan in its own transaction (the loader's batched UNWIND statements). A plan
 * that fails changes nothing and the others still load; plans are written in the order of `jobs`.
 */
export async function bulkImport(
  driver: Driver,
  jobs: AsyncIterable<PlanJob>,
  options: BulkOptions,
): Promise<BulkSummary> {
  const started = process.hrtime.bigint();
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
  };
  const threads = new Set<number>();
  const report = (outcome: PlanOutcome) => {
    summary.plans++;
    if (outcome.status === 'imported') {
      summary.imported++;
      summary.items += outcome.items;
      summary.projects += outcome.projects;
      threads.add(outcome.threadId);
    } else if (outcome.status === 'skipped') summary.skipped++;
    else summary.failed.push({ file: outcome.file, kind: outcome.kind, message: outcome.message });
    options.onPlan?.(outcome);
  };

  for await (const parsed of parseAll(jobs, { workers: options.workers })) {
    const { file } = parsed.job;
    if (!parsed.ok) {
      report({ status: 'failed', file, kind: 'input', message: parsed.message });
      continue;
    }
    if (options.skip?.(parsed.bundle.source.sha256)) {
      report({ status: 'skipped', file, sha256: parsed.bundle.source.sha256 });
      continue;
    }
    try {
      const loaded = await loadBundle(driver, parsed.bundle, { database: options.database, dryRun: options.dryRun });
      const items = sum(loaded.nodes) + sum(loaded.relationships);
      report({
        status: 'imported',
        file,
        summary: loaded,
        items,
        projects: loaded.nodes.Project ?? 0,
        threadId: parsed.threadId,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof InvalidBundleError) report({ status: 'failed', file, kind: 'input', message });
      else
        report({
          status: 'failed',
          file,
          kind: 'database',
          message: `${file}: Neo4j: ${message}; this plan was not changed`,
        });
    }
  }
  summary.threads = threads.size;
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
