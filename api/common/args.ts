import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** A client error (HTTP 400, code BAD_USER_INPUT) saying what in the request is wrong. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Checks a size argument against its cap; out-of-range sizes are refused, not silently changed. */
export function sizeArg(
  name: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
  min = 1,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < min || size > max)
    throw badInput(`${name} must be between ${min} and ${max}, got ${size}`);
  return size;
}

/** Complexity of a list field: its children count once per item the `first`/`limit` argument asks for. */
export function perItem(argName: string, fallback: number): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    const size = typeof args[argName] === 'number' ? args[argName] : fallback;
    return 1 + Math.max(size, 1) * Math.max(childComplexity, 1);
  };
}
