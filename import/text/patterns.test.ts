import fc from 'fast-check';
import {
  endsSentence,
  subItemNumber,
  withoutStatusBeforeColon,
  withoutTrailingSize,
  withoutTrailingStatus,
} from './patterns';

describe('subItemNumber', () => {
  it('reads the number of 1. / 1、 / （1） / (1) / ① items and what follows', () => {
    expect(subItemNumber('1.甲乙产业园')).toEqual({ number: 1, rest: '甲乙产业园' });
    expect(subItemNumber('12、甲乙产业园')).toEqual({ number: 12, rest: '甲乙产业园' });
    expect(subItemNumber('（3）甲乙产业园')).toEqual({ number: 3, rest: '甲乙产业园' });
    expect(subItemNumber('(4) 甲乙产业园')).toEqual({ number: 4, rest: '甲乙产业园' });
    expect(subItemNumber('⑤甲乙产业园')).toEqual({ number: 5, rest: '甲乙产业园' });
    expect(subItemNumber('6）甲乙产业园')).toEqual({ number: 6, rest: '甲乙产业园' });
    expect(subItemNumber('项目十二：甲乙产业园')).toEqual({ number: 12, rest: '甲乙产业园' });
    expect(subItemNumber('（1）[续建]甲乙产业园：建设厂房')).toEqual({ number: 1, rest: '甲乙产业园：建设厂房' });
    expect(subItemNumber('[7]甲乙水厂')).toEqual({ number: 7, rest: '甲乙水厂' });
    expect(subItemNumber('3.1甲乙渔港经济区：建设…')).toEqual({ number: 3, rest: '甲乙渔港经济区：建设…' });
    expect(subItemNumber('1.1.2〔新建〕甲乙渔港扩建工程')).toEqual({ number: 1, rest: '甲乙渔港扩建工程' });
  });

  it('takes no decimal, section number or unnumbered text for an item', () => {
    expect(subItemNumber('1.5万吨甲乙生产线')).toBeNull();
    expect(subItemNumber('2.5亿元')).toBeNull();
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

describe("a project's status in brackets", () => {
  it('is taken off the end of a name, in full-width or ASCII brackets', () => {
    for (const status of ['续建', '新建', '改扩建', '扩建', '前期', '在建', '储备', '谋划', '申建', '拟建', '暂定名']) {
      expect(withoutTrailingStatus(`甲乙物流园（${status}）`)).toBe('甲乙物流园');
      expect(withoutTrailingStatus(`甲乙物流园(${status})`)).toBe('甲乙物流园');
    }
  });

  it('is kept where it is no status or not at the end', () => {
    expect(withoutTrailingStatus('甲乙物流园（一期）')).toBe('甲乙物流园（一期）');
    expect(withoutTrailingStatus('甲乙物流园（续建）二期')).toBe('甲乙物流园（续建）二期');
  });

  it('is taken from between a name and its colon', () => {
    expect(withoutStatusBeforeColon('甲乙物流园（续建）：新建仓库5万平方米')).toBe('甲乙物流园：新建仓库5万平方米');
    expect(withoutStatusBeforeColon('甲乙物流园(前期):新建仓库')).toBe('甲乙物流园:新建仓库');
  });

  it('after a sentence, leaves the sentence ended', () => {
    expect(endsSentence('年加工5万吨。（新建）')).toBe(true);
    expect(endsSentence('年加工5万吨（新建）')).toBe(false);
  });

  it('a sentence closed by who answers for it, a bracket inside that included', () => {
    expect(endsSentence('开展野生动物致害综合保险试点。（牵头单位：甲局；配合单位：各县（市）人民政府）')).toBe(true);
    expect(endsSentence('开展野生动物致害综合保险试点（牵头单位：甲局；配合单位：各县（市）人民政府）')).toBe(false);
  });

  it('no colon inside a bracket still open (…。（牵头单位：甲局；配合单位：), but a colon opening a list', () => {
    expect(endsSentence('建设甲乙防控中心。（牵头单位：甲局；配合单位：')).toBe(false);
    expect(endsSentence('主要包括：')).toBe(true);
  });
});

describe('withoutTrailingSize', () => {
  it('leaves off a size in brackets after a name, not a bracket that is part of it', () => {
    expect(withoutTrailingSize('甲乙抽水蓄能电站（装机120万千瓦）')).toBe('甲乙抽水蓄能电站');
    expect(withoutTrailingSize('丙丁快速路（全长12公里）')).toBe('丙丁快速路');
    expect(withoutTrailingSize('戊己保税物流中心（B型）')).toBe('戊己保税物流中心（B型）');
    expect(withoutTrailingSize('庚辛小（1）型水库')).toBe('庚辛小（1）型水库');
    expect(withoutTrailingSize('壬癸大数据中心二期（IDC,5000架标准机柜）')).toBe('壬癸大数据中心二期');
    expect(withoutTrailingSize('子丑新型储能电站（100MW/200MWh）')).toBe('子丑新型储能电站');
    expect(withoutTrailingSize('寅卯水库（中型）')).toBe('寅卯水库');
  });
});
