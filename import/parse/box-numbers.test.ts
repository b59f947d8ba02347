import fs from 'node:fs';
import path from 'node:path';
import { parsePlan } from './index';

/** The 青山市 gazette with its boxes numbered by chapter, as many plans number them. */
const text = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'other-city-gazette.txt'), 'utf8')
  .replace('专栏1 青山市', '专栏2-1 青山市')
  .replace('专栏 2 新材料', '专栏4-1 新材料')
  .replace('专栏 3 服务业', '专栏 5－1 服务业');
const parse = (gazette: string) => parsePlan({ file: 'plan.txt', text: gazette, encoding: 'utf-8', sha256: '' });

describe('a plan that numbers its boxes by chapter', () => {
  it('keeps each box by its chapter and place (专栏4-1 is 401), in order', () => {
    const plan = parse(text);
    expect(plan.boxes.map(({ number, title }) => [number, title])).toEqual([
      [401, '新材料产业提升工程'],
      [501, '服务业提升工程'],
    ]);
  });

  it('reads its first box, titled by indicators, as the indicator table', () => {
    expect(parse(text).indicators.map((i) => i.name)).toEqual(['地区生产总值增长', '研发经费投入强度', '森林覆盖率']);
  });

  it('reads a box number printed twice as more of the first box, with a warning naming it as printed', () => {
    const twice = parse(text.replace('专栏 5－1 服务业', '专栏4-1 服务业'));
    expect(twice.warnings.map((w) => `${w.line}: ${w.message}`)).toContainEqual(
      expect.stringMatching(/^98: 专栏 4-1 appears twice; what follows is read as more of the first/),
    );
    expect(twice.boxes.map((b) => b.number)).toEqual([401]);
    expect(twice.boxes[0].items.length).toBeGreaterThan(parse(text).boxes[0].items.length);
  });

  it('refuses a box number it cannot keep, with its line', () => {
    expect(() => parse(text.replace('专栏4-1 新材料', '专栏4-123 新材料'))).toThrow(/:78: 专栏4-123: not a box number/);
  });
});

describe('a plan that counts its boxes in Chinese numerals', () => {
  const counted = fs
    .readFileSync(path.join(__dirname, 'fixtures', 'other-city-gazette.txt'), 'utf8')
    .replace('专栏1 青山市', '专栏一 青山市')
    .replace('专栏 2 新材料', '专栏二：新材料')
    .replace('专栏 3 服务业', '专栏十二 服务业');

  it('keeps each box by the number it says, its title without the colon after the number', () => {
    expect(parse(counted).boxes.map(({ number, title }) => [number, title])).toEqual([
      [2, '新材料产业提升工程'],
      [12, '服务业提升工程'],
    ]);
  });

  it('carries a box on under a heading marked 续 after a page break, and any other repeat with a warning', () => {
    const continued = counted.replace('2. 创新平台', '专栏二 新材料产业提升工程（续）\n\n2. 创新平台');
    const box = parse(continued).boxes.find((b) => b.number === 2)!;
    expect(box.items.map((item) => item.title)).toEqual(['产业基地', '创新平台']);
    expect(parse(continued).warnings).toEqual(parse(counted).warnings);
    const repeated = parse(counted.replace('2. 创新平台', '专栏二 新材料\n\n2. 创新平台'));
    expect(repeated.boxes.find((b) => b.number === 2)!.items.map((item) => item.title)).toEqual([
      '产业基地',
      '创新平台',
    ]);
    expect(repeated.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/专栏 2 appears twice/));
  });
});
