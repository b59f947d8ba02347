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
});
