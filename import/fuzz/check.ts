import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanInputError } from '../errors';
import { InvalidBundleError } from '../load/validate';
import { buildBundle } from '../pipeline';
import type { FuzzInput } from './gazettes';

/** The longest the importer may take to accept or refuse one input, in CPU time. */
export const MAX_MS = 5_000;

/** Wall-clock and CPU milliseconds one input took. */
interface Took {
  ms: number;
  /**
   * CPU time of this process (user + system) meanwhile: what the importer itself spent, whatever
   * else the machine runs. On a shared machine wall time also counts the neighbours' work.
   */
  cpuMs: number;
}

export type Outcome =
  | ({ kind: 'bundle'; projects: number } & Took)
  /** Refused with a typed error naming the file (and the line, when one is to blame). */
  | ({ kind: 'refused'; message: string } & Took)
  /** Anything else thrown, or a typed error without the file in its message: a bug. */
  | ({ kind: 'crash'; message: string } & Took);

function took(wallStart: number, cpuStart: NodeJS.CpuUsage): Took {
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - wallStart, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Writes the input to a scratch file and runs the importer's whole read (decode → parse → extract → validate) on it. */
export function tryInput(input: FuzzInput, dir: string = os.tmpdir()): Outcome {
  const file = path.join(dir, `fuzz-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, input.bytes);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const bundle = buildBundle(file, { profile: input.profile });
    return { kind: 'bundle', ...took(started, cpu), projects: bundle.projects.length };
  } catch (error) {
    const time = took(started, cpu);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const typed = error instanceof PlanInputError || error instanceof InvalidBundleError;
    return typed && (error as Error).message.startsWith(file)
      ? { kind: 'refused', ...time, message: (error as Error).message }
      : { kind: 'crash', ...time, message };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** What the property asks of every input: a bundle or a typed refusal, within MAX_MS of CPU time. */
export function problemOf(outcome: Outcome): string | null {
  if (outcome.kind === 'crash') return `crashed: ${outcome.message}`;
  if (outcome.cpuMs > MAX_MS)
    return `took ${Math.round(outcome.cpuMs)} ms of CPU time (${Math.round(outcome.ms)} ms wall clock; limit ${MAX_MS} ms)`;
  return null;
}
