import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { profileOf } from '../../import/bulk';
import { loadBundle } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { parseCsv } from '../fixtures/csv';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, startApi } from './api-server';

/**
 * A plan that numbers its boxes by chapter (专栏3-1, 专栏10－1), imported from its gazette text: the graph keeps
 * each box as chapter × 100 + its place, and the API, the CSV export and the evidence print it as the plan does.
 */

jest.setTimeout(300_000);

const database = testDatabase();
const FILE = path.join(projectRoot(), 'tests', 'fixtures', 'plans', 'city-f-15', 'plan.txt');
let driver: Driver;
let api: ApiServer;
let plan: string;

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  plan = (await loadBundle(driver, buildBundle(FILE, { profile: profileOf(FILE, undefined) }), { database })).plan;
  api = await startApi({ driver, database });
});

afterAll(async () => {
  await api?.close();
  await resetGraph(driver);
  await driver?.close();
});

describe('a plan whose boxes are numbered by chapter', () => {
  it('lists its boxes in the plan’s order, each with its number as printed', async () => {
    const { data, errors } = await api.gql<{ boxes: { number: number; label: string }[] }>(
      'query($plan: ID) { boxes(plan: $plan) { number label } }',
      { plan },
    );
    expect(errors).toBeUndefined();
    const boxes = data.boxes.map((b) => [b.number, b.label]);
    expect(boxes.slice(0, 3)).toEqual([
      [301, '3-1'],
      [401, '4-1'],
      [402, '4-2'],
    ]);
    expect(boxes).toContainEqual([1001, '10-1']);
    expect(boxes).toContainEqual([1301, '13-1']);
  });

  it('gives a project in two boxes both, as printed, and filters by either', async () => {
    const { data, errors } = await api.gql<{
      projects: { nodes: { name: string; boxes: number[]; boxLabels: string[]; mentions: { boxLabel: string }[] }[] };
    }>(
      'query($plan: ID) { projects(filter: { plan: $plan, box: 1001 }, first: 50) { nodes { name boxes boxLabels mentions { boxLabel } } } }',
      { plan },
    );
    expect(errors).toBeUndefined();
    const port = data.projects.nodes.find((p) => p.name === '醽州国际陆港')!;
    expect(port.boxes).toEqual([801, 1001]);
    expect(port.boxLabels).toEqual(['8-1', '10-1']);
    expect(port.mentions.map((m) => m.boxLabel)).toContain('10-1');
    expect(data.projects.nodes.every((p) => p.boxLabels.includes('10-1'))).toBe(true);
  });

  it('exports the boxes as printed, filtered by a box as printed, and names the file by the box so', async () => {
    const res = await fetch(`${api.url}/export/projects.csv?plan=${encodeURIComponent(plan)}&box=10-1&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('box10-1');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    const [box, boxes] = [rows[0].indexOf('box'), rows[0].indexOf('boxes')];
    const port = rows.find((r) => r[1] === '醽州国际陆港')!;
    expect([port[box], port[boxes]]).toEqual(['8-1', '8-1; 10-1']);
  });
});
