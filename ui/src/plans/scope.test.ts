import { applyPatch } from '../url-state/useUrlState';
import { scopeOf, scopePatch } from './scope';

describe('the plan/region scope in the URL', () => {
  it('reads plan and region, null when absent', () => {
    expect(scopeOf({ region: 'region:1', view: 'overlaps' })).toEqual({ plan: null, region: 'region:1' });
    expect(scopeOf({})).toEqual({ plan: null, region: null });
  });

  it('clears what belongs to the old scope and keeps the rest when the scope changes', () => {
    const before = {
      view: 'portfolio',
      lang: 'en',
      industry: 'ceramics',
      q: '园',
      sort: 'NAME',
      kind: 'SHARED_PLACE',
      district: '浮梁县',
      box: '6',
      focus: 'project:1',
      trail: 'abc',
      plan: 'plan:a',
    };
    const next = new URLSearchParams(applyPatch(before, scopePatch({ plan: null, region: 'region:2' })));
    expect(Object.fromEntries(next)).toEqual({
      view: 'portfolio',
      lang: 'en',
      industry: 'ceramics',
      q: '园',
      sort: 'NAME',
      kind: 'SHARED_PLACE',
      region: 'region:2',
    });
  });
});
