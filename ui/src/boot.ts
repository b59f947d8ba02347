import { sendEarly } from './graphql/early';
import { networkMode } from './network/mode';
import { SummaryQuery } from './network/network.graphql';
import { scopeOf } from './plans/scope';
import { parseSearch } from './url-state/useUrlState';

/**
 * The page's first step, evaluated before React and the views (main.tsx imports it first): when the
 * URL opens the summary network, its query is sent at once, so that the answer travels while the
 * rest of the script runs; the GraphQL client hands it to the network view.
 */
const state = parseSearch(window.location.search);
if ((state.view ?? 'network') === 'network' && networkMode(state).summaryWanted)
  sendEarly('/graphql', SummaryQuery, scopeOf(state));
