import { evidenceFrom } from '../common/evidence';
import { nodeLabel } from '../common/node-label';
import type { ChainNode, ChainPath, ChainStep } from './chain.types';
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
    role: raw.role ?? null,
    basis: evidence.basis,
    evidence,
  };
}

function stopNote(end: RawNode, steps: RawStep[]): string {
  const { name } = chainNode(end);
  if (steps.length === 0) return `The sources name no organisation, district or task for ${name}.`;
  if (end.type === 'Region') return `The sources name no government or committee that governs ${name}.`;
  const kind = end.kind ? ` (${end.kind})` : '';
  return `The sources name no body that ${name}${kind} reports to.`;
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
