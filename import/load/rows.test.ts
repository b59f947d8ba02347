import { NODE_PROPS, NodeLabel, REL_PROPS, RelType } from '../../graph/model';
import { miniBundle } from '../../tests/fixtures/mini-bundle';
import { planWrites, type RelationshipWrite, type NodeWrite } from './rows';
import { InvalidBundleError } from './validate';

const relationshipRows = <T extends RelType>(type: T, from?: NodeLabel) =>
  planWrites(miniBundle())
    .filter((w): w is RelationshipWrite<T> => w.kind === 'relationships' && w.type === type && (!from || w.from === from))
    .flatMap((w) => w.rows);

const nodeRows = <L extends NodeLabel>(label: L) =>
  planWrites(miniBundle())
    .filter((w): w is NodeWrite<L> => w.kind === 'nodes' && w.label === label)
    .flatMap((w) => w.rows);

describe('planWrites', () => {
  it('writes nodes before the relationships that join them', () => {
    const kinds = planWrites(miniBundle()).map((w) => w.kind);
    expect(kinds.lastIndexOf('nodes')).toBeLessThan(kinds.indexOf('relationships'));
  });

  it('writes exactly the properties graph/model.ts declares for each label and relationship type', () => {
    for (const write of planWrites(miniBundle())) {
      const schema = (write.kind === 'nodes' ? NODE_PROPS[write.label] : REL_PROPS[write.type]).strict();
      for (const row of write.rows) {
        const parsed = schema.safeParse(row.props);
        if (!parsed.success) throw new Error(`${write.kind === 'nodes' ? write.label : write.type} ${JSON.stringify(row)}: ${parsed.error.message}`);
      }
    }
  });

  it('gives districts, industries and boxes their global ids', () => {
    expect(nodeRows(NodeLabel.District).map((r) => r.id)).toContain('district:浮梁县');
    expect(nodeRows(NodeLabel.Industry).map((r) => r.id)).toContain('industry:chem-pharma');
    expect(nodeRows(NodeLabel.Box).map((r) => r.id)).toEqual(['box:2', 'box:5', 'box:6', 'box:7', 'box:13']);
  });

  it('makes searchText from names, aliases and a project’s places', () => {
    const unit = nodeRows(NodeLabel.Unit).find((r) => r.id === 'unit:市民航突发事件应急指挥部办公室');
    expect(unit?.props.searchText).toBe('市民航突发事件应急指挥部办公室 民航应急办');
    const airport = nodeRows(NodeLabel.Project).find((r) => r.props.name === '景德镇罗家机场改扩建工程');
    expect(airport?.props.searchText).toBe('景德镇罗家机场改扩建工程 罗家机场');
  });

  it('lists a project once per box, with that mention’s item, line and quote', () => {
    const rows = relationshipRows(RelType.LISTED_IN).filter((r) => r.from === 'project:航空物流集散储备转运中心');
    expect(rows.map((r) => [r.to, r.props.item, r.props.line])).toEqual([
      ['box:6', 2, 713],
      ['box:13', 6, 1055],
    ]);
    const twice = miniBundle();
    const project = twice.projects[0];
    project.mentions.push({ ...project.mentions[0], item: 3, line: 999 });
    const listed = planWrites(twice)
      .filter((w): w is RelationshipWrite => w.kind === 'relationships' && w.type === RelType.LISTED_IN)
      .flatMap((w) => w.rows)
      .filter((r) => r.from === project.id);
    expect(listed).toHaveLength(1);
    expect(listed[0].props.line).toBe(project.mentions[0].line);
  });

  it('writes one RESPONSIBLE per subject, unit and role, the stated responsibility winning', () => {
    const rows = relationshipRows(RelType.RESPONSIBLE, NodeLabel.Project).filter((r) => r.to === 'unit:富祥药业');
    expect(rows).toHaveLength(1);
    expect(rows[0].props).toMatchObject({ role: 'implementing', basis: 'stated', rule: 'project-org' });
    const task = relationshipRows(RelType.RESPONSIBLE, NodeLabel.Task).filter((r) => r.from === 'task:1');
    expect(task.map((r) => [r.to, r.props.role, r.props.basis])).toEqual([
      ['unit:工信局', 'lead', 'stated'],
      ['unit:浮梁县人民政府', 'district', 'derived'],
      ['unit:珠山区人民政府', 'district', 'derived'],
    ]);
  });

  it('links governments to the districts they govern, once', () => {
    const rows = relationshipRows(RelType.GOVERNS);
    expect(rows.map((r) => [r.from, r.to]).sort()).toEqual([
      ['unit:浮梁县人民政府', 'district:浮梁县'],
      ['unit:珠山区人民政府', 'district:珠山区'],
    ]);
  });

  it('refuses links to things the bundle does not hold, and duplicate ids', () => {
    const dangling = miniBundle();
    dangling.tasks[0].projectIds.push('project:不存在');
    dangling.projects[0].districts.push({ ...dangling.projects[0].districts[0], name: '不存在区' });
    expect(() => planWrites(dangling)).toThrow(InvalidBundleError);
    expect(() => planWrites(dangling)).toThrow(/no District district:不存在区[\s\S]*no Project project:不存在/);

    const twice = miniBundle();
    twice.places.push(twice.places[0]);
    expect(() => planWrites(twice)).toThrow(/Place place:御窑厂 appears more than once/);
  });
});
