import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { StatementLog } from '../../api/db/warm-up';
import { GraphUnavailableError, isUnavailable } from '../../api/db/errors';
import { Graph, type GraphOptions, RequestEndedError } from '../../api/db/graph';
import { countSessions, type SessionCount } from '../../bench/stress/sessions';
import { testDatabase, testDriver } from '../fixtures/neo4j';

jest.setTimeout(60_000);

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

/** The driver, recording each statement its read transactions run, in the order they start. */
function recording(target: Driver, ran: string[], sessions: SessionCount): Driver {
  const counted = countSessions(target, sessions);
  return new Proxy(counted, {
    get(t, prop, receiver) {
      if (prop !== 'session') return Reflect.get(t, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>): Session => {
        const session = t.session(...args);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work: (tx: ManagedTransaction) => Promise<unknown>, config) =>
          executeRead(
            (tx) =>
              work(
                new Proxy(tx, {
                  get(inner, key, r) {
                    if (key !== 'run') return Reflect.get(inner, key, r) as unknown;
                    return (cypher: string, params?: Record<string, unknown>) => {
                      ran.push(cypher);
                      return inner.run(cypher, params);
                    };
                  },
                }),
              ),
            config,
          )) as Session['executeRead'];
        return session;
      };
    },
  });
}

describe('the replay of remembered statements after Neo4j restarts', () => {
  it('runs the hottest first, lets each through once replayed, forgets a failing one and closes its sessions', async () => {
    const log = new StatementLog();
    log.remember('RETURN 1 AS once', {});
    for (let i = 0; i < 3; i++) log.remember('RETURN $n AS thrice', { n: i });
    log.remember('RETURN 1 / toInteger($zero) AS broken', { zero: 0 });
    log.remember('RETURN 1 / toInteger($zero) AS broken', { zero: 0 });
    expect(log.isWarm('RETURN 1 AS once')).toBe(true);

    const ran: string[] = [];
    const sessions: SessionCount = { opened: 0, closed: 0 };
    const during: boolean[] = [];
    const replay = log.replay(
      recording(driver, ran, sessions),
      { database: testDatabase(), timeoutMs: 10_000, concurrency: 1 },
      isUnavailable,
    );
    during.push(log.isWarm('RETURN 1 AS once'));
    await replay;

    expect(during).toEqual([false]);
    expect(ran).toEqual(['RETURN $n AS thrice', 'RETURN 1 / toInteger($zero) AS broken', 'RETURN 1 AS once']);
    expect(log.has('RETURN 1 / toInteger($zero) AS broken')).toBe(false);
    expect(log.size).toBe(2);
    expect(log.isWarm('RETURN 1 AS once')).toBe(true);
    expect(sessions.opened).toBeGreaterThan(0);
    expect(sessions.closed).toBe(sessions.opened);
  });

  it('replays next a statement a request waits for, and tells the request when it may run', async () => {
    const log = new StatementLog();
    for (let i = 0; i < 5; i++) for (let run = 0; run < 5 - i; run++) log.remember(`RETURN ${i} AS n`, {});
    const ran: string[] = [];
    const sessions: SessionCount = { opened: 0, closed: 0 };
    const replay = log.replay(
      recording(driver, ran, sessions),
      { database: testDatabase(), timeoutMs: 10_000, concurrency: 1 },
      isUnavailable,
    );
    // The coldest statement, asked for while the hottest is being replayed.
    const coldest = log.whenWarm('RETURN 4 AS n', 10_000);
    expect(await coldest).toBe(true);
    await replay;
    expect(ran).toEqual(['RETURN 0 AS n', 'RETURN 4 AS n', 'RETURN 1 AS n', 'RETURN 2 AS n', 'RETURN 3 AS n']);
    expect(await log.whenWarm('RETURN 3 AS n', 0)).toBe(true);
  });

  it('tells a waiting request no when its statement is not replayed in time', async () => {
    const log = new StatementLog();
    log.remember('CALL { RETURN 1 AS one } RETURN one', {});
    log.remember('RETURN 2 AS two', {});
    const replay = log.replay(driver, { database: testDatabase(), timeoutMs: 10_000, concurrency: 1 }, isUnavailable);
    expect(await log.whenWarm('RETURN 2 AS two', 0)).toBe(false);
    await replay;
  });

  it('replays side by side with the concurrency asked, each session closed', async () => {
    const log = new StatementLog();
    for (let i = 0; i < 6; i++) log.remember(`RETURN ${i} AS n`, {});
    const ran: string[] = [];
    const sessions: SessionCount = { opened: 0, closed: 0 };
    await log.replay(
      recording(driver, ran, sessions),
      { database: testDatabase(), timeoutMs: 10_000, concurrency: 3 },
      isUnavailable,
    );
    expect([...ran].sort()).toEqual(Array.from({ length: 6 }, (_, i) => `RETURN ${i} AS n`));
    expect(sessions.opened).toBe(3);
    expect(sessions.closed).toBe(3);
  });
});

/** The driver, whose read transactions wait while `held()` gives a promise (probes, auto-commit, do not). */
function holding(target: Driver, held: () => Promise<void> | null): Driver {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (prop !== 'session') return Reflect.get(t, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>): Session => {
        const session = t.session(...args);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = (async (work: (tx: ManagedTransaction) => Promise<unknown>, config) => {
          await held();
          return executeRead(work, config);
        }) as Session['executeRead'];
        return session;
      };
    },
  });
}

describe('a request while the API warms a restarted Neo4j up', () => {
  const options = (requestTimeoutMs: number): GraphOptions => ({
    database: testDatabase(),
    transactionTimeoutMs: 5_000,
    requestTimeoutMs,
    probeTimeoutMs: 3_000,
    maxConcurrentReads: 8,
    warmUpStatementTimeoutMs: 30_000,
    warmUpConcurrency: 1,
  });

  /** A graph that has answered `cypher`, then found Neo4j back after an outage, its replay held until `release`. */
  async function warming(requestTimeoutMs: number, cypher: string) {
    let hold: Promise<void> | null = null;
    let release = () => undefined as void;
    const sessions: SessionCount = { opened: 0, closed: 0 };
    const graph = new Graph(
      holding(countSessions(driver, sessions), () => hold),
      options(requestTimeoutMs),
    );
    const first = graph.openRequest();
    await first.read(cypher);
    await first.close();
    hold = new Promise((resolve) => (release = resolve));
    graph.markDown();
    expect((await graph.probe()).ready).toBe(false);
    return {
      graph,
      sessions,
      release: () => {
        hold = null;
        release();
      },
    };
  }

  it('waits for its statement’s replay for as long as the request may take, then is answered', async () => {
    const { graph, release } = await warming(20_000, 'RETURN 7 AS seven');
    const reader = graph.openRequest();
    const started = Date.now();
    const answer = reader.read('RETURN 7 AS seven');
    // Longer than a fixed few seconds: the request's own time is what bounds its wait.
    setTimeout(release, 6_000);
    const records = await answer;
    expect(records[0].get('seven').toNumber()).toBe(7);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_900);
    await reader.close();
    await graph.warmedUp();
  });

  it('is refused with 503 when the replay outlasts the request’s time', async () => {
    const { graph, release } = await warming(1_500, 'RETURN 8 AS eight');
    const reader = graph.openRequest();
    const started = Date.now();
    await expect(reader.read('RETURN 8 AS eight')).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(Date.now() - started).toBeLessThan(3_000);
    release();
    await reader.close();
    await graph.warmedUp();
  });

  it('opens no session for a statement still waiting when its request is answered and closed', async () => {
    const { graph, sessions, release } = await warming(20_000, 'RETURN 9 AS nine');
    const reader = graph.openRequest();
    const waiting = reader.read('RETURN 9 AS nine');
    // Another field of the request failed: the response is sent and the request closed.
    await reader.close();
    release();
    await expect(waiting).rejects.toBeInstanceOf(RequestEndedError);
    await graph.warmedUp();
    expect(sessions.closed).toBe(sessions.opened);
  });
});
