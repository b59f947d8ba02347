import type { Driver } from 'neo4j-driver';

/**
 * The transactions Neo4j is running besides this check: a load's requests that its clients gave
 * up on (autocannon's timeout) go on running in Neo4j, and would be measured as the next load's cost.
 */
const OTHERS = `
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT trim(currentQuery) STARTS WITH 'SHOW TRANSACTIONS'`;

export const OTHER_TRANSACTIONS = `${OTHERS}
RETURN count(transactionId) AS running`;

/** Transactions still running when the wait is over: ended, so that the next load starts on an idle server. */
export const TERMINATE_OTHER_TRANSACTIONS = `${OTHERS}
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS ended
RETURN count(ended) AS ended`;

export interface Idle {
  /** How long Neo4j took to finish the transactions left behind. */
  waitedMs: number;
  /** Transactions still running after `limitMs`, terminated. */
  terminated: number;
}

/**
 * Waits until Neo4j runs no transaction but this check, at most `limitMs`; then terminates what
 * is left, so that no load is measured against the work of the one before it.
 */
export async function waitForIdle(driver: Driver, limitMs: number): Promise<Idle> {
  const started = Date.now();
  const count = async (cypher: string, key: string) =>
    (await driver.executeQuery(cypher)).records[0].get(key).toNumber() as number;
  while (Date.now() - started < limitMs) {
    if ((await count(OTHER_TRANSACTIONS, 'running')) === 0) return { waitedMs: Date.now() - started, terminated: 0 };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { waitedMs: Date.now() - started, terminated: await count(TERMINATE_OTHER_TRANSACTIONS, 'ended') };
}
