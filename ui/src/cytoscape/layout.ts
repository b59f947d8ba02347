import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import LayoutWorker from './layout.worker?worker';
import type { LayoutRequest, LayoutResult } from './layout.worker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (positions: LayoutResult['positions']) => void>();

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
  const request: LayoutRequest = { id, elements: elements.map(({ group, data }) => ({ group, data: { id: data.id, source: data.source, target: data.target } })), options };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}
