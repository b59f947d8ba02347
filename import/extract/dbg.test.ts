import { loadCityProfile, loadIndustries } from '../city/profile';
import type { ParsedBox } from '../parse/types';
import { planOfBoxes } from './fixtures/plan';
import { extractPlan } from '../resolve/plan';
it('dbg', () => {
  for (const paragraphs of [
    ['镁及镁合金', '铖泰镁业金属镁绿色冶炼技改项目（浮梁县）', '苠晶硅材光伏玻璃二期', '镕盛针状焦及锂电负极材料项目（乐平市）', '浮梁县煤基碳纤维中试线'],
  ]) {
  const box: ParsedBox = { number: 2, title: '新材料产业链重点项目', line: 10, document: 'doc:plan', chapterId: null,
    items: [{ number: 0, title: '', line: 11, paragraphs: paragraphs.map((text, i) => ({ line: 12 + i, text })) }] };
  const c = extractPlan(planOfBoxes('景德镇市国民经济和社会发展第十五个五年规划纲要', [box]), loadCityProfile(), loadIndustries());
  console.log(JSON.stringify(c.projects.map((p) => [p.name, p.tier, p.source.rule])));
  }
});
