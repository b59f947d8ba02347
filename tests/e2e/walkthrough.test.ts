import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { answers, artifactPath, CHROMIUM_PATH, launchChromium } from './browser';
import { startProduct, type Product } from './product';

/**
 * The web UI against the running product. With PLANGRAPH_URL set, that server is used; otherwise
 * the product is started in this process when NEO4J_URI names a database (as `npm test` does), and
 * failing that http://localhost:4000 is tried. Without a server or Chromium the tests say why and pass.
 */
jest.setTimeout(240_000);

let BASE = (process.env.PLANGRAPH_URL ?? 'http://localhost:4000').replace(/\/$/, '');
let browser: Browser | undefined;
let product: Product | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    skipReason = `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  } else if (!process.env.PLANGRAPH_URL) {
    const started = await startProduct();
    if ('url' in started) {
      product = started;
      BASE = started.url;
    } else if (!(await answers(`${BASE}/ready`))) {
      skipReason = `cannot start PlanGraph here (${started.reason}) and nothing answers at ${BASE}`;
    }
  } else if (!(await answers(`${BASE}/ready`))) {
    skipReason = `PlanGraph does not answer at PLANGRAPH_URL=${BASE}`;
  }
  if (skipReason) {
    console.warn(`Skipping the browser tests: ${skipReason}`);
    return;
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await product?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${BASE}${path}`);
  return page;
}

/** Runs a browser test unless the product or Chromium is not there, which the log then says. */
function browserTest(name: string, body: () => Promise<void>) {
  it(name, async () => {
    if (skipReason) return;
    await body();
  });
}

describe('PlanGraph web UI', () => {
  let sharedUrl: string | undefined;

  browserTest('searches 御窑厂 and shows the quoted sentence in the side panel', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: '关系网络' }).waitFor();
    await page.getByLabel('搜索项目、单位、地点').fill('御窑厂');
    const hit = page.locator('.search-results li button', { hasText: '项目' }).filter({ hasText: '御窑厂' }).first();
    await hit.click();
    const panel = page.locator('aside.side-panel');
    await panel.waitFor();
    const quote = panel.locator('blockquote q').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain('御窑厂');
    expect(await panel.locator('blockquote mark').count()).toBeGreaterThan(0);
    const counts = await page.getByTestId('graph-counts').textContent();
    expect(counts).not.toMatch(/^0 /);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: artifactPath('network-yuyaochang.png') });
    sharedUrl = page.url();
    expect(new URL(sharedUrl).searchParams.get('focus')).toBeTruthy();
    await page.close();
  });

  browserTest('moves through 全国 › 省 › 市 with the plan switcher, which the URL keeps', async () => {
    const page = await open('/?view=portfolio');
    const switcher = page.getByRole('navigation', { name: '规划与地区' });
    await switcher.getByRole('link', { name: '全国' }).waitFor();
    const below = switcher.getByLabel('下级地区');
    await below.locator('option', { hasText: '江西省' }).waitFor({ state: 'attached' });
    await below.selectOption({ label: (await below.locator('option', { hasText: '江西省' }).textContent())! });
    await page.waitForURL(/region=/);
    await switcher.getByRole('link', { name: '江西省' }).waitFor();
    await below.locator('option', { hasText: '景德镇市' }).waitFor({ state: 'attached' });
    await below.selectOption({ label: (await below.locator('option', { hasText: '景德镇市' }).textContent())! });
    await switcher.getByRole('link', { name: '景德镇市' }).waitFor();
    const plan = switcher.getByLabel('规划');
    await plan.locator('option', { hasText: '景德镇市' }).first().waitFor({ state: 'attached' });
    const region = new URL(page.url()).searchParams.get('region');
    expect(region).toBe('region:3602');
    await page.reload();
    await switcher.getByRole('link', { name: '景德镇市' }).waitFor();
    await switcher.getByRole('link', { name: '全国' }).click();
    await page.waitForURL((url) => !url.searchParams.has('region'));
    await page.close();
  });

  browserTest('filters the portfolio to 航空 and exports that as CSV', async () => {
    const page = await open('/?view=portfolio');
    const industry = page.getByLabel('产业');
    await industry.locator('option', { hasText: '航空' }).first().waitFor({ state: 'attached' });
    const value = await industry.locator('option', { hasText: '航空' }).first().getAttribute('value');
    await industry.selectOption(value!);
    await page.waitForURL(/industry=/);
    const rows = page.locator('table.data-table tbody tr');
    await rows.first().waitFor();
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    const industryCells = await page.locator('table.data-table tbody tr td:nth-child(3)').allTextContents();
    expect(industryCells.every((cell) => cell.includes('航空'))).toBe(true);
    const firstName = (await page.locator('table.data-table tbody tr th').first().textContent())!;
    const total = Number((await page.getByTestId('portfolio-total').textContent())!.match(/\d+/)![0]);
    const csvLink = page.getByRole('link', { name: '导出 CSV' });
    const href = await csvLink.getAttribute('href');
    expect(href).toBe(`/export/projects.csv?industry=${value}`);
    const download = await page.request.get(`${BASE}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('csv');
    const csv = await download.text();
    expect(csv).toContain(firstName);
    expect(download.headers()['x-total-count']).toBe(String(total));
    await page.screenshot({ path: artifactPath('portfolio-aviation.png'), fullPage: true });
    await page.close();
  });

  browserTest('shows the overlaps and focuses the network on a group', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: '交叉重叠' }).click();
    await page.locator('table.matrix').waitFor();
    expect(await page.locator('table.matrix td a').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '同类设施分布多个县（市、区）' }).click();
    const focus = page.getByRole('button', { name: '在网络中查看' }).first();
    await focus.waitFor();
    await page.screenshot({ path: artifactPath('overlaps.png'), fullPage: true });
    await focus.click();
    await page.waitForURL(/group=/);
    await page.locator('.group-chip').waitFor();
    await page.waitForFunction(() => !/^0 /.test(document.querySelector('[data-testid="graph-counts"]')?.textContent ?? '0 '));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: artifactPath('network-group.png') });
    await page.close();
  });

  browserTest('opens the responsibility chain of 景德镇罗家机场改扩建工程', async () => {
    const page = await open('/?view=responsibility');
    await page.getByLabel('选择项目').fill('罗家机场改扩建');
    await page.locator('.search-results li button', { hasText: '罗家机场' }).first().click();
    await page.waitForURL(/project=/);
    const tree = page.locator('.chain-tree');
    await tree.waitFor();
    expect(await tree.locator('.chain-box').count()).toBeGreaterThan(1);
    expect(await tree.locator('.evidence blockquote').count()).toBeGreaterThan(0);
    expect(await tree.locator('.chain-end').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('responsibility.png'), fullPage: true });
    await page.close();
  });

  browserTest('reloading a shared URL restores the same view', async () => {
    expect(sharedUrl).toBeDefined();
    const page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(sharedUrl!);
    const panel = page.locator('aside.side-panel');
    await panel.locator('blockquote q').first().waitFor();
    expect(await panel.locator('h2').textContent()).toContain('御窑厂');
    expect(page.url()).toBe(sharedUrl);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByRole('link', { name: 'Portfolio' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Portfolio' }).waitFor();
    await panel.locator('blockquote q').first().waitFor();
    await page.screenshot({ path: artifactPath('network-shared-en.png') });
    await page.close();
  });
});
