import type { Core } from 'cytoscape';

/**
 * Switches of Cytoscape's canvas renderer that it reads on every frame but offers no public setter
 * for. Each is a no-op when the instance has no canvas renderer (headless, or another renderer).
 */

interface TextureCache {
  getElement?: unknown;
}

interface CanvasRenderer {
  textureOnViewport?: boolean;
  data?: { eleTxrCache?: TextureCache; lblTxrCache?: TextureCache };
}

const rendererOf = (cy: Core): CanvasRenderer | undefined =>
  (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();

/** Pans and zooms move a cached picture of the whole graph (`on`), redrawn when they end. */
export function setTextureOnViewport(cy: Core, on: boolean): void {
  const renderer = rendererOf(cy);
  if (renderer) renderer.textureOnViewport = on;
}

const noTexture = () => null;

/**
 * Draws every element and label straight onto the canvas (`on`) instead of through the renderer's
 * element and label texture caches, which draw each element once into a texture and copy it to the
 * screen every frame. Without a GPU (a software canvas) those copies cost more than drawing a few
 * hundred elements afresh: the summary's first full frame took 150–250 ms of main-thread CPU through
 * the caches and 100–125 ms drawn directly (bench:ui, 2026-12-02). A cache whose `getElement` finds
 * nothing makes the renderer draw directly; turned back off, the caches' own method is used again.
 */
export function setDirectDraw(cy: Core, on: boolean): void {
  const data = rendererOf(cy)?.data;
  for (const cache of [data?.eleTxrCache, data?.lblTxrCache]) {
    if (!cache) continue;
    if (on) cache.getElement = noTexture;
    else delete cache.getElement;
  }
}
