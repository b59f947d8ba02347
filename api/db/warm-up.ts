import neo4j, { type Driver } from 'neo4j-driver';

/** Distinct statements the API keeps for warming up; its statements are constants, so this is never reached in use. */
const MAX_STATEMENTS = 200;

/** What a replay did: statements replayed, how long it took, and its slowest statement (ms). */
export interface ReplaySummary {
  statements: number;
  ms: number;
  slowestMs: number;
}

interface Remembered {
  params: Record<string, unknown>;
  /** Times it answered since the process started: the hottest are replayed first. */
  runs: number;
}

/**
 * The statements the API has run successfully, each with the parameters of its last run. A Neo4j
 * that has just restarted has no query plans: each statement is planned again, on a cold JVM,
 * which on a busy machine takes longer than a request may. Replaying them, with no request
 * waiting, fills the plan cache; a statement is let through again as soon as its own replay is
 * done (see {@link StatementLog.isWarm}).
 */
export class StatementLog {
  private readonly statements = new Map<string, Remembered>();
  /** Replayed since the last restart; null when no replay is under way (everything is warm). */
  private warm: Set<string> | null = null;
  /** Statements still to replay, in the order they will be taken. */
  private pending: string[] = [];
  /** Requests waiting for a statement's replay, told whether it went through. */
  private readonly waiters = new Map<string, Set<(warm: boolean) => void>>();

  remember(cypher: string, params: Record<string, unknown>): void {
    const known = this.statements.get(cypher);
    if (known) {
      known.params = params;
      known.runs += 1;
    } else if (this.statements.size < MAX_STATEMENTS) this.statements.set(cypher, { params, runs: 1 });
  }

  has(cypher: string): boolean {
    return this.statements.has(cypher);
  }

  get size(): number {
    return this.statements.size;
  }

  /** Whether requests may run `cypher` now: no replay under way, or its own replay is done. */
  isWarm(cypher: string): boolean {
    return this.warm === null || this.warm.has(cypher);
  }

  /**
   * Resolves true once `cypher` may run (its replay done, or no replay under way), false when that
   * takes over `ms` or the replay fails. A statement a request waits for is replayed next.
   */
  whenWarm(cypher: string, ms: number): Promise<boolean> {
    if (this.isWarm(cypher)) return Promise.resolve(true);
    const index = this.pending.indexOf(cypher);
    if (index > 0) this.pending.unshift(...this.pending.splice(index, 1));
    return new Promise((resolve) => {
      const waiters = this.waiters.get(cypher) ?? new Set();
      this.waiters.set(cypher, waiters);
      const timer = setTimeout(() => tell(false), ms);
      const tell = (warm: boolean) => {
        clearTimeout(timer);
        waiters.delete(tell);
        resolve(warm);
      };
      waiters.add(tell);
    });
  }

  private tell(cypher: string, warm: boolean): void {
    for (const waiter of this.waiters.get(cypher) ?? []) waiter(warm);
    this.waiters.delete(cypher);
  }

  /**
   * Runs every remembered statement once, hottest first, `concurrency` at a time (Neo4j plans
   * side by side on its cores), each in a read transaction allowed `timeoutMs`. Throws the first
   * error that `isUnavailable` recognises (Neo4j is not back after all); a statement that fails
   * otherwise is forgotten, so that it cannot hold the API back. Every session it opens is closed
   * before it returns. Resolves with what it replayed and how long that took.
   */
  async replay(
    driver: Driver,
    options: { database?: string; timeoutMs: number; concurrency: number },
    isUnavailable: (error: unknown) => boolean,
  ): Promise<ReplaySummary> {
    const started = performance.now();
    let slowestMs = 0;
    const queue = [...this.statements].sort(([, a], [, b]) => b.runs - a.runs).map(([cypher]) => cypher);
    this.pending = queue;
    const warm = new Set<string>();
    this.warm = warm;
    const failed: { error?: Error } = {};
    const worker = async () => {
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      try {
        for (let cypher = queue.shift(); cypher !== undefined && !failed.error; cypher = queue.shift()) {
          const params = this.statements.get(cypher)?.params ?? {};
          const statementStarted = performance.now();
          try {
            await session.executeRead((tx) => tx.run(cypher, params), { timeout: options.timeoutMs });
            slowestMs = Math.max(slowestMs, performance.now() - statementStarted);
            warm.add(cypher);
          } catch (error) {
            if (isUnavailable(error)) failed.error ??= error instanceof Error ? error : new Error(String(error));
            else this.statements.delete(cypher);
          }
          // A statement that failed otherwise is forgotten: its requests run it and get its error.
          this.tell(cypher, !failed.error);
        }
      } finally {
        await session.close().catch(() => undefined);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
      if (failed.error) throw failed.error;
      return { statements: warm.size, ms: performance.now() - started, slowestMs };
    } finally {
      this.warm = null;
      this.pending = [];
      for (const cypher of [...this.waiters.keys()]) this.tell(cypher, !failed.error);
    }
  }
}
