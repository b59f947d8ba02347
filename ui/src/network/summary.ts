import type { ElementDefinition } from 'cytoscape';
import type { SummaryQuery } from '../gql/graphql';
import { colourFor } from '../cytoscape/styles';
import { FIRST_SCREEN_WORDS } from '../i18n/firstScreen';
import type { UrlState } from '../url-state/search';

/** How the summary groups the projects: industries linked to districts, or boxes. */
export type SummaryBy = 'industry' | 'box';
export const SUMMARY_BY: SummaryBy[] = ['industry', 'box'];

/** The grouping the URL asks for (`by`), by industry unless it names another. */
export function summaryByOf(state: UrlState): SummaryBy {
  return SUMMARY_BY.includes(state.by as SummaryBy) ? (state.by as SummaryBy) : 'industry';
}

/** What the summary's labels say besides names. */
export interface SummaryWords {
  noDistrict: string;
  count: (n: number) => string;
}

/** The summary's words in a language (the message tables hold the same texts). */
export function summaryWords(lang: 'zh' | 'en'): SummaryWords {
  const words = FIRST_SCREEN_WORDS[lang];
  return {
    noDistrict: words['network.noDistrict'],
    count: (n) => words['network.projectCount'].replace('{count}', String(n)),
  };
}

/**
 * What an aggregate node opens when clicked: a facet (`value` null for projects that state no
 * district), or, for a region, the summary one level down.
 */
export interface AggregateTarget {
  facet: 'industry' | 'district' | 'box' | 'region';
  value: string | null;
}

const PREFIX = 'group:';

/** The facet an aggregate node's id names, or undefined for any other node. */
export function aggregateTarget(id: string): AggregateTarget | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const [facet, ...rest] = id.slice(PREFIX.length).split(':');
  const value = rest.join(':');
  if (facet !== 'industry' && facet !== 'district' && facet !== 'box' && facet !== 'region') return undefined;
  return { facet, value: value === '' ? null : value };
}

const MIN_SIZE = 18;
const MAX_SIZE = 90;

/** Node diameter by project count: area grows with the count, so a group twice as big looks it. */
export function sizeFor(count: number, max: number): number {
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(count / Math.max(1, max)));
}

function aggregate(id: string, type: string, label: string, count: number, max: number): ElementDefinition {
  return {
    group: 'nodes',
    classes: 'aggregate',
    data: { id, type, label, count, size: sizeFor(count, max), colour: colourFor(type), degree: 0 },
  };
}

/**
 * The summary network: one node per group of projects, sized by how many it holds and labelled
 * with the count; with `industry`, each industry is linked to each region below the scope when
 * plans lie in two or more of them, otherwise to each district, by the number of its projects there
 * (projects stating no district meet in one node of their own).
 */
export function summaryElements(
  data: SummaryQuery,
  by: SummaryBy,
  lang: 'zh' | 'en',
  words: SummaryWords,
): ElementDefinition[] {
  const labelled = (name: string, count: number) => `${name}\n${words.count(count)}`;
  if (by === 'box') {
    const boxes = data.boxes.filter((b) => b.projectCount > 0);
    const max = Math.max(...boxes.map((b) => b.projectCount));
    return boxes.map((b) =>
      aggregate(
        `${PREFIX}box:${b.number}`,
        'Box',
        labelled(lang === 'en' ? `Box ${b.label}` : `专栏${b.label} ${b.title}`, b.projectCount),
        b.projectCount,
        max,
      ),
    );
  }
  if (data.regionSummary.regions.length >= 2) return regionElements(data, lang, labelled);
  const cells = data.districtIndustryMatrix;
  const industries = data.industries.filter((i) => i.projectCount > 0);
  const unstated = cells.filter((c) => c.district === null).reduce((sum, c) => sum + c.count, 0);
  const districts = data.districts.filter((d) => d.projectCount > 0);
  const max = Math.max(...industries.map((i) => i.projectCount), ...districts.map((d) => d.projectCount), unstated);
  const nodes = [
    ...industries.map((i) =>
      aggregate(
        `${PREFIX}industry:${i.code}`,
        'Industry',
        labelled(lang === 'en' ? i.en : i.zh, i.projectCount),
        i.projectCount,
        max,
      ),
    ),
    ...districts.map((d) =>
      aggregate(`${PREFIX}district:${d.name}`, 'District', labelled(d.name, d.projectCount), d.projectCount, max),
    ),
    ...(unstated > 0
      ? [aggregate(`${PREFIX}district:`, 'District', labelled(words.noDistrict, unstated), unstated, max)]
      : []),
  ];
  return [
    ...nodes,
    ...links(
      nodes,
      cells.map((c) => ({
        source: `${PREFIX}industry:${c.industry}`,
        target: `${PREFIX}district:${c.district ?? ''}`,
        count: c.count,
      })),
    ),
  ];
}

/**
 * A country or province seen from above: one node per region directly below it that plans lie
 * in, one per industry, each industry linked to each region by the number of its projects there.
 */
function regionElements(
  data: SummaryQuery,
  lang: 'zh' | 'en',
  labelled: (name: string, count: number) => string,
): ElementDefinition[] {
  const { regions, cells } = data.regionSummary;
  const perIndustry = new Map<string, number>();
  for (const c of cells) perIndustry.set(c.industry, (perIndustry.get(c.industry) ?? 0) + c.count);
  const industries = data.industries.filter((i) => (perIndustry.get(i.code) ?? 0) > 0);
  const max = Math.max(...regions.map((r) => r.projectCount), ...perIndustry.values());
  const nodes = [
    ...industries.map((i) => {
      const count = perIndustry.get(i.code)!;
      return aggregate(
        `${PREFIX}industry:${i.code}`,
        'Industry',
        labelled(lang === 'en' ? i.en : i.zh, count),
        count,
        max,
      );
    }),
    ...regions.map((r) =>
      aggregate(`${PREFIX}region:${r.id}`, 'Region', labelled(r.name, r.projectCount), r.projectCount, max),
    ),
  ];
  return [
    ...nodes,
    ...links(
      nodes,
      cells.map((c) => ({
        source: `${PREFIX}industry:${c.industry}`,
        target: `${PREFIX}region:${c.region}`,
        count: c.count,
      })),
    ),
  ];
}

/** Links between present groups, as thick as their count. */
function links(
  nodes: ElementDefinition[],
  counts: { source: string; target: string; count: number }[],
): ElementDefinition[] {
  const present = new Set(nodes.map((n) => n.data.id));
  const kept = counts.filter((e) => present.has(e.source) && present.has(e.target));
  const maxCell = Math.max(1, ...kept.map((c) => c.count));
  return kept.map((e) => ({
    group: 'edges',
    classes: 'aggregate',
    data: {
      id: `${e.source}>${e.target}`,
      source: e.source,
      target: e.target,
      type: 'IN_DISTRICT',
      count: e.count,
      weight: 1 + (7 * e.count) / maxCell,
    },
  }));
}
