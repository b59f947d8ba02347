import neo4j from 'neo4j-driver';
import * as evidence from '../common/evidence';
import { PROJECT_BY_ID, PROJECTS_PAGE, PROJECTS_PAGE_WITH_LINKS } from './projects.cypher';
import { Project, ProjectRow, projectFrom } from './project.type';

/** A project's properties as the page statements return them: the ProjectRow's, nothing else. */
const row = {
  id: 'project:p1',
  name: '御窑厂遗址保护工程',
  tier: 'A',
  box: neo4j.int(2),
  boxes: [neo4j.int(2)],
  item: neo4j.int(1),
  kind: null,
  kindZh: null,
  kindEn: null,
  plan: 'plan:jdz',
  document: 'doc:plan',
  line: neo4j.int(120),
  quote: '实施御窑厂遗址保护工程。',
  basis: 'stated',
  rule: 'box-item',
  alias: null,
  whyZh: null,
  whyEn: null,
  premises: null,
};

describe('a project read from its node', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is a Project whose evidence is worked out once, when read', () => {
    const evidenceFrom = jest.spyOn(evidence, 'evidenceFrom');
    const project = projectFrom(row);
    // type-graphql hands an instance to field resolvers as it is; a plain object it would copy.
    expect(project).toBeInstanceOf(Project);
    expect(project).toMatchObject({ id: 'project:p1', box: 2, boxes: [2], item: 1, plan: 'plan:jdz' });
    expect(evidenceFrom).not.toHaveBeenCalled();
    expect(project.evidence).toMatchObject({ line: 120, quote: '实施御窑厂遗址保护工程。', rule: 'box-item' });
    expect(project.evidence).toBe(project.evidence);
    expect(evidenceFrom).toHaveBeenCalledTimes(1);
  });

  it('is read by the page statements from the properties a ProjectRow holds, not every property', () => {
    const properties = Object.keys(ProjectRow.shape)
      .map((name) => `.${name}`)
      .join(', ');
    for (const statement of [PROJECTS_PAGE['BOX industry'], PROJECTS_PAGE_WITH_LINKS['NAME all'], PROJECT_BY_ID]) {
      expect(statement).toContain(`p {${properties}}`);
      expect(statement).not.toContain('{.*}');
    }
  });
});
