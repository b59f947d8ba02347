import { badInput } from '../common/args';
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
