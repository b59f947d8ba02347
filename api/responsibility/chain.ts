import { Basis, evidenceFrom } from '../common/evidence';
import { nodeLabel } from '../common/node-label';
import { ChainStatus, type ChainNode, type ChainPath, type ChainStep } from './chain.type';
import { stepRelation } from './relation-names';

/** The unit kind at the top of a city's responsibility hierarchy (the 市人民政府). */
export const TOP_UNIT_KIND = 'government';

/** A node as the chain statements return it: its id, label, kind and what its name is made of. */
export interface RawNode {
  id: string;
  type: string;
  name?: string | null;
  title?: string | null;
  zh?: string | null;
  number?: unknown;
  kind?: string | null;
}

export interface RawStep {
  from: RawNode;
  to: RawNode;
  /** The relationship type, and whether the step goes from its start node to its end node. */
  type: string;
  forward: boolean;
  role?: string | null;
  evidence: Record<string, unknown>;
}

const chainNode = (raw: RawNode): ChainNode => ({ id: raw.id, type: raw.type, name: nodeLabel(raw.type, raw, raw.id) });

export function chainStep(raw: RawStep): ChainStep {
  const evidence = evidenceFrom(raw.evidence);
  return {
    from: chainNode(raw.from),
    to: chainNode(raw.to),
    relation: stepRelation(raw.type, raw.forward),
    type: raw.type,
    forward: raw.forward,
    role: raw.role ?? null,
    basis: evidence.basis,
    evidence,
  };
}

/** Unit kinds that stand outside the city government's line (a firm, a university, a central body). */
const OUTSIDE_GOVERNMENT = new Set(['enterprise', 'institution', 'other']);

function stopNote(end: RawNode, steps: RawStep[]): { zh: string; en: string } {
  const { name } = chainNode(end);
  if (steps.length === 0) {
    return {
      zh: `来源文件没有写明${name}的实施单位、所在县（市、区）或相关工作要点。`,
      en: `The sources name no organisation, district or task for ${name}.`,
    };
  }
  if (end.type === 'Region')
    return {
      zh: `来源文件没有写明管辖${name}的政府或管委会。`,
      en: `The sources name no government or committee that governs ${name}.`,
    };
  if (end.type === 'Unit' && OUTSIDE_GOVERNMENT.has(end.kind ?? '')) {
    return {
      zh: `${name}是企业、院校或其他单位，不在市人民政府的隶属关系中；来源文件没有写明它向谁负责。`,
      en: `${name} is an enterprise, institution or other body outside the city government's line; the sources name no body it reports to.`,
    };
  }
  return { zh: `来源文件没有写明${name}向哪个单位负责。`, en: `The sources name no body that ${name} reports to.` };
}

/**
 * One path from the project up its responsibility chain: complete when it ends at the city
 * government, otherwise it says where it stops and why, never adding a step the sources lack.
 */
export function chainPath(project: RawNode, head: RawStep[], tail: RawStep[]): ChainPath {
  const raw = [...head, ...tail];
  const end = raw.length ? raw[raw.length - 1].to : project;
  const complete = end.type === 'Unit' && end.kind === TOP_UNIT_KIND;
  const steps = raw.map(chainStep);
  const derivedSteps = steps.flatMap((s, i) => (s.basis === Basis.STATED ? [] : [i]));
  const note = complete ? null : stopNote(end, raw);
  return {
    steps,
    status: !complete
      ? ChainStatus.STOPS
      : derivedSteps.length === 0
        ? ChainStatus.ALL_STATED
        : ChainStatus.REACHES_TOP_DERIVED,
    derivedSteps,
    complete,
    stopsAt: complete ? null : chainNode(end),
    noteZh: note?.zh ?? null,
    noteEn: note?.en ?? null,
  };
}

/** A path between two chosen nodes: it reaches its end, so it makes no claim about the top. */
export function plainPath(raw: RawStep[]): ChainPath {
  const steps = raw.map(chainStep);
  const derivedSteps = steps.flatMap((s, i) => (s.basis === Basis.STATED ? [] : [i]));
  return {
    steps,
    status: derivedSteps.length === 0 ? ChainStatus.ALL_STATED : ChainStatus.REACHES_TOP_DERIVED,
    derivedSteps,
    complete: true,
    stopsAt: null,
    noteZh: null,
    noteEn: null,
  };
}

const derivedSteps = (path: ChainPath) => path.derivedSteps.length;

/** The units a path passes through, in order: two paths through the same units are one branch. */
const unitRoute = (path: ChainPath) =>
  [
    path.steps[0]?.from.id ?? '',
    ...path.steps.filter((s) => s.to.type === 'Unit').map((s) => s.to.id),
    path.stopsAt?.id ?? '',
  ].join('>');

/**
 * The distinct paths, best first: complete ones, then those resting more on stated facts, then
 * shorter ones. Branches through the same units are merged into the best of them (the project's
 * district government reached directly or through its district). The empty path only stands when
 * there is no other.
 */
export function rankPaths(paths: ChainPath[]): ChainPath[] {
  const seen = new Set<string>();
  const distinct = paths.filter((path) => {
    const key = path.steps.map((s) => `${s.from.id}>${s.relation}:${s.role ?? ''}>${s.to.id}`).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const withSteps = distinct.filter((p) => p.steps.length > 0);
  const kept = withSteps.length ? withSteps : distinct;
  const sorted = kept.sort(
    (a, b) =>
      Number(b.complete) - Number(a.complete) || derivedSteps(a) - derivedSteps(b) || a.steps.length - b.steps.length,
  );
  const routes = new Set<string>();
  return sorted.filter((path) => {
    const route = unitRoute(path);
    if (routes.has(route)) return false;
    routes.add(route);
    return true;
  });
}
