import { buildBundle } from '../import/pipeline';
import { timed, toMb } from './measure';

/**
 * One extraction in a fresh process, so that each run's peak memory is its own and includes
 * loading the code, as a single `plangraph import` does. Reports to the parent over IPC.
 */
export interface ExtractRun {
  ms: number;
  /** Kernel high-water mark of the process's resident set. */
  peakRssMb: number;
  /** V8 heap in use right after the build, the bundle still held. */
  heapUsedMb: number;
  boxes: number;
  projects: number;
  /** Mentions of projects in box items: a project listed in several boxes counts each listing. */
  mentions: number;
}

async function main(file: string): Promise<void> {
  const { ms, value: bundle } = await timed(() => buildBundle(file));
  const run: ExtractRun = {
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: toMb(process.memoryUsage().heapUsed),
    boxes: bundle.boxes.length,
    projects: bundle.projects.length,
    mentions: bundle.projects.reduce((sum, project) => sum + project.mentions.length, 0),
  };
  process.send!(run);
}

if (!process.send) {
  console.error('extract-once runs as a child of bench/extract');
  process.exit(2);
}
main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
