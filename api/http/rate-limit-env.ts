import { z } from 'zod';
import { LIMITS } from '../limits';
import type { RateLimitOptions } from './security';

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a positive integer` })
    .int(`${name} must be a positive integer`)
    .positive(`${name} must be a positive integer`);

const RateLimitEnv = z.object({
  RATE_LIMIT_MAX: positiveInt('RATE_LIMIT_MAX').default(LIMITS.rateLimit.limit),
  RATE_LIMIT_WINDOW_MS: positiveInt('RATE_LIMIT_WINDOW_MS').default(LIMITS.rateLimit.windowMs),
});

/** The per-client rate limit from RATE_LIMIT_MAX (requests) and RATE_LIMIT_WINDOW_MS (window), else the defaults. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions {
  const set = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const parsed = RateLimitEnv.safeParse({
    RATE_LIMIT_MAX: set('RATE_LIMIT_MAX'),
    RATE_LIMIT_WINDOW_MS: set('RATE_LIMIT_WINDOW_MS'),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return { limit: parsed.data.RATE_LIMIT_MAX, windowMs: parsed.data.RATE_LIMIT_WINDOW_MS };
}
