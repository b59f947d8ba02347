import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { Geography } from './geography';
import { LAYOUTS, type Layout } from './plan';
import { type CorpusOptions, writePlan } from './corpus';

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number`);
  return n;
};

const layouts = (value: string): Layout[] => {
  const list = value.split(',').map((v) => v.trim());
  const bad = list.filter((l) => !(LAYOUTS as readonly string[]).includes(l));
  if (bad.length || !list.length) throw new InvalidArgumentError(`layouts are ${LAYOUTS.join(', ')}`);
  return list as Layout[];
};

/**
 * `npm run corpus -- --plans N --seed S --out DIR`: writes N gazette-format plans of invented
 * regions, each with its labels and profile, one plan at a time, and a manifest (corpus.json).
 */
export function main(argv: string[]): void {
  const program = new Command('corpus')
    .description('Write a corpus of generated five-year plans with their labels')
    .requiredOption('--plans <n>', 'how many plans', positive('plans'))
    .requiredOption('--out <dir>', 'folder to write into (created; files of the same names are replaced)')
    .option('--seed <s>', 'seed: the same seed writes the same bytes', positive('seed'), 1)
    .option('--projects <n>', 'average projects per plan', positive('projects'), 300)
    .addOption(
      new Option('--editions <n>', '1: 十五五 plans; 2: each region’s 十四五 plan too')
        .choices(['1', '2'])
        .default('1'),
    )
    .option('--layouts <list>', `box layouts to use (${LAYOUTS.join(',')})`, layouts, [...LAYOUTS])
    .option('--quiet', 'no progress bar');
  program.parse(argv);
  const opts = program.opts<{
    plans: number;
    out: string;
    seed: number;
    projects: number;
    editions: string;
    layouts: Layout[];
    quiet?: boolean;
  }>();
  const options: CorpusOptions = {
    plans: opts.plans,
    seed: opts.seed,
    projects: opts.projects,
    editions: opts.editions === '2' ? 2 : 1,
    layouts: opts.layouts,
  };
  if (Math.ceil(options.plans / options.editions) > Geography.maxRegions())
    program.error(`--plans: at most ${Geography.maxRegions() * options.editions}`);

  fs.mkdirSync(opts.out, { recursive: true });
  const bar = opts.quiet
    ? null
    : new SingleBar(
        { format: 'plans {bar} {value}/{total} | {projects} projects | {rate} plans/s' },
        Presets.shades_classic,
      );
  const started = Date.now();
  let projects = 0;
  bar?.start(options.plans, 0, { projects: 0, rate: '0' });
  const manifest = fs.openSync(path.join(opts.out, 'corpus.jsonl'), 'w');
  try {
    for (let i = 0; i < options.plans; i++) {
      const written = writePlan(opts.out, options, i);
      projects += written.projects;
      fs.writeSync(manifest, JSON.stringify(written) + '\n');
      bar?.update(i + 1, { projects, rate: ((i + 1) / ((Date.now() - started) / 1000)).toFixed(1) });
    }
  } finally {
    fs.closeSync(manifest);
    bar?.stop();
  }
  process.stdout.write(
    `${options.plans} plans, ${projects} projects in ${opts.out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}

if (require.main === module) {
  try {
    main(process.argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
