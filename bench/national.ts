import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import neo4j from 'neo4j-driver';
import { neo4jConfig, projectRoot } from '../graph/config';
import { createDriver } from '../graph/driver';
import { industryOrderKeys, pinyinSortKey, planOrderKey } from '../import/load/sort-key';
import { Geography } from './corpus/geography';
import { properWord } from './corpus/names';
import { Random } from './corpus/random';
import { SECTORS } from './corpus/vocabulary';
import { CREATE_DISTRICTS, CREATE_INDUSTRIES, CREATE_PROJECTS } from './national.cypher';

/**
 * `node dist/bench/national.js --projects 1000000 --districts 3000`: writes a synthetic national
 * graph (invented counties, the 27 industries, each county's plan boxes and government, and the
 * projects with their links) straight into the empty Neo4j of NEO4J_URI with batched UNWIND, and
 * prints items (nodes + relationships) per second. The API benchmarks then run against it.
 */

const BOXES_PER_DISTRICT = 12;

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

function industries(): { id: string; code: string; zh: string; en: string }[] {
  const lines = fs
    .readFileSync(path.join(projectRoot(__dirname), 'data', 'industries.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines.map((line) => {
    const [code, zh, en] = line.split('\t');
    return { id: `industry:${code}`, code, zh, en };
  });
}

export interface NationalOptions {
  projects: number;
  districts: number;
  batch: number;
  seed: number;
}

export interface NationalSummary {
  nodes: number;
  relationships: number;
  seconds: number;
  itemsPerSecond: number;
}

export async function writeNational(
  options: NationalOptions,
  onBatch?: (projects: number) => void,
): Promise<NationalSummary> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  const geography = new Geography(options.seed);
  const districtNames = Array.from({ length: options.districts }, (_, i) => geography.region(i).name);
  const write = (cypher: string, rows: unknown[]) =>
    driver.executeQuery(cypher, { rows }, { database: config.database, routing: neo4j.routing.WRITE });
  const started = Date.now();
  let nodes = 0;
  let relationships = 0;
  try {
    const sectors = industries();
    await write(CREATE_INDUSTRIES, sectors);
    nodes += sectors.length;
    for (let from = 0; from < districtNames.length; from += 500) {
      const rows = districtNames.slice(from, from + 500).map((name, k) => ({
        id: `district:${name}`,
        name,
        kind: name.endsWith('市') && (from + k) % 9 === 0 ? 'city' : 'county',
        unit: `unit:${name}人民政府`,
        unitName: `${name}人民政府`,
        document: `doc:plan:${name}`,
        boxes: Array.from({ length: BOXES_PER_DISTRICT }, (_, b) => ({
          id: `box:${name}:${b + 2}`,
          number: neo4j.int(b + 2),
          title: SECTORS[(from + k + b) % SECTORS.length].boxTitle,
          line: neo4j.int(200 + b * 40),
        })),
      }));
      await write(CREATE_DISTRICTS, rows);
      nodes += rows.length * (2 + BOXES_PER_DISTRICT);
      relationships += rows.length;
    }
    const rng = new Random(options.seed);
    for (let from = 0; from < options.projects; from += options.batch) {
      const rows = [];
      for (let j = from; j < Math.min(options.projects, from + options.batch); j++) {
        const district = districtNames[rng.int(0, districtNames.length - 1)];
        const sector = rng.pick(SECTORS);
        const kind = rng.pick(sector.kinds);
        const name = `${district}${properWord((chars) => rng.pick(chars))}${kind}`;
        const boxNumber = rng.int(2, BOXES_PER_DISTRICT + 1);
        const line = 200 + (boxNumber - 2) * 40 + rng.int(1, 39);
        const item = rng.int(1, 3);
        const keys = { nameKey: pinyinSortKey(name), orderKey: planOrderKey(boxNumber, item, line, `project:${j}`) };
        rows.push({
          id: `project:${j}`,
          name,
          ...keys,
          industryKeys: industryOrderKeys(sector.code, keys.nameKey, keys.orderKey),
          kind,
          industry: `industry:${sector.code}`,
          district: `district:${district}`,
          unit: `unit:${district}人民政府`,
          box: `box:${district}:${boxNumber}`,
          boxNumber: neo4j.int(boxNumber),
          item: neo4j.int(item),
          line: neo4j.int(line),
          document: `doc:plan:${district}`,
          quote: `推进${name}建设。`,
        });
      }
      await write(CREATE_PROJECTS, rows);
      nodes += rows.length;
      relationships += rows.length * 4;
      onBatch?.(from + rows.length);
    }
  } finally {
    await driver.close();
  }
  const seconds = (Date.now() - started) / 1000;
  return { nodes, relationships, seconds, itemsPerSecond: (nodes + relationships) / seconds };
}

if (require.main === module) {
  const program = new Command('national')
    .description('Write a synthetic national graph into the empty Neo4j of NEO4J_URI')
    .option('--projects <n>', 'projects', positive, 1_000_000)
    .option('--districts <n>', 'districts (invented counties and cities)', positive, 3000)
    .option('--batch <n>', 'projects per UNWIND statement', positive, 10_000)
    .option('--seed <s>', 'seed', positive, 1)
    .parse(process.argv);
  const options = program.opts<NationalOptions>();
  const bar = new SingleBar({ format: 'projects {bar} {value}/{total} | {rate} projects/s' }, Presets.shades_classic);
  const started = Date.now();
  bar.start(options.projects, 0, { rate: '0' });
  writeNational(options, (done) => bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000)) }))
    .then((s) => {
      bar.stop();
      console.log(
        `${s.nodes} nodes, ${s.relationships} relationships in ${s.seconds.toFixed(1)} s: ${Math.round(s.itemsPerSecond)} items/s`,
      );
    })
    .catch((error: unknown) => {
      bar.stop();
      console.error(error);
      process.exit(1);
    });
}
