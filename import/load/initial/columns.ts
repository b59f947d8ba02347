import type { z } from 'zod';

/**
 * How the values the online loader writes become the cells of `neo4j-admin database import` CSV:
 * each column's type comes from the graph/model.ts schema (`line:long`, `boxes:long[]`,
 * `aliases:string[]`), so the graph gets the same integers, lists and booleans the driver writes.
 */

/** The array delimiter: a control character no gazette text holds (a value with it is a fix-up). */
export const ARRAY_DELIMITER = '\u001f';
/** The same character as the import tool's `--array-delimiter` takes it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type ScalarType = 'string' | 'long' | 'double' | 'boolean';
export type ColumnType = ScalarType | `${ScalarType}[]`;

export interface Column {
  /** The property it fills. */
  name: string;
  type: ColumnType;
  /**
   * A list the model requires: every node or relationship holds it, so one the import leaves without it holds it
   * empty (the import tool stores no property for an empty cell) — set after the import by one scan, not row by row.
   */
  emptyWhenAbsent: boolean;
}

/** The CSV cell of a value: a string, or null for a property that is not stored. */
export type Cell = string | null;

/** The import tool's type of a property schema (graph/model.ts): wrappers unwrapped, enums are strings. */
export function columnType(schema: z.ZodType): ColumnType {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } }).def;
  switch (def.type) {
    case 'default':
    case 'nullable':
    case 'optional':
    case 'readonly':
      return columnType(def.innerType!);
    case 'array': {
      const element = columnType(def.element!);
      if (element.endsWith('[]')) throw new Error('a property cannot hold a list of lists');
      return `${element as ScalarType}[]`;
    }
    case 'number':
      return (schema as unknown as { isInt?: boolean }).isInt ? 'long' : 'double';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'enum':
    case 'literal':
    case 'union':
      return 'string';
    default:
      throw new Error(`no CSV column type for a ${def.type} property`);
  }
}

/** Whether a property schema is a list every value has (not optional, nullable nor defaulted). */
const requiredList = (schema: z.ZodType): boolean =>
  (schema as unknown as { def: { type: string } }).def.type === 'array';

/** The columns of a schema's properties, in its order. */
export function schemaColumns(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, type]) => ({
    name,
    type: columnType(type as z.ZodType),
    emptyWhenAbsent: requiredList(type as z.ZodType),
  }));
}

/** The header cell of a column: `name:type`, or `name` for a string, as the import tool reads it. */
export const headerCell = ({ name, type }: Column): string => (type === 'string' ? name : `${name}:${type}`);

/**
 * A graph value (import/load/prepare.ts) the type's cell holds as the driver would store it: a
 * string for a string, an integer (`bigint`) for a long, a JS number (which the driver sends as a
 * float) for a double …
 */
function fits(value: unknown, type: ScalarType): boolean {
  switch (type) {
    case 'string':
      // A line break would need the tool's slow multi-line parsing; such a value is a fix-up.
      return typeof value === 'string' && !/[\r\n]/.test(value);
    case 'long':
      return typeof value === 'bigint' && BigInt.asIntN(64, value) === value;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/** A string as it is, an integer, float or boolean as its literal (`12`, `1.5`, `true`). */
const scalarCell = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/**
 * The cell of `value` in a column of `type`, or `undefined` when a CSV cell cannot hold it as the
 * driver stores it: an empty list (the tool stores no property for an empty field), a list of one
 * empty string, a string with a line break or the array delimiter, a value of another type (an
 * integer where a fraction may stand, which the driver stores as an integer). The
 * caller then writes the property after the import (a fix-up).
 */
export function cellOf(value: unknown, type: ColumnType): Cell | undefined {
  if (value === null || value === undefined) return null;
  if (type.endsWith('[]')) {
    const element = type.slice(0, -2) as ScalarType;
    if (!Array.isArray(value) || value.length === 0) return undefined;
    if (value.length === 1 && value[0] === '') return undefined;
    const cells = (value as unknown[]).map((v) => (fits(v, element) ? scalarCell(v) : null));
    if (cells.some((c) => c === null || c.includes(ARRAY_DELIMITER))) return undefined;
    return cells.join(ARRAY_DELIMITER);
  }
  return fits(value, type as ScalarType) ? scalarCell(value) : undefined;
}
