import { pinyinSortKey } from '../../import/load/sort-key';
import type { Driver } from 'neo4j-driver';
import { REL_TYPES } from '../../graph/model';
import { REVERSED_RELATION } from '../../api/responsibility/relation-names';
import { gid, miniRegionId, scopedMiniBundle } from '../fixtures/mini-bundle';
import { testDatabase } from '../fixtures/neo4j';
import { type ApiServer, countingDriver, type MiniApi, startApi, startMiniApi } from './api-server';

/** The fields of a responsibility path's step these tests read. */
interface ChainStep {
  relation: string;
  from: { name: string };
  to: { name: string };
  evidence: { rule: string };
}

jest.setTimeout(60_000);

let driver: Driver;
let api: ApiServer;
let suite: MiniApi | undefined;
const bundle = scopedMiniBundle();
const projectId = (name: string) => bundle.projects.find((p) => p.name === name)!.id;

beforeAll(async () => {
  suite = await startMiniApi();
  ({ driver, api } = suite);
});

afterAll(() => suite?.close());

const EVIDENCE = 'evidence { document documentTitle line quote basis rule }';

describe('projects', () => {
  it('counts the projects of an industry and of a district like the bundle does', async () => {
    const expectedTransport = bundle.projects.filter((p) => p.industries.some((i) => i.code === 'transport')).length;
    const expectedFuliang = bundle.projects.filter((p) => p.districts.some((d) => d.name === '浮梁县')).length;
    const { status, data, errors } = await api.gql(`{
      transport: projects(filter: { industry: "transport" }) { totalCount nodes { name } }
      fuliang: projects(filter: { district: "浮梁县" }) { totalCount nodes { name districts { name } } }
      both: projects(filter: { district: "浮梁县", industry: "logistics" }) { totalCount nodes { name } }
      byZh: projects(filter: { industry: "交通" }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(expectedTransport).toBeGreaterThan(0);
    expect(data.transport.totalCount).toBe(expectedTransport);
    expect(data.fuliang.totalCount).toBe(expectedFuliang);
    expect(
      data.fuliang.nodes.every((p: { districts: { name: string }[] }) =>
        p.districts.some((d: { name: string }) => d.name === '浮梁县'),
      ),
    ).toBe(true);
    expect(data.both.nodes.map((p: { name: string }) => p.name)).toEqual(['浮梁现代智慧物流产业园']);
    expect(data.byZh.totalCount).toBe(expectedTransport);
  });

  it('pages with cursors and sorts by box or by name', async () => {
    const first = await api.gql(
      `{ projects(first: 5) { totalCount nodes { id box item } pageInfo { hasNextPage endCursor } } }`,
    );
    const page = first.data.projects;
    expect(page.totalCount).toBe(bundle.projects.length);
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const boxes = page.nodes.map((p: { box: number }) => p.box);
    expect(boxes).toEqual([...boxes].sort((a, b) => a - b));

    const ids = new Set(page.nodes.map((p: { id: string }) => p.id));
    let after = page.pageInfo.endCursor;
    for (;;) {
      const next = await api.gql(
        `query($after: String) { projects(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const p of next.data.projects.nodes) ids.add(p.id);
      if (!next.data.projects.pageInfo.hasNextPage) break;
      after = next.data.projects.pageInfo.endCursor;
    }
    expect(ids.size).toBe(bundle.projects.length);

    const byName = await api.gql(`{ projects(sort: NAME, first: 200) { nodes { name } } }`);
    const names = byName.data.projects.nodes.map((p: { name: string }) => p.name);
    // Pinyin order, by the sort key stored at import.
    expect(names).toEqual([...names].sort((a: string, b: string) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1)));
  });

  it('filters by box, chapter, unit, place and text', async () => {
    const box7 = bundle.projects.filter((p) => p.boxes.includes(7)).length;
    const box13 = bundle.projects.filter((p) => p.boxes.includes(13)).length;
    const chapterOfBox5 = bundle.boxes.find((b) => b.number === 5)!.chapterId!;
    const { data, errors } = await api.gql(
      `query($chapter: ID!) {
        box7: projects(filter: { box: 7 }) { totalCount }
        box13: projects(filter: { box: 13 }) { totalCount }
        chapter: projects(filter: { chapter: $chapter }) { totalCount nodes { box } }
        unit: projects(filter: { unit: "${gid('unit:富祥药业')}" }) { nodes { name } }
        place: projects(filter: { place: "${gid('place:御窑厂')}" }) { nodes { name } }
        text: projects(filter: { text: "遗址" }) { nodes { name } }
      }`,
      { chapter: chapterOfBox5 },
    );
    expect(errors).toBeUndefined();
    expect(data.box7.totalCount).toBe(box7);
    expect(data.box13.totalCount).toBe(box13);
    expect(data.chapter.totalCount).toBeGreaterThanOrEqual(bundle.projects.filter((p) => p.box === 5).length);
    expect(data.unit.nodes.map((p: { name: string }) => p.name)).toEqual(['富祥药业产品工艺装备提升']);
    expect(data.place.nodes.map((p: { name: string }) => p.name)).toContain('御窑厂遗址');
    expect(data.text.nodes.map((p: { name: string }) => p.name).sort()).toEqual(
      ['御窑厂遗址', '湖田窑遗址', '高岭瓷土矿遗址'].sort(),
    );
  });

  it('gives a project with its box, chapter path, links and evidence', async () => {
    const { data, errors } = await api.gql(
      `query($id: ID!) { project(id: $id) {
        id name tier box boxes item kind
        chapterPath { id level number title }
        industries { code zh ${EVIDENCE} }
        districts { name ${EVIDENCE} }
        places { place { id name district projectCount } ${EVIDENCE} }
        units { role unit { id name kind aliases } ${EVIDENCE} }
        mentions { box item line quote }
        ${EVIDENCE}
      } }`,
      { id: projectId('御窑厂遗址') },
    );
    expect(errors).toBeUndefined();
    const p = data.project;
    const source = bundle.projects.find((x) => x.name === '御窑厂遗址')!;
    expect(p).toMatchObject({ name: '御窑厂遗址', box: 2, boxes: [2], tier: source.tier });
    expect(p.chapterPath.map((c: { level: string }) => c.level)).toEqual(
      ['PART', 'CHAPTER', 'SECTION'].slice(0, p.chapterPath.length),
    );
    expect(p.chapterPath.length).toBeGreaterThan(0);
    expect(p.industries).toEqual([expect.objectContaining({ code: 'culture-tourism' })]);
    expect(p.districts[0]).toMatchObject({
      name: '珠山区',
      evidence: { basis: source.districts[0].basis.toUpperCase() },
    });
    expect(p.places[0].place).toMatchObject({ id: gid('place:御窑厂'), district: '珠山区' });
    expect(p.units).toEqual([
      expect.objectContaining({ role: 'district', unit: expect.objectContaining({ name: '珠山区人民政府' }) }),
    ]);
    expect(p.units[0].evidence.basis).toBe('DERIVED');
    expect(p.mentions[0]).toMatchObject({ box: 2, line: source.mentions[0].line, quote: source.mentions[0].quote });
    expect(p.evidence).toMatchObject({
      document: gid('doc:plan'),
      line: source.source.line,
      quote: source.source.quote,
      basis: 'STATED',
    });
    expect(p.evidence.documentTitle).toBe(bundle.documents.find((d) => d.id === gid('doc:plan'))!.title);
  });

  it('answers null for an unknown project', async () => {
    const { data } = await api.gql(`{ project(id: "${gid('project:nothing')}") { id } }`);
    expect(data.project).toBeNull();
  });
});

describe('catalog', () => {
  it('lists industries with their 专栏 1 indicators, districts, boxes, chapters and units', async () => {
    const { data, errors } = await api.gql(`{
      industries { code zh en projectCount indicators { id number part name unit value2025 value2030 target attribute } }
      districts { name kind projectCount }
      boxes { number title projectCount chapter { id title } }
      chapters { id level number title parentId projectCount }
      units { id name kind aliases duties }
      districtIndustryMatrix { district industry count }
    }`);
    expect(errors).toBeUndefined();
    const transport = data.industries.find((i: { code: string }) => i.code === 'transport');
    expect(transport.projectCount).toBe(
      bundle.projects.filter((p) => p.industries.some((i) => i.code === 'transport')).length,
    );
    const measured = bundle.indicators.filter((i) => i.industries.length > 0);
    expect(data.industries.flatMap((i: { indicators: unknown[] }) => i.indicators).length).toBe(
      measured.reduce((n, i) => n + i.industries.length, 0),
    );
    expect(data.districts.find((d: { name: string }) => d.name === '浮梁县').projectCount).toBe(
      bundle.projects.filter((p) => p.districts.some((d) => d.name === '浮梁县')).length,
    );
    expect(data.boxes.map((b: { number: number }) => b.number)).toEqual([2, 5, 6, 7, 13]);
    expect(data.boxes.find((b: { number: number }) => b.number === 13).projectCount).toBe(
      bundle.projects.filter((p) => p.boxes.includes(13)).length,
    );
    expect(data.boxes.every((b: { chapter: unknown }) => b.chapter)).toBe(true);
    expect(data.chapters).toHaveLength(bundle.chapters.length);
    const top = data.chapters.filter((c: { parentId: string | null }) => c.parentId === null);
    expect(top.reduce((n: number, c: { projectCount: number }) => n + c.projectCount, 0)).toBeGreaterThanOrEqual(
      bundle.projects.length,
    );
    expect(data.units.map((u: { id: string }) => u.id).sort()).toEqual(bundle.units.map((u) => u.id).sort());
    expect(data.districtIndustryMatrix).toContainEqual({ district: '浮梁县', industry: 'logistics', count: 1 });
    const unstated = bundle.projects.filter(
      (p) => p.districts.length === 0 && p.industries.some((i) => i.code === 'transport'),
    );
    const cell = data.districtIndustryMatrix.find(
      (c: { district: string | null; industry: string }) => c.district === null && c.industry === 'transport',
    );
    expect(cell?.count ?? 0).toBe(unstated.length);
  });
});

describe('link', () => {
  it('answers an edge of a slice by its id with its sentence, and null for an unknown id', async () => {
    const { data } = await api.gql(
      `{ overview(filter: { text: "御窑厂遗址" }) { edges { id type evidence { quote } } } }`,
    );
    const edge = data.overview.edges.find((e: { type: string }) => e.type === 'IN_DISTRICT');
    const { data: linked, errors } = await api.gql(
      `query ($id: ID!) { link(id: $id) { id type basis evidence { quote line rule } } }`,
      { id: edge.id },
    );
    expect(errors).toBeUndefined();
    expect(linked.link).toMatchObject({ id: edge.id, type: 'IN_DISTRICT' });
    expect(linked.link.evidence.quote).toContain('御窑厂');
    const { data: none } = await api.gql(`{ link(id: "5:00000000-0000-0000-0000-000000000000:999999") { id } }`);
    expect(none.link).toBeNull();
  });
});

describe('node', () => {
  it('answers a node of a slice by its id with its data and evidence, and null for an unknown id', async () => {
    const project = bundle.projects[0];
    const { data, errors } = await api.gql(
      `query ($unit: ID!, $project: ID!) {
        unit: node(id: $unit) { id type label data }
        project: node(id: $project) { id type label evidence { quote line } }
        none: node(id: "unit:none") { id }
      }`,
      { unit: gid('unit:景德镇市人民政府'), project: project.id },
    );
    expect(errors).toBeUndefined();
    expect(data.unit).toMatchObject({ id: gid('unit:景德镇市人民政府'), type: 'Unit', label: '景德镇市人民政府' });
    expect(JSON.parse(data.unit.data)).toMatchObject({ name: '景德镇市人民政府' });
    expect(data.project).toMatchObject({ type: 'Project', label: project.name });
    expect(data.project.evidence).toMatchObject({ quote: project.source.quote, line: project.source.line });
    expect(data.none).toBeNull();
  });
});

describe('overlaps', () => {
  it('finds the project listed in two boxes', async () => {
    const { data } = await api.gql(
      `{ overlaps(kind: SAME_PROJECT_IN_SEVERAL_BOXES) { kind key districts projects { name boxes mentions { box } } } }`,
    );
    const twice = bundle.projects.filter((p) => p.boxes.length > 1).map((p) => p.name);
    expect(data.overlaps.map((g: { key: string }) => g.key).sort()).toEqual(twice.sort());
    const group = data.overlaps.find((g: { key: string }) => g.key === '航空物流集散储备转运中心');
    expect(group.kind).toBe('SAME_PROJECT_IN_SEVERAL_BOXES');
    expect(group.projects[0].boxes).toEqual([6, 13]);
    expect(group.projects[0].mentions.map((m: { box: number }) => m.box)).toEqual([6, 13]);
  });

  it('groups one facility kind planned in several districts', async () => {
    const { data } = await api.gql(
      `{ overlaps(kind: SAME_KIND_ACROSS_DISTRICTS) { key districts projects { name kind } } }`,
    );
    const parks = data.overlaps.find((g: { key: string }) => g.key === 'logistics-park');
    expect(parks.districts).toEqual(expect.arrayContaining(['浮梁县', '昌南新区']));
    expect(parks.projects.map((p: { name: string }) => p.name).sort()).toEqual(
      ['昌南新区物流集散中心', '浮梁现代智慧物流产业园'].sort(),
    );
  });

  it('groups projects at one place', async () => {
    const { data } = await api.gql(`{ overlaps(kind: SHARED_PLACE) { key districts projects { name } } }`);
    const shared = new Map<string, string[]>();
    for (const p of bundle.projects) for (const l of p.places) shared.set(l.id, [...(shared.get(l.id) ?? []), p.name]);
    const expected = [...shared.entries()].filter(([, names]) => names.length > 1);
    expect(data.overlaps).toHaveLength(expected.length);
    for (const [placeId, names] of expected) {
      const name = bundle.places.find((p) => p.id === placeId)!.name;
      const group = data.overlaps.find((g: { key: string }) => g.key === name);
      expect(group.projects.map((p: { name: string }) => p.name).sort()).toEqual(names.sort());
    }
  });
});

const CHAIN = `query($id: ID!) { responsibilityChain(projectId: $id) {
  complete note stopsAt { id type name }
  steps { from { id type name } to { id type name } relation role basis ${EVIDENCE} }
} }`;

describe('responsibility chains', () => {
  const cityGovernment = bundle.units.find((u) => u.kind === 'government')!;

  it('traces an enterprise project to the city government through a department, and says where the enterprise line stops', async () => {
    const { data, errors } = await api.gql(CHAIN, { id: projectId('富祥药业产品工艺装备提升') });
    expect(errors).toBeUndefined();
    const paths = data.responsibilityChain;
    const complete = paths.filter((p: { complete: boolean }) => p.complete);
    expect(complete.length).toBeGreaterThan(0);
    for (const path of complete) {
      expect(path.steps[path.steps.length - 1].to.name).toBe(cityGovernment.name);
      expect(path.stopsAt).toBeNull();
    }
    expect(
      complete.some((p: { steps: ChainStep[] }) =>
        p.steps.some((s: { to: { name: string } }) => s.to.name === '工信局'),
      ),
    ).toBe(true);
    const stopped = paths.find((p: { complete: boolean }) => !p.complete);
    expect(stopped.stopsAt).toMatchObject({ name: '富祥药业', type: 'Unit' });
    expect(stopped.note).toMatch(/富祥药业/);
    expect(stopped.steps).toEqual([
      expect.objectContaining({ relation: 'RESPONSIBLE', role: 'implementing', basis: 'STATED' }),
    ]);
    for (const step of paths.flatMap((p: { steps: ChainStep[] }) => p.steps)) {
      expect(['STATED', 'DERIVED']).toContain(step.basis);
      expect(step.evidence.basis).toBe(step.basis);
      expect(step.evidence.quote).not.toBe('');
      expect(step.evidence.line).toBeGreaterThan(0);
    }
  });

  it('traces a district project through its district government up to the city government', async () => {
    const { data, errors } = await api.gql(CHAIN, { id: projectId('浮梁县农村公路提升改造') });
    expect(errors).toBeUndefined();
    const paths = data.responsibilityChain;
    // The branch through the district and the one through the district's government meet at the same
    // unit; merged, the chain reads project → county government → city government.
    expect(paths).toHaveLength(1);
    expect(
      paths[0].steps.map((s: { from: { name: string }; relation: string; to: { name: string } }) => [
        s.from.name,
        s.relation,
        s.to.name,
      ]),
    ).toEqual([
      ['浮梁县农村公路提升改造', 'RESPONSIBLE', '浮梁县人民政府'],
      ['浮梁县人民政府', 'REPORTS_TO', cityGovernment.name],
    ]);
    expect(paths[0].steps[0]).toMatchObject({ role: 'district', basis: 'DERIVED' });
    expect(paths[0].steps[1]).toMatchObject({ role: 'supervisor', basis: 'DERIVED' });
    expect(paths[0].complete).toBe(true);
    for (const path of paths) {
      expect(path).toMatchObject({ complete: true, stopsAt: null, note: null });
      const names = path.steps.map((s: { to: { name: string } }) => s.to.name);
      expect(names).toContain('浮梁县人民政府');
      expect(names[names.length - 1]).toBe(cityGovernment.name);
      for (const step of path.steps) {
        expect(step.evidence.basis).toBe(step.basis);
        expect(step.evidence.quote).not.toBe('');
      }
    }
  });

  it('says where the chain stops for a project the sources tie to nobody', async () => {
    const { data } = await api.gql(CHAIN, { id: projectId('景德镇罗家机场改扩建工程') });
    expect(data.responsibilityChain).toEqual([
      expect.objectContaining({
        complete: false,
        steps: [],
        stopsAt: expect.objectContaining({ name: '景德镇罗家机场改扩建工程' }),
      }),
    ]);
  });

  it('finds the shortest path between two nodes', async () => {
    const { data } = await api.gql(
      `{ path(from: "${gid('unit:富祥药业')}", to: "${gid('unit:工信局')}") { complete steps { from { id } to { id } relation } } }`,
    );
    expect(data.path.complete).toBe(true);
    expect(data.path.steps[0].from.id).toBe(gid('unit:富祥药业'));
    expect(data.path.steps[data.path.steps.length - 1].to.id).toBe(gid('unit:工信局'));
    const none = await api.gql(
      `{ path(from: "${gid('unit:富祥药业')}", to: "${gid('unit:工信局')}", maxLength: 1) { complete } }`,
    );
    expect(none.data.path).toBeNull();
  });
});

describe('path steps', () => {
  const PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 10) { steps { from { id type name } to { id type name } relation } } }`;
  const city = () => bundle.units.find((u) => u.kind === 'government')!;
  const steps = async (from: string, to: string) => {
    const { data, errors } = await api.gql(PATH, { from, to });
    expect(errors).toBeUndefined();
    if (!data.path) throw new Error(`no path from ${from} to ${to}`);
    return data.path.steps as {
      from: { id: string; type: string; name: string };
      to: { id: string; type: string; name: string };
      relation: string;
    }[];
  };

  it('reads down and up the hierarchy in the direction of travel', async () => {
    const down = await steps(city().id, miniRegionId('浮梁县'));
    expect(down.map((s) => [s.from.name, s.relation, s.to.name])).toEqual([
      [city().name, 'OVERSEES', '浮梁县人民政府'],
      ['浮梁县人民政府', 'GOVERNS', '浮梁县'],
    ]);
    const up = await steps(miniRegionId('浮梁县'), city().id);
    expect(up.map((s) => [s.from.name, s.relation, s.to.name])).toEqual([
      ['浮梁县', 'GOVERNED_BY', '浮梁县人民政府'],
      ['浮梁县人民政府', 'REPORTS_TO', city().name],
    ]);
  });

  it('names every step by a relationship the graph holds between its ends, read from `from` to `to`', async () => {
    const pairs: [string, string][] = [
      ['industry:culture-tourism', city().id],
      [city().id, 'industry:culture-tourism'],
      [gid('task:3'), gid('box:13')],
      [gid('box:13'), gid('task:1')],
      [gid('chapter:p2'), gid('place:御窑厂')],
      [gid('unit:富祥药业'), 'industry:culture-tourism'],
      [gid('unit:市民航突发事件应急指挥部办公室'), miniRegionId('珠山区')],
    ];
    const seen = new Set<string>();
    for (const [from, to] of pairs) {
      for (const step of await steps(from, to)) {
        const forward = (REL_TYPES as readonly string[]).includes(step.relation);
        const type = forward
          ? step.relation
          : Object.entries(REVERSED_RELATION).find(([, name]) => name === step.relation)?.[0];
        expect(type).toBeDefined();
        const [start, end] = forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        const { records } = await driver.executeQuery(
          'MATCH (a {id: $start})-[r]->(b {id: $end}) WHERE type(r) = $type RETURN count(r) AS n',
          { start, end, type },
          { database: testDatabase() },
        );
        expect({ step: [step.from.id, step.relation, step.to.id], n: records[0].get('n').toNumber() }).toMatchObject({
          n: 1,
        });
        seen.add(step.relation);
        expect(step.from.name).not.toBe(step.from.id);
        expect(step.to.name).not.toBe(step.to.id);
      }
    }
    // The pairs lead both ways along several relationship types.
    expect([...seen].filter((r) => !(REL_TYPES as readonly string[]).includes(r)).length).toBeGreaterThanOrEqual(3);
  });

  it('names an industry in a path by its Chinese name', async () => {
    const [first] = await steps('industry:culture-tourism', projectId('御窑厂遗址'));
    expect(first).toMatchObject({
      from: { type: 'Industry', name: '文化旅游' },
      relation: 'INCLUDES',
      to: { name: '御窑厂遗址' },
    });
  });
});

describe('search', () => {
  it('finds 御窑厂遗址 by 御窑', async () => {
    const { data } = await api.gql(`{ search(text: "御窑") { id type name score } }`);
    expect(data.search.map((h: { name: string }) => h.name)).toContain('御窑厂遗址');
    expect(data.search.find((h: { name: string }) => h.name === '御窑厂遗址')).toMatchObject({
      type: 'Project',
      id: projectId('御窑厂遗址'),
    });
  });

  it('treats Lucene operators as text', async () => {
    const { data, errors } = await api.gql(
      `{ a: search(text: "御窑 AND (*") { name } b: search(text: "\\"]:~^") { name } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.a.map((h: { name: string }) => h.name)).toContain('御窑厂遗址');
    expect(data.b).toEqual([]);
  });
});

describe('graph slices', () => {
  it('gives a node neighbourhood ready for Cytoscape', async () => {
    const { data } = await api.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated limit nodes { id label type data } edges { id source target type basis evidence { quote } } } }`,
      { id: projectId('御窑厂遗址') },
    );
    const slice = data.neighborhood;
    expect(slice.truncated).toBe(false);
    const ids = new Set(slice.nodes.map((n: { id: string }) => n.id));
    expect(ids).toEqual(
      new Set([
        projectId('御窑厂遗址'),
        gid('box:2'),
        'industry:culture-tourism',
        miniRegionId('珠山区'),
        gid('place:御窑厂'),
        gid('unit:珠山区人民政府'),
      ]),
    );
    for (const e of slice.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const project = JSON.parse(slice.nodes.find((n: { type: string }) => n.type === 'Project').data);
    expect(project).toMatchObject({ name: '御窑厂遗址', box: 2 });
    expect(project).not.toHaveProperty('searchText');
    // A shared node's list of the plans naming it is left out (at national scale, every plan).
    const industry = JSON.parse(slice.nodes.find((n: { type: string }) => n.type === 'Industry').data);
    expect(industry).toMatchObject({ code: 'culture-tourism' });
    expect(industry).not.toHaveProperty('plans');
    expect(industry).not.toHaveProperty('searchText');
    const stated = bundle.projects.find((p) => p.name === '御窑厂遗址')!.districts[0];
    const edge = slice.edges.find(
      (e: { type: string; source: string }) => e.type === 'IN_DISTRICT' && e.source === projectId('御窑厂遗址'),
    );
    expect(edge).toMatchObject({
      target: miniRegionId('珠山区'),
      basis: stated.basis.toUpperCase(),
      evidence: { quote: stated.quote },
    });
  });

  it('labels every kind of node in words, not by its id', async () => {
    const query = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id label type } } }`;
    const labels = new Map<string, { label: string; type: string }>();
    for (const id of [projectId('御窑厂遗址'), gid('task:1'), gid('chapter:p2'), gid('unit:交通运输局')]) {
      const { data, errors } = await api.gql(query, { id });
      expect(errors).toBeUndefined();
      for (const n of data.neighborhood.nodes) labels.set(n.id, n);
    }
    const types = new Set([...labels.values()].map((n) => n.type));
    for (const type of ['Project', 'Industry', 'Region', 'Place', 'Unit', 'Box', 'Chapter', 'Task', 'Document'])
      expect(types).toContain(type);
    for (const [id, node] of labels) expect({ id, label: node.label }).not.toEqual({ id, label: id });
    const industry = bundle.industries.find((i) => i.code === 'culture-tourism')!;
    expect(labels.get('industry:culture-tourism')?.label).toBe(industry.zh);
    const box = bundle.boxes.find((b) => b.number === 2)!;
    expect(labels.get(gid('box:2'))?.label).toBe(`专栏2 ${box.title}`);
    const task = bundle.tasks.find((t) => t.id === gid('task:1'))!;
    expect(labels.get(gid('task:1'))?.label).toBe(`${task.number}. ${task.title}`);
    expect(labels.get(gid('chapter:p2'))?.label).toBe(bundle.chapters.find((c) => c.id === gid('chapter:p2'))!.title);
    expect(labels.get(miniRegionId('珠山区'))?.label).toBe('珠山区');
    const document = bundle.documents.find((d) => labels.has(d.id))!;
    expect(labels.get(document.id)?.label).toBe(document.title);
  });

  it('cuts a neighbourhood at its limit and says so', async () => {
    const { data } = await api.gql(
      `{ neighborhood(id: "${gid('unit:景德镇市人民政府')}", depth: 3, limit: 5) { truncated limit nodes { id } } }`,
    );
    expect(data.neighborhood).toMatchObject({ truncated: true, limit: 5 });
    expect(data.neighborhood.nodes).toHaveLength(5);
    expect(data.neighborhood.nodes[0].id).toBe(gid('unit:景德镇市人民政府'));
  });

  it('gives the overview of the filtered projects', async () => {
    const { data } = await api.gql(`{
      all: overview { truncated nodes { id type } edges { source target type } }
      transport: overview(filter: { industry: "transport" }) { nodes { id type } }
      small: overview(limit: 10) { truncated limit nodes { id } }
    }`);
    expect(data.all.truncated).toBe(false);
    expect(data.all.nodes.filter((n: { type: string }) => n.type === 'Project')).toHaveLength(bundle.projects.length);
    expect(data.transport.nodes.filter((n: { type: string }) => n.type === 'Project')).toHaveLength(
      bundle.projects.filter((p) => p.industries.some((i) => i.code === 'transport')).length,
    );
    expect(data.small).toMatchObject({ truncated: true, limit: 10 });
    expect(data.small.nodes.length).toBeLessThanOrEqual(10);
  });

  it('draws the same overview from its typed fields alone as from every property', async () => {
    const typed = 'id label type name zh en kind tier number';
    const edge = 'id source target type basis role';
    const { data, errors } = await api.gql(`{
      drawn: overview { truncated nodes { ${typed} } edges { ${edge} } }
      full: overview { truncated nodes { ${typed} data } edges { ${edge} evidence { quote } } }
    }`);
    expect(errors).toBeUndefined();
    const { drawn, full } = data;
    expect(drawn.nodes.length).toBeGreaterThan(20);
    expect(drawn.truncated).toBe(full.truncated);
    expect(drawn.nodes).toEqual(full.nodes.map(({ data: _data, ...shown }: { data: string }) => shown));
    expect(drawn.edges).toEqual(full.edges.map(({ evidence: _evidence, ...shown }: { evidence: unknown }) => shown));
  });

  it('sends each overview node once, every link with its evidence, in one statement', async () => {
    const counted = countingDriver(driver);
    const countingApi = await startApi({ driver: counted.driver, database: testDatabase() });
    try {
      const { data, errors } = await countingApi.gql(`{ overview {
        nodes { id label type data } edges { source target type role basis evidence { line quote rule } } } }`);
      expect(errors).toBeUndefined();
      expect(counted.statements).toHaveLength(1);
      const { nodes, edges } = data.overview;
      const ids = nodes.map((n: { id: string }) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of edges) expect(ids.includes(e.source) && ids.includes(e.target)).toBe(true);
      expect(nodes.find((n: { id: string }) => n.id === 'industry:culture-tourism').label).toBe('文化旅游');

      const source = bundle.projects.find((p) => p.name === '浮梁县农村公路提升改造')!;
      const district = edges.find(
        (e: { source: string; type: string }) => e.source === source.id && e.type === 'IN_DISTRICT',
      );
      expect(district).toMatchObject({
        target: miniRegionId('浮梁县'),
        evidence: { quote: source.districts[0].quote, line: source.districts[0].line },
      });
      const unit = edges.find(
        (e: { source: string; type: string }) => e.source === source.id && e.type === 'RESPONSIBLE',
      );
      const responsibility = bundle.responsibilities.find((r) => r.subjectId === source.id)!;
      expect(unit).toMatchObject({
        role: responsibility.role,
        basis: 'DERIVED',
        evidence: {
          quote: responsibility.evidence.quote,
          rule: responsibility.evidence.rule.replace(/-/g, '_').toUpperCase(),
        },
      });
      // A link whose sentence is not its project's keeps its own quote.
      const twoBoxes = bundle.projects.find((p) => p.boxes.length > 1)!;
      expect(twoBoxes.mentions.some((m) => m.quote !== twoBoxes.source.quote)).toBe(true);
      for (const mention of twoBoxes.mentions) {
        const listing = edges.find(
          (e: { source: string; type: string; target: string }) =>
            e.source === twoBoxes.id && e.type === 'LISTED_IN' && e.target === gid(`box:${mention.box}`),
        );
        expect(listing.evidence).toMatchObject({ quote: mention.quote, line: mention.line });
      }
      for (const e of edges) expect(e.evidence?.quote).toBeTruthy();
    } finally {
      await countingApi.close();
    }
  });
});
