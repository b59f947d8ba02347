import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { RULES } from '../../graph/rules';
import { PROJECTS_CSV, PROJECTS_CSV_ROWS } from '../../api/projects/projects.cypher';
import { gid, miniRegionId, scopedMiniBundle } from '../fixtures/mini-bundle';
import { testDatabase } from '../fixtures/neo4j';
import { type ApiServer, countingDriver, type MiniApi, startApi, startMiniApi } from './api-server';
import { parseCsv } from '../fixtures/csv';

jest.setTimeout(180_000);

const root = projectRoot(__dirname);
const bundle = scopedMiniBundle();
/** A project's district link, stated by its own sentence, and its district government's, derived from it. */
const countyRoad = bundle.projects.find((p) => p.name === '浮梁县农村公路提升改造')!;
const districtLink = countyRoad.districts.find((d) => d.name === '浮梁县')!;
const unitLink = bundle.responsibilities.find((r) => r.subjectId === countyRoad.id && r.role === 'district')!.evidence;
const plan = bundle.documents.find((d) => d.id === districtLink.document)!;
const evidenceCells = (name: string, e: typeof unitLink) => [
  `${name}: ${e.basis}`,
  `${name}: ${RULES[e.rule].en}`,
  `${name}: ${e.basis === 'derived' ? (e.why?.en ?? '') : ''}`,
  `${name}: ${e.quote}`,
  `${name}: ${plan.title}`,
  `${name}: ${e.line - plan.line + 1}`,
  `${name}: ${e.line}`,
];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-api-'));

/** The GraphiQL bundle of `npm run build`, or a fresh build of it when the tree has none. */
function graphiqlDir(): string {
  const built = path.join(root, 'dist', 'graphiql');
  if (fs.existsSync(path.join(built, 'index.html'))) return built;
  const out = path.join(scratch, 'graphiql');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'api/graphiql/vite.config.mjs',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
    },
  );
  return out;
}

/** A stand-in for the built web UI. */
function webUiDir(): string {
  const dir = path.join(scratch, 'ui');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>PlanGraph UI</title><div id="root"></div>');
  fs.writeFileSync(
    path.join(dir, 'first-screen.html'),
    '<!doctype html><html><head><title>PlanGraph UI</title></head><body><div id="root" data-first-screen="">first screen</div></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'first-screen.json'),
    JSON.stringify({ operationName: 'Industries', query: 'query Industries { industries { code } }', variables: {} }),
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("ui")');
  return dir;
}

let driver: Driver;
let api: ApiServer;
let suite: MiniApi | undefined;

beforeAll(async () => {
  suite = await startMiniApi({ graphiqlDir: graphiqlDir(), uiDir: webUiDir() });
  ({ driver, api } = suite);
});

afterAll(async () => {
  await suite?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('GET /export/projects.csv', () => {
  it('exports the filtered projects as UTF-8 CSV with a BOM, in English with lang=en', async () => {
    const res = await fetch(`${api.url}/export/projects.csv?industry=transport&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)));
    expect(rows[0]).toEqual([
      'id',
      'name',
      'tier',
      'box',
      'boxes',
      'item',
      'industries',
      'districts',
      'places',
      'units',
      'document',
      'line',
      'quote',
      ...['district', 'unit'].flatMap((link) =>
        ['basis', 'rule', 'why', 'quote', 'document', 'document line', 'gazette line'].map((c) => `${link} ${c}`),
      ),
    ]);
    const expected = bundle.projects.filter((p) => p.industries.some((i) => i.code === 'transport'));
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(expected.map((p) => p.name).sort());
    const county = rows.find((r) => r[1] === '浮梁县农村公路提升改造')!;
    const source = expected.find((p) => p.name === '浮梁县农村公路提升改造')!;
    expect(districtLink).toMatchObject({ basis: 'stated' });
    expect(unitLink).toMatchObject({ basis: 'derived', document: districtLink.document });
    expect(county).toEqual([
      source.id,
      source.name,
      source.tier,
      String(source.box),
      source.boxes.join('; '),
      String(source.item),
      'Transport',
      '浮梁县',
      '',
      '浮梁县人民政府 (district)',
      source.source.document,
      String(source.source.line),
      source.source.quote,
      ...evidenceCells('浮梁县', districtLink),
      ...evidenceCells('浮梁县人民政府', unitLink),
    ]);
  });

  it('is in Chinese by default: headers, industry names, roles, and a file name that names the filter', async () => {
    const res = await fetch(
      `${api.url}/export/projects.csv?industry=transport&district=${encodeURIComponent('浮梁县')}`,
    );
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      '编号',
      '项目名称',
      '层级',
      '首列专栏',
      '所在专栏',
      '条目',
      '产业',
      '县（市、区）',
      '地点',
      '责任单位',
      '文件',
      '行',
      '原文',
      ...['县（市、区）', '责任单位'].flatMap((link) =>
        ['依据', '规则', '理由', '原文', '文件', '文件内行', '公报行'].map((c) => `${link}${c}`),
      ),
    ]);
    const county = rows.find((r) => r[1] === '浮梁县农村公路提升改造')!;
    expect(county[6]).toBe('交通');
    expect(county[9]).toBe('浮梁县人民政府（属地）');
    // Evidence in Chinese words: basis, the rule described (never its id), why.
    expect(county.slice(13, 16)).toEqual(['浮梁县：明示', `浮梁县：${RULES[districtLink.rule].zh}`, '浮梁县：']);
    expect(county[20 + 0]).toBe('浮梁县人民政府：推导');
    expect(county[20 + 1]).toBe(`浮梁县人民政府：${RULES[unitLink.rule].zh}`);
    expect(county[20 + 2]).toBe(`浮梁县人民政府：${unitLink.why?.zh ?? ''}`);
    expect(county.slice(13).join('')).not.toMatch(/[a-z]+-[a-z]+|derived|stated/);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('projects-交通-浮梁县.csv')}`);
    const english = await fetch(`${api.url}/export/projects.csv?industry=transport&lang=en`);
    expect(english.headers.get('content-disposition')).toMatch(/filename="?projects-Transport\.csv"?/);
  });

  it("follows the view's sort: by name in pinyin order", async () => {
    const rows = parseCsv(
      (await (await fetch(`${api.url}/export/projects.csv?sort=NAME`)).text()).replace(/^\uFEFF/, ''),
    );
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toHaveLength(bundle.projects.length);
    const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
    const firstSyllables = names.map((n) => n.slice(0, 1));
    expect(firstSyllables).toEqual([...firstSyllables].sort(collator.compare));
  });

  it('says plainly, with a 404, when a filter value names nothing', async () => {
    const res = await fetch(`${api.url}/export/projects.csv?industry=nonexistent`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('没有这个产业：nonexistent');
    const en = await fetch(`${api.url}/export/projects.csv?district=nowhere&lang=en`);
    expect(en.status).toBe(404);
    expect(await en.text()).toBe('No such district: nowhere');
  });

  it('honours the same filter parameters as the projects query', async () => {
    const count = async (query: string) =>
      parseCsv((await (await fetch(`${api.url}/export/projects.csv?${query}`)).text()).replace(/^\uFEFF/, '')).length -
      1;
    expect(await count('district=' + encodeURIComponent('浮梁县'))).toBe(
      bundle.projects.filter((p) => p.districts.some((d) => d.name === '浮梁县')).length,
    );
    expect(await count('box=13')).toBe(bundle.projects.filter((p) => p.boxes.includes(13)).length);
    expect(await count('text=' + encodeURIComponent('遗址'))).toBe(3);
    expect(await count('unit=' + encodeURIComponent(gid('unit:富祥药业')))).toBe(1);
    expect(await count('place=' + encodeURIComponent(gid('place:御窑厂')))).toBeGreaterThan(0);
    expect(await count('')).toBe(bundle.projects.length);
    const box6 = parseCsv((await (await fetch(`${api.url}/export/projects.csv?box=6`)).text()).replace(/^\uFEFF/, ''));
    expect(box6.find((r) => r[1] === '航空物流集散储备转运中心')?.[4]).toBe('6、13');
  });

  it('reads the ids in one statement, a page of rows in one more (and the titles of the documents their evidence cites in a third), lists gathered in Neo4j, units ordered by role', async () => {
    const counted = countingDriver(driver);
    const countingApi = await startApi({ driver: counted.driver, database: testDatabase() });
    try {
      const res = await fetch(
        `${countingApi.url}/export/projects.csv?district=${encodeURIComponent('浮梁县')}&lang=en`,
      );
      expect(res.status).toBe(200);
      // The rows are streamed: every statement has run once the whole file is in.
      const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
      expect(counted.statements).toHaveLength(3);
      expect(counted.statements[0]).toBe(PROJECTS_CSV.district);
      expect(counted.statements[1]).toBe(PROJECTS_CSV_ROWS);
      expect(counted.statements[2]).toContain('MATCH (d:Document {id: id})');
      const expected = bundle.projects.filter((p) => p.districts.some((d) => d.name === '浮梁县'));
      expect(res.headers.get('x-total-count')).toBe(String(expected.length));
      expect(rows.slice(1).map((r) => r[0])).toEqual(
        [...expected]
          .sort((a, b) => a.box - b.box || a.item - b.item || a.source.line - b.source.line)
          .map((p) => p.id),
      );
      for (const row of rows.slice(1)) {
        const project = expected.find((p) => p.id === row[0])!;
        const english = (code: string) => bundle.industries.find((i) => i.code === code)!.en;
        expect(row[6]).toBe(
          project.industries
            .map((i) => i.code)
            .sort()
            .map(english)
            .join('; '),
        );
        const units = bundle.responsibilities
          .filter((r) => r.subjectId === project.id)
          .sort((a, b) => (`${a.role}\u0000${a.unitId}` < `${b.role}\u0000${b.unitId}` ? -1 : 1))
          .map((r) => `${bundle.units.find((u) => u.id === r.unitId)!.name} (${r.role})`);
        expect(row[9]).toBe(units.join('; '));
      }
    } finally {
      await countingApi.close();
    }
  });

  it('refuses a malformed filter', async () => {
    const res = await fetch(`${api.url}/export/projects.csv?box=five`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/box/);
  });
});

describe('neighbourhood exports', () => {
  const id = encodeURIComponent(gid('project:御窑厂遗址'));

  it('writes GraphML', async () => {
    const res = await fetch(`${api.url}/export/graph.graphml?id=${id}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/graphml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain(`<node id="${gid('project:御窑厂遗址')}">`);
    expect(xml).toContain(`<node id="${miniRegionId('珠山区')}">`);
    expect(xml).toMatch(
      new RegExp(`<edge id="[^"]+" source="${gid('project:御窑厂遗址')}" target="${miniRegionId('珠山区')}">`),
    );
    expect((xml.match(/<node /g) ?? []).length).toBe(6);
  });

  it('writes Cytoscape JSON and reports truncation', async () => {
    const res = await fetch(`${api.url}/export/graph.json?id=${id}&depth=2&limit=3`);
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json).toMatchObject({ truncated: true, limit: 3 });
    expect(json.elements.nodes).toHaveLength(3);
    expect(json.elements.nodes[0].data).toMatchObject({
      id: gid('project:御窑厂遗址'),
      type: 'Project',
      name: '御窑厂遗址',
    });
  });

  it('answers 404 for an id that names no node', async () => {
    const res = await fetch(`${api.url}/export/graph.graphml?id=project:deadbeef0000`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('project:deadbeef0000');
    expect((await fetch(`${api.url}/export/graph.json?id=project:deadbeef0000`)).status).toBe(404);
  });

  it('needs an id and a depth within the cap', async () => {
    expect((await fetch(`${api.url}/export/graph.json`)).status).toBe(400);
    expect((await fetch(`${api.url}/export/graph.json?id=${id}&depth=9`)).status).toBe(400);
  });
});

describe('GraphiQL', () => {
  it('serves the page from the bundled packages, with no CDN', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/apollographql|embeddable|sandbox/i);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const file = await fetch(`${api.url}${asset}`);
      expect(file.status).toBe(200);
      const text = await file.text();
      expect(text).not.toMatch(/unpkg\.com|cdn\.jsdelivr|esm\.sh/);
    }
  });

  it('leaves JSON requests to the GraphQL server', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html,application/json' },
      body: JSON.stringify({ query: '{ districts { name } }' }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).data.districts.length).toBe(bundle.districts.length);
  });
});

describe('web UI', () => {
  it('serves the built UI, its assets, and falls back to index.html for app routes only', async () => {
    const index = await fetch(`${api.url}/`);
    expect(await index.text()).toContain('PlanGraph UI');
    const route = await fetch(`${api.url}/projects/some-route`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('PlanGraph UI');
    expect(await (await fetch(`${api.url}/assets/app.js`)).text()).toContain('console.log');
    expect((await fetch(`${api.url}/export/nothing.csv`)).status).toBe(404);
    expect((await (await fetch(`${api.url}/health`)).json()).status).toBe('ok');
  });

  it('sends the page with its first screen rendered for the default URL only', async () => {
    for (const url of ['/', '/?', '/some-route'])
      expect(await (await fetch(`${api.url}${url}`)).text()).toContain('first screen');
    for (const url of ['/?view=portfolio', '/?lang=en'])
      expect(await (await fetch(`${api.url}${url}`)).text()).not.toContain('first screen');
  });

  it('puts the answer to the first screen’s own query in the page at /, ahead of any script', async () => {
    const page = await (await fetch(`${api.url}/`)).text();
    const answer = /<head><script type="application\/json" id="first-answer">(.*?)<\/script>/.exec(page)?.[1];
    expect(answer).toBeDefined();
    const industries = (JSON.parse(answer!) as { data: { industries: { code: string }[] } }).data.industries;
    expect(industries.length).toBeGreaterThan(0);
    // Another app route gets the first screen without the answer.
    expect(await (await fetch(`${api.url}/some-route`)).text()).not.toContain('first-answer');
  });
});
