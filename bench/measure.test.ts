import { passes, percentile, runPool, summarize } from './measure';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(10);
    expect(percentile(sorted, 95)).toBe(19);
    expect(percentile(sorted, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([30, 10, 20])).toEqual({ count: 3, median: 20, p95: 30, max: 30 });
  });
});

describe('runPool', () => {
  it('runs the asked number of calls with no more than `concurrency` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const durations = await runPool(20, 3, 10_000, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
    });
    expect(durations).toHaveLength(20);
    expect(most).toBe(3);
  });

  it('starts no call once the budget is spent', async () => {
    const durations = await runPool(1000, 2, 30, () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(durations.length).toBeGreaterThan(0);
    expect(durations.length).toBeLessThan(10);
  });
});

describe('passes', () => {
  it('fails a figure at its target and a figure that could not be measured', () => {
    expect(passes({ name: 'a', value: 499, unit: 'ms', target: 500 })).toBe(true);
    expect(passes({ name: 'a', value: 500, unit: 'ms', target: 500 })).toBe(false);
    expect(passes({ name: 'a', value: NaN, unit: 'ms', target: 500 })).toBe(false);
    expect(passes({ name: 'a', value: 9e9, unit: 'ms' })).toBe(true);
  });
});
