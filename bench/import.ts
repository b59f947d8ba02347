import { neo4jConfig } from '../graph/config';
import { createDriver } from '../graph/driver';
import { NODE_LABELS } from '../graph/model';
import { loadBundle, type LoadSummary } from '../import/load';
import { buildBundle } from '../import/pipeline';
import { BUNDLED_PLAN } from './extract';
import { percentile, type Result, sampleMemory, timed } from './measure';

/** Empties the graph of PlanGraph's nodes so that the first load meets an empty graph. */
const DELETE_PLANGRAPH_NODES = `
MATCH (n:${NODE_LABELS.join('|')})
DETACH DELETE n`;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** Re-imports timed once the server has run every statement of a load, replacing included. */
const WARM_RUNS = 5;

/**
 * Time of loadBundle for the bundled plan into the Neo4j of NEO4J_URI: into an empty graph, again
 * over itself (the first replace, whose statements Neo4j plans then), warm (the median of further
 * re-imports) and as a dry run. Leaves the plan loaded for the API benchmark.
 */
export async function benchImport(targetMs: number, warmTargetMs: number): Promise<Result[]> {
  const config = neo4jConfig();
  const database = config.database;
  const bundle = buildBundle(BUNDLED_PLAN);
  const driver = createDriver(config);
  const memory = sampleMemory();
  try {
    await driver.executeQuery(DELETE_PLANGRAPH_NODES, {}, { database });
    const load = (dryRun: boolean) => timed(() => loadBundle(driver, bundle, { database, dryRun }));
    const first = await load(false);
    const again = await load(false);
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push((await load(false)).ms);
    warm.sort((a, b) => a - b);
    const dry = await load(true);
    const peak = memory.stop();
    const size = (s: LoadSummary) => `${total(s.nodes)} nodes, ${total(s.relationships)} relationships`;
    return [
      { name: 'import first', value: first.ms, unit: 'ms', target: targetMs, note: size(first.value) },
      {
        name: 'import again',
        value: again.ms,
        unit: 'ms',
        target: targetMs,
        note: `replaced ${again.value.replaced} nodes`,
      },
      {
        name: 'import warm median',
        value: percentile(warm, 50),
        unit: 'ms',
        target: warmTargetMs,
        note: `${WARM_RUNS} re-imports after the first; max ${percentile(warm, 100).toFixed(0)} ms`,
      },
      { name: 'import dry run', value: dry.ms, unit: 'ms', target: targetMs, note: 'rolled back' },
      {
        name: 'import peak RSS (sampled)',
        value: peak.rssMb,
        unit: 'MB',
        note: `heapUsed peak ${peak.heapUsedMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    // Stopping twice is harmless; here it ends the timer when a load throws.
    memory.stop();
    await driver.close();
  }
}
