import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NodeLabel, RelType } from '../../../graph/model';
import { parseCsv } from '../../../tests/fixtures/csv';
import * as Q from '../cypher';
import type { PlanNodeRow, PlanRelationshipRow, PreparedPlan } from '../prepare';
import { InitialCsv } from './csv-set';

interface PlanOf {
  id: string;
  level: 'city' | 'county';
  regionId: string;
  parentRegionId: string;
  edition: string;
  /** Match keys of its projects. */
  projects: string[];
  /** The units its one document names, by id, with the quote naming them. */
  units: [id: string, quote: string][];
}

/** A prepared plan with what the units and links read: a document, its units and NAMES, projects. */
function prepared({ id, level, regionId, parentRegionId, edition, projects, units }: PlanOf): PreparedPlan {
  const document = `${id}/doc:1`;
  const node = (nodeId: string, props: Record<string, unknown>): PlanNodeRow => ({ id: nodeId, plan: id, props });
  const names = (unit: string, quote: string): PlanRelationshipRow => ({
    from: document,
    to: unit,
    plan: id,
    props: {
      name: '市发展改革委',
      kind: 'department',
      aliases: [],
      district: null,
      duties: null,
      document,
      line: 7n,
      quote,
      basis: 'stated',
      rule: 'unit-mention',
      alias: null,
      whyZh: null,
      whyEn: null,
      premises: null,
      searchText: '市发展改革委',
    },
  });
  const writes: PreparedPlan['writes'] = [
    {
      kind: 'nodes',
      label: NodeLabel.Document,
      cypher: Q.CREATE_DOCUMENTS,
      rows: [node(document, { kind: 'plan', title: id, number: null, date: null, line: 1n, endLine: 99n })],
    },
    { kind: 'nodes', label: NodeLabel.Unit, cypher: Q.MERGE_UNITS, rows: units.map(([unit]) => node(unit, {})) },
    {
      kind: 'nodes',
      label: NodeLabel.Project,
      cypher: Q.CREATE_PROJECTS,
      rows: projects.map((matchKey, i) =>
        node(`${id}/project:${i}`, { name: matchKey, matchKey, document, line: BigInt(10 + i), quote: matchKey }),
      ),
    },
    {
      kind: 'relationships',
      type: RelType.NAMES,
      from: NodeLabel.Document,
      to: NodeLabel.Unit,
      cypher: Q.CREATE_DOCUMENT_NAMES,
      rows: units.map(([unit, quote]) => names(unit, quote)),
    },
  ];
  return {
    id,
    title: id,
    source: { file: `${id}.txt`, sha256: id, encoding: 'utf-8', lines: 99 },
    version: 1,
    regionId,
    props: { level, regionId, parentRegionId, edition, editionNumber: edition === '十五五' ? 15n : 14n },
    covers: { basis: 'stated', rule: 'plan-title' },
    writes,
    rows: writes.reduce((n, w) => n + w.rows.length, 0),
  };
}

const csvRows = (file: string) => {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

describe('the CSV files of an initial load', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-set-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes each unit with its first plan's statement and the links between the plans' projects", async () => {
    const csv = new InitialCsv(dir, '2026-01-01T00:00:00Z');
    const city = { level: 'city', regionId: 'r:甲市', parentRegionId: 'r:省' } as const;
    // A county plan before its city plan; the city's 十四五 plan before its 十五五 plan, whose id is smaller.
    await csv.add(
      prepared({
        id: 'plan:甲市/乙县:county:十五五',
        level: 'county',
        regionId: 'r:乙县',
        parentRegionId: 'r:甲市',
        edition: '十五五',
        projects: ['物流园', '污水厂'],
        units: [['r:乙县/unit:住建局', 'county']],
      }),
    );
    await csv.add(
      prepared({
        id: 'plan:甲市:city:十四五',
        ...city,
        edition: '十四五',
        projects: ['物流园', '机场'],
        units: [
          ['r:甲市/unit:发改委', 'named in 十四五'],
          ['r:甲市/unit:交通局', 'only in 十四五'],
        ],
      }),
    );
    await csv.add(
      prepared({
        id: 'plan:甲市:city:十五五',
        ...city,
        edition: '十五五',
        projects: ['物流园', '污水厂'],
        units: [['r:甲市/unit:发改委', 'named in 十五五']],
      }),
    );
    const files = await csv.close();

    const units = Object.fromEntries(
      csvRows(path.join(dir, 'Unit.csv')).map((row) => [row['id:ID(Unit)'], [row['plans:string[]'], row.quote]]),
    );
    expect(units).toEqual({
      'r:乙县/unit:住建局': ['plan:甲市/乙县:county:十五五', 'county'],
      'r:甲市/unit:发改委': ['plan:甲市:city:十五五\u001fplan:甲市:city:十四五', 'named in 十五五'],
      'r:甲市/unit:交通局': ['plan:甲市:city:十四五', 'only in 十四五'],
    });
    expect(files.emptyLists).toContainEqual({ kind: 'nodes', label: NodeLabel.Unit, property: 'aliases' });

    const link = (type: RelType) =>
      csvRows(path.join(dir, `Project-${type}-Project.csv`)).map(
        (row) => `${row[':START_ID(Project)']} -> ${row[':END_ID(Project)']} ${row.rule} ${row.toQuote}`,
      );
    expect(link(RelType.SAME_PROJECT).sort()).toEqual([
      'plan:甲市/乙县:county:十五五/project:0 -> plan:甲市:city:十五五/project:0 same-name-county-city 物流园',
      'plan:甲市/乙县:county:十五五/project:1 -> plan:甲市:city:十五五/project:1 same-name-county-city 污水厂',
    ]);
    expect(link(RelType.CARRIED_OVER)).toEqual([
      'plan:甲市:city:十四五/project:0 -> plan:甲市:city:十五五/project:0 edition-name-match 物流园',
    ]);
    expect(files.links).toEqual({ SAME_PROJECT: 2, CARRIED_OVER: 1 });
    expect(files.sources).toContainEqual({
      kind: 'relationships',
      name: RelType.CARRIED_OVER,
      file: path.join(dir, 'Project-CARRIED_OVER-Project.csv'),
      rows: 1,
    });
    expect(fs.readdirSync(dir).filter((name) => name.includes('spool'))).toEqual([]);
  });
});
