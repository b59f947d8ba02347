import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RelType } from '../../../graph/model';
import type { PlanNodeRow } from '../prepare';
import { type CrossPlanLink, CrossPlanLinks, type LinkedPlan, planPair } from './links';

const plan = (
  id: string,
  level: string,
  regionId: string,
  parentRegionId: string | null,
  edition: string | null,
): LinkedPlan => ({
  id,
  level,
  regionId,
  parentRegionId,
  edition,
  editionNumber: edition === '十四五' ? 14n : edition === '十五五' ? 15n : null,
});

const city14 = plan('plan:甲市:city:十四五', 'city', 'r:甲市', 'r:省', '十四五');
const city15 = plan('plan:甲市:city:十五五', 'city', 'r:甲市', 'r:省', '十五五');
const county15 = plan('plan:甲市/乙县:county:十五五', 'county', 'r:乙县', 'r:甲市', '十五五');
const county14 = plan('plan:甲市/乙县:county:十四五', 'county', 'r:乙县', 'r:甲市', '十四五');
const otherCounty15 = plan('plan:丙市/丁县:county:十五五', 'county', 'r:丁县', 'r:丙市', '十五五');

describe('the pairs of plans whose projects are linked', () => {
  it('pairs a county plan with its city plan of the same edition, from the county, either way round', () => {
    const expected = {
      type: RelType.SAME_PROJECT,
      rule: 'same-name-county-city',
      start: county15.id,
      end: city15.id,
    };
    expect(planPair(county15, city15)).toEqual(expected);
    expect(planPair(city15, county15)).toEqual(expected);
    expect(planPair(county15, city14)).toBeNull();
    expect(planPair(otherCounty15, city15)).toBeNull();
    expect(planPair({ ...county15, edition: null }, { ...city15, edition: null })).toBeNull();
  });

  it('pairs two editions of one region and level, from the earlier edition to the later, either way round', () => {
    const expected = { type: RelType.CARRIED_OVER, rule: 'edition-name-match', start: city14.id, end: city15.id };
    expect(planPair(city15, city14)).toEqual(expected);
    expect(planPair(city14, city15)).toEqual(expected);
    expect(planPair(county14, city15)).toBeNull();
    expect(planPair(city14, { ...city15, editionNumber: 14n })).toBeNull();
    expect(planPair(city14, { ...city15, editionNumber: null })).toBeNull();
    expect(planPair(city14, city14)).toBeNull();
  });
});

describe('the links between the projects of the plans, joined from the spool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const projects = (p: LinkedPlan, ...keys: (string | null)[]): PlanNodeRow[] =>
    keys.map((matchKey, i) => ({
      id: `${p.id}/project:${i}`,
      plan: p.id,
      props: { matchKey, document: `${p.id}/doc`, line: BigInt(i + 1), quote: `${matchKey}（${i}）` },
    }));

  it('links each pair of projects of equal match key once, between related plans only, the way the pair says', async () => {
    const spool = path.join(dir, 'projects.spool.jsonl');
    const links = new CrossPlanLinks(spool);
    // The county plan is added before its city plan; the city's two editions are apart.
    links.add(county15, projects(county15, '物流园', '污水厂', '污水厂', null));
    links.add(city14, projects(city14, '物流园', '机场'));
    await links.flush();
    links.add(otherCounty15, projects(otherCounty15, '物流园'));
    links.add(city15, projects(city15, '物流园', '污水厂', '机场', null));
    links.add(county14, projects(county14, '机场', '污水厂'));
    const written: CrossPlanLink[] = [];
    for await (const link of links.links()) written.push(link);

    const p = (plan: LinkedPlan, i: number) => `${plan.id}/project:${i}`;
    const ends = (l: CrossPlanLink) => `${l.type} ${l.from} -> ${l.to}`;
    expect(written.map(ends).sort()).toEqual(
      [
        `SAME_PROJECT ${p(county15, 0)} -> ${p(city15, 0)}`,
        `SAME_PROJECT ${p(county15, 1)} -> ${p(city15, 1)}`,
        `SAME_PROJECT ${p(county15, 2)} -> ${p(city15, 1)}`,
        `SAME_PROJECT ${p(county14, 0)} -> ${p(city14, 1)}`,
        `CARRIED_OVER ${p(city14, 0)} -> ${p(city15, 0)}`,
        `CARRIED_OVER ${p(city14, 1)} -> ${p(city15, 2)}`,
        `CARRIED_OVER ${p(county14, 1)} -> ${p(county15, 1)}`,
        `CARRIED_OVER ${p(county14, 1)} -> ${p(county15, 2)}`,
      ].sort(),
    );
    const carried = written.find((l) => l.from === p(city14, 1))!;
    expect(carried.props).toEqual({
      basis: 'derived',
      rule: 'edition-name-match',
      document: `${city14.id}/doc`,
      line: 2n,
      quote: '机场（1）',
      toDocument: `${city15.id}/doc`,
      toLine: 3n,
      toQuote: '机场（2）',
    });
    expect(fs.existsSync(spool)).toBe(false);
  });
});
