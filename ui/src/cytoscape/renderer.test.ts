import type { Core } from 'cytoscape';
import { setDirectDraw, setTextureOnViewport } from './renderer';

/** A renderer shaped like Cytoscape's canvas renderer: texture caches whose method is on their prototype. */
function withRenderer() {
  class TextureCache {
    getElement(): string {
      return 'texture';
    }
  }
  const renderer = {
    textureOnViewport: false,
    data: { eleTxrCache: new TextureCache(), lblTxrCache: new TextureCache() },
  };
  return { cy: { renderer: () => renderer } as unknown as Core, renderer };
}

describe('setDirectDraw', () => {
  test('makes both texture caches find nothing, and gives them back their own method', () => {
    const { cy, renderer } = withRenderer();
    setDirectDraw(cy, true);
    expect(renderer.data.eleTxrCache.getElement()).toBeNull();
    expect(renderer.data.lblTxrCache.getElement()).toBeNull();
    setDirectDraw(cy, false);
    expect(renderer.data.eleTxrCache.getElement()).toBe('texture');
    expect(renderer.data.lblTxrCache.getElement()).toBe('texture');
  });

  test('does nothing without a canvas renderer', () => {
    expect(() => setDirectDraw({ renderer: () => undefined } as unknown as Core, true)).not.toThrow();
    expect(() => setDirectDraw({ renderer: () => ({}) } as unknown as Core, true)).not.toThrow();
  });
});

describe('setTextureOnViewport', () => {
  test('sets the renderer option', () => {
    const { cy, renderer } = withRenderer();
    setTextureOnViewport(cy, true);
    expect(renderer.textureOnViewport).toBe(true);
  });
});
