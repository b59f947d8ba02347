import type { ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { FIT_PADDING, ZOOM } from './fit';
import type { Measure } from './labels';
import { placeSummary } from './summaryPlacement';

const measure: Measure = (text, bold) => text.length * (bold ? 14 : 13);

const node = (id: string, type: string, size: number, label = `${id}\n${size} 个项目`): ElementDefinition => ({
  group: 'nodes',
  data: { id, type, size, count: size, label },
});

describe('placeSummary', () => {
  it('fits every node and label into the canvas, no closer than the fit maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 300, max: 1200 }),
        (districts, industries, width, height) => {
          const elements = [
            ...Array.from({ length: districts }, (_, i) => node(`d${i}`, 'District', 18 + ((i * 7) % 70))),
            ...Array.from({ length: industries }, (_, i) => node(`i${i}`, 'Industry', 18 + ((i * 11) % 70))),
          ];
          const { positions, labels, viewport } = placeSummary(elements, width, height, measure);
          expect(viewport.zoom).toBeLessThanOrEqual(ZOOM.fitMax);
          const onScreen = (x: number, y: number) => ({
            x: x * viewport.zoom + viewport.pan.x,
            y: y * viewport.zoom + viewport.pan.y,
          });
          const slack = 0.5;
          for (const element of elements) {
            const id = element.data.id!;
            const { box } = labels[id];
            const [a, b] = [onScreen(box.x1, box.y1), onScreen(box.x2, box.y2)];
            const centre = onScreen(positions[id].x, positions[id].y);
            for (const p of [a, b, centre]) {
              // Fitted within the padding, unless the zoom floor leaves no room to.
              if (viewport.zoom > ZOOM.min) {
                expect(p.x).toBeGreaterThanOrEqual(FIT_PADDING - slack);
                expect(p.x).toBeLessThanOrEqual(width - FIT_PADDING + slack);
                expect(p.y).toBeGreaterThanOrEqual(FIT_PADDING - slack);
                expect(p.y).toBeLessThanOrEqual(height - FIT_PADDING + slack);
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same placement for the same graph and canvas', () => {
    const elements = [node('d1', 'District', 60), node('i1', 'Industry', 30), node('i2', 'Industry', 20)];
    expect(placeSummary(elements, 1200, 600, measure)).toEqual(placeSummary(elements, 1200, 600, measure));
  });
});
