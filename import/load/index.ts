import neo4j, { Driver, Integer, ManagedTransaction, Transaction } from 'neo4j-driver';
import { NODE_LABELS, NodeLabel, REL_TYPES } from '../../graph/model';
import * as Q from './cypher';
import { planWrites, Write } from './rows';
import { parseBundle } from './validate';

export { InvalidBundleError, parseBundle } from './validate';

export interface LoadProgress {
  /** What is being written: `delete`, a label, a relationship type, `count`, `import`. */
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
  file: string;
  sha256: string;
  version: number;
  importedAt: string;
  /** Nodes of the previously loaded plan that were (or would be) replaced. */
  replaced: number;
}

export interface CurrentImport {
  sha256: string;
  file: string;
  version: number;
  importedAt: string;
  counts: LoadCounts;
}

const DEFAULT_BATCH_SIZE = 500;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Whole numbers of the bundle (lines, numbers, items) are integers in the graph, not floats. */
function toGraphValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toGraphValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGraphValue(v)]));
  }
  return value;
}

const toNumber = (value: unknown): number => (Integer.isInteger(value) ? (value as Integer).toNumber() : Number(value));

async function countGraph(tx: Transaction | ManagedTransaction): Promise<LoadCounts> {
  const labels = NODE_LABELS.filter((l) => l !== NodeLabel.Import);
  const nodes = Object.fromEntries(labels.map((l) => [l, 0]));
  const relationships = Object.fromEntries(REL_TYPES.map((t) => [t, 0]));
  for (const record of (await tx.run(Q.COUNT_NODES, { labels })).records) {
    nodes[record.get('label') as string] = toNumber(record.get('count'));
  }
  for (const record of (await tx.run(Q.COUNT_RELATIONSHIPS, { types: REL_TYPES })).records) {
    relationships[record.get('type') as string] = toNumber(record.get('count'));
  }
  return { nodes, relationships };
}

const stepName = (write: Write) => (write.kind === 'nodes' ? write.label : `${write.from}-${write.type}->${write.to}`);

/**
 * Replaces the loaded plan with `input` in ONE write transaction: the old PlanGraph nodes are
 * deleted and the bundle written batch by batch, so a failure anywhere leaves the graph exactly
 * as it was. Loading the same bundle twice yields the same graph.
 */
export async function loadBundle(driver: Driver, input: unknown, options: LoadOptions = {}): Promise<LoadSummary> {
  const bundle = parseBundle(input, 'bundle');
  const writes = planWrites(bundle);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batches = writes.flatMap((write) => chunks<unknown>(write.rows, batchSize).map((rows) => ({ write, rows })));
  const total = batches.length + 3;
  let done = 0;
  const progress = (step: string) => options.onProgress?.({ step, done: ++done, total });

  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    const deleted = await tx.run(Q.DELETE_PLAN);
    const replaced = toNumber(deleted.records[0]?.get('deleted') ?? 0);
    progress('delete');
    for (const { write, rows } of batches) {
      await tx.run(write.cypher, { rows: toGraphValue(rows) });
      progress(stepName(write));
    }
    const counts = await countGraph(tx);
    progress('count');
    const importedAt = new Date().toISOString();
    await tx.run(Q.MERGE_IMPORT, {
      id: Q.IMPORT_ID,
      props: toGraphValue({
        sha256: bundle.source.sha256,
        file: bundle.source.file,
        encoding: bundle.source.encoding,
        lines: bundle.source.lines,
        version: bundle.version,
        importedAt,
        counts: JSON.stringify(counts),
      }),
    });
    progress('import');
    if (options.dryRun) await tx.rollback();
    else await tx.commit();
    return {
      dryRun: Boolean(options.dryRun),
      file: bundle.source.file,
      sha256: bundle.source.sha256,
      version: bundle.version,
      importedAt,
      replaced,
      ...counts,
    };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}

/** What the graph says is loaded, or null when no plan is. */
export async function currentImport(driver: Driver, database?: string): Promise<CurrentImport | null> {
  const { records } = await driver.executeQuery(Q.CURRENT_IMPORT, { id: Q.IMPORT_ID }, { database, routing: neo4j.routing.READ });
  const record = records[0];
  if (!record) return null;
  return {
    sha256: record.get('sha256') as string,
    file: record.get('file') as string,
    version: toNumber(record.get('version')),
    importedAt: record.get('importedAt') as string,
    counts: JSON.parse(record.get('counts') as string) as LoadCounts,
  };
}
