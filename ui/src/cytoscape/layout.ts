import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import LayoutWorker from './layout.worker?worker';
import type { LayoutRequest, LayoutResult } from './layout.worker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (positions: LayoutResult['positions']) => void>();

/** What the layout needs of an element's data: its id and, for an edge, its ends. */
function structure(data: ElementDefinition['data']): { id?: string; source?: string; target?: string } {
  const { id, source, target } = data as { id?: string; source?: string; target?: string };
  return { id, source, target };
}

/**
 * Lays elements out in the layout worker and resolves with each node's position. Only plain data
 * crosses to the worker, so only layouts whose options are data (fcose) can run there.
 */
export function layoutInWorker(elements: ElementDefinition[], options: LayoutOptions): Promise<LayoutResult['positions']> {
  if (!worker) {
    worker = new LayoutWorker();
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      pending.get(event.data.id)?.(event.data.positions);
      pending.delete(event.data.id);
    };
  }
  const id = ++nextId;
  const request: LayoutRequest = { id, elements: elements.map(({ group, data }) => ({ group, data: structure(data) })), options };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}
