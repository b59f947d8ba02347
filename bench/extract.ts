import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../graph/config';
import { parsePlan } from '../import/parse';
import { decodePlanFile } from '../import/text/decode';
import type { ExtractRun } from './extract-once';
import { type Result, summarize } from './measure';

export const BUNDLED_PLAN = path.join(projectRoot(__dirname), 'data', 'jingdezhen-gazette-2026-05.txt');

/** How many runs each size gets: fewer for the large copies, which take longest. */
const SIZES = [
  { times: 1, runs: 5 },
  { times: 5, runs: 3 },
  { times: 20, runs: 2 },
];

const BOX_HEADING = /专栏\s*\d+/;

/**
 * The gazette with each box (专栏 2…) followed by `times - 1` copies of itself, numbered on from
 * the last box, so that extraction meets `times` as many boxes in the same documents and chapters.
 * A box runs from its heading to the next heading of any kind (篇, 章, 节, 专栏) or the end of its document.
 */
export function scaledGazette(file: string, times: number): string {
  const decoded = decodePlanFile(file);
  const plan = parsePlan(decoded);
  const lines = decoded.text.split('\n');
  const starts = [
    ...plan.documents.flatMap((d) => [d.line, d.endLine + 1]),
    ...plan.chapters.map((c) => c.line),
    ...plan.boxes.map((b) => b.line),
  ];
  let nextNumber = Math.max(...plan.boxes.map((b) => b.number)) + 1;
  const copiesAfter = new Map<number, string[]>();
  for (const box of plan.boxes) {
    const end = Math.min(lines.length + 1, ...starts.filter((line) => line > box.line)) - 1;
    const region = lines.slice(box.line - 1, end);
    const copies: string[] = [];
    for (let copy = 1; copy < times; copy += 1) {
      copies.push(region[0].replace(BOX_HEADING, `专栏 ${nextNumber++}`), ...region.slice(1));
    }
    copiesAfter.set(end, copies);
  }
  return lines.flatMap((text, index) => [text, ...(copiesAfter.get(index + 1) ?? [])]).join('\n');
}

function extractOnce(file: string): Promise<ExtractRun> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'extract-once.js'), [file], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let run: ExtractRun | null = null;
    child.on('message', (message) => (run = message as ExtractRun));
    child.on('error', reject);
    child.on('exit', (code) =>
      run ? resolve(run) : reject(new Error(`extraction of ${file} exited with code ${code}`)),
    );
  });
}

/** Time and peak memory of buildBundle on the bundled plan and on larger copies of its boxes. */
export async function benchExtract(targets: { ms: number; rssMb: number }): Promise<Result[]> {
  const results: Result[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-'));
  try {
    for (const { times, runs } of SIZES) {
      const file = times === 1 ? BUNDLED_PLAN : path.join(dir, `gazette-x${times}.txt`);
      if (times > 1) fs.writeFileSync(file, scaledGazette(BUNDLED_PLAN, times));
      const measured: ExtractRun[] = [];
      for (let i = 0; i < runs; i += 1) measured.push(await extractOnce(file));
      const time = summarize(measured.map((r) => r.ms));
      const rss = summarize(measured.map((r) => r.peakRssMb));
      const heap = summarize(measured.map((r) => r.heapUsedMb));
      const { boxes, projects, mentions } = measured[0];
      const size = `x${times}`;
      const note = `${runs} runs; ${boxes} boxes, ${projects} projects, ${mentions} mentions`;
      const bundled = times === 1;
      results.push(
        {
          name: `extract ${size} time median`,
          value: time.median,
          unit: 'ms',
          target: bundled ? targets.ms : undefined,
          note,
        },
        { name: `extract ${size} time max`, value: time.max, unit: 'ms' },
        {
          name: `extract ${size} peak RSS max`,
          value: rss.max,
          unit: 'MB',
          target: bundled ? targets.rssMb : undefined,
        },
        { name: `extract ${size} heapUsed max`, value: heap.max, unit: 'MB' },
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
