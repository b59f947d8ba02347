import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; browsers are never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * Whether a URL answers, asked synchronously (a child process does the request), so that test
 * files can choose `test` or `test.skip` while jest collects them.
 */
export function answersNow(url: string, timeoutMs = 3000): boolean {
  const probe = `fetch(${JSON.stringify(url)}, { signal: AbortSignal.timeout(${timeoutMs}) }).then(() => process.exit(0), () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: timeoutMs + 2000 }).status === 0;
}

/** Where the browser tests find PlanGraph: a running server, or one the test file starts itself. */
export type Target = { kind: 'url'; url: string } | { kind: 'start' };

/**
 * Decides at collection time whether the browser tests can run: Debian's Chromium must be there,
 * and PlanGraph must answer at PLANGRAPH_URL, or be startable here (NEO4J_URI and a built UI), or
 * answer at http://localhost:4000. Returns the reason when they cannot.
 */
export function browserTarget(uiBuilt: boolean): Target | { skip: string } {
  if (!fs.existsSync(CHROMIUM_PATH)) return { skip: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` };
  const given = process.env.PLANGRAPH_URL?.replace(/\/$/, '');
  if (given)
    return answersNow(`${given}/ready`)
      ? { kind: 'url', url: given }
      : { skip: `PlanGraph does not answer at PLANGRAPH_URL=${given}` };
  if (process.env.NEO4J_URI && uiBuilt) return { kind: 'start' };
  const local = 'http://localhost:4000';
  if (answersNow(`${local}/ready`)) return { kind: 'url', url: local };
  const why = process.env.NEO4J_URI ? 'the UI is not built (npm run build:ui)' : 'NEO4J_URI is not set';
  return { skip: `cannot start PlanGraph here (${why}) and nothing answers at ${local}` };
}

/**
 * Taps the first edge of the network once the layout has placed the nodes. Cytoscape keeps its
 * instance on the container; a tap, rather than a click at pixels the running layout may still move.
 */
export async function tapFirstEdge(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (document.querySelector('[data-testid="network-canvas"]') as unknown as { _cyreg?: { cy?: Core } })
      ._cyreg?.cy;
    const edge = cy?.edges().first();
    if (!cy || !edge || edge.empty() || cy.nodes()[0].position().x === 0) return false;
    edge.emit('tap');
    return true;
  });
}

/**
 * A page of its own context (axe-core analyses pages of contexts made with newContext) at the size the
 * views are checked at, with page errors logged.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  // A wait checks that something appears, not how fast: on a shared machine at load 20 the
  // responsibility view's first edges took over Playwright's default 30 s.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return page;
}

/** Opens `url` (a path and query) of PlanGraph at `base` in a new page. */
export async function openPage(browser: Browser, base: string, url: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${base}${url}`);
  return page;
}

/** Serious or critical accessibility violations axe-core finds on the page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
