import { renderToString } from 'react-dom/server';
import { App } from './App';
import { HealthProvider } from './common/health';

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
