import fs from 'node:fs';
import path from 'node:path';
import type { PlanJob } from './messages';

const PLAN_SUFFIX = '.txt';
const PROFILE_SUFFIX = '.profile.json';

/** The plan files of one argument: the file itself, or the `.txt` files below a folder, read as a stream. */
async function* filesOf(entry: string): AsyncGenerator<string> {
  const stat = await fs.promises.stat(entry).catch(() => null);
  if (!stat?.isDirectory()) {
    yield entry;
    return;
  }
  for await (const dirent of await fs.promises.opendir(entry)) {
    const full = path.join(entry, dirent.name);
    if (dirent.isDirectory()) yield* filesOf(full);
    else if (dirent.name.endsWith(PLAN_SUFFIX)) yield full;
  }
}

/**
 * The profile a plan is read with: the one given, else `NAME.profile.json` beside `NAME.txt`
 * (a corpus or a folder of counties carries one per region), else the default.
 */
export function profileOf(file: string, given: string | undefined): string | undefined {
  if (given) return path.resolve(given);
  const beside = file.slice(0, file.length - PLAN_SUFFIX.length) + PROFILE_SUFFIX;
  return file.endsWith(PLAN_SUFFIX) && fs.existsSync(beside) ? path.resolve(beside) : undefined;
}

/** The plans of the arguments as parse jobs, streamed: a folder's listing is never held whole. */
export async function* planJobs(args: string[], profile?: string): AsyncGenerator<PlanJob> {
  for (const arg of args) {
    for await (const file of filesOf(arg)) yield { file, profile: profileOf(file, profile) };
  }
}

/** How many plans `planJobs` yields, counted by the same streaming walk (for the progress total). */
export async function countPlanFiles(args: string[]): Promise<number> {
  let n = 0;
  for (const arg of args) for await (const _ of filesOf(arg)) n++;
  return n;
}

/** True when the arguments name more than one plan or a folder: the parallel import then applies. */
export function isBulk(args: string[]): boolean {
  return args.length > 1 || args.some((a) => fs.existsSync(a) && fs.statSync(a).isDirectory());
}
