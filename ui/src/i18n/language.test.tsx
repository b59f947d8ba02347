import { render, screen, waitFor } from '@testing-library/react';
import { mockClient, Wrapper } from '../../test/mockClient';
import { INDICATOR_WORDS, planAnswers } from '../../test/fixtures';
import { chineseOutsidePlanText, latinWordsIn, untranslatedIn } from '../../test/language';
import type { Lang } from './messages';
import { chineseVocabulary, LATIN_ALLOWED } from './words';
import { Facets } from '../network/Facets';
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
  const { client, calls } = mockClient(...planAnswers());
  const { container } = render(
    <Wrapper client={client} lang={lang}>
      <View />
    </Wrapper>,
  );
  await waitFor(() => expect(container.querySelector(ready)).not.toBeNull());
  return Object.assign(container, { planTexts: () => stringsIn(calls.map((c) => c.data)) });
}

/** Every string in the API's answers: the plan's own text the UI may show as it is. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
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

  it('shows Chinese in English only as the plan’s own text (names, titles, quotes, figures)', async () => {
    const root = await rendered(search, View, ready, 'en');
    expect(chineseOutsidePlanText(root, root.planTexts())).toEqual([]);
  });
});

it.each([
  ['en', 'Box 14 · 文化遗产保护利用'],
  ['zh', '专栏14 文化遗产保护利用'],
] as const)('the network facets name a box in %s as the box, then its own title', async (lang, label) => {
  const { client, calls } = mockClient(...planAnswers());
  const { container } = render(
    <Wrapper client={client} lang={lang}>
      <Facets state={{}} onChange={() => undefined} />
    </Wrapper>,
  );
  await waitFor(() => expect(container.querySelector('select[name="box"] option[value="14"]')).not.toBeNull());
  expect(container.querySelector('select[name="box"] option[value="14"]')?.textContent).toMatch(
    new RegExp(`^${label}`),
  );
  if (lang === 'en') expect(chineseOutsidePlanText(container, stringsIn(calls.map((c) => c.data)))).toEqual([]);
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
  expect(chineseOutsidePlanText(root, ['陶瓷产业'])).toEqual(['实施 remit']);
  expect(screen.queryByText('quote ok')).not.toBeNull();
});
