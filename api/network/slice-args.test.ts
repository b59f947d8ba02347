import { selectionOf } from '../common/selection.fixture';
import { shownOnly } from './slice-args';

describe('whether a slice is asked for its typed fields only', () => {
  it('is, when nodes and edges ask for nothing but typed fields', () => {
    expect(
      shownOnly(selectionOf('{ overview { nodes { id label type zh en } edges { id source basis } limit } }')),
    ).toBe(true);
  });

  it.each([
    ['node data', '{ overview { nodes { id data } edges { id } } }'],
    ['node evidence', '{ overview { nodes { id evidence { quote } } } }'],
    ['edge evidence', '{ overview { edges { id evidence { line } } } }'],
    [
      'evidence in a fragment',
      'query { overview { ...Parts } } fragment Parts on GraphSlice { edges { ... on GraphEdge { evidence { quote } } } }',
    ],
    ['evidence under @skip', '{ overview { edges { id evidence @skip(if: true) { quote } } } }'],
  ])('is not, when it asks for %s', (_what, query) => {
    expect(shownOnly(selectionOf(query))).toBe(false);
  });
});
