import { selectionOf as info } from '../common/selection.fixture';
import { evidenceSelected, linkPartsSelected } from './link-selection';

const asked = (query: string) =>
  Object.entries(linkPartsSelected(info(query)))
    .filter(([key, wanted]) => wanted && key !== 'evidence')
    .map(([part]) => part)
    .sort();

describe('the links a page of projects asks for', () => {
  it('reads the fields under nodes', () => {
    expect(asked('{ projects { totalCount nodes { id name industries { code } districts { name } } } }')).toEqual([
      'districts',
      'industries',
    ]);
    expect(asked('{ projects { nodes { id name } } }')).toEqual([]);
  });

  it('follows fragments and inline fragments, and ignores fields elsewhere', () => {
    expect(
      asked(`{ projects { nodes { ...P ... on Project { mentions { box } } } pageInfo { hasNextPage } } }
        fragment P on Project { units { role } chapterPath { id } }`),
    ).toEqual(['chapterPath', 'mentions', 'units']);
    expect(asked('{ projects { ... on ProjectConnection { nodes { places { place { id } } } } } }')).toEqual([
      'places',
    ]);
  });

  it('reads the evidence only when a link shows it', () => {
    expect(linkPartsSelected(info('{ projects { nodes { industries { code } } } }')).evidence).toBe(false);
    expect(
      linkPartsSelected(
        info(
          '{ projects { nodes { districts { name } units { ...U } } } } fragment U on UnitLink { evidence { quote } }',
        ),
      ).evidence,
    ).toBe(true);
    // The field's own selection, as a link field's resolver sees it.
    expect(evidenceSelected(info('{ industries { code } }'))).toBe(false);
    expect(evidenceSelected(info('{ industries { code ... on IndustryLink { evidence { line } } } }'))).toBe(true);
  });
});
