import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { SaxesParser } from 'saxes';
import type { Bundle } from '../../import/bundle/schema';
import { loadBundle } from '../../import/load';
import { planScope, scopeBundle } from '../../import/load/scope';
import { buildBundle } from '../../import/pipeline';
import { parseCsv } from '../fixtures/csv';
import { resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { type ApiServer, startApi } from './api-server';

/**
 * A plan whose project names are hostile: spreadsheet formulas, markup, quotes and control
 * characters (tests/fixtures/hostile-gazette.txt, the 青山市 gazette with its box items replaced).
 * Every export carries them as plain text, and GraphQL returns them unchanged.
 */
jest.setTimeout(120_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'hostile-gazette.txt');
const PROFILE = path.join(__dirname, '..', '..', 'import', 'parse', 'fixtures', 'other-city.json');
const FORMULA_START = /^[=+\-@\t\r]/;

let driver: Driver;
let api: ApiServer;
let bundle: Bundle;

beforeAll(async () => {
  bundle = buildBundle(FIXTURE, { profile: PROFILE });
  driver = testDriver();
  await resetGraph(driver);
  await loadBundle(driver, bundle, { database: testDatabase() });
  // From here on, ids as the graph holds them (scoped to the plan).
  bundle = scopeBundle(bundle, planScope(bundle));
  api = await startApi({ driver, database: testDatabase() });
});

afterAll(async () => {
  await api?.close();
  // The next test file starts from an empty graph.
  if (driver) await resetGraph(driver);
  await driver?.close();
});

/** Parses XML strictly (throws on anything not well-formed) and returns the text of each `<data key>` element. */
function xmlData(xml: string, key: string): string[] {
  const parser = new SaxesParser();
  const found: string[] = [];
  let inside = false;
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    inside = tag.name === 'data' && tag.attributes.key === key;
    text = '';
  });
  parser.on('text', (t) => {
    if (inside) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'data' && inside) found.push(text);
    inside = false;
  });
  parser.write(xml).close();
  return found;
}

// eslint-disable-next-line no-control-regex -- control characters are what the fixture's hostile names carry
const hostile = () => bundle.projects.filter((p) => /[=+\-@<>&"'\u0000-\u001f]/.test(p.name));

it('the fixture yields projects with hostile names', () => {
  const names = hostile().map((p) => p.name);
  expect(names.some((n) => n.startsWith('=HYPERLINK'))).toBe(true);
  for (const start of ['+', '-', '@', '<script>']) expect(names.some((n) => n.startsWith(start))).toBe(true);
  // eslint-disable-next-line no-control-regex -- the fixture must carry control characters
  expect(names.some((n) => /[\u0000-\u001f]/.test(n))).toBe(true);
  expect(names.some((n) => n.includes(`"&<>'`))).toBe(true);
});

it('GraphQL returns the names exactly as the plan gives them', async () => {
  const { data, errors } = await api.gql('{ projects(first: 200) { nodes { id name } } }');
  expect(errors).toBeUndefined();
  const byId = new Map(data.projects.nodes.map((p: { id: string; name: string }) => [p.id, p.name]));
  for (const project of bundle.projects) expect(byId.get(project.id)).toBe(project.name);
});

it('CSV: no cell can run as a spreadsheet formula, and each name is there as text', async () => {
  const res = await fetch(`${api.url}/export/projects.csv?lang=en`);
  expect(res.status).toBe(200);
  const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  expect(body).toHaveLength(bundle.projects.length);
  for (const cell of body.flat()) expect(cell).not.toMatch(FORMULA_START);
  const name = header.indexOf('name');
  const names = body.map((r) => r[name]);
  for (const project of bundle.projects) {
    // A cell that would start a formula carries a leading apostrophe, which spreadsheets hide.
    expect(names).toContain(FORMULA_START.test(project.name) ? `'${project.name}` : project.name);
  }
});

it('GraphML parses as XML and carries every hostile name', async () => {
  for (const project of hostile()) {
    const res = await fetch(`${api.url}/export/graph.graphml?id=${encodeURIComponent(project.id)}&depth=1`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain('<script>');
    const labels = xmlData(xml, 'n_label');
    // Characters XML cannot carry become U+FFFD; everything else comes back as written.
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
    expect(labels).toContain(project.name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD'));
  }
});

it('Cytoscape JSON parses and carries every hostile name unchanged', async () => {
  for (const project of hostile()) {
    const res = await fetch(`${api.url}/export/graph.json?id=${encodeURIComponent(project.id)}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(await res.text()) as { elements: { nodes: { data: { id: string; label: string } }[] } };
    expect(body.elements.nodes.find((n) => n.data.id === project.id)?.data.label).toBe(project.name);
  }
});
