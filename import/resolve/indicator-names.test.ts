import path from 'node:path';
import { projectRoot } from '../../graph/config';
import { buildBundle } from '../pipeline';
import { indicatorNameEn, indicatorUnitEn, loadIndicatorTerms } from './indicator-names';

const terms = loadIndicatorTerms();

describe('English names of indicators, by term', () => {
  it.each([
    ['森林覆盖率', 'forest coverage'],
    ['地区生产总值增长', 'gross regional product growth'],
    ['陶瓷产业总产值', 'gross output value of the ceramics industry'],
    ['锂电新能源产业营业收入', 'operating revenue of the lithium-battery new-energy industry'],
    ['单位GDP二氧化碳排放降低', 'reduction in CO2 emissions per unit of GDP'],
    ['每千人口拥有医护人员数：注册护士数', 'medical staff per 1,000 people: registered nurses'],
  ])('%s → %s', (zh, en) => {
    expect(indicatorNameEn(zh, terms)).toBe(en);
  });

  it('leaves a name no term covers untranslated rather than half translated', () => {
    expect(indicatorNameEn('某某产业总产值', terms)).toBeNull();
    expect(indicatorNameEn('陶瓷产业', terms)).toBe('ceramics industry');
  });

  it('reads units, and none for a unit the file lacks', () => {
    expect(indicatorUnitEn('亿元', terms)).toBe('100 million yuan');
    expect(indicatorUnitEn('%', terms)).toBe('%');
    expect(indicatorUnitEn('吨/日', terms)).toBeNull();
    expect(indicatorUnitEn(null, terms)).toBeNull();
  });

  it('covers every indicator of the bundled plan and its units', () => {
    const bundle = buildBundle(path.join(projectRoot(), 'data', 'jingdezhen-gazette-2026-05.txt'));
    const missing = bundle.indicators.filter(
      (i) => indicatorNameEn(i.name, terms) === null || (i.unit !== null && indicatorUnitEn(i.unit, terms) === null),
    );
    expect(missing.map((i) => `${i.name} (${i.unit})`)).toEqual([]);
  });
});
