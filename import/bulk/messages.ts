import type { Bundle } from '../bundle/schema';

/** One plan file to parse, with the city profile to read it with (none: the default profile). */
export interface PlanJob {
  file: string;
  profile?: string;
}

/** What a parse worker sends back for one job: a validated bundle, or why there is none. */
export type ParseOutcome =
  | { ok: true; job: PlanJob; bundle: Bundle; threadId: number }
  | { ok: false; job: PlanJob; message: string; threadId: number };
