import type { Driver } from 'neo4j-driver';
import type { AppOptions } from '../../api/app';
import { createApiDriver } from '../../api/db/driver';
import { neo4jConfig } from '../../graph/config';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, startApi } from './api-server';
import { TcpGate } from './tcp-gate';
import { freePort } from '../fixtures/ports';

jest.setTimeout(90_000);

const config = neo4jConfig();
const target = new URL(config.uri.replace(/^[a-z+]+:/, 'http:'));

async function until<T>(check: () => Promise<T | null>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const QUERY = '{ projects(first: 1) { totalCount } }';

let setupDriver: Driver;

beforeAll(async () => {
  setupDriver = testDriver();
  await resetGraph(setupDriver);
  await loadMiniBundle(setupDriver);
});

afterAll(async () => {
  await setupDriver?.close();
});

describe('when Neo4j cannot be reached at all', () => {
  let driver: Driver;
  let api: ApiServer;

  beforeAll(async () => {
    driver = createApiDriver({ ...config, uri: `bolt://127.0.0.1:${await freePort()}` });
    api = await startApi({ driver, database: testDatabase() });
  });

  afterAll(async () => {
    await api?.close();
    await driver?.close();
  });

  it('is alive but not ready, and says why', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).message).toMatch(/Neo4j\) is not reachable/);
  });

  it('answers GraphQL and exports with a clear 503, without hanging', async () => {
    const started = Date.now();
    const first = await api.gql(QUERY);
    const second = await api.gql(QUERY);
    for (const response of [first, second]) {
      expect(response.status).toBe(503);
      expect(response.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors![0].message).toMatch(/Neo4j\) is not reachable/);
    }
    const csv = await fetch(`${api.url}/export/projects.csv`);
    expect(csv.status).toBe(503);
    expect(await csv.text()).toMatch(/not reachable/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

/**
 * The API reaching Neo4j through a {@link TcpGate} the test shuts and reopens, started before the
 * enclosing describe's tests and stopped after them.
 */
function apiBehindGate(options: Omit<AppOptions, 'driver'>): { gate: TcpGate; api: () => ApiServer } {
  const gate = new TcpGate(target.hostname, Number(target.port));
  let driver: Driver | undefined;
  let api: ApiServer | undefined;
  beforeAll(async () => {
    await gate.open();
    driver = createApiDriver({ ...config, uri: `bolt://127.0.0.1:${gate.port}` });
    api = await startApi({ driver, database: testDatabase(), ...options });
  });
  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await gate.shut();
  });
  return {
    gate,
    api: () => {
      if (!api) throw new Error('the API behind the gate has not started');
      return api;
    },
  };
}

describe('when Neo4j goes away and comes back', () => {
  const { gate, api } = apiBehindGate({ probeTimeoutMs: 2_000 });

  it('serves, answers 503 during the outage, and recovers by itself', async () => {
    expect((await fetch(`${api().url}/ready`)).status).toBe(200);
    const before = await api().gql(QUERY);
    expect(before.status).toBe(200);
    const total = before.data.projects.totalCount;

    await gate.shut();
    const down = await until(async () => {
      const response = await api().gql(QUERY);
      return response.status === 503 ? response : null;
    }, 20_000);
    expect(down.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${api().url}/ready`)).status).toBe(503);
    expect((await fetch(`${api().url}/health`)).status).toBe(200);

    await gate.open();
    await until(async () => ((await fetch(`${api().url}/ready`)).status === 200 ? true : null), 20_000);
    const after = await until(async () => {
      const response = await api().gql(QUERY);
      return response.status === 200 ? response : null;
    }, 20_000);
    expect(after.errors).toBeUndefined();
    expect(after.data.projects.totalCount).toBe(total);
  });
});

describe('when Neo4j goes away while requests keep coming', () => {
  // A short request time and two read places: reads that wait for a place run into the outage
  // and past their request's time while the driver retries them, as at 50 req/s on a real server.
  // The rate limit out of reach: twelve clients in a loop send over 3,000 requests a minute on a
  // quiet machine, and its 429s are not what this test is about.
  // A read abandoned in the outage may hold its place until request time + transaction time have
  // passed (the gate's bound): with the default 10 s transaction time that is 11.5 s, past the mark
  // this test sets, so the transaction time is kept as short as this test's request time allows.
  const { gate, api } = apiBehindGate({
    probeTimeoutMs: 1_000,
    requestTimeoutMs: 1_500,
    transactionTimeoutMs: 3_000,
    maxConcurrentReads: 2,
    rateLimit: { windowMs: 60_000, limit: 1_000_000 },
  });

  it('serves fully again within 10 s of its return, with no read place held by abandoned work', async () => {
    expect((await api().gql(QUERY)).status).toBe(200);
    const statuses: { sent: number; at: number; status: number }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const sent = Date.now();
        const status = await api()
          .gql(QUERY)
          .then(
            (response) => response.status,
            () => 0,
          );
        statuses.push({ sent, at: Date.now(), status });
      }
    };
    const clients = Array.from({ length: 12 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await gate.shut();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await gate.open();
    const back = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    running = false;
    await Promise.all(clients);

    const during = statuses.filter((s) => s.at < back);
    expect(during.some((s) => s.status === 503)).toBe(true);
    expect(during.filter((s) => ![200, 503, 504].includes(s.status))).toEqual([]);
    // Every request sent in the last two seconds of the run, 10 s after the return, is answered
    // 200. Taken by when it was sent, not answered: one sent earlier may still run out its 1.5 s
    // past the mark (seen once in CI: seven 504s answered together 10.1 s after the return).
    const last = statuses.filter((s) => s.sent > back + 10_000);
    expect(last.length).toBeGreaterThan(0);
    expect(last.filter((s) => s.status !== 200)).toEqual([]);
  });
});
