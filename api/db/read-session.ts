import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from 'neo4j-driver';

/** The session was closed while a read on it was still under way or waiting to be retried. */
export class SessionClosedError extends Error {
  constructor() {
    super('the read was abandoned: its session was closed');
    this.name = 'SessionClosedError';
  }
}

/**
 * A read session whose reads always settle. Closing a driver session cancels the retries its
 * managed transactions are waiting for without settling them (neo4j-driver's
 * `TransactionExecutor.close`), so a read abandoned during an outage would stay pending forever
 * and hold whatever waits for it, such as a place in the read gate. Here a read ends, with
 * {@link SessionClosedError}, once the session's close is done, which the driver reaches only after
 * Neo4j has finished the statement in flight, if any.
 */
export class ReadSession {
  private readonly session: Session;
  private closing: Promise<void> | null = null;
  private readonly closed: Promise<never>;
  private markClosed: () => void = () => undefined;

  constructor(driver: Driver, database: string | undefined) {
    this.session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    this.closed = new Promise<never>((_, reject) => {
      this.markClosed = () => reject(new SessionClosedError());
    });
    // Nobody may be reading when the session closes.
    this.closed.catch(() => undefined);
  }

  /** Runs `cypher` in a read transaction with a server-side `timeoutMs`. */
  read(cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Neo4jRecord[]> {
    if (this.closing) return Promise.reject(new SessionClosedError());
    return Promise.race([
      this.session.executeRead(async (tx) => (await tx.run(cypher, params)).records, { timeout: timeoutMs }),
      this.closed,
    ]);
  }

  /** Closes the session once; reads still pending end when it is closed. Never rejects. */
  close(): Promise<void> {
    this.closing ??= this.session
      .close()
      .catch(() => undefined)
      .then(() => this.markClosed());
    return this.closing;
  }
}
