import fs from 'node:fs';
import path from 'node:path';
import { Geography } from './geography';
import { EDITIONS, type Layout, type PlanOptions, planOf } from './plan';
import { LABEL_COLUMNS, planTitle, writeGazette } from './render';

/** What one written plan holds, as listed in the corpus manifest. */
export interface CorpusEntry {
  file: string;
  labels: string;
  profile: string;
  region: string;
  level: 'city' | 'county';
  province: string;
  city: string;
  edition: number;
  title: string;
  boxes: number;
  projects: number;
  bytes: number;
}

export interface CorpusOptions {
  plans: number;
  seed: number;
  /** Average projects per plan. */
  projects: number;
  /** 1: the 十五五 plans; 2: each region's 十四五 plan before its 十五五 plan. */
  editions: 1 | 2;
  layouts: readonly Layout[];
}

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

/**
 * Plan `i` of the corpus as files: the gazette text, its labels and the city profile of its
 * invented region (what an importer may know beyond the text: the region's name and its areas).
 */
export function writePlan(dir: string, options: CorpusOptions, i: number): CorpusEntry {
  const editions = EDITIONS.slice(EDITIONS.length - options.editions);
  const edition = editions[i % editions.length];
  const geography = new Geography(options.seed);
  const planOptions: PlanOptions = { seed: options.seed, projects: options.projects, layouts: options.layouts };
  const plan = planOf(planOptions, geography, Math.floor(i / editions.length), edition);
  const { region } = plan;
  const stem = `${String(i + 1).padStart(4, '0')}-${region.name}-${edition.zh}五`;
  const gazette = writeGazette(plan, options.seed);
  const text = gazette.lines.join('\n') + '\n';
  const profile = {
    about: `Invented region of a generated corpus (seed ${options.seed}); not a real place.`,
    // Where the invented region lies, which its text does not say and no division list knows: without
    // it a county's plan is not placed in its city, and their shared projects are not linked.
    province: region.province,
    parentCity: region.level === 'county' ? region.city : null,
    city: {
      name: region.name,
      shortForms: [region.short],
      government: { name: `${region.name}人民政府`, aliases: [] },
    },
    districts:
      region.level === 'city'
        ? region.areas.map((name) => ({
            name,
            kind: name.endsWith('区') ? 'district' : name.endsWith('县') ? 'county' : 'city',
            countyLevel: true,
            shortForms: [],
            government: { name: `${name}人民政府`, aliases: [] },
          }))
        : [],
  };
  const files = { file: `${stem}.txt`, labels: `${stem}.labels.tsv`, profile: `${stem}.profile.json` };
  fs.writeFileSync(path.join(dir, files.file), text);
  fs.writeFileSync(path.join(dir, files.labels), tsv([LABEL_COLUMNS, ...gazette.labels]));
  fs.writeFileSync(path.join(dir, files.profile), JSON.stringify(profile, null, 2) + '\n');
  return {
    ...files,
    region: region.name,
    level: region.level,
    province: region.province,
    city: region.city,
    edition: edition.number,
    title: planTitle(plan).title,
    boxes: plan.boxes.length,
    projects: gazette.labels.length,
    bytes: Buffer.byteLength(text),
  };
}
