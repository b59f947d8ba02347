import { render, screen, waitFor } from '@testing-library/react';
import { mockClient, Wrapper } from '../../test/mockClient';
import { INDICATOR_WORDS, planAnswers } from '../../test/fixtures';
import { latinWordsIn, untranslatedIn } from '../../test/language';
import type { Lang } from './messages';
import { chineseVocabulary, LATIN_ALLOWED } from './words';
import { NetworkView } from '../network/NetworkView';
import { OverlapsView } from '../overlaps/OverlapsView';
import { PortfolioView } from '../portfolio/PortfolioView';
import { ResponsibilityView } from '../responsibility/ResponsibilityView';

jest.mock('../cytoscape/useCytoscape', () => ({
  LAYOUTS: ['fcose', 'concentric', 'dagre'],
  useCytoscape: () => undefined,
}));

const VIEWS = [
  {
    name: 'network with a project panel',
    search: '?detail=all&focus=' + encodeURIComponent('project:御窑厂遗址保护展示工程'),
    View: NetworkView,
    ready: '.side-panel blockquote q',
  },
  {
    name: 'portfolio',
    search: '?view=portfolio&industry=ceramics',
    View: PortfolioView,
    ready: 'table.data-table tbody tr',
  },
  { name: 'overlaps', search: '?view=overlaps', View: OverlapsView, ready: 'table.matrix' },
  {
    name: 'responsibility',
    search: '?view=responsibility&project=' + encodeURIComponent('project:御窑厂遗址保护展示工程'),
    View: ResponsibilityView,
    ready: '.chain-tree .premise-profile',
  },
];

async function rendered(search: string, View: () => React.ReactNode, ready: string, lang: Lang) {
  window.history.replaceState(null, '', `/${search}${lang === 'en' ? '&lang=en' : ''}`);
  const { client } = mockClient(...planAnswers());
  const { container } = render(
    <Wrapper client={client} lang={lang}>
      <View />
    </Wrapper>,
  );
  await waitFor(() => expect(container.querySelector(ready)).not.toBeNull());
  return container;
}

describe.each(VIEWS)('the $name view', ({ search, View, ready }) => {
  it('shows no Latin words in Chinese but names and codes', async () => {
    const root = await rendered(search, View, ready, 'zh');
    expect(latinWordsIn(root, LATIN_ALLOWED)).toEqual([]);
  });

  it('leaves no Chinese vocabulary in English', async () => {
    const root = await rendered(search, View, ready, 'en');
    expect(untranslatedIn(root, [...chineseVocabulary(), ...INDICATOR_WORDS])).toEqual([]);
  });
});

it('the English portfolio gives the plan’s targets their English names and units', async () => {
  const root = await rendered('?view=portfolio&industry=ceramics', PortfolioView, '.indicator-list li', 'en');
  const items = [...root.querySelectorAll('.indicator-list li')];
  expect(items[0].querySelector('.indicator-name')?.textContent).toBe('gross output value of the ceramics industry');
  expect(items[0].querySelector('.indicator-unit')?.textContent).toBe('100 million yuan');
  expect(items[0].querySelector('.badge')?.textContent).toBe('expected');
  // A name no term covers is the plan's own, marked as Chinese rather than passed off as English.
  expect(items[1].querySelector('.indicator-name')?.getAttribute('lang')).toBe('zh');
  expect(items[1].querySelector('.badge')?.textContent).toBe('binding');
});

it('the checks catch what they look for', () => {
  document.body.innerHTML =
    '<div id="r"><p>实施 remit</p><span>陶瓷</span><q>quote ok</q><span lang="en">English</span></div>';
  const root = document.getElementById('r')!;
  expect(latinWordsIn(root, LATIN_ALLOWED)).toEqual(['remit']);
  expect(untranslatedIn(root, ['陶瓷'])).toEqual(['陶瓷']);
  expect(screen.queryByText('quote ok')).not.toBeNull();
});
