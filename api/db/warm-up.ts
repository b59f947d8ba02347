import neo4j, { type Driver } from 'neo4j-driver';

/** Distinct statements the API keeps for warming up; its statements are constants, so this is never reached in use. */
const MAX_STATEMENTS = 200;

/**
 * The statements the API has run successfully, each with the parameters of its last run. A Neo4j
 * that has just restarted has no query plans: each statement is planned again, on a cold JVM,
 * which on a busy machine takes longer than a request may. Replaying them one at a time, with no
 * request waiting, fills the plan cache before the API lets requests through again.
 */
export class StatementLog {
  private readonly statements = new Map<string, Record<string, unknown>>();

  remember(cypher: string, params: Record<string, unknown>): void {
    if (this.statements.has(cypher) || this.statements.size < MAX_STATEMENTS) this.statements.set(cypher, params);
  }

  has(cypher: string): boolean {
    return this.statements.has(cypher);
  }

  get size(): number {
    return this.statements.size;
  }

  /**
   * Runs every remembered statement once, in read transactions, one after another, each allowed
   * `timeoutMs`. Throws the first error that `isUnavailable` recognises (Neo4j is not back after
   * all); a statement that fails otherwise is forgotten, so that it cannot hold the API back.
   */
  async replay(
    driver: Driver,
    database: string | undefined,
    timeoutMs: number,
    isUnavailable: (error: unknown) => boolean,
  ): Promise<void> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const [cypher, params] of [...this.statements]) {
        try {
          await session.executeRead((tx) => tx.run(cypher, params), { timeout: timeoutMs });
        } catch (error) {
          if (isUnavailable(error)) throw error;
          this.statements.delete(cypher);
        }
      }
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
