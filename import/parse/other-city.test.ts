import path from 'node:path';
import { loadCityProfile } from '../city/profile';
import { decodePlanFile } from '../text/decode';
import { parsePlan } from './index';
import type { ParsedPlan } from './types';

/** A gazette of another city in the same format parses by its structure and wording alone. */

const FIXTURES = path.join(__dirname, 'fixtures');
let plan: ParsedPlan;
beforeAll(() => {
  plan = parsePlan(decodePlanFile(path.join(FIXTURES, 'other-city-gazette.txt')), {
    profile: loadCityProfile(path.join(FIXTURES, 'other-city.json')),
  });
});

describe('a gazette of 青山市', () => {
  it('finds its two documents', () => {
    expect(plan.documents.map(({ id, kind, title, number, date }) => ({ id, kind, title, number, date }))).toEqual([
      {
        id: 'doc:plan',
        kind: 'plan',
        title: '青山市国民经济和社会发展第十五个五年规划纲要',
        number: '青府发〔2026〕3号',
        date: '2026-02-16',
      },
      {
        id: 'doc:action-plan',
        kind: 'action-plan',
        title: '青山市制造业高质量发展2026年工作要点',
        number: '青府办发〔2026〕9号',
        date: '2026-03-02',
      },
    ]);
  });

  it('reads the outline from the text, not from its contents', () => {
    expect(plan.chapters.map(({ id, title, parentId }) => [id, title, parentId])).toEqual([
      ['chapter:p1', '开启现代化建设新征程', null],
      ['chapter:p1.c1', '发展基础', 'chapter:p1'],
      ['chapter:p1.c2', '发展目标', 'chapter:p1'],
      ['chapter:p2', '建设现代化产业体系，壮大实体经济', null],
      ['chapter:p2.c1', '做强先进制造业', 'chapter:p2'],
      ['chapter:p2.c1.s1', '发展新材料产业', 'chapter:p2.c1'],
      ['chapter:p2.c1.s2', '壮大装备制造业', 'chapter:p2.c1'],
      ['chapter:p2.c2', '提升现代服务业', 'chapter:p2'],
    ]);
  });

  it('reads its indicator table', () => {
    expect(
      plan.indicators.map(({ id, category, name, unit, value2025, value2030, target, attribute }) => [
        id,
        category,
        name,
        unit,
        value2025,
        value2030,
        target,
        attribute,
      ]),
    ).toEqual([
      ['indicator:1', '经济发展', '地区生产总值增长', '%', '6.1', null, '5.5左右', '预期性'],
      ['indicator:2', '经济发展', '研发经费投入强度', '%', '2.1', '2.8', null, '预期性'],
      ['indicator:3', '绿色发展', '森林覆盖率', '%', '61.2', '保持稳定', null, '约束性'],
    ]);
  });

  it('reads its boxes and their items', () => {
    expect(
      plan.boxes.map((box) => ({
        number: box.number,
        title: box.title,
        chapterId: box.chapterId,
        items: box.items.map((item) => [item.number, item.title, item.paragraphs.map((p) => p.text)]),
      })),
    ).toEqual([
      {
        number: 2,
        title: '新材料产业提升工程',
        chapterId: 'chapter:p2.c1.s1',
        items: [
          [1, '产业基地', ['推进青山市新材料产业园二期、西岭县石墨烯薄膜生产线等一批项目建设。']],
          [2, '创新平台', ['建设青山新材料研究院、东湖区特种合金中试基地。']],
        ],
      },
      {
        number: 3,
        title: '服务业提升工程',
        chapterId: 'chapter:p2.c2',
        items: [
          [0, '', ['统筹推进生产性服务业提质扩容。']],
          [1, '现代物流', ['推进经开区智慧物流园、青山港多式联运中心建设。']],
        ],
      },
    ]);
    expect(plan.boxes[0].items[0].paragraphs[0].line).toBe(82);
  });

  it('reads its work points, expanding its own county-level group word', () => {
    expect(
      plan.tasks.map((task) => [
        task.id,
        task.group,
        task.title,
        task.units.map((u) => `${u.name}/${u.role}/${u.basis}`),
      ]),
    ).toEqual([
      [
        'task:1',
        '（一）做强产业链',
        '培育龙头企业',
        [
          '工信局/lead/stated',
          '发改委/lead/stated',
          '东湖区/district/derived',
          '西岭县/district/derived',
          '经开区/district/stated',
        ],
      ],
      ['task:2', '（一）做强产业链', '推进技术改造', ['工信局/lead/stated', '东湖区/district/stated']],
    ]);
    expect(plan.tasks[1].text).toBe(
      '推进技术改造。推动规上工业企业实施技术改造，年内完成改造项目40个。〔责任单位：工信局，东湖区〕',
    );
    expect(plan.units.find((unit) => unit.id === 'unit:经开区')).toMatchObject({
      kind: 'district-government',
      district: '经开区',
    });
    expect(plan.responsibilities).toHaveLength(7);
  });
});
