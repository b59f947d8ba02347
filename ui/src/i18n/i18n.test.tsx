import { en, zh } from './messages';
import { translator } from './i18n';

describe('i18n', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(translator('zh')('portfolio.total', { count: 12 })).toBe('共 12 个项目');
    expect(translator('en')('portfolio.total', { count: 12 })).toBe('12 projects');
    expect(translator('en')('portfolio.total')).toBe('{count} projects');
  });

  it('has an English message for every Chinese one, each using the same parameters', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key]).toBeTruthy();
      expect(params(en[key])).toEqual(params(zh[key]));
    }
  });
});
