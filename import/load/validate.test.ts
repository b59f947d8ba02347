import { miniBundle } from '../../tests/fixtures/mini-bundle';
import { InvalidBundleError, parseBundle } from './validate';

describe('parseBundle', () => {
  it('returns a valid bundle as it is', () => {
    expect(parseBundle(miniBundle(), 'mini')).toEqual(miniBundle());
  });

  it('names the origin and every field that is wrong', () => {
    const broken = miniBundle() as unknown as Record<string, unknown>;
    broken.version = 99;
    (broken.projects as { tier: string }[])[2].tier = 'C';
    let error: unknown;
    try {
      parseBundle(broken, 'plan.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidBundleError);
    const { message, problems } = error as InvalidBundleError;
    expect(message).toMatch(/^plan\.txt: invalid plan bundle\n/);
    expect(message).toMatch(/at version/);
    expect(message).toMatch(/at projects\[2\]\.tier/);
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });
});
