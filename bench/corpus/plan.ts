import { type Geography, type Region } from './geography';
import { properWord } from './names';
import { Random } from './random';
import { DEPARTMENTS, FIRM_ENDINGS, SECTORS, type Sector } from './vocabulary';

/** A five-year plan's edition: 十四五 (2021–2025) or 十五五 (2026–2030). */
export interface Edition {
  number: 14 | 15;
  zh: '十四' | '十五';
  year: number;
}
export const EDITIONS: readonly Edition[] = [
  { number: 14, zh: '十四', year: 2021 },
  { number: 15, zh: '十五', year: 2026 },
];

/** One project as the plan states it, with the answers a labeller would give (labels/GUIDE.md). */
export interface PlannedProject {
  name: string;
  tier: 'A' | 'B';
  /** Areas of the plan stated for it, by its name or by a group prefix. */
  districts: string[];
  orgs: string[];
  industry: string;
  /** An area whose prefix opens the project's group in an enumeration (then the name has no area). */
  group: string | null;
  /** Listed with 续建 (continues the previous edition's project of the same name). */
  continued: boolean;
  /** Where else the project appears. */
  note: string;
  /** What a table row says is built, and who answers for it. */
  content: string;
  location: string;
  units: string[];
}

export type Layout = 'prose' | 'table' | 'numbered';
export const LAYOUTS: readonly Layout[] = ['prose', 'table', 'numbered'];

export interface PlannedItem {
  number: number;
  title: string;
  projects: PlannedProject[];
}

export interface PlannedBox {
  number: number;
  title: string;
  sector: Sector;
  layout: Layout;
  items: PlannedItem[];
}

export interface PlannedPlan {
  region: Region;
  edition: Edition;
  boxes: PlannedBox[];
}

export interface PlanOptions {
  seed: number;
  /** Average projects per plan; each plan has ±20 %. */
  projects: number;
  layouts: readonly Layout[];
}

const wordOf = (rng: Random) => properWord((chars) => rng.pick(chars));

/**
 * The projects a region plans in one sector and edition, before any are taken from its counties:
 * a pure function of (seed, region, edition, sector), so a city can re-derive its counties'
 * projects and an edition its predecessor's without either being held in memory.
 */
export function sectorProjects(
  options: PlanOptions,
  region: Region,
  edition: Edition,
  sector: Sector,
  count: number,
): PlannedProject[] {
  const rng = Random.of(options.seed, 'projects', region.name, edition.number, sector.code);
  const out: PlannedProject[] = [];
  const names = new Set<string>();
  const own = region.level === 'city' ? '市' : '县';
  const base = (): Omit<PlannedProject, 'name' | 'tier' | 'districts' | 'orgs' | 'group'> => ({
    industry: sector.code,
    continued: false,
    note: '',
    content: rng.pick(sector.content),
    location: `全${own}`,
    units: [`${own}${rng.pick(DEPARTMENTS)}`],
  });
  for (let attempt = 0; out.length < count && attempt < count * 20; attempt++) {
    const kind = rng.pick(sector.kinds);
    const area = rng.pick(region.areas);
    const roll = rng.next();
    let project: PlannedProject;
    if (roll < 0.3) {
      project = {
        ...base(),
        name: `${area}${wordOf(rng)}${kind}`,
        tier: 'A',
        districts: [area],
        orgs: [],
        group: null,
        location: area,
        units: [`${area}人民政府`],
      };
    } else if (roll < 0.5) {
      project = {
        ...base(),
        name: `${wordOf(rng)}${kind}`,
        tier: 'A',
        districts: [area],
        orgs: [],
        group: area,
        location: area,
        units: [`${area}人民政府`],
      };
    } else if (roll < 0.65) {
      // The region's own name: no district in its own plan, its own area in its city's plan.
      project = {
        ...base(),
        name: `${region.name}${wordOf(rng)}${kind}`,
        tier: 'A',
        districts: [],
        orgs: [],
        group: null,
      };
    } else if (roll < 0.8) {
      const firm = `${wordOf(rng)}${rng.pick(FIRM_ENDINGS)}`;
      const b = base();
      project = {
        ...b,
        name: `${firm}${kind}项目`,
        tier: 'A',
        districts: [],
        orgs: [firm],
        group: null,
        units: [...b.units, firm],
      };
    } else if (roll < 0.9) {
      project = { ...base(), name: `${own}级${kind}`, tier: 'B', districts: [], orgs: [], group: null };
    } else {
      project = { ...base(), name: `${wordOf(rng)}${kind}`, tier: 'A', districts: [], orgs: [], group: null };
    }
    if (names.has(project.name)) continue;
    names.add(project.name);
    out.push(project);
  }
  return out;
}

/** Averages: a plan's projects per box, and the shares that repeat or continue others. */
const PROJECTS_PER_BOX = 25;
const FROM_COUNTIES = 0.25;
const CONTINUED = 0.1;

function projectCount(options: PlanOptions, region: Region, edition: Edition): number {
  const rng = Random.of(options.seed, 'size', region.name, edition.number);
  return Math.max(3, Math.round(options.projects * (0.8 + 0.4 * rng.next())));
}

/** The sectors a plan has boxes for, and how many of its own projects each box lists. */
function shapeOf(options: PlanOptions, region: Region, edition: Edition): { sectors: Sector[]; perBox: number } {
  const total = projectCount(options, region, edition);
  // A region plans for the same sectors edition after edition.
  const rng = Random.of(options.seed, 'sectors', region.name);
  const count = Math.min(SECTORS.length, Math.max(1, Math.round(total / PROJECTS_PER_BOX)));
  const chosen = new Set(rng.sample(SECTORS, count));
  return { sectors: SECTORS.filter((s) => chosen.has(s)), perBox: Math.max(1, Math.round(total / count)) };
}

/** The projects a region's own plan lists in a sector (none when it has no box for it). */
function ownProjects(options: PlanOptions, region: Region, edition: Edition, sector: Sector): PlannedProject[] {
  const { sectors, perBox } = shapeOf(options, region, edition);
  return sectors.includes(sector) ? sectorProjects(options, region, edition, sector, perBox) : [];
}

/** A project of a county as its city's plan lists it: the county's own name now states a district. */
function fromCounty(county: Region, project: PlannedProject): PlannedProject {
  return {
    ...project,
    districts: [county.name],
    group: null,
    location: county.name,
    units: [`${county.name}人民政府`],
    note: `also in the plan of ${county.name}`,
  };
}

/** The boxes of one plan: its own projects, its counties' flagship ones, continuations of the last edition. */
export function planOf(options: PlanOptions, geography: Geography, regionIndex: number, edition: Edition): PlannedPlan {
  const region = geography.region(regionIndex);
  const { sectors } = shapeOf(options, region, edition);
  const rng = Random.of(options.seed, 'plan', region.name, edition.number);
  const counties = geography.countyPositions(region).map((i) => geography.region(i));
  const previous = EDITIONS.find((e) => e.number === edition.number - 1);

  const boxes = sectors.map((sector, b): PlannedBox => {
    const projects = ownProjects(options, region, edition, sector);
    const names = new Set(projects.map((p) => p.name));
    const add = (p: PlannedProject) => {
      if (names.has(p.name)) return;
      names.add(p.name);
      projects.push(p);
    };
    for (const county of counties) {
      for (const p of ownProjects(options, county, edition, sector)) {
        if (p.name.startsWith(county.name) && rng.chance(FROM_COUNTIES * 2)) add(fromCounty(county, p));
      }
    }
    if (previous) {
      for (const p of ownProjects(options, region, previous, sector)) {
        if (p.tier !== 'A' || !rng.chance(CONTINUED)) continue;
        // A group prefix is not repeated when the project is listed again, so it states no area then.
        const again = { ...p, group: null, districts: p.group ? [] : p.districts };
        if (rng.chance(0.5)) add({ ...again, name: `${p.name}二期`, note: `phase two of a ${previous.zh}五 project` });
        else add({ ...again, continued: true, note: `continues the ${previous.zh}五 project` });
      }
    }
    const layout = rng.pick(options.layouts);
    const titles = layout === 'prose' ? sector.items : [''];
    const items: PlannedItem[] = titles.map((title, i) => ({
      number: layout === 'prose' ? i + 1 : 0,
      title,
      projects: [],
    }));
    projects.forEach((p, i) => items[i % items.length].projects.push(p));
    return {
      number: b + 2,
      title: sector.boxTitle,
      sector,
      layout,
      items: items.filter((item) => item.projects.length),
    };
  });
  return { region, edition, boxes };
}
