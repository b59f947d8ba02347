import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import neo4j, { type Driver, Neo4jError, type SessionConfig } from 'neo4j-driver';
import { ReadSession, SessionClosedError } from './read-session';
import { freePort } from '../../tests/fixtures/ports';

const settlesWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      () => 'resolved',
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);

describe('ReadSession', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, neo4j.auth.basic('neo4j', 'unused'), {
      maxTransactionRetryTime: 10_000,
      connectionTimeout: 1_000,
    });
  });

  afterAll(() => driver.close());

  it('ends a read waiting for its retry when the session closes (the driver leaves it pending)', async () => {
    const raw = driver.session({ defaultAccessMode: neo4j.session.READ });
    const rawRead = raw.executeRead((tx) => tx.run('RETURN 1'));
    const wrapped = new ReadSession(driver, undefined);
    const read = wrapped.read('RETURN 1', {}, 1_000);
    // The first attempts are refused at once; both now wait to retry.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all([raw.close(), wrapped.close()]);

    expect(await settlesWithin(read, 1_000)).toBeInstanceOf(SessionClosedError);
    expect(await settlesWithin(rawRead, 1_500)).toBe('pending');
  });

  it('refuses reads once closed, and closes once', async () => {
    const session = new ReadSession(driver, undefined);
    const first = session.close();
    expect(session.close()).toBe(first);
    await first;
    await expect(session.read('RETURN 1', {}, 1_000)).rejects.toBeInstanceOf(SessionClosedError);
  });

  it('keeps no read’s records once the read is done, though the session stays open', async () => {
    // A stand-in driver whose reads answer at once with a record of their own.
    const fake = {
      session: () => ({
        run: () => Promise.resolve({ records: [{ page: [1, 2, 3] }] }),
        close: () => Promise.resolve(),
      }),
    } as unknown as Driver;
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const session = new ReadSession(fake, undefined);
    const kept: WeakRef<object>[] = [];
    for (let i = 0; i < 3; i++) kept.push(new WeakRef(await session.read('RETURN 1', {}, 1_000)));
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(kept.filter((ref) => ref.deref() !== undefined)).toEqual([]);
    await session.close();
  });

  describe('a read', () => {
    /** A stand-in driver: each auto-commit run gives the next of `outcomes`, a managed read answers. */
    const neo4jError = (code: string) => new Neo4jError(code, code, '50N42', 'error: general processing exception');

    function recording(outcomes: (Error | string)[]) {
      const calls: { session?: SessionConfig; runs: unknown[]; managed: number } = { runs: [], managed: 0 };
      const answer = (value: Error | string | undefined) =>
        value instanceof Error ? Promise.reject(value) : Promise.resolve({ records: [value ?? 'managed'] });
      const fake = {
        session: (config: SessionConfig) => {
          calls.session = config;
          return {
            run: (_cypher: string, _params: unknown, config: unknown) => {
              calls.runs.push(config);
              return answer(outcomes.shift());
            },
            executeRead: (work: (tx: unknown) => Promise<unknown>) => {
              calls.managed += 1;
              return work({ run: () => answer(undefined) });
            },
            close: () => Promise.resolve(),
          };
        },
      } as unknown as Driver;
      return { driver: fake, calls };
    }

    it('is one auto-commit statement of a READ session, with the server-side timeout', async () => {
      const { driver: fake, calls } = recording(['first']);
      const session = new ReadSession(fake, 'plans');
      expect(await session.read('RETURN 1', {}, 1_234)).toEqual(['first']);
      expect(calls).toEqual({
        session: { database: 'plans', defaultAccessMode: neo4j.session.READ },
        runs: [{ timeout: 1_234 }],
        managed: 0,
      });
      await session.close();
    });

    it('is retried in a managed read transaction when the error is retryable', async () => {
      const { driver: fake, calls } = recording([neo4jError(neo4j.error.SESSION_EXPIRED)]);
      const session = new ReadSession(fake, undefined);
      expect(await session.read('RETURN 1', {}, 1_000)).toEqual(['managed']);
      expect(calls.managed).toBe(1);
      await session.close();
    });

    it('fails at once, not retried, when the error is not retryable', async () => {
      const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
      const { driver: fake, calls } = recording([syntax]);
      const session = new ReadSession(fake, undefined);
      await expect(session.read('RETURN', {}, 1_000)).rejects.toBe(syntax);
      expect(calls.managed).toBe(0);
      await session.close();
    });
  });
});
