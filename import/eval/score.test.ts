import type { Bundle, Project } from '../bundle/schema';
import type { Label } from './labels';
import { scorePlan } from './score';

const label = (name: string): Label => ({
  box: 5,
  item: 6,
  name,
  tier: 'A',
  districts: [],
  orgs: [],
  industry: 'logistics',
  note: '',
});
const project = (name: string) =>
  ({ name, tier: 'A', boxes: [5], districts: [], orgs: [], industries: [{ code: 'logistics' }] }) as unknown as Project;
const bundle = (...names: string[]): Pick<Bundle, 'projects' | 'units'> => ({
  projects: names.map(project),
  units: [],
});

describe('scoring a plan against its labels', () => {
  it('takes a name with ASCII brackets and its full-width form for one name', () => {
    const score = scorePlan(bundle('梧岭物流园（一期）'), [label('梧岭物流园(一期)')]);
    expect(score.figures.recallA).toBe(1);
    expect(score.figures.precision).toBe(1);
  });

  it('takes a name with full-width digits and letters and its ASCII form for one name', () => {
    const score = scorePlan(bundle('轨道交通1号线二期', '市域铁路S1线'), [
      label('轨道交通１号线二期'),
      label('市域铁路Ｓ１线'),
    ]);
    expect(score.figures.recallAll).toBe(1);
    expect(score.figures.precision).toBe(1);
  });

  it('counts another name in the box as a miss and an extra', () => {
    const score = scorePlan(bundle('梧岭物流园二期'), [label('梧岭物流园(一期)')]);
    expect(score.figures.recallA).toBe(0);
    expect(score.details).toEqual(['miss   专栏5 A 梧岭物流园(一期)', 'extra  专栏5 A 梧岭物流园二期']);
  });
});
