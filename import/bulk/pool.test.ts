import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanJob } from './messages';
import { defaultWorkerCount, parseAll } from './pool';

jest.setTimeout(120_000);

/** A small invented plan: the pool is tested, not the reader. */
const GAZETTE = path.join(__dirname, '../../tests/fixtures/plans/county-a1-15/plan.txt');

/** Jobs as a folder listing yields them: each checked on disk as it is pulled. */
async function* jobsOf(files: string[], pulled: { n: number }): AsyncGenerator<PlanJob> {
  for (const file of files) {
    await fs.promises.access(file);
    pulled.n++;
    yield { file };
  }
}

describe('the parse pool', () => {
  it('sizes itself one worker per core but one, at least one', () => {
    expect(defaultWorkerCount()).toBe(Math.max(1, os.availableParallelism() - 1));
  });

  it('parses on exactly as many threads as it is given, in the order of the jobs', async () => {
    const files = Array.from({ length: 6 }, () => GAZETTE);
    const threads = new Set<number>();
    const outcomes = [];
    for await (const outcome of parseAll(jobsOf(files, { n: 0 }), { workers: 3, ahead: 3 })) {
      threads.add(outcome.threadId);
      outcomes.push(outcome);
    }
    expect(outcomes.map((o) => o.ok)).toEqual(files.map(() => true));
    expect(threads.size).toBe(3);
    expect(threads.has(0)).toBe(false);
  });

  it('pulls no more jobs than its workers and look-ahead allow before the consumer takes one', async () => {
    const pulled = { n: 0 };
    const files = Array.from({ length: 8 }, () => GAZETTE);
    let taken = 0;
    let most = 0;
    for await (const outcome of parseAll(jobsOf(files, pulled), { workers: 1, ahead: 2 })) {
      expect(outcome.ok).toBe(true);
      taken++;
      most = Math.max(most, pulled.n - taken);
    }
    expect(taken).toBe(8);
    expect(most).toBeLessThanOrEqual(2);
  });

  it('reports a plan it cannot read with its file and line, and parses the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-pool-'));
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, '这不是规划\n');
    try {
      const outcomes = [];
      for await (const outcome of parseAll(jobsOf([bad, GAZETTE], { n: 0 }), { workers: 1 })) outcomes.push(outcome);
      expect(outcomes[0]).toMatchObject({ ok: false, job: { file: bad } });
      expect(outcomes[0].ok || outcomes[0].message).toMatch(
        new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: `),
      );
      expect(outcomes[1].ok).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
