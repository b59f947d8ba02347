import { miniBundle } from '../../tests/fixtures/mini-bundle';
import { prepareBundle, preparePlan, toGraphValue } from './prepare';
import { planWrites } from './rows';
import { planScope, scopeBundle } from './scope';
import { InvalidBundleError } from './validate';

describe('toGraphValue', () => {
  it('turns whole numbers into bigints, at any depth, and leaves everything else as it is', () => {
    expect(toGraphValue({ line: 3, share: 0.5, list: [1, 'a', null], nested: { n: -2, ok: true } })).toEqual({
      line: 3n,
      share: 0.5,
      list: [1n, 'a', null],
      nested: { n: -2n, ok: true },
    });
  });
});

describe('prepareBundle', () => {
  it("holds the rows of planWrites for the scoped bundle, as graph values, each with the plan's id", () => {
    const bundle = miniBundle();
    const scope = planScope(bundle);
    const writes = planWrites(scopeBundle(bundle, scope), scope);
    const plan = prepareBundle(bundle);
    expect(plan.id).toBe(scope.planId);
    expect(plan.writes.map((w) => w.cypher)).toEqual(writes.map((w) => w.cypher));
    expect(plan.writes.map((w) => w.rows)).toEqual(
      writes.map((w) => w.rows.map((row) => ({ ...(toGraphValue(row) as object), plan: scope.planId }))),
    );
    expect(plan.rows).toBe(writes.reduce((n, w) => n + w.rows.length, 0));
    expect(plan.props).toMatchObject({ title: bundle.plan.title, lines: BigInt(bundle.source.lines) });
  });

  it('is what preparePlan gives after validating; preparePlan refuses what the schema refuses', () => {
    expect(preparePlan(miniBundle())).toEqual(prepareBundle(miniBundle()));
    expect(() => preparePlan({ ...miniBundle(), projects: 'none' })).toThrow(InvalidBundleError);
  });
});
