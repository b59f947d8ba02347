import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../graph/config';
import { type ApiServer, startApi } from '../api/api-server';
import { loadMiniBundle, resetGraph, testDatabase, testDriver } from '../fixtures/neo4j';
import { CHROMIUM_PATH, launchChromium } from './browser';

/** The content security policy lets the built web UI and GraphiQL do all they need, with nothing refused. */
jest.setTimeout(180_000);

const root = projectRoot(__dirname);
const UI_DIR = path.join(root, 'dist', 'ui');
const GRAPHIQL_DIR = path.join(root, 'dist', 'graphiql');
const missing = [
  !fs.existsSync(CHROMIUM_PATH) && `no Chromium at ${CHROMIUM_PATH}`,
  !fs.existsSync(path.join(UI_DIR, 'index.html')) && 'the UI is not built (npm run build:ui)',
  !fs.existsSync(path.join(GRAPHIQL_DIR, 'index.html')) && 'GraphiQL is not built (npm run build:graphiql)',
  !process.env.NEO4J_URI && 'NEO4J_URI is not set',
].filter(Boolean);
if (missing.length) console.warn(`Skipping the CSP browser tests: ${missing.join('; ')}`);
const browserTest = missing.length ? test.skip : test;

let driver: Driver;
let api: ApiServer;
let browser: Browser;

beforeAll(async () => {
  if (missing.length) return;
  driver = testDriver();
  await resetGraph(driver);
  await loadMiniBundle(driver);
  api = await startApi({ driver, database: testDatabase(), uiDir: UI_DIR, graphiqlDir: GRAPHIQL_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await driver?.close();
});

/** Opens a page and records every CSP refusal (the browser reports each on the console). */
async function open(route: string): Promise<{ page: Page; refused: string[]; errors: string[] }> {
  const refused: string[] = [];
  const errors: string[] = [];
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${api.url}${route}`);
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  return { page, refused, errors };
}

browserTest('the web UI renders under the policy', async () => {
  const { page, refused, errors } = await open('/');
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
  await page.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

browserTest('GraphiQL renders and runs a query under the policy', async () => {
  const { page, refused, errors } = await open('/graphql');
  await page.waitForSelector('.graphiql-container');
  // The editors load after the container is drawn; a click before the query is in its editor runs nothing.
  await page.waitForFunction(() =>
    /totalCount/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
  );
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => /totalCount/.test(document.querySelector('.result-window')?.textContent ?? ''));
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
