import { LIMITS } from '../limits';
import { rateLimitFromEnv } from './rate-limit-env';

describe('rate limit from the environment', () => {
  it('uses the defaults when nothing is set', () => {
    expect(rateLimitFromEnv({})).toEqual(LIMITS.rateLimit);
    expect(rateLimitFromEnv({ RATE_LIMIT_MAX: '' })).toEqual(LIMITS.rateLimit);
  });
  it('reads RATE_LIMIT_MAX and RATE_LIMIT_WINDOW_MS', () => {
    expect(rateLimitFromEnv({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '1000' })).toEqual({
      limit: 5,
      windowMs: 1000,
    });
  });
  it('refuses a value that is not a positive integer, naming it', () => {
    expect(() => rateLimitFromEnv({ RATE_LIMIT_MAX: 'many' })).toThrow(/RATE_LIMIT_MAX must be a positive integer/);
    expect(() => rateLimitFromEnv({ RATE_LIMIT_WINDOW_MS: '-5' })).toThrow(
      /RATE_LIMIT_WINDOW_MS must be a positive integer/,
    );
  });
});
