import type { z } from 'zod';
import type { Bundle, Evidence, Project } from '../bundle/schema';
import {
  NodeLabel,
  RelType,
  type NodeProps,
  type ProvenanceProps,
  type RegionProps,
  type Rule,
  type RelProps,
} from '../../graph/model';
import type { Region } from '../resolve/regions';
import * as Q from './cypher';
import { projectMatchKey } from './match-key';
import { planScope, type PlanScope } from './scope';
import { InvalidBundleError } from './validate';
import { industryOrderKeys, pinyinSortKey, planOrderKey } from './sort-key';
import { standardFacilityKinds } from '../extract/facility-kinds';

/** One node to write: its id and its properties as graph/model.ts types them for its label. */
export interface NodeRow<L extends NodeLabel = NodeLabel> {
  id: string;
  props: NodeProps[L];
}
/** One relationship to write, typed by graph/model.ts for its type. */
export interface RelationshipRow<T extends RelType = RelType> {
  from: string;
  to: string;
  props: RelProps[T];
}

export interface NodeWrite<L extends NodeLabel = NodeLabel> {
  kind: 'nodes';
  label: L;
  cypher: string;
  rows: NodeRow<L>[];
}
export interface RelationshipWrite<T extends RelType = RelType> {
  kind: 'relationships';
  type: T;
  from: NodeLabel;
  to: NodeLabel;
  cypher: string;
  rows: RelationshipRow<T>[];
}
export type Write = NodeWrite | RelationshipWrite;

export const industryId = (code: string) => `industry:${code}`;

/** The provenance properties every fact-stating relationship carries (graph/model.ts). */
type Provenance = z.input<typeof ProvenanceProps>;

const provenance = ({ document, line, quote, basis, rule, alias, why, premises }: Evidence): Provenance => ({
  document,
  line,
  quote,
  basis,
  rule,
  alias: alias ?? null,
  whyZh: why?.zh ?? null,
  whyEn: why?.en ?? null,
  premises: premises?.length ? JSON.stringify(premises) : null,
});

const searchText = (...names: string[]) => [...new Set(names.filter(Boolean))].join(' ');

/** Keeps the last row per key, so a later, more specific statement of a fact replaces an earlier one. */
function lastPerKey<T>(rows: T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    byKey.delete(k);
    byKey.set(k, row);
  }
  return [...byKey.values()];
}

const pairKey = (row: RelationshipRow) => `${row.from}\u0000${row.to}`;
const roleKey = (row: RelationshipRow<'RESPONSIBLE' | 'REPORTS_TO'>) => `${pairKey(row)}\u0000${row.props.role}`;

function nodes<L extends NodeLabel>(label: L, cypher: string, rows: NodeRow<L>[]): NodeWrite {
  return { kind: 'nodes', label, cypher, rows };
}

function relationships<T extends RelType>(
  from: NodeLabel,
  type: T,
  to: NodeLabel,
  cypher: string,
  rows: RelationshipRow<T>[],
  key: (row: RelationshipRow<T>) => string = pairKey,
): RelationshipWrite {
  return { kind: 'relationships', type, from, to, cypher, rows: lastPerKey(rows, key) };
}

function listedIn(
  project: Project,
  boxDocument: Map<number, string>,
  boxId: (n: number) => string,
): RelationshipRow<'LISTED_IN'>[] {
  // One LISTED_IN per box: the first mention in a box stands for the project's listing there.
  const seen = new Set<number>();
  return project.mentions.flatMap((mention) => {
    if (seen.has(mention.box)) return [];
    seen.add(mention.box);
    const document = boxDocument.get(mention.box) ?? project.source.document;
    return [
      {
        from: project.id,
        to: boxId(mention.box),
        props: {
          item: mention.item,
          document,
          line: mention.line,
          quote: mention.quote,
          basis: 'stated',
          rule: 'box-item',
        },
      },
    ];
  });
}

/**
 * The regions a plan names: its own and those above it, and its districts below it, each once.
 * A link to a district the bundle does not list is an error (checkReferences), not a new region.
 */
function regionRows(bundle: Bundle, scope: PlanScope): NodeRow<'Region'>[] {
  const regions = new Map<string, { region: Region; kind: RegionProps['kind'] }>();
  for (const region of scope.regions) regions.set(region.id, { region, kind: region.level });
  for (const { name, kind } of bundle.districts) {
    const region = scope.district(name);
    if (!regions.has(region.id)) regions.set(region.id, { region, kind });
  }
  return [...regions.values()].map(({ region: { id, name, level, code, path, parentId }, kind }) => ({
    id,
    props: { name, level, code, path, kind, parentId },
  }));
}

/**
 * Turns a bundle whose ids are scoped to its plan (scope.ts) into the batched writes of the
 * graph/model.ts graph, in dependency order.
 */
/** A facility kind's name in one language from the bundled vocabulary; null for no kind or an unknown one. */
function kindName(kind: string | null, lang: 'zh' | 'en'): string | null {
  return (kind && standardFacilityKinds().get(kind)?.[lang]) ?? null;
}

export function planWrites(bundle: Bundle, scope: PlanScope = planScope(bundle)): Write[] {
  const boxId = (number: number) => scope.box(number);
  const districtId = (name: string) => scope.district(name).id;
  const regions = regionRows(bundle, scope);
  const placeName = new Map(bundle.places.map((p) => [p.id, p.name]));
  // A project's sort keys go on its node and on its industry links: worked out once.
  const sortKeys = new Map(
    bundle.projects.map((p) => [
      p.id,
      { nameKey: pinyinSortKey(p.name), orderKey: planOrderKey(p.box, p.item, p.source.line, p.id) },
    ]),
  );
  const boxDocument = new Map(bundle.boxes.map((b) => [b.number, b.document]));
  const unitEvidence = new Map(bundle.units.map((u) => [u.id, u.evidence]));
  const units: NodeRow<'Unit'>[] = bundle.units.map(({ id, name, kind, aliases, district, duties, evidence }) => ({
    id,
    props: { name, kind, aliases, district, duties, ...provenance(evidence), searchText: searchText(name, ...aliases) },
  }));

  const writes: Write[] = [
    nodes(
      NodeLabel.Document,
      Q.CREATE_DOCUMENTS,
      bundle.documents.map(({ id, ...props }) => ({ id, props })),
    ),
    nodes(
      NodeLabel.Chapter,
      Q.CREATE_CHAPTERS,
      bundle.chapters.map(({ id, level, number, title, document, line }) => ({
        id,
        props: { level, number, title, document, line },
      })),
    ),
    nodes(
      NodeLabel.Box,
      Q.CREATE_BOXES,
      bundle.boxes.map((b) => ({
        id: boxId(b.number),
        props: {
          number: b.number,
          title: b.title,
          chapterId: b.chapterId,
          document: b.document,
          line: b.line,
          itemNumbers: b.items.map((i) => i.number),
          itemTitles: b.items.map((i) => i.title),
          itemLines: b.items.map((i) => i.line),
        },
      })),
    ),
    nodes(
      NodeLabel.Industry,
      Q.MERGE_INDUSTRIES,
      bundle.industries.map((i) => ({ id: industryId(i.code), props: { ...i } })),
    ),
    nodes(NodeLabel.Region, Q.MERGE_REGIONS, regions),
    nodes(
      NodeLabel.Place,
      Q.CREATE_PLACES,
      bundle.places.map(({ id, name, district }) => ({ id, props: { name, district, searchText: searchText(name) } })),
    ),
    nodes(NodeLabel.Unit, Q.MERGE_UNITS, units),
    nodes(
      NodeLabel.Project,
      Q.CREATE_PROJECTS,
      bundle.projects.map((p) => ({
        id: p.id,
        props: {
          name: p.name,
          matchKey: projectMatchKey(p.name),
          ...sortKeys.get(p.id)!,
          tier: p.tier,
          box: p.box,
          boxes: p.boxes,
          item: p.item,
          kind: p.kind,
          // The kind's names travel with the project so the API reads them without the vocabulary file.
          kindZh: kindName(p.kind, 'zh'),
          kindEn: kindName(p.kind, 'en'),
          chapterId: p.chapterId,
          orgs: p.orgs,
          document: p.source.document,
          line: p.source.line,
          quote: p.source.quote,
          basis: p.source.basis ?? 'stated',
          rule: p.source.rule ?? 'box-item',
          searchText: searchText(p.name, ...p.places.map((l) => placeName.get(l.id) ?? '')),
        },
      })),
    ),
    nodes(
      NodeLabel.Task,
      Q.CREATE_TASKS,
      bundle.tasks.map(({ id, number, group, title, text, evidence }) => ({
        id,
        props: { number, group, title, text, ...provenance(evidence) },
      })),
    ),
    nodes(
      NodeLabel.Indicator,
      Q.CREATE_INDICATORS,
      bundle.indicators.map(({ id, industries: _links, evidence, ...fields }) => ({
        id,
        props: { ...fields, ...provenance(evidence) },
      })),
    ),

    // Each plan's statement of a unit, from the document that names it; the node shows one (cypher.ts).
    relationships(
      NodeLabel.Document,
      RelType.NAMES,
      NodeLabel.Unit,
      Q.CREATE_DOCUMENT_NAMES,
      units.map(({ id, props }, i) => ({ from: bundle.units[i].evidence.document, to: id, props })),
    ),
    relationships(
      NodeLabel.Chapter,
      RelType.PART_OF,
      NodeLabel.Chapter,
      Q.CREATE_CHAPTER_PART_OF_CHAPTER,
      bundle.chapters
        .filter((c) => c.parentId !== null)
        .map((c) => ({ from: c.id, to: c.parentId!, props: outline(c.document, c.line, c.title) })),
    ),
    relationships(
      NodeLabel.Chapter,
      RelType.PART_OF,
      NodeLabel.Document,
      Q.CREATE_CHAPTER_PART_OF_DOCUMENT,
      bundle.chapters
        .filter((c) => c.parentId === null)
        .map((c) => ({ from: c.id, to: c.document, props: outline(c.document, c.line, c.title) })),
    ),
    relationships(
      NodeLabel.Box,
      RelType.IN_CHAPTER,
      NodeLabel.Chapter,
      Q.CREATE_BOX_IN_CHAPTER,
      bundle.boxes
        .filter((b) => b.chapterId !== null)
        .map((b) => ({ from: boxId(b.number), to: b.chapterId!, props: outline(b.document, b.line, b.title) })),
    ),
    relationships(
      NodeLabel.Project,
      RelType.LISTED_IN,
      NodeLabel.Box,
      Q.CREATE_PROJECT_LISTED_IN,
      bundle.projects.flatMap((p) => listedIn(p, boxDocument, boxId)),
    ),
    relationships(
      NodeLabel.Project,
      RelType.IN_INDUSTRY,
      NodeLabel.Industry,
      Q.CREATE_PROJECT_IN_INDUSTRY,
      bundle.projects.flatMap((p) => {
        const { nameKey, orderKey } = sortKeys.get(p.id)!;
        return p.industries.map((l) => ({
          from: p.id,
          to: industryId(l.code),
          props: { ...provenance(l), ...industryOrderKeys(l.code, nameKey, orderKey) },
        }));
      }),
    ),
    relationships(
      NodeLabel.Project,
      RelType.IN_DISTRICT,
      NodeLabel.Region,
      Q.CREATE_PROJECT_IN_DISTRICT,
      bundle.projects.flatMap((p) =>
        p.districts.map((l) => ({ from: p.id, to: districtId(l.name), props: provenance(l) })),
      ),
    ),
    relationships(
      NodeLabel.Project,
      RelType.AT_PLACE,
      NodeLabel.Place,
      Q.CREATE_PROJECT_AT_PLACE,
      bundle.projects.flatMap((p) => p.places.map((l) => ({ from: p.id, to: l.id, props: provenance(l) }))),
    ),
    relationships(
      NodeLabel.Project,
      RelType.RESPONSIBLE,
      NodeLabel.Unit,
      Q.CREATE_PROJECT_RESPONSIBLE,
      [
        // The organisations a project names; a responsibility stated for the same pair replaces it.
        ...bundle.projects.flatMap((p) =>
          p.orgs.map((unitId): RelationshipRow<'RESPONSIBLE'> => ({
            from: p.id,
            to: unitId,
            props: { role: 'implementing', ...p.source, basis: 'stated', rule: 'project-org' },
          })),
        ),
        ...responsibilities(bundle, 'project'),
      ],
      roleKey,
    ),
    relationships(
      NodeLabel.Task,
      RelType.RESPONSIBLE,
      NodeLabel.Unit,
      Q.CREATE_TASK_RESPONSIBLE,
      [
        ...bundle.tasks.flatMap((t) =>
          t.units.map((u): RelationshipRow<'RESPONSIBLE'> => ({
            from: t.id,
            to: u.unitId,
            props: { role: u.role, ...provenance(t.evidence), basis: u.basis, rule: 'task-units' },
          })),
        ),
        ...responsibilities(bundle, 'task'),
      ],
      roleKey,
    ),
    relationships(
      NodeLabel.Task,
      RelType.MENTIONS,
      NodeLabel.Project,
      Q.CREATE_TASK_MENTIONS,
      bundle.tasks.flatMap((t) =>
        t.projectIds.map((projectId) => ({
          from: t.id,
          to: projectId,
          props: { ...provenance(t.evidence), basis: 'stated', rule: 'task-project-name' },
        })),
      ),
    ),
    relationships(
      NodeLabel.Unit,
      RelType.REPORTS_TO,
      NodeLabel.Unit,
      Q.CREATE_UNIT_REPORTS_TO,
      responsibilities(bundle, 'unit'),
      roleKey,
    ),
    relationships(NodeLabel.Unit, RelType.GOVERNS, NodeLabel.Region, Q.CREATE_UNIT_GOVERNS, [
      ...bundle.units
        .filter((u) => u.district !== null)
        .map((u) => governs(u.id, districtId(u.district!), u.evidence, 'unit-district')),
      // The profile's entry for a district's government replaces the unit's first mention.
      ...bundle.districts
        .filter((d) => d.governmentId !== null)
        .map((d) =>
          governs(
            d.governmentId!,
            districtId(d.name),
            d.governmentEvidence ?? unitEvidence.get(d.governmentId!),
            'district-government',
          ),
        ),
    ]),
    relationships(
      NodeLabel.Place,
      RelType.IN_DISTRICT,
      NodeLabel.Region,
      Q.CREATE_PLACE_IN_DISTRICT,
      bundle.places
        .filter((p) => p.district !== null)
        .map((p) => ({ from: p.id, to: districtId(p.district!), props: placeDistrict(bundle, p.id) })),
    ),
    relationships(
      NodeLabel.Region,
      RelType.WITHIN,
      NodeLabel.Region,
      Q.MERGE_REGION_WITHIN,
      regions.flatMap(({ id, props: { parentId, code } }) =>
        parentId ? [{ from: id, to: parentId, props: regionWithin(code ?? null) }] : [],
      ),
    ),
    relationships(
      NodeLabel.Indicator,
      RelType.MEASURES,
      NodeLabel.Industry,
      Q.CREATE_INDICATOR_MEASURES,
      bundle.indicators.flatMap((i) =>
        i.industries.map((l) => ({ from: i.id, to: industryId(l.code), props: provenance(l.evidence) })),
      ),
    ),
  ];
  checkReferences(writes, bundle.source.file);
  return writes;
}

const outline = (document: string, line: number, quote: string): Provenance => ({
  document,
  line,
  quote,
  basis: 'stated',
  rule: 'outline',
});

function responsibilities(
  bundle: Bundle,
  subjectKind: 'project' | 'task' | 'unit',
): RelationshipRow<'RESPONSIBLE' | 'REPORTS_TO'>[] {
  return bundle.responsibilities
    .filter((r) => r.subjectKind === subjectKind)
    .map((r) => ({
      from: r.subjectId,
      to: r.unitId,
      props: { role: r.role, task: r.taskId ?? null, ...provenance(r.evidence) },
    }));
}

function governs(
  unitId: string,
  regionId: string,
  evidence: Evidence | undefined,
  rule: Rule,
): RelationshipRow<'GOVERNS'> {
  const props: Provenance = evidence
    ? { ...provenance(evidence), rule: evidence.why ? evidence.rule : rule }
    : { document: null, line: null, quote: null, basis: 'derived', rule };
  return { from: unitId, to: regionId, props };
}

/** Where a region lies comes from the division dataset when its code is known, else from the plan's own region. */
const regionWithin = (code: string | null): Provenance => ({
  document: null,
  line: null,
  quote: null,
  basis: 'derived',
  rule: code ? 'division-code' : 'plan-region',
});

/**
 * A place's district comes from the city profile, not from a sentence; the first sentence that
 * names a project at the place is the nearest the plan comes to stating it.
 */
function placeDistrict(bundle: Bundle, placeId: string): Provenance {
  const place = bundle.places.find((p) => p.id === placeId);
  if (place?.evidence) return provenance(place.evidence);
  for (const project of bundle.projects) {
    const link = project.places.find((l) => l.id === placeId);
    if (link)
      return { document: link.document, line: link.line, quote: link.quote, basis: 'derived', rule: 'place-district' };
  }
  return { document: null, line: null, quote: null, basis: 'derived', rule: 'place-district' };
}

/** Duplicate node ids and relationships to nodes the bundle does not hold are errors, not silent drops. */
function checkReferences(writes: Write[], origin: string): void {
  const ids = new Map<NodeLabel, Set<string>>();
  const problems: string[] = [];
  for (const write of writes) {
    if (write.kind !== 'nodes') continue;
    const seen = new Set<string>();
    for (const row of write.rows) {
      if (seen.has(row.id)) problems.push(`${write.label} ${row.id} appears more than once`);
      seen.add(row.id);
    }
    ids.set(write.label, seen);
  }
  for (const write of writes) {
    if (write.kind !== 'relationships') continue;
    for (const row of write.rows) {
      for (const [label, id] of [
        [write.from, row.from],
        [write.to, row.to],
      ] as const) {
        if (!ids.get(label)?.has(id)) problems.push(`${row.from} -[:${write.type}]-> ${row.to}: no ${label} ${id}`);
      }
    }
  }
  if (problems.length) throw new InvalidBundleError(origin, [...new Set(problems)]);
}
