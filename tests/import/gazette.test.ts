import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { Bundle } from '../../import/bundle/schema';
import { EXIT_BAD_INPUT, EXIT_DATABASE, EXIT_OK, runCli } from '../../import/cli';
import { loadedPlans } from '../../import/load';
import { buildBundle } from '../../import/pipeline';
import { captureIo, tempDir } from '../fixtures/cli-io';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type GraphSnapshot, snapshotGraph } from '../fixtures/snapshot';

jest.setTimeout(180_000);

/** The whole importer on the real gazette: decode → parse → extract → load, through the command. */
const GAZETTE = path.join(projectRoot(), 'data', 'jingdezhen-gazette-2026-05.txt');
const gazetteText = fs.readFileSync(GAZETTE, 'utf8');

let driver: Driver;
const tmp = tempDir('gazette');

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
});

afterAll(async () => {
  tmp.remove();
  await resetGraph(driver);
  await driver.close();
});

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** The graph without the Plan node, whose file, encoding and checksum say which copy was read. */
const planOnly = (snapshot: GraphSnapshot): GraphSnapshot => ({
  nodes: snapshot.nodes.filter((n) => !n.startsWith('[["Plan"]')),
  relationships: snapshot.relationships,
});

describe('the gazette', () => {
  let bundle: Bundle;

  beforeAll(() => {
    bundle = buildBundle(GAZETTE);
  });

  it('builds a valid bundle of the three documents and the boxes 2–27', () => {
    expect(() => Bundle.parse(bundle)).not.toThrow();
    expect(bundle.source).toMatchObject({ file: 'jingdezhen-gazette-2026-05.txt', encoding: 'utf-8' });
    expect(bundle.documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['plan', 'action-plan', 'emergency-plan']),
    );
    expect(bundle.boxes.map((b) => b.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 2));
    const names = bundle.projects.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '御窑厂遗址',
        '景德镇罗家机场改扩建工程',
        '浮梁县农村公路提升改造',
        '富祥药业产品工艺装备提升',
      ]),
    );
    expect(new Set(bundle.projects.map((p) => p.id)).size).toBe(bundle.projects.length);
  });

  it('extract --json prints that bundle', async () => {
    const result = await run('extract', GAZETTE, '--json');
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual(bundle);
  });

  it('imports twice into the very same graph', async () => {
    const first = await run('import', GAZETTE);
    expect(first).toMatchObject({ code: EXIT_OK });
    expect(first.stdout).toMatch(/\(:Project\)\s+\d+/);
    expect(first.stderr).toMatch(/loading Project/);
    const once = await snapshotGraph(driver);
    const [loaded, ...others] = await loadedPlans(driver, testDatabase());
    expect(others).toEqual([]);
    expect(loaded?.sha256).toBe(bundle.source.sha256);
    expect(loaded?.counts.nodes.Project).toBe(bundle.projects.length);

    expect((await run('import', GAZETTE)).code).toBe(EXIT_OK);
    expect(await snapshotGraph(driver)).toEqual(once);
  });

  it('--if-absent and --dry-run leave the loaded graph as it is', async () => {
    const before = await snapshotGraph(driver);
    const skipped = await run('import', GAZETTE, '--if-absent');
    expect(skipped.code).toBe(EXIT_OK);
    expect(skipped.stderr).toContain('already loaded');
    const dry = await run('import', GAZETTE, '--dry-run');
    expect(dry.code).toBe(EXIT_OK);
    expect(dry.stdout).toMatch(/^dry run/);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('exits 2 and leaves the graph alone when Neo4j is out of reach', async () => {
    const io = captureIo({ ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(await runCli(['import', GAZETTE], io.io)).toBe(EXIT_DATABASE);
    expect(io.stderr()).toContain('Neo4j at bolt://127.0.0.1:9');
  });

  it('a GBK copy imports the same as the UTF-8 original', async () => {
    const utf8 = planOnly(await snapshotGraph(driver));
    const gbk = path.join(tmp.dir, 'jingdezhen-gazette-2026-05.txt');
    fs.writeFileSync(gbk, iconv.encode(gazetteText, 'gbk'));
    const result = await run('import', gbk);
    expect(result.code).toBe(EXIT_OK);
    expect((await loadedPlans(driver, testDatabase())).map((p) => p.sha256)).toEqual([
      expect.not.stringMatching(bundle.source.sha256),
    ]);
    expect(planOnly(await snapshotGraph(driver))).toEqual(utf8);
  });

  describe('bad input exits 1 with file:line: problem and leaves the stored graph untouched', () => {
    const lines = gazetteText.split('\n');
    const box13 = lines.findIndex((line) => /^专栏\s*13\s/.test(line));
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /empty/],
      [
        'binary.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        /binary/,
      ],
      ['not-a-plan.txt', '景德镇市今日天气晴，气温十八至二十六摄氏度。\n市民出行请注意防晒。\n', /not a plan/],
      // Cut right after the heading of box 13's first item.
      ['truncated.txt', lines.slice(0, box13 + 3).join('\n') + '\n', /专栏 13: .*ends inside the box/],
    ];

    it.each(cases)('%s', async (name, content, problem) => {
      const before = await snapshotGraph(driver);
      expect(before.nodes.length).toBeGreaterThan(0);
      const file = path.join(tmp.dir, name);
      fs.writeFileSync(file, content);
      const result = await run('import', file);
      expect(result.code).toBe(EXIT_BAD_INPUT);
      expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: `));
      expect(result.stderr).toMatch(problem);
      expect(result.stdout).toBe('');
      expect(await snapshotGraph(driver)).toEqual(before);
    });
  });
});
