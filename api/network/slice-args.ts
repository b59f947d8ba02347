import { badInput } from '../common/args';
import { fieldsOf, type Selection } from '../common/selection';
import { LIMITS } from '../limits';

/** Graph slices ask for at most their cap; a larger limit is lowered to it and the slice reports the limit it used. */
export function sliceLimit(limit: number | null | undefined, fallback: number, cap: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1) throw badInput(`limit must be a positive integer, got ${value}`);
  return Math.min(value, cap);
}

export function depthArg(depth: number | null | undefined): number {
  const value = depth ?? 1;
  if (!Number.isInteger(value) || value < 1 || value > LIMITS.maxNeighborhoodDepth) {
    throw badInput(`depth must be between 1 and ${LIMITS.maxNeighborhoodDepth}, got ${value}`);
  }
  return value;
}

/** A slice's fields that need more of a node or link than its typed fields show. */
const FULL_FIELDS = new Set(['data', 'evidence']);

/**
 * Whether a slice field's query asks its `nodes` and `edges` for nothing but their typed fields
 * (no `data`, no `evidence`), so that the slice may read only those. A field under `@skip` or
 * `@include` counts as asked.
 */
export function shownOnly(info: Selection): boolean {
  return info.fieldNodes.every((slice) =>
    fieldsOf(slice.selectionSet, info.fragments).every((part) =>
      fieldsOf(part.selectionSet, info.fragments).every((field) => !FULL_FIELDS.has(field.name.value)),
    ),
  );
}
