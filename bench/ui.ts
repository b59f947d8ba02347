import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../graph/config';
import { runCli } from '../import/cli';
import { launchChromium } from '../tests/e2e/browser';
import { uiBuilt } from '../tests/e2e/product';
import { main as writeCorpus } from './corpus/cli';
import { percentile } from './measure';

/**
 * `npm run bench:ui`: the network view in Debian's Chromium (1440×900) against a throwaway Neo4j.
 * First the bundled plan: time from navigation to the first nodes on the canvas and its parts (the
 * page's User Timing marks), the long tasks (PerformanceObserver `longtask`) and the main thread's
 * CPU time. Then a generated corpus, drawn as one overview of about 10,000 elements: its first
 * paint, and the frame rate while the mouse pans and zooms it, with the WebGL renderer and with
 * the canvas one. Exits non-zero when a target is missed.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = projectRoot(__dirname);
const UI_DIR = path.join(ROOT, 'dist', 'ui');
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
/** Plans of the generated corpus: enough that the overview's 3,000 projects make about 10,000 elements. */
const CORPUS_PLANS = Number(process.env.BENCH_UI_PLANS ?? 16);
const PAN_SECONDS = 5;
/** How long a page may take to draw: minutes on a loaded machine with the 10,000-element graph. */
const DRAW_TIMEOUT_MS = Number(process.env.BENCH_UI_TIMEOUT_MS ?? 600_000);
/** `BENCH_UI_LARGE=0` measures the summary only. */
const LARGE = process.env.BENCH_UI_LARGE !== '0';
/**
 * `BENCH_UI_BASELINE=DIR`: an earlier build of the UI (`vite build` output) whose summary is measured
 * in the same run, its loads taking turns with this build's, so that both see the same load.
 */
const BASELINE = process.env.BENCH_UI_BASELINE;

/** Issue 11's targets for the default network view on the bundled plan. */
export const TARGETS = { firstNodesMs: 1000, longTaskMs: 200 };

/** Long tasks recorded from the very start of the page. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** How many nodes and elements the page's Cytoscape holds (Cytoscape keeps its instance on its container). */
function drawn(): { nodes: number; elements: number } {
  type Cy = { nodes(): unknown[]; elements(): unknown[] };
  const cy = (document.querySelector('[data-testid="network-canvas"]') as unknown as { _cyreg?: { cy?: Cy } } | null)
    ?._cyreg?.cy;
  return { nodes: cy?.nodes().length ?? 0, elements: cy?.elements().length ?? 0 };
}

/** Waits until the canvas holds nodes; the time since navigation then. */
async function untilDrawn(page: Page): Promise<number> {
  // Inline: a predicate is sent to the page as it stands (the page's CSP forbids evaluating strings).
  await page.waitForFunction(
    () => {
      const cy = (
        document.querySelector('[data-testid="network-canvas"]') as unknown as {
          _cyreg?: { cy?: { nodes(): unknown[] } };
        } | null
      )?._cyreg?.cy;
      return (cy?.nodes().length ?? 0) > 0;
    },
    null,
    { polling: 'raf', timeout: DRAW_TIMEOUT_MS },
  );
  return page.evaluate(() => performance.now());
}

/** Waits until every element of the first graph has been added and drawn; the time of that frame since navigation. */
async function untilComplete(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('plangraph:complete', 'mark').length > 0, null, {
    polling: 'raf',
    timeout: DRAW_TIMEOUT_MS,
  });
  return page.evaluate(() => performance.getEntriesByName('plangraph:complete', 'mark')[0].startTime);
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

/** When each step towards the first nodes ended, in ms since navigation (undefined: not reached). */
export interface Phases {
  /** The HTML has arrived. */
  html?: number;
  /** The main script has been parsed and runs (mark `plangraph:script`). */
  script?: number;
  /** The summary query has answered (mark `plangraph:data`). */
  data?: number;
  /** The nodes have positions (mark `plangraph:placed`). */
  placed?: number;
  /** The first frame with the nodes: the page's first picture, or Cytoscape's (mark `plangraph:drawn`). */
  drawn?: number;
  /** The Cytoscape chunk has loaded (mark `plangraph:cytoscape`). */
  cytoscape?: number;
  /** Cytoscape's own first frame with the nodes (mark `plangraph:cytoscape-drawn`). */
  cytoscapeDrawn?: number;
  /** Cytoscape has drawn every element, edges included (mark `plangraph:complete`). */
  complete?: number;
}

/** The phases, in the order the page usually reaches them: the first picture, then Cytoscape taking over. */
const PHASES: (keyof Phases)[] = [
  'html',
  'script',
  'data',
  'placed',
  'drawn',
  'cytoscape',
  'cytoscapeDrawn',
  'complete',
];

/** The page's navigation timing and PlanGraph's User Timing marks as phases. */
export function phasesOf(responseEnd: number | undefined, marks: { name: string; startTime: number }[]): Phases {
  const at = (name: string) => marks.find((m) => m.name === `plangraph:${name}`)?.startTime;
  return {
    html: responseEnd,
    script: at('script'),
    data: at('data'),
    placed: at('placed'),
    drawn: at('drawn'),
    cytoscape: at('cytoscape'),
    cytoscapeDrawn: at('cytoscape-drawn'),
    complete: at('complete'),
  };
}

/** The phases a page has reached so far. */
async function phasesIn(page: Page): Promise<Phases> {
  const timing = await page.evaluate(() => ({
    responseEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
      ?.responseEnd,
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime })),
  }));
  return phasesOf(timing.responseEnd, timing.marks);
}

/**
 * Each phase's own share: the time from the step reached just before it to its end. Steps are
 * taken in the order the page reached them (the first picture can be drawn in the first screen's
 * HTML before the main script runs).
 */
export function phaseDurations(phases: Phases): Record<keyof Phases, number | undefined> {
  const result = Object.fromEntries(PHASES.map((key) => [key, undefined])) as Record<keyof Phases, number | undefined>;
  const reached = PHASES.filter((key) => phases[key] !== undefined).sort((a, b) => phases[a]! - phases[b]!);
  let before = 0;
  for (const key of reached) {
    result[key] = phases[key]! - before;
    before = phases[key]!;
  }
  return result;
}

interface FirstPaint {
  firstNodesMs: number;
  phases: Phases;
  longTasksMs: number[];
  mainThreadCpuMs: number;
  scriptCpuMs: number;
  /** CPU time of the main thread's longest tasks (from the trace), largest first. */
  taskCpuMs: number[];
  elements: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  pid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The CPU time of each task of the renderer's main thread over 50 ms, from a Chromium trace: what a
 * long task would cost on an idle machine, where PerformanceObserver's wall-clock durations also
 * count the time other processes held the cores.
 */
export function mainThreadTaskCpu(trace: { traceEvents: TraceEvent[] }): number[] {
  const mains = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's own main thread is the one that set its marks: the trace also holds the browser's
  // other renderers (a navigation may move the page to a new one), whose work is not the page's.
  const page = new Set(trace.traceEvents.filter((e) => e.name.startsWith(MARK_PREFIX)).map((e) => `${e.pid}:${e.tid}`));
  const threads = [...page].some((thread) => mains.has(thread)) ? page : mains;
  return trace.traceEvents
    .filter(
      (e) => threads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && TASK_EVENTS.has(e.name) && (e.tdur ?? 0) > 50_000,
    )
    .map((e) => e.tdur! / 1000)
    .sort((a, b) => b - a);
}

/** The trace categories a load is recorded with: the scheduler's tasks and the page's User Timing marks. */
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** The page's User Timing marks (ui/src/cytoscape/marks.ts) begin with this. */
const MARK_PREFIX = 'plangraph:';

/** A task of the scheduler, as the `toplevel` trace category names it (older Chromium: RunTask). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Runs `plangraph ARGS`. With `tolerateBadPlans`, plans the reader rejects (exit code 1) are
 * reported and the others kept: the benchmark needs a large graph, not every generated plan.
 */
async function load(args: string[], tolerateBadPlans = false): Promise<void> {
  const log: string[] = [];
  const sink = { write: (text: string) => log.push(text) };
  const code = await runCli(args, { stdout: sink, stderr: sink, env: process.env });
  if (code === 1 && tolerateBadPlans) {
    const failed = log
      .join('')
      .split('\n')
      .filter((line) => line.trim().startsWith('failed:'));
    console.log(`${failed.length} generated plan(s) not imported:\n${failed.join('\n')}`);
    return;
  }
  if (code !== 0) throw new Error(`plangraph ${args.join(' ')} failed (exit ${code}):\n${log.join('')}`);
}

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** The API serving `uiDir` in a process of its own (ui-server.ts), on `port` (a free one for 0). */
async function serveUi(port: number, uiDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const listen = port || (await freePort());
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'bench', 'ui-server.js'), String(listen), uiDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the UI's server exited (${code}) before it listened`)));
  });
  return {
    url: `http://127.0.0.1:${listen}`,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(RECORD_LONG_TASKS);
  return page;
}

/** Opens `path` in a fresh context and waits until the canvas holds nodes where the layout put them. */
async function firstPaint(browser: Browser, url: string, settleMs: number): Promise<FirstPaint> {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  // Thread ticks: CPU time of the page's main thread, which the machine's load does not inflate.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  const firstNodesMs = await untilDrawn(page);
  await page.waitForTimeout(settleMs);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const longTasksMs = await longTasks(page);
  const { elements } = await page.evaluate(drawn);
  const phases = await phasesIn(page);
  await page.context().close();
  return {
    // Drawn, not only added: the mark set on Cytoscape's first frame with the nodes, when there is one.
    firstNodesMs: phases.drawn ?? firstNodesMs,
    phases,
    longTasksMs,
    mainThreadCpuMs: metric('TaskDuration'),
    scriptCpuMs: metric('ScriptDuration'),
    taskCpuMs: mainThreadTaskCpu(trace).map(Math.round),
    elements,
  };
}

interface Frames {
  /** Every element added and drawn (the first paint shows the first slice of nodes). */
  completeMs: number;
  fps: number;
  p95FrameMs: number;
  renderer: string;
}

/**
 * Opens `url` and records the first paint, the frame with every element, and the main thread's CPU (its
 * longest task and its total) until a second after that; then pans (mouse drag) and zooms (wheel) over the canvas for PAN_SECONDS and counts the frames drawn.
 */
async function panAndZoom(browser: Browser, url: string): Promise<FirstPaint & Frames> {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  const firstNodesMs = await untilDrawn(page);
  const completeMs = await untilComplete(page);
  const { elements } = await page.evaluate(drawn);
  const phases = await phasesIn(page);
  await page.waitForTimeout(1000);
  // The CPU figures cover loading and drawing every element, not the panning below.
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const renderer = await page.evaluate<string>(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl
      ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER))
      : 'no WebGL';
  });
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const end = Date.now() + PAN_SECONDS * 1000;
  for (let step = 0; Date.now() < end; step++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 120 * Math.cos(step), cy + 80 * Math.sin(step), { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, step % 2 === 0 ? -240 : 240);
  }
  const frames = await page.evaluate<number[]>(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const longTasksMs = await longTasks(page);
  await page.context().close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
  return {
    // As the summary's: the mark set on the first frame with nodes, when the page set it.
    firstNodesMs: phases.drawn ?? firstNodesMs,
    completeMs,
    phases,
    longTasksMs,
    mainThreadCpuMs: metric('TaskDuration'),
    scriptCpuMs: metric('ScriptDuration'),
    taskCpuMs: mainThreadTaskCpu(trace).map(Math.round),
    elements,
    fps: (frames.length - 1) / seconds,
    p95FrameMs: percentile(
      gaps.sort((a, b) => a - b),
      95,
    ),
    renderer,
  };
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : `${Math.round(n)} ms`);
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** A missed target, in words: the figure, the target and by how much. */
export function missed(name: string, value: number, target: number): string | undefined {
  return value <= target
    ? undefined
    : `${name}: ${Math.round(value)} ms, target ≤ ${target} ms (missed by ${Math.round(value - target)} ms)`;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

function printRows(rows: [string, string, string][]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${target}`);
}

/** A build of the UI to measure, and where it is served. */
interface Variant {
  name: string;
  url: string;
}

/** The summary's figures of one build over its runs, as table cells. */
function summaryColumn(runs: FirstPaint[]): Record<string, string> {
  const phase = (key: keyof Phases) => median(runs.map((r) => phaseDurations(r.phases)[key] ?? NaN));
  const at = (key: keyof Phases) => median(runs.map((r) => r.phases[key] ?? NaN));
  return {
    'summary: first nodes (median)': ms(median(runs.map((r) => r.firstNodesMs))),
    'summary: first nodes (max)': ms(Math.max(...runs.map((r) => r.firstNodesMs))),
    "summary: Cytoscape's own first frame (median)": ms(at('cytoscapeDrawn')),
    '  HTML arrived (median)': ms(phase('html')),
    '  + main script parsed and run': ms(phase('script')),
    '  + summary query answered': ms(phase('data')),
    '  + nodes placed': ms(phase('placed')),
    '  + first frame with nodes': ms(phase('drawn')),
    '  + Cytoscape chunk loaded': ms(phase('cytoscape')),
    "  + Cytoscape's first frame": ms(phase('cytoscapeDrawn')),
    '  + every element drawn by Cytoscape': ms(phase('complete')),
    'summary: longest long task (all runs)': ms(Math.max(0, ...runs.flatMap((r) => r.longTasksMs))),
    'summary: longest task, main-thread CPU (max)': ms(Math.max(0, ...runs.flatMap((r) => r.taskCpuMs))),
    'summary: main-thread CPU to settle (median)': ms(median(runs.map((r) => r.mainThreadCpuMs))),
    'summary: script CPU (median)': ms(median(runs.map((r) => r.scriptCpuMs))),
  };
}

/**
 * The summary view, RUNS cold page loads of each build after one that warms the server (the builds
 * taking turns): figures side by side, and the missed targets of the last build (this one).
 */
async function measureSummary(browser: Browser, variants: Variant[]): Promise<string[]> {
  // Unmeasured: Neo4j plans each statement on its first run, which is the server's warm-up, not the page's.
  for (const variant of variants) await firstPaint(browser, variant.url, 0);
  const runs = new Map<string, FirstPaint[]>(variants.map((v) => [v.name, []]));
  for (let run = 0; run < RUNS; run++)
    for (const variant of variants) {
      const result = await firstPaint(browser, variant.url, 2000);
      runs.get(variant.name)!.push(result);
      const { phases, firstNodesMs, longTasksMs, taskCpuMs } = result;
      console.log(
        `summary run ${run + 1}, ${variant.name}: first nodes ${ms(firstNodesMs)}, phases ${JSON.stringify(phaseDurations(phases))}, ` +
          `long tasks ${JSON.stringify(longTasksMs.map(Math.round))}, task CPU ${JSON.stringify(taskCpuMs)} (load ${loadAverage()})`,
      );
    }
  const columns = variants.map((v) => summaryColumn(runs.get(v.name)!));
  const targets: Record<string, string> = {
    'summary: first nodes (median)': `≤ ${TARGETS.firstNodesMs} ms`,
    'summary: longest long task (all runs)': `≤ ${TARGETS.longTaskMs} ms`,
  };
  const names = Object.keys(columns[0]);
  const width = Math.max(...names.map((n) => n.length));
  console.log(`${''.padEnd(width)}  ${variants.map((v) => v.name.padStart(10)).join('  ')}  target`);
  for (const name of names)
    console.log(
      `${name.padEnd(width)}  ${columns.map((c) => c[name].padStart(10)).join('  ')}  ${targets[name] ?? ''}`,
    );
  const mine = runs.get(variants[variants.length - 1].name)!;
  return [
    missed('summary: first nodes (median)', median(mine.map((r) => r.firstNodesMs)), TARGETS.firstNodesMs),
    missed('summary: longest long task', Math.max(0, ...mine.flatMap((r) => r.longTasksMs)), TARGETS.longTaskMs),
  ].filter((m): m is string => m !== undefined);
}

/**
 * A generated corpus drawn as one overview of about 10,000 elements: with the WebGL renderer and the
 * canvas one in the browser with SwiftShader (an emulated GPU on the same two cores, the only way to
 * have WebGL here), and with the canvas renderer in the browser without a GPU, which draws the canvas
 * in software as Chromium does on a machine that has none.
 */
async function measureLarge(gpuBrowser: Browser, noGpuBrowser: Browser, url: string): Promise<void> {
  // The same folder each time, so that a second run against the same database skips plans already loaded.
  const corpus = path.join(os.tmpdir(), `plangraph-bench-ui-corpus-${CORPUS_PLANS}`);
  try {
    writeCorpus(['node', 'corpus', '--plans', String(CORPUS_PLANS), '--seed', '1', '--out', corpus, '--quiet']);
    console.log(`importing ${CORPUS_PLANS} generated plans … (load ${loadAverage()})`);
    await load(['import', corpus, '--if-absent', '--workers', '1'], true);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
  const large = `${url}?detail=all&limit=3000`;
  const variants = [
    { name: 'WebGL (SwiftShader)', browser: gpuBrowser, url: `${large}&webgl=1` },
    { name: 'canvas (SwiftShader)', browser: gpuBrowser, url: large },
    { name: 'canvas (no GPU)', browser: noGpuBrowser, url: large },
  ];
  const runs: [string, FirstPaint & Frames][] = [];
  for (const variant of variants) {
    const run = await panAndZoom(variant.browser, variant.url);
    console.log(
      `large graph, ${variant.name}: phases ${JSON.stringify(phaseDurations(run.phases))}, ${JSON.stringify({ ...run, phases: undefined })} (load ${loadAverage()})`,
    );
    runs.push([variant.name, run]);
  }
  const longest = (run: { longTasksMs: number[] }) => Math.max(0, ...run.longTasksMs);
  console.log(`\nWebGL: ${runs[0][1].renderer}; load ${loadAverage()}\n`);
  printRows([
    [`large graph: elements`, String(runs[0][1].elements), '≈ 10,000'],
    ...runs.flatMap(([name, run]): [string, string, string][] => [
      [
        `large graph, ${name}: answer there / placed / first paint`,
        `${ms(run.phases.data ?? NaN)} / ${ms(run.phases.placed ?? NaN)} / ${ms(run.firstNodesMs)}`,
        '',
      ],
      [`large graph, ${name}: every element drawn`, ms(run.completeMs), ''],
      [`large graph, ${name}: frame rate panning/zooming`, `${run.fps.toFixed(1)} fps`, ''],
      [`large graph, ${name}: p95 frame time`, ms(run.p95FrameMs), ''],
      [`large graph, ${name}: longest long task`, ms(longest(run)), ''],
      [`large graph, ${name}: longest task, main-thread CPU`, ms(Math.max(0, ...run.taskCpuMs)), ''],
      [`large graph, ${name}: main-thread CPU to every element drawn + 1 s`, ms(run.mainThreadCpuMs), ''],
    ]),
  ]);
}

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI)
    throw new Error('bench:ui loads plans: set NEO4J_URI, or run `npm run bench:ui` for a throwaway Neo4j');
  if (!uiBuilt()) throw new Error('the UI is not built; run npm run build:ui');
  console.log(
    `PlanGraph UI benchmark, ${new Date().toISOString()}, ${os.cpus().length} cores, load ${loadAverage()}, Chromium ${CHROMIUM}, 1440×900`,
  );

  const product = await serveUi(Number(process.env.BENCH_UI_PORT ?? 0), UI_DIR);
  const baseline = BASELINE ? await serveUi(0, BASELINE) : undefined;
  // The first screen in the browser tests' Chromium (no GPU: software compositing, as headless
  // Chromium has). The large graph in one with SwiftShader, a software WebGL, so that the WebGL
  // renderer can be measured; its emulated GPU costs the page's cores a second of CPU per load.
  const browser = await launchChromium();
  const webglBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const variants = [
      ...(baseline ? [{ name: 'baseline', url: `${baseline.url}/` }] : []),
      { name: 'this build', url: `${product.url}/` },
    ];
    const misses = await measureSummary(browser, variants);
    if (LARGE) await measureLarge(webglBrowser, browser, `${product.url}/`);
    console.log(`\nload ${loadAverage()}`);
    if (misses.length > 0) {
      console.log(`targets missed:\n${misses.map((m) => `  ${m}`).join('\n')}`);
      process.exitCode = 1;
    } else console.log('summary targets met');
  } finally {
    await browser.close();
    await webglBrowser.close();
    await baseline?.close();
    await product.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
