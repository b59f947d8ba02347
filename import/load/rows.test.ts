import { NodeLabel, RelType } from '../../graph/model';
import { miniBundle } from '../../tests/fixtures/mini-bundle';
import { planWrites, RelationshipWrite, NodeWrite } from './rows';
import { InvalidBundleError } from './validate';

const relationshipRows = (type: RelType, from?: NodeLabel) =>
  planWrites(miniBundle())
    .filter((w): w is RelationshipWrite => w.kind === 'relationships' && w.type === type && (!from || w.from === from))
    .flatMap((w) => w.rows);

const nodeRows = (label: NodeLabel) =>
  planWrites(miniBundle())
    .filter((w): w is NodeWrite => w.kind === 'nodes' && w.label === label)
    .flatMap((w) => w.rows);

describe('planWrites', () => {
  it('writes nodes before the relationships that join them', () => {
    const kinds = planWrites(miniBundle()).map((w) => w.kind);
    expect(kinds.lastIndexOf('nodes')).toBeLessThan(kinds.indexOf('relationships'));
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

describe('evidence on relationships', () => {
  it('writes only values Neo4j can store: premises as JSON, the government’s evidence on GOVERNS', () => {
    const bundle = miniBundle();
    const evidence = {
      document: 'data/city/jingdezhen.json',
      line: 7,
      quote: '浮梁县 → 浮梁县人民政府',
      basis: 'derived' as const,
      rule: 'district-government' as const,
      why: { zh: '依据：城市资料列浮梁县由浮梁县人民政府管辖', en: 'The city profile lists 浮梁县人民政府 as governing 浮梁县' },
      premises: [{ kind: 'profile' as const, file: 'data/city/jingdezhen.json', entry: 'districts: 浮梁县 → 浮梁县人民政府', source: 'common knowledge' }],
    };
    const district = bundle.districts.find((d) => d.governmentId !== null)!;
    district.governmentEvidence = evidence;
    const writes = planWrites(bundle);
    const primitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    for (const write of writes) {
      for (const row of write.rows) {
        for (const value of Object.values(row.props)) expect(primitive(value) || (Array.isArray(value) && value.every(primitive))).toBe(true);
      }
    }
    const governs = writes
      .filter((w): w is RelationshipWrite => w.kind === 'relationships' && w.type === RelType.GOVERNS)
      .flatMap((w) => w.rows)
      .find((r) => r.from === district.governmentId && r.to === `district:${district.name}`)!;
    expect(governs.props).toMatchObject({ rule: 'district-government', whyZh: evidence.why.zh, whyEn: evidence.why.en });
    expect(JSON.parse(String(governs.props.premises))).toEqual(evidence.premises);
  });
});
