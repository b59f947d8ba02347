import fs from 'node:fs';
import path from 'node:path';
import { NODE_PROPS, NodeLabel, REL_PROPS, RelType, SHARED_LABELS, CROSS_PLAN_REL_TYPES } from '../../../graph/model';
import { emptyCounts, type LoadCounts } from '../index';
import type { PlanNodeRow, PlanRelationshipRow, PlanWrite, PreparedPlan } from '../prepare';
import { ARRAY_DELIMITER, type Cell, cellOf, type Column, headerCell, schemaColumns } from './columns';
import { CsvFile } from './csv-file';
import { CrossPlanLinks, type LinkedPlan } from './links';
import { type StatementKey, UnitStatements, WRITTEN } from './units';
import { Spool } from './spool';

/**
 * A prepared plan's writes (import/load/prepare.ts) as the CSV files of `neo4j-admin database import full`:
 * one node file per label and one relationship file per write (type and end labels), each row with
 * the properties the online loader's statements store, and the `id` of each node as its `:ID` in
 * the label's id space. What the statements compute across plans is computed here the same way:
 * a shared node (region, industry, unit) lists the plans naming it; a region or industry shows what
 * the plans state, a later plan's value over an earlier one's (import/load/batch.ts), a unit the
 * statement of the first plan by id (units.ts); a plan's node holds its counts; the projects of
 * related plans are linked (links.ts). Values a CSV cell cannot hold are kept as fix-ups, written
 * after the import (finish.ts). Each plan's rows are written when it is added, one chunk per file.
 */

/** A file the import tool reads: `--nodes=Label=file` or `--relationships=TYPE=file`. */
export interface ImportSource {
  kind: 'nodes' | 'relationships';
  /** The label of the nodes, or the type of the relationships. */
  name: string;
  file: string;
  rows: number;
}

/** Properties to write after the import on one node or relationship, found as the fix-up's write says. */
export interface FixupRow {
  id?: string;
  from?: string;
  to?: string;
  /** The plan the relationship belongs to; null for one no plan owns (WITHIN, COVERS). */
  plan?: string | null;
  /** The role that tells a unit's relationships to the same subject apart. */
  role?: string | null;
  props: Record<string, unknown>;
}

/** A file of fix-ups, one JSON line each, for the nodes of a label or the relationships of a write. */
export interface FixupSource {
  kind: 'nodes' | 'relationships';
  label?: NodeLabel;
  type?: RelType;
  from?: NodeLabel;
  to?: NodeLabel;
  file: string;
  rows: number;
}

/** A required list some rows of a label or write hold empty, left out of their cells: set empty where absent. */
export interface EmptyLists {
  kind: 'nodes' | 'relationships';
  label?: NodeLabel;
  type?: RelType;
  property: string;
}

/** What the CSV set holds once closed. */
export interface InitialFiles {
  sources: ImportSource[];
  fixups: FixupSource[];
  emptyLists: EmptyLists[];
  /** The ids of the plans written, in order. */
  plans: string[];
  /** Nodes and relationships written, as the online loader counts them (cross-plan links aside). */
  items: number;
  /** The links written between the projects of different plans, by type (every type, 0 when none). */
  links: Record<string, number>;
  projects: number;
}

type NodeLabelName = (typeof NodeLabel)[keyof typeof NodeLabel];
type OwnRelType = Exclude<RelType, (typeof CROSS_PLAN_REL_TYPES)[number]>;

const isShared = (label: NodeLabelName) => (SHARED_LABELS as readonly NodeLabelName[]).includes(label);

/** A table: its CSV file, its property columns, and the fix-ups of its rows. */
class Table {
  readonly csv: CsvFile;
  private readonly known: Set<string>;
  private fixups: { spool: Spool; rows: number } | null = null;
  /** The required lists some row held empty. */
  private readonly emptied = new Set<string>();

  constructor(
    private readonly dir: string,
    readonly source: Omit<ImportSource, 'file' | 'rows'>,
    readonly fixup: Omit<FixupSource, 'file' | 'rows'>,
    readonly keys: string[],
    readonly columns: Column[],
    fileName: string,
  ) {
    this.csv = new CsvFile(path.join(dir, `${fileName}.csv`), [...keys, ...columns.map(headerCell)]);
    this.known = new Set(columns.map((c) => c.name));
  }

  /**
   * Adds the row's key cells and its properties, written at the next `flush`; a property no cell
   * can hold becomes a fix-up.
   */
  add(key: Cell[], props: Record<string, unknown>, identity: Omit<FixupRow, 'props'>): void {
    const cells: Cell[] = [...key];
    let rest: Record<string, unknown> | null = null;
    for (const column of this.columns) {
      const value = props[column.name];
      const cell = cellOf(value, column.type);
      if (cell === undefined && column.emptyWhenAbsent && Array.isArray(value) && value.length === 0)
        this.emptied.add(column.name);
      else if (cell === undefined) (rest ??= {})[column.name] = value;
      cells.push(cell ?? null);
    }
    // A property the model does not declare is still stored by `SET n += props`: it goes the same way.
    for (const [name, value] of Object.entries(props))
      if (!this.known.has(name) && value !== null) (rest ??= {})[name] = value;
    this.csv.add(cells);
    if (rest) this.fix({ ...identity, props: rest });
  }

  private fix(row: FixupRow): void {
    this.fixups ??= { spool: new Spool(`${this.csv.path.slice(0, -'.csv'.length)}.fixups.jsonl`), rows: 0 };
    this.fixups.rows++;
    this.fixups.spool.add(row);
  }

  /** Writes the rows and fix-ups added since the last flush. */
  async flush(): Promise<void> {
    await this.csv.flush();
    await this.fixups?.spool.flush();
  }

  async close(): Promise<{ source: ImportSource; fixup: FixupSource | null; emptyLists: EmptyLists[] }> {
    await this.flush();
    await this.csv.close();
    let fixup: FixupSource | null = null;
    if (this.fixups) {
      await this.fixups.spool.close();
      fixup = { ...this.fixup, file: this.fixups.spool.file, rows: this.fixups.rows };
    }
    const { kind, label, type } = this.fixup;
    const emptyLists = [...this.emptied].map((property) =>
      kind === 'nodes' ? { kind, label, property } : { kind, type, property },
    );
    return { source: { ...this.source, file: this.csv.path, rows: this.csv.rows }, fixup, emptyLists };
  }
}

/** A shared node as the batch statements leave it: what its plans state, in order, and the plans. */
interface SharedNode {
  /** None for a unit: it shows the statement of one plan's NAMES, kept on disk (units.ts). */
  props: Record<string, unknown> | null;
  /** Most shared nodes are one plan's (the national corpus: 270,000 units), so a set only once a second plan names it. */
  plans: string | Set<string>;
  /** A unit's: where its first statement so far stands. */
  first?: StatementKey;
}

/** Rows of the shared nodes written per chunk when closing: they are many, and none is a plan's. */
const FLUSH_ROWS = 10_000;

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const plansCell = (node: SharedNode): string =>
  typeof node.plans === 'string' ? node.plans : [...node.plans].sort(compareIds).join(ARRAY_DELIMITER);

/** What the pairing of plans (links.ts) reads of a plan's node. */
function linkedPlan(plan: PreparedPlan): LinkedPlan {
  const { level, parentRegionId, edition, editionNumber } = plan.props;
  return {
    id: plan.id,
    level: level as string,
    regionId: plan.regionId,
    parentRegionId: (parentRegionId ?? null) as string | null,
    edition: (edition ?? null) as string | null,
    editionNumber: (editionNumber ?? null) as bigint | null,
  };
}

/**
 * The CSV files of an initial load, written plan by plan in the order the online import would load
 * them. Memory holds the shared nodes (regions, industries, units and where the regions lie), not
 * the plans.
 */
export class InitialCsv {
  private readonly tables = new Map<string, Table>();
  private readonly shared = new Map<NodeLabelName, Map<string, SharedNode>>(SHARED_LABELS.map((l) => [l, new Map()]));
  private readonly within = new Map<string, { from: string; to: string; props: Record<string, unknown> }>();
  private readonly plans: string[] = [];
  private items = 0;
  private projects = 0;
  private readonly unitStatements: UnitStatements;
  private readonly links: CrossPlanLinks;

  constructor(
    readonly dir: string,
    private readonly importedAt: string,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    // Spooled beside the CSV files and removed when closing: what the end needs of every plan.
    this.unitStatements = new UnitStatements(path.join(dir, 'units.spool.jsonl'));
    this.links = new CrossPlanLinks(path.join(dir, 'projects.spool.jsonl'));
  }

  private table(name: string, make: () => Table): Table {
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = make()));
    return table;
  }

  private nodeTable(label: NodeLabelName, own: string[]): Table {
    return this.table(
      label,
      () =>
        new Table(
          this.dir,
          { kind: 'nodes', name: label },
          { kind: 'nodes', label },
          [`id:ID(${label})`, ...own],
          schemaColumns(NODE_PROPS[label]),
          label,
        ),
    );
  }

  private relationshipTable(type: RelType, from: NodeLabel, to: NodeLabel, own: string[]): Table {
    return this.table(
      `${from}-${type}-${to}`,
      () =>
        new Table(
          this.dir,
          { kind: 'relationships', name: type },
          { kind: 'relationships', type, from, to },
          [`:START_ID(${from})`, `:END_ID(${to})`, ...own],
          schemaColumns(REL_PROPS[type]),
          `${from}-${type}-${to}`,
        ),
    );
  }

  /**
   * Writes one plan: its own nodes and relationships now, its share of the shared nodes when closing.
   * Gives its size as `plangraph import` counts it: the nodes and relationships of its counts, its projects.
   */
  async add(plan: PreparedPlan): Promise<{ items: number; projects: number }> {
    if (this.plans.includes(plan.id)) throw new Error(`${plan.id} is written twice`);
    this.plans.push(plan.id);
    let projects: PlanNodeRow[] = [];
    for (const write of plan.writes) {
      if (write.kind === 'nodes') this.addNodes(plan.id, write.label, write.rows);
      else if (write.type === RelType.WITHIN) this.addWithin(write.rows);
      else this.addRelationships(plan.id, write);
      if (write.kind === 'nodes' && write.label === NodeLabel.Project) projects = write.rows;
      if (write.kind === 'relationships' && write.type === RelType.NAMES && write.from === NodeLabel.Document)
        this.addStatements(plan.id, write.rows);
    }
    this.links.add(linkedPlan(plan), projects);
    const counts = countsOf(plan.writes);
    const items = [...Object.values(counts.nodes), ...Object.values(counts.relationships)].reduce((a, b) => a + b, 0);
    const projectCount = counts.nodes[NodeLabel.Project] ?? 0;
    this.items += items;
    this.projects += projectCount;
    this.addPlan(plan, counts);
    for (const table of this.tables.values()) await table.flush();
    await this.unitStatements.flush();
    await this.links.flush();
    return { items, projects: projectCount };
  }

  private addNodes(planId: string, label: NodeLabelName, rows: PlanNodeRow[]): void {
    if (isShared(label)) {
      const nodes = this.shared.get(label)!;
      for (const row of rows) {
        const node = nodes.get(row.id);
        // `first` from the start, so its slot is the object's own rather than a later-added property's.
        if (!node)
          nodes.set(row.id, {
            props: label === NodeLabel.Unit ? null : { ...row.props },
            plans: planId,
            first: undefined,
          });
        else {
          if (node.props) Object.assign(node.props, row.props);
          if (typeof node.plans !== 'string') node.plans.add(planId);
          else if (node.plans !== planId) node.plans = new Set([node.plans, planId]);
        }
      }
      return;
    }
    const table = this.nodeTable(label, ['plan']);
    for (const row of rows) table.add([row.id, planId], row.props, { id: row.id });
  }

  /**
   * A plan's statements of the units its documents name (NAMES), each a candidate for its unit's
   * properties. One key per document of the plan: the units share it rather than hold strings of their own.
   */
  private addStatements(planId: string, rows: PlanRelationshipRow[]): void {
    const units = this.shared.get(NodeLabel.Unit)!;
    const keys = new Map<string, StatementKey>();
    for (const row of rows) {
      const unit = units.get(row.to);
      if (!unit) continue;
      let key = keys.get(row.from);
      if (!key) keys.set(row.from, (key = { plan: planId, document: row.from }));
      this.unitStatements.offer(unit, row.to, key, row.props);
    }
  }

  private addWithin(rows: PlanRelationshipRow[]): void {
    for (const row of rows) {
      const key = `${row.from}\u0000${row.to}`;
      const pair = this.within.get(key);
      if (pair) Object.assign(pair.props, row.props);
      else this.within.set(key, { from: row.from, to: row.to, props: { ...row.props } });
    }
  }

  private addRelationships(planId: string, write: PlanWrite & { kind: 'relationships' }): void {
    const table = this.relationshipTable(write.type, write.from, write.to, ['plan']);
    for (const row of write.rows) {
      const { props } = row;
      const role = typeof props.role === 'string' ? props.role : null;
      table.add([row.from, row.to, planId], props, { from: row.from, to: row.to, plan: planId, role });
    }
  }

  /** The plan's node (with its counts, as the loader reads them back) and the region it covers. */
  private addPlan(plan: PreparedPlan, counts: LoadCounts): void {
    const props = { ...plan.props, importedAt: this.importedAt, counts: JSON.stringify(counts) };
    this.nodeTable(NodeLabel.Plan, []).add([plan.id], props, { id: plan.id });
    this.relationshipTable(RelType.COVERS, NodeLabel.Plan, NodeLabel.Region, []).add(
      [plan.id, plan.regionId],
      plan.covers,
      { from: plan.id, to: plan.regionId, plan: null, role: null },
    );
  }

  /**
   * Writes the shared nodes, where the regions lie and the links between the plans' projects, closes
   * every file, and lists them.
   */
  async close(): Promise<InitialFiles> {
    let rows = 0;
    for (const [label, nodes] of this.shared) {
      const table = this.nodeTable(label, ['plans:string[]']);
      if (label === NodeLabel.Unit) {
        for await (const { id, unit, props } of this.unitStatements.firsts((id) => nodes.get(id))) {
          table.add([id, plansCell(unit)], props, { id });
          if (++rows % FLUSH_ROWS === 0) await table.flush();
        }
      }
      for (const [id, node] of nodes) {
        // A unit whose statement was written above; one no document names shows none, as in Cypher.
        if (node.first === WRITTEN) continue;
        table.add([id, plansCell(node)], node.props ?? {}, { id });
        if (++rows % FLUSH_ROWS === 0) await table.flush();
      }
    }
    const within = this.relationshipTable(RelType.WITHIN, NodeLabel.Region, NodeLabel.Region, []);
    for (const { from, to, props } of this.within.values()) {
      within.add([from, to], props, { from, to, plan: null, role: null });
      if (++rows % FLUSH_ROWS === 0) await within.flush();
    }
    const linkTables = new Map(
      CROSS_PLAN_REL_TYPES.map((type) => [
        type,
        this.relationshipTable(type, NodeLabel.Project, NodeLabel.Project, []),
      ]),
    );
    for await (const { type, from, to, props } of this.links.links()) {
      linkTables.get(type)!.add([from, to], props, { from, to, plan: null, role: null });
      // Both types' rows come mixed: each file is written as the rows come, not only when closed.
      if (++rows % FLUSH_ROWS === 0) for (const table of linkTables.values()) await table.flush();
    }
    const sources: ImportSource[] = [];
    const fixups: FixupSource[] = [];
    // Two writes of one type (NAMES of a document and of a task…) need the type's scan once.
    const emptyLists = new Map<string, EmptyLists>();
    for (const table of this.tables.values()) {
      const closed = await table.close();
      sources.push(closed.source);
      if (closed.fixup) fixups.push(closed.fixup);
      for (const lists of closed.emptyLists)
        emptyLists.set(`${lists.kind} ${lists.label ?? lists.type} ${lists.property}`, lists);
    }
    return {
      sources,
      fixups,
      emptyLists: [...emptyLists.values()],
      plans: [...this.plans],
      items: this.items,
      projects: this.projects,
      links: Object.fromEntries([...linkTables].map(([type, table]) => [type, table.csv.rows])),
    };
  }
}

/** What a plan holds, counted from its writes as the loader counts it in the graph (`Plan.counts`). */
export function countsOf(writes: PlanWrite[]): LoadCounts {
  const counts = emptyCounts();
  for (const write of writes) {
    if (write.kind === 'nodes') counts.nodes[write.label] = (counts.nodes[write.label] ?? 0) + write.rows.length;
    else if (write.type in counts.relationships) counts.relationships[write.type as OwnRelType] += write.rows.length;
  }
  return counts;
}
