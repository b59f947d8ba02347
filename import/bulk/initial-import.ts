import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runAdminImport, type AdminImportRun } from '../../graph/admin-import';
import { type LocalNeo4jConfig, neo4jConfig } from '../../graph/config';
import { createDriver } from '../../graph/driver';
import { startLocal, stopLocal } from '../../graph/local-neo4j';
import { migrate } from '../../graph/migrate';
import { ARRAY_DELIMITER_OPTION } from '../load/initial/columns';
import { InitialCsv } from '../load/initial/csv-set';
import { finishInitialLoad, type FinishProgress, type FinishResult, isEmptyGraph } from '../load/initial/finish';
import type { PlanJob } from './messages';
import { parseAll } from './pool';

/**
 * The first load of many plans into an EMPTY local database with `neo4j-admin database import
 * full`: the plans are parsed on the same worker pool as `plangraph import`, written as CSV files
 * (import/load/initial) with what the online loader derives across plans (each unit's statement, the
 * links between plans' projects), imported offline, then the server is started, the schema applied
 * without the migrations' back-fills (the CSV carries what they set) and what no CSV cell could hold
 * written. The graph is the one `plangraph import` of the same plans in the same order gives.
 */

/** The database holds plans already: an initial load would replace them, so it is refused. */
export class NotEmptyError extends Error {}

export type InitialPlanOutcome =
  | { status: 'written'; file: string; plan: string; items: number; projects: number }
  | { status: 'failed'; file: string; message: string };

export interface InitialOptions {
  /** The local Neo4j whose store is written (stopped for the import, running afterwards). */
  local: LocalNeo4jConfig;
  database?: string;
  workers: number;
  /** Keep the CSV files here; by default they go to a temporary folder, removed afterwards. */
  csvDir?: string;
  onPlan?: (outcome: InitialPlanOutcome) => void;
  /** A step of the work after the plans are written: `import`, `schema`, `fixups`. */
  onStep?: (step: string, progress?: FinishProgress) => void;
}

export interface InitialSummary {
  plans: number;
  written: number;
  failed: { file: string; message: string }[];
  projects: number;
  /** Nodes and relationships of the plans, counted as `plangraph import` counts them. */
  items: number;
  /** Links derived between the projects of different plans, by type (written with the CSV). */
  links: Record<string, number>;
  /** Property values a CSV cell could not hold, written after the import. */
  fixups: number;
  workers: number;
  seconds: {
    total: number;
    csv: number;
    tool: number;
    schema: number;
    /** Writing the values a CSV cell could not hold. */
    fixups: FinishResult['seconds']['fixups'];
  };
  tool: AdminImportRun | null;
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function localDriver(local: LocalNeo4jConfig): Driver {
  const config = neo4jConfig({ NEO4J_PASSWORD: local.password, NEO4J_BOLT_PORT: String(local.boltPort) });
  return createDriver({ ...config, uri: `bolt://127.0.0.1:${local.boltPort}` });
}

async function refuseUnlessEmpty(local: LocalNeo4jConfig, database: string | undefined): Promise<void> {
  const driver = localDriver(local);
  try {
    if (!(await isEmptyGraph(driver, database)))
      throw new NotEmptyError(
        `the database of ${local.homeDir} holds plans already: --initial loads an empty database only (it writes the store anew); add plans with \`plangraph import\` instead`,
      );
  } finally {
    await driver.close();
  }
}

/** Loads the plans of `jobs` into the empty local database; see the module's description. */
export async function initialImport(jobs: AsyncIterable<PlanJob>, options: InitialOptions): Promise<InitialSummary> {
  const started = process.hrtime.bigint();
  const { local, database } = options;
  const silent = () => undefined;
  await startLocal(local, silent);
  await refuseUnlessEmpty(local, database);

  const dir = options.csvDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-initial-'));
  const summary: InitialSummary = {
    plans: 0,
    written: 0,
    failed: [],
    projects: 0,
    items: 0,
    links: {},
    fixups: 0,
    workers: options.workers,
    seconds: { total: 0, csv: 0, tool: 0, schema: 0, fixups: 0 },
    tool: null,
  };
  const fail = (file: string, text: string) => {
    summary.failed.push({ file, message: text });
    options.onPlan?.({ status: 'failed', file, message: text });
  };
  try {
    const csv = new InitialCsv(dir, new Date().toISOString());
    const fileOf = new Map<string, string>();
    for await (const parsed of parseAll(jobs, { workers: options.workers })) {
      summary.plans++;
      const { file } = parsed.job;
      if (!parsed.ok) {
        fail(file, parsed.message);
        continue;
      }
      const { plan } = parsed;
      const first = fileOf.get(plan.id);
      if (first) {
        fail(
          file,
          `${file}: the same plan as ${first} (${plan.id}): an initial load takes one text of each plan; import this one afterwards with \`plangraph import\`, which replaces it`,
        );
        continue;
      }
      fileOf.set(plan.id, file);
      const { items, projects } = await csv.add(plan);
      summary.written++;
      summary.items += items;
      summary.projects += projects;
      options.onPlan?.({ status: 'written', file, plan: plan.id, items, projects });
    }
    const files = await csv.close();
    summary.fixups = files.fixups.reduce((n, f) => n + f.rows, 0);
    summary.links = files.links;
    summary.seconds.csv = since(started);
    if (files.plans.length === 0) return summary;

    // Checked again: the server took writes while the plans were read.
    await refuseUnlessEmpty(local, database);
    options.onStep?.('import');
    await stopLocal(local, silent);
    try {
      summary.tool = await runAdminImport(local, {
        database,
        files: files.sources,
        arrayDelimiter: ARRAY_DELIMITER_OPTION,
        reportFile: path.join(dir, 'import.report'),
        logFile: path.join(local.homeDir, 'import.log'),
      });
    } finally {
      await startLocal(local, silent);
    }
    summary.seconds.tool = summary.tool.seconds;

    const driver = localDriver(local);
    try {
      const step = process.hrtime.bigint();
      options.onStep?.('schema');
      await migrate(driver, database, { backfills: false });
      summary.seconds.schema = since(step);
      const finished = await finishInitialLoad(driver, files, {
        database,
        onProgress: (progress) => options.onStep?.(progress.step, progress),
      });
      summary.seconds.fixups = finished.seconds.fixups;
    } finally {
      await driver.close();
    }
    return summary;
  } finally {
    if (!options.csvDir) fs.rmSync(dir, { recursive: true, force: true });
    summary.seconds.total = since(started);
  }
}
