import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { PROJECTS_CSV_ROWS } from '../../api/projects/projects.cypher';
import { parseCsv } from '../fixtures/csv';
import { scopedMiniBundle } from '../fixtures/mini-bundle';
import { testDatabase } from '../fixtures/neo4j';
import { type ApiServer, countingDriver, interceptReads, type MiniApi, startApi, startMiniApi } from './api-server';

/**
 * The projects CSV read in pages: the same bytes whatever the page size, the cap, a client that
 * goes away, and a failure after the first rows.
 */

jest.setTimeout(180_000);

const bundle = scopedMiniBundle();
const isPage = (cypher: string) => cypher === PROJECTS_CSV_ROWS;
const small = { maxExportRows: 100_000, exportPageRows: 7 };

/** A driver whose read transactions fail on a CSV page after the first (a plain error: never retried). */
function failingOnNextPage(driver: Driver): Driver {
  let pages = 0;
  return interceptReads(driver, () => ({
    run: (cypher, proceed) => {
      if (isPage(cypher) && ++pages > 1) throw new Error('the graph failed in the middle of the export');
      return proceed();
    },
  }));
}

let whole: MiniApi | undefined;
let paged: ApiServer;
let statements: string[];

beforeAll(async () => {
  whole = await startMiniApi();
  const counted = countingDriver(whole.driver);
  statements = counted.statements;
  paged = await startApi({ driver: counted.driver, database: testDatabase(), exportLimits: small });
});

afterAll(async () => {
  await paged?.close();
  await whole?.close();
});

const text = async (url: string) => (await fetch(url)).text();

describe('GET /export/projects.csv read in pages', () => {
  it.each([
    ['every project', ''],
    ['by name', 'sort=NAME'],
    ['an industry, in English', 'industry=transport&lang=en'],
    ['a district', `district=${encodeURIComponent('浮梁县')}`],
    ['a box by name', 'box=13&sort=NAME&lang=en'],
  ])('gives the same bytes in pages of 7 as in one page: %s', async (_name, query) => {
    const expected = await text(`${whole!.api.url}/export/projects.csv?${query}`);
    const rows = parseCsv(expected.replace(/^\uFEFF/, '')).length - 1;
    expect(rows).toBeGreaterThan(0);
    statements.length = 0;
    expect(await text(`${paged.url}/export/projects.csv?${query}`)).toBe(expected);
    // One statement per page, after the one that reads the ids.
    expect(statements.filter(isPage)).toHaveLength(Math.ceil(rows / 7));
  });

  it('reads every project once, in order, across pages of one row', async () => {
    const api = await startApi({
      driver: whole!.driver,
      database: testDatabase(),
      exportLimits: { maxExportRows: 100_000, exportPageRows: 1 },
    });
    try {
      const ids = parseCsv((await text(`${api.url}/export/projects.csv?lang=en`)).replace(/^\uFEFF/, ''))
        .slice(1)
        .map((r) => r[0]);
      expect(ids).toHaveLength(bundle.projects.length);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await api.close();
    }
  });

  it('stops at the cap, says so in X-Truncated, and gives the first rows of the full list', async () => {
    const api = await startApi({
      driver: whole!.driver,
      database: testDatabase(),
      exportLimits: { maxExportRows: 10, exportPageRows: 4 },
    });
    try {
      const full = parseCsv((await text(`${whole!.api.url}/export/projects.csv?lang=en`)).replace(/^\uFEFF/, ''));
      const res = await fetch(`${api.url}/export/projects.csv?lang=en`);
      expect(res.headers.get('x-total-count')).toBe(String(full.length - 1));
      expect(res.headers.get('x-truncated')).toBe(`first 10 of ${full.length - 1}`);
      expect(parseCsv((await res.text()).replace(/^\uFEFF/, ''))).toEqual(full.slice(0, 11));
    } finally {
      await api.close();
    }
  });

  it('stops reading when the client goes away', async () => {
    const counted = countingDriver(whole!.driver);
    const api = await startApi({
      driver: counted.driver,
      database: testDatabase(),
      exportLimits: { maxExportRows: 100_000, exportPageRows: 1 },
    });
    const pagesRead = () => counted.statements.filter(isPage).length;
    try {
      const client = new AbortController();
      const res = await fetch(`${api.url}/export/projects.csv`, { signal: client.signal });
      expect(res.status).toBe(200);
      client.abort();
      await sleep(1_000);
      const read = pagesRead();
      await sleep(500);
      expect(pagesRead()).toBe(read);
      expect(read).toBeLessThan(bundle.projects.length / 2);
    } finally {
      await api.close();
    }
  });

  it('cuts the download when the graph fails after the first rows, instead of ending it as if complete', async () => {
    const api = await startApi({
      driver: failingOnNextPage(whole!.driver),
      database: testDatabase(),
      exportLimits: small,
    });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await fetch(`${api.url}/export/projects.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(bundle.projects.length));
      await expect(res.text()).rejects.toThrow();
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining('/export/projects.csv: the download was cut'),
        expect.anything(),
      );
    } finally {
      logged.mockRestore();
      await api.close();
    }
  });
});
