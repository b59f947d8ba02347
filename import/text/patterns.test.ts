import fc from 'fast-check';
import { subItemNumber } from './patterns';

describe('subItemNumber', () => {
  it('reads the number of 1. / 1、 / （1） / (1) / ① items and what follows', () => {
    expect(subItemNumber('1.甲乙产业园')).toEqual({ number: 1, rest: '甲乙产业园' });
    expect(subItemNumber('12、甲乙产业园')).toEqual({ number: 12, rest: '甲乙产业园' });
    expect(subItemNumber('（3）甲乙产业园')).toEqual({ number: 3, rest: '甲乙产业园' });
    expect(subItemNumber('(4) 甲乙产业园')).toEqual({ number: 4, rest: '甲乙产业园' });
    expect(subItemNumber('⑤甲乙产业园')).toEqual({ number: 5, rest: '甲乙产业园' });
  });

  it('takes no decimal, section number or unnumbered text for an item', () => {
    expect(subItemNumber('1.5万吨甲乙生产线')).toBeNull();
    expect(subItemNumber('甲乙产业园')).toBeNull();
    expect(subItemNumber('（一）甲乙产业园')).toBeNull();
  });

  it('gives back every bracketed or circled number it is given, with the text unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.constantFrom('甲乙产业园', '丙丁铁路专用线二期'), (n, rest) => {
        expect(subItemNumber(`（${n}）${rest}`)).toEqual({ number: n, rest });
        expect(subItemNumber(`${String.fromCharCode(0x2460 + n - 1)}${rest}`)).toEqual({ number: n, rest });
      }),
    );
  });
});
