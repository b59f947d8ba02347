import { Basis } from '../common/evidence';
import { type RawNode, type RawStep, chainPath, chainStep, rankPaths } from './chain';
import { ChainStatus } from './chain.type';

const project: RawNode = { id: 'project:x', type: 'Project', name: 'X改造' };
const county: RawNode = { id: 'unit:county', type: 'Unit', name: '某县人民政府', kind: 'district-government' };
const city: RawNode = { id: 'unit:city', type: 'Unit', name: '某市人民政府', kind: 'government' };
const firm: RawNode = { id: 'unit:firm', type: 'Unit', name: '某药业', kind: 'enterprise' };
const evidence = (basis: string) => ({ document: 'doc:plan', line: 7, quote: '推进X改造。', basis, rule: 'outline' });
const step = (
  from: RawNode,
  to: RawNode,
  type: string,
  basis = 'stated',
  role: string | null = null,
  forward = true,
): RawStep => ({
  from,
  to,
  type,
  forward,
  role,
  evidence: evidence(basis),
});

describe('responsibility chains', () => {
  it('is complete when it reaches the city government', () => {
    const path = chainPath(
      project,
      [step(project, county, 'RESPONSIBLE', 'derived')],
      [step(county, city, 'REPORTS_TO')],
    );
    expect(path.complete).toBe(true);
    expect(path.status).toBe(ChainStatus.REACHES_TOP_DERIVED);
    expect(path.derivedSteps).toEqual([0]);
    expect(path.stopsAt).toBeNull();
    expect(path.steps.map((s) => [s.from.name, s.to.name, s.basis])).toEqual([
      ['X改造', '某县人民政府', Basis.DERIVED],
      ['某县人民政府', '某市人民政府', Basis.STATED],
    ]);
    expect(path.steps[1].evidence).toMatchObject({ document: 'doc:plan', line: 7, quote: '推进X改造。' });
  });

  it('names each step in its direction of travel and each node in words', () => {
    const district: RawNode = { id: 'region:x', type: 'Region', name: '某县' };
    const industry: RawNode = { id: 'industry:transport', type: 'Industry', zh: '交通' };
    const path = chainPath(
      project,
      [step(project, district, 'IN_DISTRICT'), step(district, county, 'GOVERNS', 'stated', null, false)],
      [step(county, city, 'REPORTS_TO', 'stated', 'supervisor')],
    );
    expect(path.steps.map((s) => [s.from.name, s.relation, s.to.name])).toEqual([
      ['X改造', 'IN_DISTRICT', '某县'],
      ['某县', 'GOVERNED_BY', '某县人民政府'],
      ['某县人民政府', 'REPORTS_TO', '某市人民政府'],
    ]);
    const back = chainStep(step(industry, project, 'IN_INDUSTRY', 'stated', null, false));
    expect(back).toMatchObject({
      relation: 'INCLUDES',
      from: { id: 'industry:transport', name: '交通' },
      to: { name: 'X改造' },
    });
  });

  it('says where it stops instead of inventing a supervisor', () => {
    const path = chainPath(project, [step(project, firm, 'RESPONSIBLE')], []);
    expect(path.complete).toBe(false);
    expect(path.stopsAt).toEqual({ id: 'unit:firm', type: 'Unit', name: '某药业' });
    expect(path.status).toBe(ChainStatus.STOPS);
    expect(path.noteZh).toContain('某药业是企业');
    expect(path.noteEn).toMatch(/某药业 is an enterprise/);
  });

  it('says so when nothing ties the project to anyone', () => {
    const [path] = rankPaths([chainPath(project, [], [])]);
    expect(path.steps).toEqual([]);
    expect(path.stopsAt?.id).toBe('project:x');
    expect(path.noteEn).toMatch(/no organisation/);
    expect(path.noteZh).toContain('来源文件没有写明X改造的实施单位');
  });

  it('ranks complete and stated paths first and drops duplicates and the empty path', () => {
    const stopped = chainPath(project, [step(project, firm, 'RESPONSIBLE')], []);
    const derived = chainPath(
      project,
      [step(project, county, 'RESPONSIBLE', 'derived', 'district')],
      [step(county, city, 'REPORTS_TO')],
    );
    const stated = chainPath(project, [step(project, county, 'RESPONSIBLE')], [step(county, city, 'REPORTS_TO')]);
    const ranked = rankPaths([stopped, derived, chainPath(project, [], []), stated, stated]);
    // The derived branch runs through the same units as the stated one: it is merged into it.
    expect(ranked).toEqual([stated, stopped]);
    expect(rankPaths([stopped, derived])).toEqual([derived, stopped]);
  });

  it('is all stated only when every step is, and merges branches through the same units', () => {
    const district: RawNode = { id: 'district:x', type: 'Region', name: '某县' };
    const stated = chainPath(project, [step(project, county, 'RESPONSIBLE')], [step(county, city, 'REPORTS_TO')]);
    expect(stated.status).toBe(ChainStatus.ALL_STATED);
    const direct = chainPath(
      project,
      [step(project, county, 'RESPONSIBLE', 'derived', 'district')],
      [step(county, city, 'REPORTS_TO')],
    );
    const throughDistrict = chainPath(
      project,
      [step(project, district, 'IN_DISTRICT', 'derived'), step(district, county, 'GOVERNS', 'derived', null, false)],
      [step(county, city, 'REPORTS_TO')],
    );
    expect(rankPaths([throughDistrict, direct])).toEqual([direct]);
  });
});
