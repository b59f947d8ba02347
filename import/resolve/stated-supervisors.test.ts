import path from 'node:path';
import { projectRoot } from '../../graph/config';
import { buildBundle } from '../pipeline';

/** The fixture county-level city whose plan states who its departments answer to (第五章). */
const PLAN = path.join(projectRoot(), 'tests', 'fixtures', 'plans', 'county-a3-15', 'plan.txt');

describe('supervision stated by a sentence of the plan', () => {
  const bundle = buildBundle(PLAN, { profile: PLAN.replace(/\.txt$/, '.profile.json') });
  const supervisor = (unitId: string) =>
    bundle.responsibilities.filter(
      (r) => r.subjectKind === 'unit' && r.subjectId === unitId && r.role === 'supervisor',
    );

  it('links each named department to the government the sentence names, stated, quoting that sentence', () => {
    for (const unit of ['unit:市工信局', 'unit:市交通运输局', 'unit:市卫健委']) {
      const [link, ...others] = supervisor(unit);
      expect(others).toEqual([]);
      expect(link).toMatchObject({
        unitId: 'unit:岚江市人民政府',
        evidence: { basis: 'stated', rule: 'supervision-statement', alias: '市人民政府' },
      });
      expect(link.evidence.quote).toContain(unit.slice('unit:'.length));
      expect(link.evidence.quote).toContain('市人民政府');
    }
  });

  it('reads the supervisor of a department no sentence names from the notice, as derived', () => {
    expect(supervisor('unit:市文广旅局')).toEqual([
      expect.objectContaining({ evidence: expect.objectContaining({ basis: 'derived', rule: 'notice-addressee' }) }),
    ]);
  });

  it('states nothing for bodies the sentence names that are not units of the plan', () => {
    expect(bundle.units.some((u) => u.name === '市发展改革委')).toBe(false);
    expect(bundle.responsibilities.some((r) => r.subjectId.includes('各乡'))).toBe(false);
  });
});
