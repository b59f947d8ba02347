import { CityProfile, loadIndustries } from '../city/profile';
import type { ParsedBox } from '../parse/types';
import { planOfBoxes } from './fixtures/plan';
import { extractPlan } from '../resolve/plan';

/** A made-up city's plan: nothing about it is in any profile. */
const box: ParsedBox = {
  number: 2,
  title: '产业提升工程',
  line: 10,
  document: 'doc:plan',
  chapterId: null,
  items: [
    {
      number: 1,
      title: '产业项目',
      line: 11,
      paragraphs: [
        {
          line: 12,
          text: '推进甲乙园区、丙丁基地等一批项目建设；实施某某县戊己产业园、庚辛物流中心，某某高新区壬癸实验室、子丑研究中心等项目。',
        },
        { line: 13, text: '建设某某新区综合服务平台。完善产业发展机制。建设一批标准化厂房、研发楼等项目。' },
      ],
    },
  ],
};

const plan = planOfBoxes('某某市国民经济和社会发展第十五个五年规划纲要', [box]);

const content = extractPlan(plan, CityProfile.parse({}), loadIndustries());
const byName = new Map(content.projects.map((p) => [p.name, p]));

describe('a plan of a city without a profile', () => {
  it('finds the listed projects and the named ones, and nothing of policies or categories', () => {
    expect([...byName.keys()].sort()).toEqual(
      [
        '丙丁基地',
        '子丑研究中心',
        '庚辛物流中心',
        '某某县戊己产业园',
        '某某新区综合服务平台',
        '某某高新区壬癸实验室',
        '甲乙园区',
      ].sort(),
    );
    expect(byName.get('甲乙园区')!.tier).toBe('A');
  });

  it('recognises districts by their administrative suffix and distributes a group prefix', () => {
    const districts = (name: string) => byName.get(name)!.districts.map((d) => `${d.name}/${d.rule}`);
    expect(districts('某某县戊己产业园')).toEqual(['某某县/district-in-name']);
    expect(districts('庚辛物流中心')).toEqual([]);
    expect(districts('某某高新区壬癸实验室')).toEqual(['某某高新区/district-in-name']);
    expect(districts('子丑研究中心')).toEqual(['某某高新区/district-prefix']);
    expect(content.districts.map((d) => `${d.name}:${d.kind}`).sort()).toEqual([
      '某某县:county',
      '某某新区:new-area',
      '某某高新区:park',
    ]);
  });

  it('keeps provenance on every project and files it under the box sector or a keyword', () => {
    const project = byName.get('庚辛物流中心')!;
    expect(project.source).toEqual({
      document: 'doc:plan',
      line: 12,
      quote: expect.stringContaining('庚辛物流中心'),
      basis: 'stated',
      rule: 'project-list',
    });
    expect(project.industries[0].code).toBe('logistics');
    expect(project.kind).toBe('logistics-park');
    expect(content.responsibilities.filter((r) => r.role === 'supervisor')).toEqual([]);
  });
});
