import { Gate, GateHoldExpired } from './gate';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('Gate', () => {
  it('runs at most its limit at once and the rest in arrival order', async () => {
    const gate = new Gate(2);
    const started: number[] = [];
    const holds = [deferred(), deferred(), deferred(), deferred()];
    const runs = holds.map((hold, i) =>
      gate.run(async () => {
        started.push(i);
        await hold.promise;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ active: 2, waiting: 2 });
    holds[1].resolve();
    await runs[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    holds.forEach((h) => h.resolve());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('frees the place of work that fails', async () => {
    const gate = new Gate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('drops waiting work whose signal aborts, without running it', async () => {
    const gate = new Gate(1);
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const controller = new AbortController();
    const work = jest.fn(() => Promise.resolve());
    const waiting = gate.run(work, { signal: controller.signal });
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect(gate.load).toEqual({ active: 1, waiting: 0 });
    hold.resolve();
    await first;
    expect(work).not.toHaveBeenCalled();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('frees the place of work held past its limit, and says so', async () => {
    jest.useFakeTimers();
    try {
      const gate = new Gate(1);
      const stuck = gate.run(() => new Promise<never>(() => undefined), { holdAtMostMs: 1_000 });
      const next = gate.run(() => Promise.resolve('next'));
      const expired = expect(stuck).rejects.toBeInstanceOf(GateHoldExpired);
      expect(gate.load).toEqual({ active: 1, waiting: 1 });
      await jest.advanceTimersByTimeAsync(1_000);
      await expired;
      expect(await next).toBe('next');
      expect(gate.load).toEqual({ active: 0, waiting: 0 });
    } finally {
      jest.useRealTimers();
    }
  });

  it('frees the place once however the held work ends', async () => {
    const gate = new Gate(1);
    await expect(gate.run(() => Promise.resolve(1), { holdAtMostMs: 50 })).resolves.toBe(1);
    await new Promise((r) => setTimeout(r, 80));
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
    await expect(
      gate.run(() => {
        throw new Error('thrown before any await');
      }),
    ).rejects.toThrow('thrown before any await');
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a limit below 1', () => {
    expect(() => new Gate(0)).toThrow(/at least 1/);
  });
});
