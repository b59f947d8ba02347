import fc from 'fast-check';
import { boxLabel, boxNumber } from './box-number';

describe('box numbers', () => {
  it('reads plain and chapter-numbered boxes', () => {
    expect(boxNumber('7')).toBe(7);
    expect(boxNumber('3-1')).toBe(301);
    expect(boxNumber('12—10')).toBe(1210);
    expect(boxNumber('3.2')).toBe(302);
    expect(boxNumber('3 - 2')).toBe(302);
    expect(boxNumber('6－2')).toBe(602);
  });

  it('refuses what is no box number', () => {
    for (const printed of ['', '0', '3-0', '123', '3-100', '3-1-2', 'a']) expect(boxNumber(printed)).toBeNull();
  });

  it('prints a box number as the plan does', () => {
    expect(boxLabel(7)).toBe('7');
    expect(boxLabel(301)).toBe('3-1');
    expect(boxLabel(1210)).toBe('12-10');
  });

  it('prints back what it reads, in the order of the plan', () => {
    const printed = fc.oneof(
      fc.integer({ min: 1, max: 99 }).map(String),
      fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([c, k]) => `${c}-${k}`),
    );
    fc.assert(fc.property(printed, (text) => boxLabel(boxNumber(text)!) === text));
    const chapterBox = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }));
    fc.assert(
      fc.property(chapterBox, chapterBox, ([c1, k1], [c2, k2]) => {
        const order = Math.sign(boxNumber(`${c1}-${k1}`)! - boxNumber(`${c2}-${k2}`)!);
        return order === Math.sign(c1 - c2 || k1 - k2);
      }),
    );
  });
});
