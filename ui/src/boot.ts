import { loadCytoscape } from './cytoscape/load';
import { expectFirstPicture, firstPictureSettled } from './first-picture/firstPicture';
import { answerInPage, sendEarly } from './graphql/early';
import { languageOf } from './i18n/firstScreen';
import { networkMode } from './network/mode';
import { summaryByOf } from './network/summary';
import { SUMMARY_QUERY } from './network/summary.graphql';
import { scopeOf } from './plans/scope';
import { parseSearch } from './url-state/search';

/**
 * The page's first step, an entry of its own that the page loads with an `async` script (see
 * vite.config.ts) and main.tsx imports first: when the URL opens the summary network, its query is
 * sent as soon as this small chunk arrives, so that the answer travels while the main script loads
 * and runs; the GraphQL client hands it to the network view, and the first picture
 * (first-picture/) draws it as soon as the view's canvas is there. Cytoscape starts loading once
 * that picture is drawn (at once for another network), so that its 440 KB do not compete with the
 * first picture for the main thread. Nothing here imports React or urql.
 */
const search = window.location.search;
const state = parseSearch(search);
if ((state.view ?? 'network') === 'network') {
  if (networkMode(state).summaryWanted) {
    // The answer comes in the page when the server could put it there; else it is asked for at once.
    const variables = scopeOf(state);
    expectFirstPicture(answerInPage(SUMMARY_QUERY, variables) ?? sendEarly('/graphql', SUMMARY_QUERY, variables), {
      search,
      by: summaryByOf(state),
      lang: languageOf(state),
    });
  }
  void firstPictureSettled().then(loadCytoscape);
}
