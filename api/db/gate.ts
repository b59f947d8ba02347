/** Work held its place longer than it may; the place was given to the next in line. */
export class GateHoldExpired extends Error {
  constructor(readonly ms: number) {
    super(`the work held its place over ${ms} ms and was left to finish on its own`);
    this.name = 'GateHoldExpired';
  }
}

/**
 * At most `limit` pieces of work at once; the rest wait their turn in arrival order. Keeps the
 * API from handing Neo4j more concurrent transactions than it can plan and run: on a small
 * machine, or on a cold Neo4j that has just restarted and must plan every statement again, too
 * many at once all run past their timeout together and none finishes.
 */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a gate needs a limit of at least 1, got ${limit}`);
  }

  /** Work running now and waiting to run. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /**
   * Runs `work` once a place is free and holds the place until the work settles, or for at most
   * `holdAtMostMs` (then the place is freed and the promise rejects with {@link GateHoldExpired},
   * whatever the work still does). When `signal` aborts while it still waits, the work never
   * starts and the promise rejects with the reason.
   */
  async run<T>(work: () => Promise<T>, options: { signal?: AbortSignal; holdAtMostMs?: number } = {}): Promise<T> {
    await this.enter(options.signal);
    let timer: NodeJS.Timeout | undefined;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      clearTimeout(timer);
      this.leave();
    };
    // A work that throws before its first await frees its place too.
    const held = Promise.resolve().then(work).finally(leave);
    if (options.holdAtMostMs === undefined) return held;
    const limit = options.holdAtMostMs;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        leave();
        reject(new GateHoldExpired(limit));
      }, limit);
    });
    held.catch(() => undefined);
    return Promise.race([held, expired]);
  }

  private enter(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const admit = () => {
        signal?.removeEventListener('abort', abandon);
        this.active += 1;
        resolve();
      };
      const abandon = () => {
        const index = this.waiting.indexOf(admit);
        if (index >= 0) this.waiting.splice(index, 1);
        const reason: unknown = signal!.reason;
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      };
      signal?.addEventListener('abort', abandon, { once: true });
      this.waiting.push(admit);
    });
  }

  private leave(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
