import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { GraphTimeoutError, GraphUnavailableError, isUnavailable, translateGraphError } from './errors';
import { Gate } from './gate';
import { ReadSession } from './read-session';
import { type ReplaySummary, StatementLog } from './warm-up';

export interface GraphOptions {
  database?: string;
  transactionTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long /ready and the outage check wait for Neo4j to answer. */
  probeTimeoutMs: number;
  /** Read transactions the process runs at once; further statements wait their turn. */
  maxConcurrentReads: number;
  /** Time each statement may take while the API warms a restarted Neo4j up. */
  warmUpStatementTimeoutMs: number;
  /** Statements replayed at once while the API warms a restarted Neo4j up. */
  warmUpConcurrency: number;
}

export type Params = Record<string, unknown>;

/** Reads one Cypher statement; the only way resolvers and exports reach Neo4j. */
export interface Reader {
  read(cypher: string, params?: Params): Promise<Neo4jRecord[]>;
}

const WARMING = new GraphUnavailableError('it is back and the API is preparing its queries');

export interface Readiness {
  ready: boolean;
  message: string;
}

/** `work` or, after `ms`, the error of `onTimeout`; the signal given to `work` aborts then. */
function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = onTimeout();
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([work(controller.signal), timeout]).finally(() => clearTimeout(timer));
}

/**
 * `up`: requests go through; `down`: they are refused after a probe; `warming`: Neo4j is back and
 * the API replays its statements, letting through those already replayed.
 */
type State = 'up' | 'down' | 'warming';

/**
 * The app's handle on Neo4j: the one driver, what is known about its reachability, and a
 * per-request reader. While Neo4j is known to be down, requests fail fast after one quick probe
 * instead of waiting out the driver's retries. When a probe finds it back, the statements the API
 * ran before are replayed once, hottest first (a restarted Neo4j must plan each again); a request
 * goes through as soon as the statements it runs are replayed, and is answered 503 until then.
 */
export class Graph {
  private state: State = 'up';
  private probing: Promise<Readiness> | null = null;
  private warming: Promise<void> | null = null;
  private readonly statements = new StatementLog();
  /** First runs under way by statement, with the parameters they run with. */
  private readonly firstRuns = new Map<string, { key: string; records: Promise<Neo4jRecord[]> }>();
  /** Every read transaction of every request passes it (probes do not: they must not queue behind slow reads). */
  readonly reads: Gate;
  /** The last warm-up after a restart of Neo4j, once it has finished. */
  lastWarmUp: ReplaySummary | null = null;

  constructor(
    readonly driver: Driver,
    readonly options: GraphOptions,
  ) {
    this.reads = new Gate(options.maxConcurrentReads);
  }

  /** Asks Neo4j to answer a trivial query, once at a time however many callers ask. */
  probe(): Promise<Readiness> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async runProbe(): Promise<Readiness> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      // Auto-commit on purpose: a probe must not sit in the managed transactions' retry loop.
      await withTimeout(
        () => session.run('RETURN 1'),
        this.options.probeTimeoutMs,
        () => new GraphUnavailableError(`no answer within ${this.options.probeTimeoutMs} ms`),
      );
    } catch (error) {
      this.markDown();
      return {
        ready: false,
        message: new GraphUnavailableError(error instanceof Error ? error.message : String(error)).message,
      };
    } finally {
      session.close().catch(() => undefined);
    }
    if (this.state === 'down') this.warmUp();
    return this.state === 'up' ? { ready: true, message: 'Neo4j answers' } : { ready: false, message: WARMING.message };
  }

  /** Replays the remembered statements once, then lets requests through; back to down when Neo4j fails again. */
  private warmUp(): void {
    if (this.statements.size === 0) {
      this.state = 'up';
      return;
    }
    this.state = 'warming';
    this.warming ??= this.statements
      .replay(
        this.driver,
        {
          database: this.options.database,
          timeoutMs: this.options.warmUpStatementTimeoutMs,
          concurrency: this.options.warmUpConcurrency,
        },
        isUnavailable,
      )
      .then(
        (summary) => {
          this.lastWarmUp = summary;
          if (this.state === 'warming') this.state = 'up';
        },
        () => this.markDown(),
      )
      .finally(() => {
        this.warming = null;
      });
  }

  /** Settles when no warm-up is under way (its sessions are closed by then). */
  warmedUp(): Promise<void> {
    return this.warming ?? Promise.resolve();
  }

  /**
   * Resolves when `cypher` may run now; rejects with the reason (503) when it may not. While the
   * API warms a restarted Neo4j up, a request whose statement is still to be replayed waits for it
   * until `deadline` (epoch ms, the end of the request's time): an answer late serves better than
   * a refusal.
   */
  async ensureReachable(cypher: string, deadline: number): Promise<void> {
    if (this.state === 'up') return;
    if (this.state === 'warming') {
      const wait = deadline - Date.now();
      if (this.statements.has(cypher) && wait > 0 && (await this.statements.whenWarm(cypher, wait))) return;
      throw WARMING;
    }
    await this.refuseUnlessAnswering();
  }

  /** Resolves when a probe finds Neo4j answering and warm; rejects with the 503 to give otherwise. */
  async refuseUnlessAnswering(): Promise<void> {
    const readiness = await this.probe();
    if (readiness.ready) return;
    // The probe may just have found Neo4j back and started the warm-up.
    throw readiness.message === WARMING.message
      ? WARMING
      : new GraphUnavailableError('the last attempts to reach it failed');
  }

  /** A statement answered: it is replayed after Neo4j restarts. */
  answered(cypher: string, params: Params): void {
    this.statements.remember(cypher, params);
  }

  /**
   * The first run of a statement since the process started: Neo4j plans it then, which on a cold
   * or busy server can take longer than a request's transaction may. It runs once however many
   * requests ask, in its own session with the warm-up's time allowance, and finishes (the plan
   * is then cached) even when the requests that wait for it give up. A request with the same
   * parameters shares its rows; one with other parameters waits for it to end (null), then runs
   * its own statement on the cached plan.
   */
  firstRun(cypher: string, params: Params): Promise<Neo4jRecord[] | null> | null {
    if (this.statements.has(cypher)) return null;
    const key = JSON.stringify(params);
    let run = this.firstRuns.get(cypher);
    if (!run) {
      const session = new ReadSession(this.driver, this.options.database);
      const timeoutMs = this.options.warmUpStatementTimeoutMs;
      const records = this.reads
        .run(() => session.read(cypher, params, timeoutMs), { holdAtMostMs: timeoutMs + this.options.requestTimeoutMs })
        .then((rows) => {
          this.answered(cypher, params);
          return rows;
        })
        .finally(() => {
          this.firstRuns.delete(cypher);
          void session.close();
        });
      run = { key, records };
      this.firstRuns.set(cypher, run);
    }
    return run.key === key
      ? run.records
      : run.records.then(
          () => null,
          () => null,
        );
  }

  markDown(): void {
    this.state = 'down';
  }

  openRequest(): RequestReader {
    return new RequestReader(this);
  }
}

/** A statement of a request that has already been answered and closed. */
export class RequestEndedError extends Error {
  constructor() {
    super('the request was already answered');
    this.name = 'RequestEndedError';
  }
}

/**
 * One request's access to Neo4j: a single session opened on first use, statements run one after
 * another in read transactions with a server-side timeout, closed when the request ends.
 */
export class RequestReader implements Reader {
  private session: ReadSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Until when the request may wait for a restarted Neo4j's warm-up (epoch ms). */
  private readonly deadline: number;
  private closed = false;

  constructor(private readonly graph: Graph) {
    this.deadline = Date.now() + graph.options.requestTimeoutMs;
  }

  read(cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
    const run = this.queue.then(() => this.run(cypher, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(cypher: string, params: Params): Promise<Neo4jRecord[]> {
    const { options } = this.graph;
    if (this.closed) throw new RequestEndedError();
    await this.graph.ensureReachable(cypher, this.deadline);
    // The request may have been answered while this statement waited (another field failed): a
    // session opened now would never be closed.
    if (this.closed) throw new RequestEndedError();
    this.session ??= new ReadSession(this.graph.driver, options.database);
    const session = this.session;
    try {
      // The wait for a place counts against the request's time. The place is held until Neo4j is
      // done, and never longer than the request's time plus the transaction's: by then Neo4j has
      // stopped any transaction begun for it.
      const records = await withTimeout(
        async (signal) =>
          (await this.graph.firstRun(cypher, params)) ??
          this.graph.reads.run(() => session.read(cypher, params, options.transactionTimeoutMs), {
            signal,
            holdAtMostMs: options.requestTimeoutMs + options.transactionTimeoutMs,
          }),
        options.requestTimeoutMs,
        () => new GraphTimeoutError(options.requestTimeoutMs),
      );
      this.graph.answered(cypher, params);
      return records;
    } catch (error) {
      if (error instanceof GraphTimeoutError) {
        this.discardSession();
        // Out of time because Neo4j went away: that is an outage (503), not a slow query (504).
        await this.graph.refuseUnlessAnswering();
      }
      if (isUnavailable(error)) this.graph.markDown();
      throw translateGraphError(error, options.transactionTimeoutMs);
    }
  }

  /** A session still busy with an abandoned transaction cannot take the next one. */
  private discardSession(): void {
    const session = this.session;
    this.session = null;
    void session?.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = null;
    await session?.close();
  }
}
