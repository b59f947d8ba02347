import { fitPositions } from './fit';

describe('fitPositions', () => {
  const range = { min: 0.05, max: 4 };

  it('centres the positions and fits the tighter side within the padding', () => {
    const viewport = fitPositions(
      [
        { x: -100, y: 0 },
        { x: 300, y: 100 },
      ],
      1000,
      500,
      50,
      range,
    )!;
    // Width: 900 / 400 = 2.25, height: 400 / 100 = 4: the width decides.
    expect(viewport.zoom).toBeCloseTo(2.25);
    // The centre (100, 50) lands in the canvas's centre (500, 250).
    expect(viewport.pan.x + viewport.zoom * 100).toBeCloseTo(500);
    expect(viewport.pan.y + viewport.zoom * 50).toBeCloseTo(250);
  });

  it('keeps the zoom within its range and has nothing to fit without positions', () => {
    expect(fitPositions([{ x: 5, y: 5 }], 800, 600, 30, range)!.zoom).toBe(4);
    expect(
      fitPositions(
        [
          { x: 0, y: 0 },
          { x: 1e6, y: 0 },
        ],
        800,
        600,
        30,
        range,
      )!.zoom,
    ).toBe(0.05);
    expect(fitPositions([], 800, 600, 30, range)).toBeUndefined();
  });
});
