import { NODE_PROPS, NodeLabel, REL_PROPS, RelType } from '../../graph/model';
import type { Bundle } from '../bundle/schema';
import { miniBundle, miniId as id, miniRegionId } from '../../tests/fixtures/mini-bundle';
import { planWrites, type RelationshipWrite, type NodeWrite } from './rows';
import { planScope, scopeBundle } from './scope';
import { InvalidBundleError } from './validate';

/** The writes of a bundle with its ids scoped, as the loader makes them. */
const scopedWrites = (bundle: Bundle = miniBundle()) => {
  const scope = planScope(bundle);
  return planWrites(scopeBundle(bundle, scope), scope);
};

const relationshipRows = <T extends RelType>(type: T, from?: NodeLabel) =>
  scopedWrites()
    .filter(
      (w): w is RelationshipWrite<T> => w.kind === 'relationships' && w.type === type && (!from || w.from === from),
    )
    .flatMap((w) => w.rows);

const nodeRows = <L extends NodeLabel>(label: L) =>
  scopedWrites()
    .filter((w): w is NodeWrite<L> => w.kind === 'nodes' && w.label === label)
    .flatMap((w) => w.rows);

describe('planWrites', () => {
  it('writes nodes before the relationships that join them', () => {
    const kinds = scopedWrites().map((w) => w.kind);
    expect(kinds.lastIndexOf('nodes')).toBeLessThan(kinds.indexOf('relationships'));
  });

  it('writes exactly the properties graph/model.ts declares for each label and relationship type', () => {
    for (const write of scopedWrites()) {
      const schema = (write.kind === 'nodes' ? NODE_PROPS[write.label] : REL_PROPS[write.type]).strict();
      for (const row of write.rows) {
        const parsed = schema.safeParse(row.props);
        if (!parsed.success)
          throw new Error(
            `${write.kind === 'nodes' ? write.label : write.type} ${JSON.stringify(row)}: ${parsed.error.message}`,
          );
      }
    }
  });

  it('gives regions their division codes, industries shared ids and boxes ids of their plan', () => {
    const regions = nodeRows(NodeLabel.Region);
    expect(regions.find((r) => r.props.name === '浮梁县')).toMatchObject({
      id: 'region:360222',
      props: { level: 'county', code: '360222', parentId: 'region:3602' },
    });
    expect(regions.find((r) => r.props.name === '景德镇市')).toMatchObject({
      id: 'region:3602',
      props: { level: 'city', parentId: 'region:36' },
    });
    // Not in the division dataset: keyed by its path, so another city's 高新区 stays apart.
    expect(regions.find((r) => r.props.name === '高新区')).toMatchObject({
      id: 'region:江西省/景德镇市/高新区',
      props: { code: null, kind: 'park' },
    });
    expect(nodeRows(NodeLabel.Industry).map((r) => r.id)).toContain('industry:chem-pharma');
    expect(nodeRows(NodeLabel.Box).map((r) => r.id)).toEqual(['box:2', 'box:5', 'box:6', 'box:7', 'box:13'].map(id));
    expect(id('box:2')).toBe('plan:江西省/景德镇市:city:十五五/box:2');
    expect(id('unit:工信局')).toBe('region:3602/unit:工信局');
  });

  it('places each region under the one above it', () => {
    const within = relationshipRows(RelType.WITHIN).map((r) => [r.from, r.to, r.props.rule]);
    expect(within).toContainEqual(['region:360222', 'region:3602', 'division-code']);
    expect(within).toContainEqual(['region:3602', 'region:36', 'division-code']);
    expect(within).toContainEqual(['region:江西省/景德镇市/高新区', 'region:3602', 'plan-region']);
  });

  it('makes searchText from names, aliases and a project’s places', () => {
    const unit = nodeRows(NodeLabel.Unit).find((r) => r.id === id('unit:市民航突发事件应急指挥部办公室'));
    expect(unit?.props.searchText).toBe('市民航突发事件应急指挥部办公室 民航应急办');
    const airport = nodeRows(NodeLabel.Project).find((r) => r.props.name === '景德镇罗家机场改扩建工程');
    expect(airport?.props.searchText).toBe('景德镇罗家机场改扩建工程 罗家机场');
  });

  it('lists a project once per box, with that mention’s item, line and quote', () => {
    const rows = relationshipRows(RelType.LISTED_IN).filter((r) => r.from === id('project:航空物流集散储备转运中心'));
    expect(rows.map((r) => [r.to, r.props.item, r.props.line])).toEqual([
      [id('box:6'), 2, 713],
      [id('box:13'), 6, 1055],
    ]);
    const twice = miniBundle();
    const project = twice.projects[0];
    project.mentions.push({ ...project.mentions[0], item: 3, line: 999 });
    const listed = scopedWrites(twice)
      .filter((w): w is RelationshipWrite => w.kind === 'relationships' && w.type === RelType.LISTED_IN)
      .flatMap((w) => w.rows)
      .filter((r) => r.from === id(project.id));
    expect(listed).toHaveLength(1);
    expect(listed[0].props.line).toBe(project.mentions[0].line);
  });

  it('writes one RESPONSIBLE per subject, unit and role, the stated responsibility winning', () => {
    const rows = relationshipRows(RelType.RESPONSIBLE, NodeLabel.Project).filter((r) => r.to === id('unit:富祥药业'));
    expect(rows).toHaveLength(1);
    expect(rows[0].props).toMatchObject({ role: 'implementing', basis: 'stated', rule: 'project-org' });
    const task = relationshipRows(RelType.RESPONSIBLE, NodeLabel.Task).filter((r) => r.from === id('task:1'));
    expect(task.map((r) => [r.to, r.props.role, r.props.basis])).toEqual([
      [id('unit:工信局'), 'lead', 'stated'],
      [id('unit:浮梁县人民政府'), 'district', 'derived'],
      [id('unit:珠山区人民政府'), 'district', 'derived'],
    ]);
  });

  it('links governments to the districts they govern, once', () => {
    const rows = relationshipRows(RelType.GOVERNS);
    expect(rows.map((r) => [r.from, r.to]).sort()).toEqual([
      [id('unit:浮梁县人民政府'), miniRegionId('浮梁县')],
      [id('unit:珠山区人民政府'), miniRegionId('珠山区')],
    ]);
  });

  it('refuses links to things the bundle does not hold, and duplicate ids', () => {
    const dangling = miniBundle();
    dangling.tasks[0].projectIds.push('project:不存在');
    dangling.projects[0].districts.push({ ...dangling.projects[0].districts[0], name: '不存在区' });
    expect(() => scopedWrites(dangling)).toThrow(InvalidBundleError);
    expect(() => scopedWrites(dangling)).toThrow(
      /no Region region:江西省\/景德镇市\/不存在区[\s\S]*no Project plan:\S+\/project:不存在/,
    );

    const twice = miniBundle();
    twice.places.push(twice.places[0]);
    expect(() => scopedWrites(twice)).toThrow(/Place \S+\/place:御窑厂 appears more than once/);
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
      why: {
        zh: '依据：城市资料列浮梁县由浮梁县人民政府管辖',
        en: 'The city profile lists 浮梁县人民政府 as governing 浮梁县',
      },
      premises: [
        {
          kind: 'profile' as const,
          file: 'data/city/jingdezhen.json',
          entry: 'districts: 浮梁县 → 浮梁县人民政府',
          says: { zh: '浮梁县由浮梁县人民政府管辖', en: '浮梁县人民政府 governs 浮梁县' },
          source: 'common knowledge',
          sourceZh: '常识',
        },
      ],
    };
    const district = bundle.districts.find((d) => d.governmentId !== null)!;
    district.governmentEvidence = evidence;
    const writes = planWrites(bundle);
    const primitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    for (const write of writes) {
      for (const row of write.rows) {
        for (const value of Object.values(row.props))
          expect(primitive(value) || (Array.isArray(value) && value.every(primitive))).toBe(true);
      }
    }
    const governs = writes
      .filter((w): w is RelationshipWrite => w.kind === 'relationships' && w.type === RelType.GOVERNS)
      .flatMap((w) => w.rows)
      .find((r) => r.from === district.governmentId && r.props.rule === 'district-government')!;
    expect(governs.props).toMatchObject({
      rule: 'district-government',
      whyZh: evidence.why.zh,
      whyEn: evidence.why.en,
    });
    expect(JSON.parse(String(governs.props.premises))).toEqual(evidence.premises);
  });
});
