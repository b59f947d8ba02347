import type { AddressInfo } from 'node:net';
import { type Driver, isRetryableError, type ManagedTransaction, type Session } from 'neo4j-driver';
import { type AppOptions, createApp } from '../../api/app';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';

export interface ApiServer {
  url: string;
  /** POSTs a GraphQL request as JSON, the way the web UI sends it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- by default a test reads the answer as loose JSON and expect() checks it
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The app on an ephemeral port, spoken to over plain HTTP. Its time limits default to a minute:
 * these tests check answers, not the speed of a shared machine (a cheap count waited 15 s for a
 * core at load 25); tests of the limits themselves pass their own.
 */
export async function startApi(options: AppOptions): Promise<ApiServer> {
  const { server, stop } = await createApp({ transactionTimeoutMs: 60_000, requestTimeoutMs: 60_000, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: GqlResponse<T>['errors'] };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}

/** What happens to one read (an auto-commit statement, or a managed read transaction): see {@link interceptReads}. */
export interface ReadHooks {
  /** Called in place of each statement the read runs; `proceed` runs it. */
  run: (cypher: string, proceed: () => unknown) => unknown;
  /** Called before each attempt of the read, a retry included. */
  attempt?: () => void;
}

/**
 * The driver, each of its reads given the hooks `hooksOf()` makes for it: a session's auto-commit
 * statements, and its managed read transactions. A read whose auto-commit attempt failed with a
 * retryable error is retried in a managed transaction (api/db/read-session.ts): that retry is
 * another attempt of the same read, with the same hooks.
 */
export function interceptReads(driver: Driver, hooksOf: () => ReadHooks): Driver {
  const wrapTx = (tx: ManagedTransaction, hooks: ReadHooks): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (cypher: string, ...rest: unknown[]) =>
            hooks.run(cypher, () => (target.run as (...args: unknown[]) => unknown).call(target, cypher, ...rest));
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const wrapSession = (session: Session): Session => {
    let retrying: ReadHooks | null = null;
    return new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (cypher: string, ...rest: unknown[]) => {
            const hooks = hooksOf();
            hooks.attempt?.();
            let result: unknown;
            try {
              result = hooks.run(cypher, () =>
                (target.run as (...args: unknown[]) => unknown).call(target, cypher, ...rest),
              );
            } catch (error) {
              return Promise.reject(error instanceof Error ? error : new Error(String(error)));
            }
            Promise.resolve(result).catch((error: unknown) => {
              if (isRetryableError(error)) retrying = hooks;
            });
            return result;
          };
        }
        if (prop === 'executeRead') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: unknown) => {
            const hooks = retrying ?? hooksOf();
            retrying = null;
            return target.executeRead((tx) => {
              hooks.attempt?.();
              return work(wrapTx(tx, hooks));
            }, config as never);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A driver that counts the Cypher statements run through it (auto-commit in read sessions, or in
 * managed read transactions), to show that nested queries do not run one statement per item. A
 * read that is retried (a transient error on a busy server) counts once: a new attempt takes back
 * the statements of the one before.
 */
export function countingDriver(driver: Driver): { driver: Driver; statements: string[] } {
  const statements: string[] = [];
  const counted = interceptReads(driver, () => {
    let attempt: string[] = [];
    return {
      attempt: () => {
        for (const cypher of attempt) statements.splice(statements.lastIndexOf(cypher), 1);
        attempt = [];
      },
      run: (cypher, proceed) => {
        statements.push(cypher);
        attempt.push(cypher);
        return proceed();
      },
    };
  });
  return { driver: counted, statements };
}

/** The API over the mini plan, as most API suites start it. */
export interface MiniApi {
  /** The plain driver, for setting cases up and reading the graph directly. */
  driver: Driver;
  api: ApiServer;
  /** The statements the API ran (only counted when asked for). */
  statements: string[];
  /** Stops the API and closes the driver. */
  close(): Promise<void>;
}

/**
 * Empties the test graph, loads the mini plan and starts the API on it; with `counting`, through a
 * driver that records the statements the API runs. `options` add to the API's options.
 */
export async function startMiniApi(options: Partial<AppOptions> & { counting?: boolean } = {}): Promise<MiniApi> {
  const { counting, ...appOptions } = options;
  const driver = testDriver();
  await resetGraph(driver);
  await loadMiniBundle(driver);
  const counted = counting ? countingDriver(driver) : { driver, statements: [] };
  const api = await startApi({ driver: counted.driver, database: testDatabase(), ...appOptions });
  return {
    driver,
    api,
    statements: counted.statements,
    async close() {
      await api.close();
      await driver.close();
    },
  };
}
