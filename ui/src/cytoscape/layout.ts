import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import LayoutWorker from './layout.worker?worker';
import type { LayoutRequest, LayoutResult } from './layout.worker';

export type Positions = LayoutResult['positions'];

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (positions: Positions) => void>();

/** Positions already computed, by element set and options: going back to a view draws at once. */
const cache = new Map<string, Positions>();
const CACHE_SIZE = 8;

/**
 * Starts the layout worker (its script loads and compiles on its own thread), so that it is ready
 * by the time the first graph arrives. Called once the page starts; later calls do nothing.
 */
export function startLayoutWorker(): void {
  if (worker || typeof Worker === 'undefined') return;
  worker = new LayoutWorker();
  worker.onmessage = (event: MessageEvent<LayoutResult>) => {
    pending.get(event.data.id)?.(event.data.positions);
    pending.delete(event.data.id);
  };
}

/** What the layout needs of an element's data: its id and type and, for an edge, its ends. */
function structure(data: ElementDefinition['data']): { id?: string; type?: string; source?: string; target?: string } {
  const { id, type, source, target } = data as { id?: string; type?: string; source?: string; target?: string };
  return { id, type, source, target };
}

/** Only what a layout reads crosses to the worker: ids, types and the ends of edges. */
function plain(elements: ElementDefinition[]): ElementDefinition[] {
  return elements.map(({ group, data }) => ({ group, data: structure(data) }));
}

function cacheKey(elements: ElementDefinition[], options: LayoutOptions, clustered: boolean): string {
  return `${JSON.stringify(options)}|${clustered}|${elements.map((e) => e.data.id).join('\u0000')}`;
}

/**
 * Lays elements out in the layout worker and resolves with each node's position. Only plain data
 * crosses to the worker, so only layouts whose options are data (fcose, dagre) can run there.
 * `clustered`: the layout places clusters of projects, not every element (clustered.ts).
 */
export function layoutInWorker(
  elements: ElementDefinition[],
  options: LayoutOptions,
  clustered = false,
): Promise<Positions> {
  const key = cacheKey(elements, options, clustered);
  const known = cache.get(key);
  if (known) return Promise.resolve(known);
  startLayoutWorker();
  const id = ++nextId;
  const request: LayoutRequest = { id, elements: plain(elements), options, clustered };
  return new Promise((resolve) => {
    pending.set(id, (positions) => {
      cache.set(key, positions);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      resolve(positions);
    });
    worker!.postMessage(request);
  });
}
