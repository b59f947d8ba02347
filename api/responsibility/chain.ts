import { evidenceFrom } from '../common/evidence';
import type { ChainNode, ChainPath, ChainStep } from './chain.types';

/** The unit kind at the top of a city's responsibility hierarchy (the 市人民政府). */
export const TOP_UNIT_KIND = 'government';

export interface RawNode {
  id: string;
  type: string;
  name: string;
  kind?: string | null;
}

export interface RawStep {
  from: RawNode;
  to: RawNode;
  relation: string;
  role?: string | null;
  evidence: Record<string, unknown>;
}

const chainNode = ({ id, type, name }: RawNode): ChainNode => ({ id, type, name });

export function chainStep(raw: RawStep): ChainStep {
  const evidence = evidenceFrom(raw.evidence);
  return {
    from: chainNode(raw.from),
    to: chainNode(raw.to),
    relation: raw.relation,
    role: raw.role ?? null,
    basis: evidence.basis,
    evidence,
  };
}

function stopNote(end: RawNode, steps: RawStep[]): string {
  if (steps.length === 0) return `The sources name no organisation, district or task for ${end.name}.`;
  if (end.type === 'District') return `The sources name no government or committee that governs ${end.name}.`;
  const kind = end.kind ? ` (${end.kind})` : '';
  return `The sources name no body that ${end.name}${kind} reports to.`;
}

/**
 * One path from the project up its responsibility chain: complete when it ends at the city
 * government, otherwise it says where it stops and why, never adding a step the sources lack.
 */
export function chainPath(project: RawNode, head: RawStep[], tail: RawStep[]): ChainPath {
  const raw = [...head, ...tail];
  const end = raw.length ? raw[raw.length - 1].to : project;
  const complete = end.type === 'Unit' && end.kind === TOP_UNIT_KIND;
  return {
    steps: raw.map(chainStep),
    complete,
    stopsAt: complete ? null : chainNode(end),
    note: complete ? null : stopNote(end, raw),
  };
}

const derivedSteps = (path: ChainPath) => path.steps.filter((s) => s.basis !== 'stated').length;

/**
 * The distinct paths, best first: complete ones, then those resting more on stated facts, then
 * shorter ones. The empty path only stands when there is no other.
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
  return kept.sort(
    (a, b) => Number(b.complete) - Number(a.complete) || derivedSteps(a) - derivedSteps(b) || a.steps.length - b.steps.length,
  );
}
