import neo4j, { Driver, Record as Neo4jRecord, Session } from 'neo4j-driver';
import { GraphTimeoutError, GraphUnavailableError, isUnavailable, translateGraphError } from './errors';

export interface GraphOptions {
  database?: string;
  transactionTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long /ready and the outage check wait for Neo4j to answer. */
  probeTimeoutMs: number;
}

export type Params = Record<string, unknown>;

/** Reads one Cypher statement; the only way resolvers and exports reach Neo4j. */
export interface Reader {
  read(cypher: string, params?: Params): Promise<Neo4jRecord[]>;
}

export interface Readiness {
  ready: boolean;
  message: string;
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The app's handle on Neo4j: the one driver, what is known about its reachability, and a
 * per-request reader. While Neo4j is known to be down, requests fail fast after one quick probe
 * instead of waiting out the driver's retries; the first probe that succeeds lets them through again.
 */
export class Graph {
  private up = true;
  private probing: Promise<Readiness> | null = null;

  constructor(
    readonly driver: Driver,
    readonly options: GraphOptions,
  ) {}

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
        session.run('RETURN 1'),
        this.options.probeTimeoutMs,
        () => new GraphUnavailableError(`no answer within ${this.options.probeTimeoutMs} ms`),
      );
      this.up = true;
      return { ready: true, message: 'Neo4j answers' };
    } catch (error) {
      this.up = false;
      return { ready: false, message: new GraphUnavailableError(error instanceof Error ? error.message : String(error)).message };
    } finally {
      session.close().catch(() => undefined);
    }
  }

  async ensureReachable(): Promise<void> {
    if (this.up) return;
    const readiness = await this.probe();
    if (!readiness.ready) throw new GraphUnavailableError('the last attempts to reach it failed');
  }

  markDown(): void {
    this.up = false;
  }

  openRequest(): RequestReader {
    return new RequestReader(this);
  }
}

/**
 * One request's access to Neo4j: a single session opened on first use, statements run one after
 * another in read transactions with a server-side timeout, closed when the request ends.
 */
export class RequestReader implements Reader {
  private session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly graph: Graph) {}

  read(cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
    const run = this.queue.then(() => this.run(cypher, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(cypher: string, params: Params): Promise<Neo4jRecord[]> {
    const { options } = this.graph;
    await this.graph.ensureReachable();
    this.session ??= this.graph.driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    const session = this.session;
    try {
      return await withTimeout(
        session.executeRead(async (tx) => (await tx.run(cypher, params)).records, { timeout: options.transactionTimeoutMs }),
        options.requestTimeoutMs,
        () => new GraphTimeoutError(options.requestTimeoutMs),
      );
    } catch (error) {
      if (error instanceof GraphTimeoutError) this.discardSession();
      if (isUnavailable(error)) this.graph.markDown();
      throw translateGraphError(error, options.transactionTimeoutMs);
    }
  }

  /** A session still busy with an abandoned transaction cannot take the next one. */
  private discardSession(): void {
    const session = this.session;
    this.session = null;
    session?.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    await session?.close().catch(() => undefined);
  }
}
