import fs from 'node:fs';
import readline from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { toGraphValue } from '../index';
import { ANY_PLANGRAPH_NODE, emptyNodeLists, emptyRelationshipLists, fixNodes, fixRelationships } from './cypher';
import type { EmptyLists, FixupRow, FixupSource, InitialFiles } from './csv-set';

/** Rows per statement of the fix-ups. */
const BATCH = 5000;

/** How far the fix-ups are: rows written of all. */
export interface FinishProgress {
  step: 'fixups';
  done: number;
  total: number;
}

/** What the step after the import took. */
export interface FinishResult {
  seconds: Record<FinishProgress['step'], number>;
}

export interface FinishOptions {
  database?: string;
  onProgress?: (progress: FinishProgress) => void;
}

/** True when the database holds no PlanGraph node. */
export async function isEmptyGraph(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery(ANY_PLANGRAPH_NODE, {}, { database, routing: neo4j.routing.READ });
  return records[0].get('any') !== true;
}

async function* lines(file: string): AsyncGenerator<FixupRow[]> {
  let rows: FixupRow[] = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    rows.push(JSON.parse(line) as FixupRow);
    if (rows.length === BATCH) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length) yield rows;
}

const fixupStatement = (source: FixupSource) =>
  source.kind === 'nodes' ? fixNodes(source.label!) : fixRelationships(source.from!, source.type!, source.to!);

const emptyListsStatement = (lists: EmptyLists) =>
  lists.kind === 'nodes'
    ? emptyNodeLists(lists.label!, lists.property)
    : emptyRelationshipLists(lists.type!, lists.property);

/**
 * What the CSV could not carry, written once over the imported graph: the fix-ups by id, the empty
 * required lists by one scan of their label or type. What the online loader derives across plans
 * (each unit's statement, the links between plans' projects) the CSV holds already (csv-set.ts).
 * Needs the schema (graph/migrations) in place: the fix-ups find their nodes by index.
 */
export async function finishInitialLoad(
  driver: Driver,
  files: InitialFiles,
  options: FinishOptions = {},
): Promise<FinishResult> {
  const { database } = options;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const run = (cypher: string, params: Record<string, unknown>) => session.executeWrite((tx) => tx.run(cypher, params));
  const started = process.hrtime.bigint();
  try {
    const fixups = files.fixups.reduce((n, f) => n + f.rows, 0);
    let done = 0;
    for (const source of files.fixups) {
      const cypher = fixupStatement(source);
      for await (const rows of lines(source.file)) {
        await run(cypher, { rows: toGraphValue(rows) });
        done += rows.length;
        options.onProgress?.({ step: 'fixups', done, total: fixups });
      }
    }
    // Batched by the statement itself (CALL … IN TRANSACTIONS), so in a transaction of its own.
    for (const lists of files.emptyLists) await session.run(emptyListsStatement(lists));
    return { seconds: { fixups: Number(process.hrtime.bigint() - started) / 1e9 } };
  } finally {
    await session.close();
  }
}
