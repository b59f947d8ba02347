import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../graph/config';
import type { ParseOutcome, PlanJob } from './messages';

/** One worker per core but the one the main thread writes with; at least one. */
export const defaultWorkerCount = (): number => Math.max(1, os.availableParallelism() - 1);

/** The compiled worker: under ts-jest this module is the TypeScript source, whose sibling is not runnable. */
function workerScript(): string {
  const beside = path.join(__dirname, 'worker.js');
  if (fs.existsSync(beside)) return beside;
  const root = projectRoot(__dirname);
  return path.join(root, 'dist', path.relative(root, __dirname), 'worker.js');
}

interface Task {
  job: PlanJob;
  resolve: (outcome: ParseOutcome) => void;
}

/**
 * A fixed pool of parse workers (node:worker_threads). Each worker reads one plan at a time into a
 * plan ready to write (validated, its rows built); jobs beyond the pool's size wait for a free worker.
 */
export class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a parse pool needs at least one worker, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Parses one plan; never rejects: a plan that cannot be read comes back as `ok: false`. */
  parse(job: PlanJob): Promise<ParseOutcome> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(workerScript());
    worker.on('message', (outcome: ParseOutcome) => this.settle(worker, outcome));
    // A worker that dies (out of memory, a bug) fails its plan alone; a fresh one takes its place.
    worker.on('error', (error) => this.replace(worker, error));
    return worker;
  }

  private settle(worker: Worker, outcome: ParseOutcome): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    task?.resolve(outcome);
    this.dispatch();
  }

  private replace(worker: Worker, error: Error): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    void worker.terminate();
    if (this.closed) return;
    this.idle.push(this.spawn());
    task?.resolve({
      ok: false,
      job: task.job,
      message: `${task.job.file}: the parse worker failed: ${error.message}`,
      threadId: worker.threadId,
    });
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const task = this.waiting.shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.job);
    }
  }
}

export interface ParseAllOptions {
  workers: number;
  /** Bundles parsed ahead of the consumer beyond one per worker; bounds memory. */
  ahead?: number;
}

/**
 * Parses the plans of `jobs` on a pool of workers and yields them in the order of `jobs`. At most
 * `workers + ahead` plans are pulled from `jobs` and not yet taken by the consumer, so memory stays
 * bounded however many plans there are, while the next plans parse as the consumer writes one.
 */
export async function* parseAll(jobs: AsyncIterable<PlanJob>, options: ParseAllOptions): AsyncGenerator<ParseOutcome> {
  const pool = new ParsePool(options.workers);
  const limit = options.workers + (options.ahead ?? options.workers);
  const pending: Promise<ParseOutcome>[] = [];
  const source = jobs[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < limit) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else pending.push(pool.parse(next.value));
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await pool.close();
    if (!exhausted) await source.return?.();
  }
}
