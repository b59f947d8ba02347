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
});
