import neo4j from 'neo4j-driver';
import type { z } from 'zod';

/** Neo4j integers arrive as driver Integer objects; the plan's numbers are all small enough for JS numbers. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`expected an integer from Neo4j, got ${JSON.stringify(value)}`);
}

export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

export function toStringOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => toStringOrNull(v) ?? '').join(',');
  // Driver integers and temporals print themselves (temporals as ISO strings), as String() did.
  if (
    neo4j.isInt(value) ||
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  return JSON.stringify(value);
}

/** A Cypher LIMIT/SKIP argument: always an explicit Neo4j integer, never a float. */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}

/** Node or relationship properties as plain JSON: integers become numbers, temporals ISO strings. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of a slice: no need to test them for driver types.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * A value read back from Neo4j, parsed by its graph/model.ts schema (integers made numbers first).
 * A graph the loader did not write this way is an error, never a guessed default.
 */
export function fromGraph<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(plain(value));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');
    throw new TypeError(`unexpected value from Neo4j (${detail}): ${JSON.stringify(plain(value))}`);
  }
  return parsed.data;
}
