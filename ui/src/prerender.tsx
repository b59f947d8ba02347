import { renderToString } from 'react-dom/server';
import { App } from './App';
import { HealthProvider } from './common/health';
import { operationNameOf } from './graphql/early';
import { SUMMARY_QUERY } from './network/summary.graphql';
import { scopeOf } from './plans/scope';
import { parseSearch } from './url-state/search';

/** The query string the first screen is rendered for: the default view, in Chinese. */
export const FIRST_SCREEN_SEARCH = '';

/**
 * The page's first screen as HTML, rendered at build time (vite.config.ts) for the default URL:
 * the header, the plan switcher and the network view with its canvas, as React's first render on
 * that URL makes them. The server sends it for that URL only (api/http/web-ui.ts), so that the
 * first picture (first-picture/) has its canvas before the main script has loaded; React then
 * renders the same screen in its place.
 */
export function renderFirstScreen(): string {
  return renderToString(
    <HealthProvider>
      <App />
    </HealthProvider>,
  );
}

/**
 * The first screen's own query, as the boot script sends it for that URL (boot.ts): the server
 * answers it into the page it sends (api/http/web-ui.ts), so that no request waits for it.
 */
export function firstScreenOperation(): { operationName?: string; query: string; variables: object } {
  return {
    operationName: operationNameOf(SUMMARY_QUERY),
    query: SUMMARY_QUERY,
    variables: scopeOf(parseSearch(FIRST_SCREEN_SEARCH)),
  };
}
