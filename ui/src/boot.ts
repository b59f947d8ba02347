import { sendEarly } from './graphql/early';
import { networkMode } from './network/mode';
import { SummaryQuery } from './network/network.graphql';
import { scopeOf } from './plans/scope';
import { parseSearch } from './url-state/useUrlState';

/**
 * The page's first step, an entry of its own that the page loads with an `async` script (see
 * vite.config.ts) and main.tsx imports first: when the URL opens the summary network, its query is
 * sent as soon as this small chunk arrives, so that the answer travels while the main script loads
 * and runs; the GraphQL client hands it to the network view.
 */
const state = parseSearch(window.location.search);
if ((state.view ?? 'network') === 'network' && networkMode(state).summaryWanted)
  sendEarly('/graphql', SummaryQuery, scopeOf(state));
