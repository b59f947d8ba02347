import neo4j, { type Driver, isRetryableError, type Record as Neo4jRecord, type Session } from 'neo4j-driver';

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

  /**
   * Runs `cypher` as a read with a server-side `timeoutMs`: an auto-commit transaction of this
   * READ session, which a cluster routes to a member serving reads. That is one write to the socket
   * and one answer, where a managed transaction writes BEGIN, RUN and COMMIT each on its own and
   * waits twice, at nearly twice the CPU in the API and in Neo4j. An error the driver deems
   * retryable (Neo4j restarting, a leader switch, a transient failure) is retried the driver's way,
   * in a managed read transaction with its backoff.
   */
  read(cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<Neo4jRecord[]> {
    if (this.closing) return Promise.reject(new SessionClosedError());
    const config = { timeout: timeoutMs };
    const retried = (error: unknown) => {
      if (this.closing || !isRetryableError(error)) throw error;
      return this.session.executeRead(async (tx) => (await tx.run(cypher, params)).records, config);
    };
    return new Promise<Neo4jRecord[]>((resolve, reject) => {
      this.underWay.add(reject);
      const autoCommit = this.session.run(cypher, params, config);
      autoCommit
        .then((result) => result.records, retried)
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
