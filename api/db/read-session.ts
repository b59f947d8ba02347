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
  /**
   * How to end each read under way. Not one promise that every read races against: each race
   * would stay among its reactions, holding the read's records, until the session closes — all the
   * pages of an export at once.
   */
  private readonly underWay = new Set<(error: Error) => void>();

  constructor(driver: Driver, database: string | undefined) {
    this.session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  }

  /** Runs `cypher` in a read transaction with a server-side `timeoutMs`. */
  read(cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Neo4jRecord[]> {
    if (this.closing) return Promise.reject(new SessionClosedError());
    return new Promise<Neo4jRecord[]>((resolve, reject) => {
      this.underWay.add(reject);
      this.session
        .executeRead(async (tx) => (await tx.run(cypher, params)).records, { timeout: timeoutMs })
        .then(resolve, reject)
        .finally(() => this.underWay.delete(reject));
    });
  }

  /** Closes the session once; reads still pending end when it is closed. Never rejects. */
  close(): Promise<void> {
    this.closing ??= this.session
      .close()
      .catch(() => undefined)
      .then(() => {
        for (const end of this.underWay) end(new SessionClosedError());
        this.underWay.clear();
      });
    return this.closing;
  }
}
