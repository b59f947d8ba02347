import { RelType, type Rule } from '../../../graph/model';
import type { PlanNodeRow } from '../prepare';
import { Spool } from './spool';

/**
 * The links between the projects of two plans (SAME_PROJECT, CARRIED_OVER), found while the CSV
 * files are written rather than in Cypher after the import. Each plan's projects go to a spool file
 * as the plan is added (match key, id and sentence); when the CSV set is closed, the pairs of plans
 * are joined one plan at a time: its projects in a map by match key, the projects of each plan it
 * pairs with streamed past it. Memory holds one plan's projects, not the corpus's.
 */

/** What the pairing reads of a plan: properties of its Plan node, as graph values. */
export interface LinkedPlan {
  id: string;
  level: string;
  regionId: string;
  parentRegionId: string | null;
  edition: string | null;
  editionNumber: bigint | number | null;
}

/** Two values equal as Cypher's `=` finds them: never when either is null. */
const same = <T>(a: T | null | undefined, b: T | null | undefined): boolean => a != null && b != null && a === b;

export type CrossPlanType = typeof RelType.SAME_PROJECT | typeof RelType.CARRIED_OVER;

/** Two plans whose projects of the same match key are linked, and which way. */
export interface PlanPair {
  type: CrossPlanType;
  rule: Rule;
  /** The plan whose projects the links start from, and the plan they end at. */
  start: string;
  end: string;
}

/**
 * LINK_SAME_PROJECT's and LINK_CARRIED_OVER's rule (import/load/cypher.ts, which the online
 * loader runs), for one pair of plans: a county plan and its city's plan of the same edition are
 * SAME_PROJECT, from the county's projects to the city's; two plans of one region and level with
 * different edition numbers are CARRIED_OVER, from the earlier edition to the later. The same pair
 * either way round, or null. A change to either statement's choice of plans belongs here too.
 */
export function planPair(me: LinkedPlan, other: LinkedPlan): PlanPair | null {
  if (me.id === other.id) return null;
  if (same(me.edition, other.edition)) {
    const sameProject = { type: RelType.SAME_PROJECT, rule: 'same-name-county-city' } as const;
    if (me.level === 'county' && other.level === 'city' && same(other.regionId, me.parentRegionId))
      return { ...sameProject, start: me.id, end: other.id };
    if (me.level === 'city' && other.level === 'county' && same(other.parentRegionId, me.regionId))
      return { ...sameProject, start: other.id, end: me.id };
  }
  if (
    same(other.regionId, me.regionId) &&
    other.level === me.level &&
    me.editionNumber != null &&
    other.editionNumber != null &&
    me.editionNumber !== other.editionNumber
  ) {
    const [start, end] = me.editionNumber < other.editionNumber ? [me, other] : [other, me];
    return { type: RelType.CARRIED_OVER, rule: 'edition-name-match', start: start.id, end: end.id };
  }
  return null;
}

/** A project as the links read it: its match key, id and sentence. */
type SpooledProject = [matchKey: string, id: string, document: unknown, line: unknown, quote: unknown];

/** One link to write: its type, its ends and the properties crossPlanLink (import/load/cypher.ts) sets. */
export interface CrossPlanLink {
  type: CrossPlanType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

function link(pair: PlanPair, a: SpooledProject, b: SpooledProject): CrossPlanLink {
  return {
    type: pair.type,
    from: a[1],
    to: b[1],
    props: {
      basis: 'derived',
      rule: pair.rule,
      document: a[2],
      line: a[3],
      quote: a[4],
      toDocument: b[2],
      toLine: b[3],
      toQuote: b[4],
    },
  };
}

/** Appends `value` to the list of `key` in `map`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The projects of the plans as they are written, and the links between them when closing. */
export class CrossPlanLinks {
  private readonly spool: Spool;
  /** The plans in the order added, with where their projects lie in the spool. */
  private readonly plans: (LinkedPlan & { start: number; bytes: number })[] = [];

  constructor(file: string) {
    this.spool = new Spool(file);
  }

  /** A plan and its Project rows; a project with no match key matches none (Cypher's `=` on null). */
  add(plan: LinkedPlan, projects: PlanNodeRow[]): void {
    const start = this.spool.bytes;
    for (const { id, props } of projects)
      if (typeof props.matchKey === 'string')
        this.spool.add([props.matchKey, id, props.document ?? null, props.line ?? null, props.quote ?? null]);
    const { level, regionId, parentRegionId, edition, editionNumber } = plan;
    this.plans.push({
      id: plan.id,
      level,
      regionId,
      parentRegionId,
      edition,
      editionNumber,
      start,
      bytes: this.spool.bytes - start,
    });
  }

  /** Writes the projects added since the last flush. */
  flush(): Promise<void> {
    return this.spool.flush();
  }

  /**
   * The pairs of plans to link, each once, grouped by the plan whose projects are held in a map while
   * the others' are streamed past them: the plan of the most pairs first (a city plan with its
   * counties and its other edition), so that a plan paired with many is read once, not once a pair.
   */
  private groups(): Map<number, { other: number; pair: PlanPair }[]> {
    const byRegion = new Map<string, number[]>();
    const byParent = new Map<string, number[]>();
    this.plans.forEach((plan, i) => {
      push(byRegion, plan.regionId, i);
      if (plan.parentRegionId != null) push(byParent, plan.parentRegionId, i);
    });
    const pairs = new Map<number, { other: number; pair: PlanPair }[]>();
    this.plans.forEach((me, i) => {
      // The only plans the rule can pair with `me`: its region's, its parent region's, those below its region.
      const candidates = new Set([
        ...(byRegion.get(me.regionId) ?? []),
        ...(me.parentRegionId != null ? (byRegion.get(me.parentRegionId) ?? []) : []),
        ...(byParent.get(me.regionId) ?? []),
      ]);
      for (const j of candidates) {
        const pair = planPair(me, this.plans[j]);
        if (pair) push(pairs, i, { other: j, pair });
      }
    });
    const hubs = [...pairs.keys()].sort((a, b) => pairs.get(b)!.length - pairs.get(a)!.length || a - b);
    const grouped = new Map<number, { other: number; pair: PlanPair }[]>();
    const done = new Set<number>();
    for (const hub of hubs) {
      const open = pairs
        .get(hub)!
        .filter(({ other }) => !done.has(other))
        .sort((a, b) => a.other - b.other);
      if (open.length) grouped.set(hub, open);
      done.add(hub);
    }
    return grouped;
  }

  private async projects(i: number): Promise<SpooledProject[]> {
    const { start, bytes } = this.plans[i];
    return (await this.spool.range(start, bytes)) as SpooledProject[];
  }

  /**
   * Every link, once: for each pair of plans, each project of one and each of the other with the
   * same match key, from the pair's start plan to its end plan. Removes the spool.
   */
  async *links(): AsyncGenerator<CrossPlanLink> {
    await this.spool.close();
    try {
      for (const [i, others] of this.groups()) {
        const byKey = new Map<string, SpooledProject[]>();
        for (const project of await this.projects(i)) push(byKey, project[0], project);
        const me = this.plans[i].id;
        for (const { other, pair } of others)
          for (const q of await this.projects(other))
            for (const p of byKey.get(q[0]) ?? []) yield pair.start === me ? link(pair, p, q) : link(pair, q, p);
      }
    } finally {
      this.spool.remove();
    }
  }
}
