import fs from 'node:fs';
import path from 'node:path';
import { parsePlan } from './index';

/** The 青山市 gazette with 专栏 2's items in two groups, each numbered from 1. */
const text = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'other-city-gazette.txt'), 'utf8')
  .replace(
    '1. 产业基地\n',
    '（一）新材料\n\n1. 产业基地\n\n推进青山市石墨烯产业园建设。\n\n（二）装备\n\n1. 产业基地\n',
  );

describe('box items', () => {
  it('starts a new run where numbering starts again under a group heading', () => {
    const plan = parsePlan({ file: 'plan.txt', text, encoding: 'utf-8', sha256: '' });
    const box = plan.boxes.find((b) => b.number === 2)!;
    expect(box.items.map((i) => [i.number, i.title])).toEqual([
      [0, ''],
      [1, '产业基地'],
      [1, '产业基地'],
      [2, '创新平台'],
    ]);
  });

  it('goes on with a box a section heading broke into where its numbering goes on, and only there', () => {
    const broken = (after: string) =>
      text.replace(
        '推动装备制造业向智能化、绿色化方向发展。\n',
        `推动装备制造业向智能化、绿色化方向发展。\n\n${after}\n`,
      );
    const items = (source: string) =>
      parsePlan({ file: 'plan.txt', text: source, encoding: 'utf-8', sha256: '' })
        .boxes.find((b) => b.number === 2)!
        .items.map((i) => [i.number, i.title]);
    expect(items(broken('3. 数字基础设施\n\n建设青山城市大数据中心。'))).toEqual([
      [0, ''],
      [1, '产业基地'],
      [1, '产业基地'],
      [2, '创新平台'],
      [3, '数字基础设施'],
    ]);
    // A section's own list starts at 1; a number the box does not count on to is the section's.
    expect(items(broken('1. 智能装备\n\n建设青山智能装备产业园。'))).toHaveLength(4);
    expect(items(broken('（3）数字基础设施\n\n建设青山城市大数据中心。'))).toHaveLength(4);
  });

  it('reads numbered names with no text of their own, under group headings, as entries of a list', () => {
    const listed = fs
      .readFileSync(path.join(__dirname, 'fixtures', 'other-city-gazette.txt'), 'utf8')
      .replace(
        '1. 产业基地\n\n推进青山市新材料产业园二期、西岭县石墨烯\n\n薄膜生产线等一批项目建设。\n\n2. 创新平台\n',
        '（一）青山能源集团有限公司\n1. 青山煤制烯烃二期项目\n2. 青山煤焦油深加工项目\n（二）青山煤业有限公司\n1. 青山煤矿智能化改造工程\n2. 创新平台\n',
      );
    const plan = parsePlan({ file: 'plan.txt', text: listed, encoding: 'utf-8', sha256: '' });
    const box = plan.boxes.find((b) => b.number === 2)!;
    expect(box.items.map((i) => [i.number, i.title])).toEqual([
      [0, ''],
      [2, '创新平台'],
    ]);
    expect(box.items[0].paragraphs.map((p) => p.text).slice(0, 5)).toEqual([
      '（一）青山能源集团有限公司',
      '1.青山煤制烯烃二期项目',
      '2.青山煤焦油深加工项目',
      '（二）青山煤业有限公司',
      '1.青山煤矿智能化改造工程',
    ]);
  });

  it('reads the last numbered name of a list as an entry too when a note closes the list', () => {
    const listed = fs
      .readFileSync(path.join(__dirname, 'fixtures', 'other-city-gazette.txt'), 'utf8')
      .replace(
        '1. 产业基地\n\n推进青山市新材料产业园二期、西岭县石墨烯\n\n薄膜生产线等一批项目建设。\n\n2. 创新平台\n',
        '1. 青山古城历史文化街区\n2. 青山湿地公园\n说明：以上项目由市文化旅游局牵头。\n3. 创新平台\n',
      );
    const plan = parsePlan({ file: 'plan.txt', text: listed, encoding: 'utf-8', sha256: '' });
    const box = plan.boxes.find((b) => b.number === 2)!;
    expect(box.items.map((i) => [i.number, i.title])).toEqual([
      [0, ''],
      [3, '创新平台'],
    ]);
    expect(box.items[0].paragraphs.map((p) => p.text).slice(0, 3)).toEqual([
      '1.青山古城历史文化街区',
      '2.青山湿地公园',
      '说明：以上项目由市文化旅游局牵头。',
    ]);
  });
});
