import type { PreparedPlan } from '../load/prepare';

/** One plan file to parse, with the city profile to read it with (none: the default profile). */
export interface PlanJob {
  file: string;
  profile?: string;
}

/** What a parse worker sends back for one job: the plan ready to write, or why there is none. */
export type ParseOutcome =
  | { ok: true; job: PlanJob; plan: PreparedPlan; threadId: number }
  | { ok: false; job: PlanJob; message: string; threadId: number };
