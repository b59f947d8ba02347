import type { UrlState } from '../url-state/useUrlState';
import { networkMode, parseGroup } from './mode';

describe('networkMode', () => {
  it('draws the summary when nothing is chosen, in any plan or region', () => {
    expect(networkMode({})).toEqual({ group: undefined, showOverview: false, summaryWanted: true });
    expect(networkMode({ region: 'r', plan: 'p', lang: 'en' }).summaryWanted).toBe(true);
  });

  it('draws projects for a facet, a search, a place or every project', () => {
    const states: UrlState[] = [{ industry: 'x' }, { q: '陶瓷' }, { place: 'p' }, { detail: 'all' }, { unit: 'u' }];
    for (const state of states) expect(networkMode(state)).toMatchObject({ showOverview: true, summaryWanted: false });
  });

  it('draws an overlap group, or expanded nodes, without the summary', () => {
    expect(networkMode({ group: 'SHARED_PLACE~御窑厂', industry: 'x' })).toEqual({
      group: parseGroup('SHARED_PLACE~御窑厂'),
      showOverview: false,
      summaryWanted: false,
    });
    expect(networkMode({ expand: 'project:1' }).summaryWanted).toBe(false);
  });
});
