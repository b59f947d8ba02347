/**
 * Work on the first screen is cut into tasks of its own (style, placement, each slice of elements)
 * so that none grows into a long task: between two of them the browser paints and handles input.
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task of the event loop. `scheduler.yield()` (Chromium ≥ 129) resumes ahead
 * of other queued work; elsewhere a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items` cut into consecutive slices of at most `size` (at least one item each). */
export function slicesOf<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += step) slices.push(items.slice(start, start + step));
  return slices;
}
