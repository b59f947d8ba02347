import fc from 'fast-check';
import { layOutLabel, wrapLabel, type Measure } from './labels';
import { SUMMARY_LOOK } from './styles';

/** A measure like a font's: every character 10 px wide, bold ones 11. */
const measure: Measure = (text, bold) => text.length * (bold ? 11 : 10);
const width = (line: string) => measure(line, false);

describe('wrapLabel', () => {
  it('breaks at newlines and keeps lines that fit', () => {
    expect(wrapLabel('陶瓷\n30 个项目', 160, width)).toEqual(['陶瓷', '30 个项目']);
  });

  it('breaks a line wider than the maximum at its spaces, as Cytoscape does', () => {
    expect(wrapLabel('Culture and tourism industry\n75 projects', 130, width)).toEqual([
      'Culture and ',
      'tourism ',
      'industry',
      '75 projects',
    ]);
  });

  it('keeps every word, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const lines = wrapLabel(words.join(' '), 60, width);
        expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
      }),
    );
  });
});

describe('layOutLabel', () => {
  const at = { x: 100, y: 50 };

  it('puts the label below the node, centred, at the margin', () => {
    const label = layOutLabel('能源\n7 个项目', 'District', at, 20, 'bottom', measure);
    expect(label.lines).toEqual(['能源', '7 个项目']);
    expect(label.align).toBe('center');
    const pad = SUMMARY_LOOK.labelPadding;
    expect(label.box.y1).toBe(50 + 10 + SUMMARY_LOOK.labelMarginY - pad);
    expect(label.bottom).toBe(50 + 10 + SUMMARY_LOOK.labelMarginY + 2 * SUMMARY_LOOK.fontSize);
    expect((label.box.x1 + label.box.x2) / 2).toBeCloseTo(100);
    expect(label.box.x2 - label.box.x1).toBe(50 + 2 * pad);
  });

  it('puts a label on the left ending at the margin, right-aligned, and bold for industries', () => {
    const label = layOutLabel('交通', 'Industry', at, 20, 'left', measure);
    expect(label.bold).toBe(true);
    expect(label.align).toBe('right');
    expect(label.x).toBe(100 - 10 - SUMMARY_LOOK.labelMarginX);
    expect(label.box.x2).toBe(label.x + SUMMARY_LOOK.labelPadding);
    expect(label.box.x2 - label.box.x1).toBe(22 + 2 * SUMMARY_LOOK.labelPadding);
    expect((label.box.y1 + label.box.y2) / 2).toBeCloseTo(50);
  });

  it('puts a label above the node ending at the margin', () => {
    const label = layOutLabel('汽车', 'Industry', at, 30, 'top', measure);
    expect(label.bottom).toBe(50 - 15 - SUMMARY_LOOK.labelMarginY);
    expect(label.box.y2).toBe(label.bottom + SUMMARY_LOOK.labelPadding);
  });
});
