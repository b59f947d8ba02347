import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { createApiDriver } from '../../api/db/driver';
import { neo4jConfig } from '../../graph/config';
import { keyRequests, unanswered } from '../../bench/stress/mix';
import { countSessions, type SessionCount } from '../../bench/stress/sessions';
import { gid } from '../fixtures/mini-bundle';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, startApi } from './api-server';

jest.setTimeout(120_000);

/**
 * A short run of the stress mix (key queries and exports, many clients at once): every answer is
 * a 200, no request fails in transport, and every session opened is closed. Speed is measured by
 * `npm run stress`, not here.
 */
const requests = keyRequests({ boxes: [gid('box:5'), gid('box:6')], industry: 'transport', text: '景德镇' });
const sessions: SessionCount = { opened: 0, closed: 0 };
let setup: Driver;
let driver: Driver;
let api: ApiServer;

beforeAll(async () => {
  setup = testDriver();
  await resetGraph(setup);
  await loadMiniBundle(setup);
  driver = countSessions(createApiDriver(neo4jConfig()), sessions);
  api = await startApi({ driver, database: testDatabase(), rateLimit: { windowMs: 60_000, limit: 1_000_000 } });
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
  await resetGraph(setup);
  await setup?.close();
});

it('answers every request of the mix with data', async () => {
  // A few tries each: on a busy machine a statement's first run (Neo4j plans it) can outlast a request.
  expect(await unanswered(api.url, requests, 5)).toEqual([]);
});

it('serves the mix from 8 clients at once with only 200s and closes every session', async () => {
  const statuses = new Map<number, number>();
  const errors: string[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url: api.url, connections: 8, amount: 180, requests, timeout: 30 },
      (error: unknown, out) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(out),
    );
    run.on('response', (_client: unknown, status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
    run.on('reqError', (error: Error) => errors.push(error.message));
  });
  expect(errors).toEqual([]);
  expect(Object.fromEntries(statuses)).toEqual({ 200: 180 });
  expect(result.non2xx).toBe(0);
  // Sessions close when the response has gone out: give the last ones a moment.
  for (let i = 0; i < 20 && sessions.opened !== sessions.closed; i++) await new Promise((r) => setTimeout(r, 100));
  expect(sessions.opened).toBeGreaterThan(0);
  expect(sessions.closed).toBe(sessions.opened);
});
