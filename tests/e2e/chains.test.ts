import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { artifactPath, browserTarget, launchChromium, openPage, seriousViolations, tapFirstEdge } from './browser';
import { startProduct, uiBuilt, type Product } from './product';

/**
 * What an auditor sees in the browser: one responsibility chain of each status, followed in the
 * responsibility view and the project panel, an edge's sentence and a place's projects in the
 * network, in Chinese and English, with axe-core on each view. The chains are chosen by asking
 * the API for every project's chain status, not from a list of projects. Without Chromium or a
 * server the tests are reported as skipped, with the reason in the log.
 */
jest.setTimeout(300_000);

const target = browserTarget(uiBuilt());
if ('skip' in target) console.warn(`Skipping the browser tests: ${target.skip}`);
/** `test`, or `test.skip` when the browser tests cannot run here (decided while collecting). */
const browserTest = 'skip' in target ? test.skip : test;

type Status = 'ALL_STATED' | 'REACHES_TOP_DERIVED' | 'STOPS';
/** The statuses the bundled plan's chains take: none of its chains is stated end to end. */
const BUNDLED_STATUSES: Status[] = ['REACHES_TOP_DERIVED', 'STOPS'];
/**
 * A fixture plan (岚江市, a county-level city of the invented 栖云市) whose tables name each
 * project's department and whose text states whom the departments answer to: its chains are stated
 * at every step. It is loaded beside the bundled plan when the test starts PlanGraph itself, and
 * removed afterwards.
 */
const STATED_PLAN = path.join(__dirname, '..', 'fixtures', 'plans', 'county-a3-15', 'plan.txt');
const STATUSES: Status[] =
  'skip' in target || target.kind === 'url' ? BUNDLED_STATUSES : ['ALL_STATED', ...BUNDLED_STATUSES];
if (!('skip' in target) && target.kind === 'url')
  console.warn(
    'Not following a chain stated at every step: the fixture plan is loaded only when the test starts PlanGraph',
  );

/** What each status reads as, and the class its end carries, in each language. */
const SAYS: Record<Status, { zh: RegExp; en: RegExp; end: string }> = {
  ALL_STATED: {
    zh: /链条完整：每一步均有原文明示/,
    en: /Complete: every step stated/,
    end: '.chain-end.status-stated',
  },
  REACHES_TOP_DERIVED: {
    zh: /直达市人民政府，其中 \d+ 步为推导：第\d+步（/,
    en: /through \d+ derived step\(s\): step \d+ \(/,
    end: '.chain-end.status-derived',
  },
  STOPS: { zh: /链条止于“/, en: /Stops at “/, end: '.chain-end.status-stops' },
};

let BASE = '';
/** The id of the fixture plan stated at every step, while it is loaded. */
let statedPlan: string | null = null;
let browser: Browser | undefined;
let product: Product | undefined;
/** For each status, one project with a chain of that status. */
const example: Partial<Record<Status, { id: string; name: string }>> = {};

/** Runs the `plangraph` command in this process against NEO4J_URI; throws with its output when it fails. */
async function plangraph(argv: string[]): Promise<void> {
  const { runCli } = await import('../../import/cli');
  const log: string[] = [];
  const sink = { write: (text: string) => log.push(text) };
  const code = await runCli(argv, { stdout: sink, stderr: sink, env: process.env });
  if (code !== 0) throw new Error(`plangraph ${argv.join(' ')} failed (exit ${code}):\n${log.join('')}`);
}

/** Loads the fixture plan stated at every step (its profile beside it) and returns its plan id. */
async function loadStatedPlan(): Promise<string> {
  await plangraph(['import', STATED_PLAN]);
  const { plans } = await graphql<{ plans: { id: string; region: string }[] }>('{ plans { id region } }');
  const plan = plans.find((p) => p.region === '岚江市');
  if (!plan) throw new Error('the fixture plan of 岚江市 is not listed after importing it');
  return plan.id;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/**
 * Asks for the chain status of every project (of `plan`, when given), a few at a time, until each
 * of `statuses` has an example.
 */
async function findExamples(statuses: Status[], plan: string | null = null): Promise<void> {
  type Page = {
    projects: { nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
  const all: { id: string; name: string }[] = [];
  let after: string | null = null;
  do {
    const page: Page = await graphql<Page>(
      'query All($after: String, $plan: ID) { projects(first: 200, after: $after, sort: BOX, filter: { plan: $plan }) { nodes { id name } pageInfo { hasNextPage endCursor } } }',
      { after, plan },
    );
    all.push(...page.projects.nodes);
    after = page.projects.pageInfo.hasNextPage ? page.projects.pageInfo.endCursor : null;
  } while (after);
  for (let i = 0; i < all.length && statuses.some((s) => !example[s]); i += 3) {
    const batch = all.slice(i, i + 3);
    const query = `query Statuses(${batch.map((_, j) => `$p${j}: ID!`).join(', ')}) { ${batch.map((_, j) => `c${j}: responsibilityChain(projectId: $p${j}) { status steps { basis } }`).join(' ')} }`;
    const data = await graphql<Record<string, { status: Status; steps: unknown[] }[]>>(
      query,
      Object.fromEntries(batch.map((p, j) => [`p${j}`, p.id])),
    );
    // The view marks each chain's end with its status, so a project with chains of several statuses
    // serves as the example of each; a chain of no step quotes nothing to check.
    batch.forEach((project, j) => {
      for (const chain of data[`c${j}`])
        if (chain.steps.length > 0 && statuses.includes(chain.status)) example[chain.status] ??= project;
    });
  }
}

beforeAll(async () => {
  if ('skip' in target) return;
  if (target.kind === 'start') {
    product = await startProduct();
    BASE = product.url;
  } else {
    BASE = target.url;
  }
  browser = await launchChromium();
  await findExamples(BUNDLED_STATUSES);
  if (STATUSES.includes('ALL_STATED')) {
    statedPlan = await loadStatedPlan();
    await findExamples(['ALL_STATED'], statedPlan);
  }
});

afterAll(async () => {
  if (statedPlan) await plangraph(['remove', statedPlan]);
  await browser?.close();
  await product?.close();
});

const open = (url: string): Promise<Page> => openPage(browser!, BASE, url);

describe('responsibility chains in the browser', () => {
  describe.each(['zh', 'en'] as const)('in %s', (lang) => {
    const suffix = lang === 'en' ? '&lang=en' : '';

    describe.each(STATUSES)('a chain that is %s', (status) => {
      browserTest(
        'reads in the responsibility view with its status, quotes, and for derived steps why and premises',
        async () => {
          const project = example[status];
          expect(project).toBeDefined();
          const page = await open(`/?view=responsibility&project=${encodeURIComponent(project!.id)}${suffix}`);
          const tree = page.locator('.chain-tree');
          await tree.waitFor();
          const end = tree.locator(SAYS[status].end).first();
          await end.waitFor();
          expect(await end.textContent()).toMatch(SAYS[status][lang]);
          expect((await tree.locator('.evidence blockquote q').first().textContent())!.length).toBeGreaterThan(4);
          if (status === 'ALL_STATED') {
            // Every step from the project down to the government names its sentence and is stated.
            const steps = end.locator('xpath=ancestor::li[contains(@class, "chain-node")]/div[@class="chain-step"]');
            expect(await steps.count()).toBeGreaterThanOrEqual(2);
            for (const step of await steps.all()) {
              const quote = (await step.locator('blockquote q').first().textContent()) ?? '';
              expect(quote.length).toBeGreaterThan(4);
              expect(await step.locator('blockquote q mark').count()).toBeGreaterThan(0);
              expect(await step.locator('.badge').first().getAttribute('class')).toMatch(/basis-stated/);
              expect(await step.locator('.badge').first().textContent()).toMatch(lang === 'en' ? /stated/i : /明示/);
            }
            const last = (await steps.last().locator('blockquote q').first().textContent()) ?? '';
            expect(last).toMatch(/领导|负责/);
          }
          if (status === 'STOPS') {
            expect((await end.locator('.note').textContent())!.length).toBeGreaterThan(4);
          }
          if (status === 'REACHES_TOP_DERIVED') {
            const derived = tree.locator('.evidence:has(.badge.basis-derived)').first();
            expect((await derived.locator('.why').textContent())!.length).toBeGreaterThan(8);
            await derived.locator('details.premises summary').click();
            const premise = derived.locator('.premises li').first();
            await premise.waitFor();
            expect((await premise.textContent())!.length).toBeGreaterThan(4);
          }
          // Rule ids never show; Chinese words are the UI's own in Chinese.
          const text = (await page.locator('main').textContent()) ?? '';
          expect(text).not.toMatch(/task-chain|org-in-project|department-remit|notice-addressee|profile-remit/);
          await page.screenshot({ path: artifactPath(`chain-${status.toLowerCase()}-${lang}.png`), fullPage: true });
          expect(await seriousViolations(page)).toEqual([]);
          await page.context().close();
        },
      );
    });

    browserTest('shows the chains with their status in the project panel of the network', async () => {
      const project = example.REACHES_TOP_DERIVED;
      expect(project).toBeDefined();
      const page = await open(`/?focus=${encodeURIComponent(project!.id)}${suffix}`);
      const chains = page.locator('aside.side-panel .panel-chains');
      await chains.locator('.chain-summary').waitFor();
      expect(await chains.locator('.chain-end').count()).toBeGreaterThan(0);
      expect(await chains.locator('.evidence blockquote q').count()).toBeGreaterThan(0);
      await page.screenshot({ path: artifactPath(`network-project-chains-${lang}.png`) });
      await page.context().close();
    });

    browserTest('says plainly that an unknown id names no project', async () => {
      const page = await open(`/?view=responsibility&project=project%3Adeadbeef0000${suffix}`);
      const notFound = page.locator('.responsibility-view .not-found');
      await notFound.waitFor();
      expect(await notFound.textContent()).toMatch(lang === 'en' ? /No such project/ : /没有这个项目/);
      await page.context().close();
    });

    browserTest('clicking an edge shows its quote, basis and rule in words', async () => {
      const page = await open(`/?detail=all${suffix}`);
      await page.waitForFunction(
        () => !/^0 /.test(document.querySelector('[data-testid="graph-counts"]')?.textContent ?? '0 '),
      );
      await tapFirstEdge(page);
      const panel = page.locator('aside.side-panel');
      const quote = panel.locator('blockquote q').first();
      await quote.waitFor();
      expect((await quote.textContent())!.length).toBeGreaterThan(4);
      expect(await panel.locator('figcaption .badge').first().textContent()).toMatch(
        lang === 'en' ? /stated|derived/i : /明示|推导/,
      );
      expect((await panel.locator('figcaption .rule').first().textContent())!.length).toBeGreaterThan(3);
      await page.screenshot({ path: artifactPath(`network-edge-evidence-${lang}.png`) });
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });

    browserTest('a place panel lists its projects', async () => {
      const { search } = await graphql<{ search: { id: string; type: string }[] }>(
        '{ search(text: "御窑厂", first: 10) { id type } }',
      );
      const place = search.find((hit) => hit.type === 'Place');
      expect(place).toBeDefined();
      const page = await open(`/?detail=all&focus=${encodeURIComponent(place!.id)}${suffix}`);
      const projects = page.locator('aside.side-panel .panel-projects li');
      await projects.first().waitFor();
      expect(await projects.count()).toBeGreaterThan(0);
      // The picture once the graph is drawn whole and the zoom to the place has run, not mid-layout.
      await page.waitForFunction(() => performance.getEntriesByName('plangraph:complete').length > 0);
      await page.waitForTimeout(1000);
      // The place and its projects stand out in the middle of the view; the rest fades.
      const view = await page.evaluate((id) => {
        const cy = (document.querySelector('[data-testid="network-canvas"]') as unknown as { _cyreg: { cy: Core } })
          ._cyreg.cy;
        const place = cy.getElementById(id);
        const box = cy.extent();
        const at = place.position();
        return {
          inView: at.x > box.x1 && at.x < box.x2 && at.y > box.y1 && at.y < box.y2,
          dimmed: cy.nodes('.dim').length,
          nodes: cy.nodes().length,
          neighboursDimmed: place.closedNeighborhood('.dim').length,
        };
      }, place!.id);
      expect(view.inView).toBe(true);
      expect(view.neighboursDimmed).toBe(0);
      expect(view.dimmed).toBeGreaterThan(view.nodes / 2);
      await page.screenshot({ path: artifactPath(`network-place-projects-${lang}.png`) });
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  });
});
