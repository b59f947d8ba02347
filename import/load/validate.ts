import { z } from 'zod';
import { Bundle } from '../bundle/schema';

/** A bundle that does not match the schema or refers to things it does not hold. Nothing is written. */
export class InvalidBundleError extends Error {
  constructor(
    readonly origin: string,
    readonly problems: string[],
  ) {
    super(`${origin}: invalid plan bundle\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'InvalidBundleError';
  }
}

/** Validates with the bundle schema; `origin` names where the data came from in the message. */
export function parseBundle(data: unknown, origin: string): Bundle {
  const result = Bundle.safeParse(data);
  if (!result.success) throw new InvalidBundleError(origin, z.prettifyError(result.error).split('\n'));
  return result.data;
}
