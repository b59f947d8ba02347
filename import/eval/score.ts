import { boxLabel } from '../../graph/box-number';
import type { Bundle, Project } from '../bundle/schema';
import { normaliseName } from '../bundle/ids';
import type { CityProfile } from '../city/profile';
import type { Label } from './labels';

/** Counts behind one plan's figures: each figure is right / scored. */
export interface PlanCounts {
  tierA: number;
  tierAFound: number;
  labelled: number;
  labelledFound: number;
  extracted: number;
  extractedLabelled: number;
  districtScored: number;
  districtRight: number;
  industryScored: number;
  industryRight: number;
  orgScored: number;
  orgRight: number;
}

/** The figures the harness reports for a plan, each between 0 and 1. */
export interface PlanFigures {
  recallA: number;
  recallAll: number;
  precision: number;
  districts: number;
  industry: number;
  orgs: number;
}

export const FIGURES: readonly (keyof PlanFigures)[] = [
  'recallA',
  'recallAll',
  'precision',
  'districts',
  'industry',
  'orgs',
];

export interface PlanScore {
  counts: PlanCounts;
  figures: PlanFigures;
  /** What went wrong, one line each: misses, extras and wrong links. */
  details: string[];
}

export interface ScoreOptions {
  /** Label rows whose districts are not scored (names the guide calls ambiguous). */
  districtScorable?: (label: Label) => boolean;
}

/**
 * Whether a label row's district is scored: the labelling guide leaves unscored the names holding a
 * short form the city profile calls ambiguous (昌南 alone) not followed by its district's own suffix
 * (昌南新区 is scored).
 */
export function districtScorableIn(profile: CityProfile): (label: Label) => boolean {
  const ambiguous = profile.ambiguousShortForms
    .filter((a) => a.districtWhenFollowedBy.length === 0)
    .map((a) => ({
      form: a.form,
      district: profile.districts.find((d) => d.shortForms.includes(a.form))?.name ?? a.form,
    }));
  return (label) =>
    ambiguous.every(
      ({ form, district }) => label.name.split(form).length - 1 === label.name.split(district).length - 1,
    );
}

/**
 * A label and a project are the same name in the same box; ASCII and full-width forms are one name
 * (梧岭物流园(一期), 轨道交通１号线 as the reader writes it: 轨道交通1号线).
 */
const key = (box: number, name: string) => `${box}|${normaliseName(name.normalize('NFKC'))}`;

/** The names an organisation is known by in the bundle: its name and aliases. */
function orgNames(bundle: Pick<Bundle, 'units'>, project: Project): string[][] {
  return project.orgs.map((id) => {
    const unit = bundle.units.find((u) => u.id === id);
    return unit ? [unit.name, ...unit.aliases] : [id.replace(/^unit:/, '')];
  });
}

/** A labelled organisation and a found one are the same when one name holds the other (澜磁科技 / 澜磁科技有限公司). */
const sameOrg = (label: string, names: string[]) => names.some((n) => n.includes(label) || label.includes(n));

/**
 * Scores a bundle's projects against a plan's labels, box by box: Tier-A and overall recall,
 * precision (extracted projects that are labelled), and for found projects the stated districts,
 * the primary industry and the organisations.
 */
export function scorePlan(
  bundle: Pick<Bundle, 'projects' | 'units'>,
  labels: Label[],
  options: ScoreOptions = {},
): PlanScore {
  const boxes = new Set(labels.map((l) => l.box));
  const found = new Map<string, Project>();
  for (const project of bundle.projects)
    for (const box of project.boxes) if (boxes.has(box)) found.set(key(box, project.name), project);
  const labelled = new Set(labels.map((l) => key(l.box, l.name)));
  const c: PlanCounts = {
    tierA: 0,
    tierAFound: 0,
    labelled: labels.length,
    labelledFound: 0,
    extracted: found.size,
    extractedLabelled: 0,
    districtScored: 0,
    districtRight: 0,
    industryScored: 0,
    industryRight: 0,
    orgScored: 0,
    orgRight: 0,
  };
  const details: string[] = [];
  for (const label of labels) {
    const project = found.get(key(label.box, label.name));
    if (label.tier === 'A') c.tierA += 1;
    if (!project) {
      details.push(`miss   专栏${boxLabel(label.box)} ${label.tier} ${label.name}`);
      continue;
    }
    c.labelledFound += 1;
    if (label.tier === 'A') c.tierAFound += 1;
    if (options.districtScorable?.(label) ?? true) {
      c.districtScored += 1;
      const stated = [...new Set(project.districts.filter((d) => d.basis === 'stated').map((d) => d.name))]
        .sort()
        .join(',');
      if (stated === [...label.districts].sort().join(',')) c.districtRight += 1;
      else details.push(`district ${label.name}: ${stated || '-'} ≠ ${label.districts.join(',') || '-'}`);
    }
    c.industryScored += 1;
    const industry = project.industries[0]?.code ?? '-';
    if (industry === label.industry) c.industryRight += 1;
    else details.push(`industry ${label.name}: ${industry} ≠ ${label.industry}`);
    c.orgScored += 1;
    const orgs = orgNames(bundle, project);
    const right =
      label.orgs.every((o) => orgs.some((names) => sameOrg(o, names))) &&
      orgs.every((names) => label.orgs.some((o) => sameOrg(o, names)));
    if (right) c.orgRight += 1;
    else details.push(`orgs ${label.name}: ${orgs.map((n) => n[0]).join(',') || '-'} ≠ ${label.orgs.join(',') || '-'}`);
  }
  for (const [k, project] of found) {
    if (labelled.has(k)) c.extractedLabelled += 1;
    else details.push(`extra  专栏${boxLabel(Number(k.split('|')[0]))} ${project.tier} ${project.name}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    counts: c,
    figures: {
      recallA: ratio(c.tierAFound, c.tierA),
      recallAll: ratio(c.labelledFound, c.labelled),
      precision: ratio(c.extractedLabelled, c.extracted),
      districts: ratio(c.districtRight, c.districtScored),
      industry: ratio(c.industryRight, c.industryScored),
      orgs: ratio(c.orgRight, c.orgScored),
    },
    details,
  };
}
