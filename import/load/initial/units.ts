import { UNIT_PROPS } from '../cypher';
import { Spool } from './spool';

/**
 * What a unit node shows, chosen while the plans are written rather than in Cypher after the import:
 * the statement SHOW_FIRST_STATEMENT (import/load/cypher.ts) would set, the properties UNIT_PROPS of
 * the NAMES relationship from the Document with the smallest (plan id, document id). Only the key
 * of each unit's best statement so far stays in memory; the statements go to a spool file, read
 * once when the CSV set is closed.
 */

/** Where a statement of a unit stands: the plan and the document that name it. One object per plan and document. */
export interface StatementKey {
  readonly plan: string;
  readonly document: string;
}

/** The key of a unit whose row is written: its statement has been found in the spool. */
export const WRITTEN: StatementKey = Object.freeze({ plan: '', document: '' });

/**
 * Whether `a` comes strictly before `b` in `ORDER BY d.plan, d.id`: Cypher compares strings by
 * UTF-16 code units, as JS `<` does (not localeCompare).
 */
export function comesBefore(a: StatementKey, b: StatementKey): boolean {
  return a.plan < b.plan || (a.plan === b.plan && a.document < b.document);
}

/** A unit as the CSV set holds it: the key of its first statement so far, if any. */
export interface NamedUnit {
  first?: StatementKey;
}

/** A unit's first statement, as its node's properties. */
export interface UnitStatement {
  id: string;
  props: Record<string, unknown>;
}

/** The properties SHOW_FIRST_STATEMENT copies from a statement to its unit, and no other. */
export function unitProps(statement: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const name of UNIT_PROPS) props[name] = statement[name] ?? null;
  return props;
}

/** The statements of the units, as the plans are written; the first of each unit read back when closing. */
export class UnitStatements {
  private readonly spool: Spool;

  constructor(file: string) {
    this.spool = new Spool(file);
  }

  /**
   * A statement of `unit` (NAMES from `key`'s document). Kept when it comes before the unit's first
   * so far: one that comes after can never be first. Of two with the same key the one offered first
   * stays. That never happens with real plans (a plan names a unit once, rows.ts keeping one NAMES per
   * document and unit, and plan ids differ), where Cypher's LIMIT 1 would pick either.
   */
  offer(unit: NamedUnit, id: string, key: StatementKey, statement: Record<string, unknown>): void {
    if (unit.first && !comesBefore(key, unit.first)) return;
    unit.first = key;
    this.spool.add([id, key.plan, key.document, unitProps(statement)]);
  }

  /** Writes the statements offered since the last flush. */
  flush(): Promise<void> {
    return this.spool.flush();
  }

  /**
   * Each unit's first statement, once, in the order they were offered; `unitOf` finds a unit by id.
   * A yielded unit is marked WRITTEN; those left unmarked were named by no document. Removes the spool.
   */
  async *firsts<U extends NamedUnit>(
    unitOf: (id: string) => U | undefined,
  ): AsyncGenerator<UnitStatement & { unit: U }> {
    await this.spool.close();
    try {
      for await (const line of this.spool.lines()) {
        const [id, plan, document, props] = line as [string, string, string, Record<string, unknown>];
        const unit = unitOf(id);
        const first = unit?.first;
        if (!unit || !first || first === WRITTEN || first.plan !== plan || first.document !== document) continue;
        unit.first = WRITTEN;
        yield { id, unit, props };
      }
    } finally {
      this.spool.remove();
    }
  }
}
