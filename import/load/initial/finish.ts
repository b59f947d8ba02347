import fs from 'node:fs';
import readline from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { CROSS_PLAN_REL_TYPES } from '../../../graph/model';
import * as Q from '../cypher';
import { toGraphValue, toNumber } from '../index';
import {
  ANY_PLANGRAPH_NODE,
  countRelationships,
  emptyNodeLists,
  emptyRelationshipLists,
  fixNodes,
  fixRelationships,
} from './cypher';
import type { EmptyLists, FixupRow, FixupSource, InitialFiles } from './csv-set';

/** Rows per statement of the steps after the import. */
const BATCH = 5000;
/** Plans per statement of the cross-plan links: each plan's projects are matched in the others'. */
const PLANS_PER_LINK_STATEMENT = 200;

export interface FinishProgress {
  step: 'fixups' | 'units' | 'links';
  done: number;
  total: number;
}

/** What the steps after the import did: the cross-plan links by type, and each step's seconds. */
export interface FinishResult {
  links: Record<string, number>;
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

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * What the online loader computes in Cypher, run once over the imported graph: the properties the
 * CSV could not carry (the empty required lists by one scan of their label or type), each unit showing the statement of the first plan naming it, and the links
 * between the projects of different plans (SAME_PROJECT, CARRIED_OVER) with the loader's own
 * statements. Needs the schema (graph/migrations) in place: every step finds its nodes by index.
 */
export async function finishInitialLoad(
  driver: Driver,
  files: InitialFiles,
  options: FinishOptions = {},
): Promise<FinishResult> {
  const { database } = options;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const run = (cypher: string, params: Record<string, unknown>) => session.executeWrite((tx) => tx.run(cypher, params));
  const seconds = { fixups: 0, units: 0, links: 0 };
  let started = process.hrtime.bigint();
  const timed = (step: keyof typeof seconds) => {
    const now = process.hrtime.bigint();
    seconds[step] = Number(now - started) / 1e9;
    started = now;
  };
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
    timed('fixups');
    done = 0;
    for (const units of chunks(files.units, BATCH)) {
      await run(Q.SHOW_UNIT_STATEMENTS, { units });
      done += units.length;
      options.onProgress?.({ step: 'units', done, total: files.units.length });
    }
    timed('units');
    done = 0;
    // A pair of plans in the same statement, or in two, is linked once: the statements MERGE.
    for (const plans of chunks(files.plans, PLANS_PER_LINK_STATEMENT)) {
      for (const cypher of [Q.LINK_SAME_PROJECT, Q.LINK_CARRIED_OVER])
        await run(cypher, { plans: plans.map((id) => ({ id })) });
      done += plans.length;
      options.onProgress?.({ step: 'links', done, total: files.plans.length });
    }
    const links: Record<string, number> = {};
    for (const type of CROSS_PLAN_REL_TYPES) {
      const { records } = await session.executeRead((tx) => tx.run(countRelationships(type)));
      links[type] = toNumber(records[0].get('count'));
    }
    timed('links');
    return { links, seconds };
  } finally {
    await session.close();
  }
}
