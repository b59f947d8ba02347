import { performance } from 'node:perf_hooks';

export interface Stats {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` samples: the smallest sample that `p`% do not exceed. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: percentile(sorted, 100),
  };
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export interface MemoryPeak {
  rssMb: number;
  heapUsedMb: number;
}

export const toMb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * Samples this process's RSS and V8 heap on a timer while asynchronous work runs. A timer cannot
 * fire inside synchronous work, so for that the kernel's high-water mark (resourceUsage().maxRSS)
 * is read instead.
 */
export function sampleMemory(intervalMs = 10): { stop(): MemoryPeak } {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: toMb(peak.rss), heapUsedMb: toMb(peak.heapUsed) };
    },
  };
}

/**
 * Runs `work` `count` times with at most `concurrency` calls in flight, giving up on starting
 * new calls once `budgetMs` has passed. Returns the duration of each finished call in ms.
 */
export async function runPool(
  count: number,
  concurrency: number,
  budgetMs: number,
  work: () => Promise<void>,
): Promise<number[]> {
  const durations: number[] = [];
  const deadline = performance.now() + budgetMs;
  let started = 0;
  const lane = async () => {
    while (started < count && performance.now() < deadline) {
      started += 1;
      durations.push((await timed(work)).ms);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return durations;
}

/** One benchmark figure and, where bench/README.md states one, the target it must stay below. */
export interface Result {
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'count';
  /** Upper bound from bench/README.md; absent for figures that are only reported. */
  target?: number;
  note?: string;
}

export const passes = (result: Result): boolean => result.target === undefined || result.value < result.target;
