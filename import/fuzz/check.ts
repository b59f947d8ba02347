import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanInputError } from '../errors';
import { InvalidBundleError } from '../load/validate';
import { buildBundle } from '../pipeline';
import type { FuzzInput } from './gazettes';

/** The longest the importer may take to accept or refuse one input. */
export const MAX_MS = 5_000;

export type Outcome =
  | { kind: 'bundle'; ms: number; projects: number }
  /** Refused with a typed error naming the file (and the line, when one is to blame). */
  | { kind: 'refused'; ms: number; message: string }
  /** Anything else thrown, or a typed error without the file in its message: a bug. */
  | { kind: 'crash'; ms: number; message: string };

/** Writes the input to a scratch file and runs the importer's whole read (decode → parse → extract → validate) on it. */
export function tryInput(input: FuzzInput, dir: string = os.tmpdir()): Outcome {
  const file = path.join(dir, `fuzz-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, input.bytes);
  const started = performance.now();
  try {
    const bundle = buildBundle(file, { profile: input.profile });
    return { kind: 'bundle', ms: performance.now() - started, projects: bundle.projects.length };
  } catch (error) {
    const ms = performance.now() - started;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const typed = error instanceof PlanInputError || error instanceof InvalidBundleError;
    return typed && (error as Error).message.startsWith(file)
      ? { kind: 'refused', ms, message: (error as Error).message }
      : { kind: 'crash', ms, message };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** What the property asks of every input: a bundle or a typed refusal, within MAX_MS. */
export function problemOf(outcome: Outcome): string | null {
  if (outcome.kind === 'crash') return `crashed: ${outcome.message}`;
  if (outcome.ms > MAX_MS) return `took ${Math.round(outcome.ms)} ms (limit ${MAX_MS} ms)`;
  return null;
}
