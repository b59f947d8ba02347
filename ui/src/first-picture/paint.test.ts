import type { ElementDefinition } from 'cytoscape';
import type { Measure } from '../cytoscape/labels';
import { SUMMARY_LOOK } from '../cytoscape/styles';
import { placeSummary } from '../cytoscape/summaryPlacement';
import { paintSummary, type Paint } from './paint';

/** A 2D context that records what is filled and written, with the transform in force. */
function recorder() {
  const fills: { colour: string; x: number; y: number }[] = [];
  const texts: { text: string; colour: string }[] = [];
  const strokes: { colour: string; width: number }[] = [];
  let transform = [1, 0, 0, 1, 0, 0];
  let last = { x: 0, y: 0 };
  const context = {
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    setTransform: (...m: number[]) => {
      transform = m;
    },
    clearRect: () => undefined,
    beginPath: () => undefined,
    closePath: () => undefined,
    moveTo: (x: number, y: number) => {
      last = { x, y };
    },
    lineTo: () => undefined,
    arcTo: () => undefined,
    ellipse: (x: number, y: number) => {
      last = { x, y };
    },
    fill() {
      fills.push({
        colour: this.fillStyle,
        x: last.x * transform[0] + transform[4],
        y: last.y * transform[3] + transform[5],
      });
    },
    stroke() {
      strokes.push({ colour: this.strokeStyle, width: this.lineWidth });
    },
    fillRect: () => undefined,
    fillText(text: string) {
      texts.push({ text, colour: this.fillStyle });
    },
  };
  return { context: context as unknown as Paint, fills, texts, strokes };
}

const measure: Measure = (text) => text.length * 13;

describe('paintSummary', () => {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'd', type: 'District', label: '珠山区\n22 个项目', size: 40, colour: '#5b6472' } },
    { group: 'nodes', data: { id: 'i', type: 'Industry', label: '陶瓷\n30 个项目', size: 50, colour: '#b0303a' } },
    { group: 'edges', data: { id: 'i>d', source: 'i', target: 'd', weight: 5 } },
  ];

  it('draws each link, each group in its colour where it was placed, and each label', () => {
    const placement = placeSummary(elements, 800, 500, measure);
    const { context, fills, texts, strokes } = recorder();
    paintSummary(context, elements, placement, { width: 800, height: 500, scale: 1 });

    expect(strokes[0]).toEqual({ colour: SUMMARY_LOOK.edgeColour, width: 5 });
    const { zoom, pan } = placement.viewport;
    const district = fills.find((f) => f.colour === '#5b6472')!;
    // An ellipse is drawn from its centre.
    expect(district.x).toBeCloseTo(placement.positions.d.x * zoom + pan.x);
    expect(district.y).toBeCloseTo(placement.positions.d.y * zoom + pan.y);
    // A diamond starts at its bottom corner.
    const industry = fills.find((f) => f.colour === '#b0303a')!;
    expect(industry.x).toBeCloseTo(placement.positions.i.x * zoom + pan.x);
    expect(industry.y).toBeCloseTo((placement.positions.i.y + 25) * zoom + pan.y);
    expect(texts).toEqual([
      { text: '珠山区', colour: SUMMARY_LOOK.textColour },
      { text: '22 个项目', colour: SUMMARY_LOOK.textColour },
      { text: '陶瓷', colour: SUMMARY_LOOK.textColour },
      { text: '30 个项目', colour: SUMMARY_LOOK.textColour },
    ]);
  });
});
