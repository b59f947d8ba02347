import { CityProfile } from '../city/profile';
import { loadExtractRules } from '../extract/rules';
import { OrgFinder } from './orgs';

const rules = loadExtractRules();
const empty = CityProfile.parse({});

describe('organisations a project name carries', () => {
  it('reads the leading firm name of a listed item, but never the name of the plan’s own area', () => {
    expect(new OrgFinder(empty, rules, []).find('栖云精密制造产业园', true).map((h) => h.name)).toEqual(['栖云']);
    expect(new OrgFinder(empty, rules, ['栖云']).find('栖云精密制造产业园', true)).toEqual([]);
  });

  it('answers without learning: firms are known only to the finder built from a first reading', () => {
    const finder = new OrgFinder(empty, rules, []);
    const first = finder.find('奈创精密陶瓷基板', true);
    expect(first.map((h) => [h.name, h.rule])).toEqual([['奈创', 'org-name-prefix']]);
    expect(finder.find('奈创基板二期', false)).toEqual([]);
    const knowing = finder.knowing(OrgFinder.learn(first, rules));
    expect(knowing.find('奈创基板二期', false).map((h) => [h.name, h.rule])).toEqual([['奈创', 'org-known']]);
    expect(finder.find('奈创基板二期', false)).toEqual([]);
  });

  it('knows a short firm name by the fuller one the plan writes elsewhere', () => {
    const finder = new OrgFinder(empty, rules, []);
    const known = OrgFinder.learn(
      [...finder.find('富祥药业原料药基地', false), ...finder.find('富祥精密制造', true)],
      rules,
    );
    expect(known.map((k) => k.name)).toEqual(['富祥药业']);
    expect(
      finder
        .knowing(known)
        .find('富祥精密制造', true)
        .map((h) => h.name),
    ).toEqual(['富祥药业']);
  });
});
