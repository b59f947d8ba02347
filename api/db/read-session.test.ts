import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import neo4j, { type Driver } from 'neo4j-driver';
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
        executeRead: (work: (tx: unknown) => Promise<unknown>) =>
          work({ run: () => ({ records: [{ page: [1, 2, 3] }] }) }),
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
});
