import { parentPort, threadId } from 'node:worker_threads';
import { buildPlan } from '../pipeline';
import type { ParseOutcome, PlanJob } from './messages';

/** The failure as the importer reports it: input errors already name file and line. */
function describe(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file) ? message : `${file}: cannot read the plan: ${message}`;
}

function parse(job: PlanJob): ParseOutcome {
  try {
    return { ok: true, job, plan: buildPlan(job.file, { profile: job.profile }), threadId };
  } catch (error) {
    return { ok: false, job, message: describe(job.file, error), threadId };
  }
}

parentPort?.on('message', (job: PlanJob) => parentPort!.postMessage(parse(job)));
