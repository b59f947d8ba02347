import { Client, cacheExchange, fetchExchange } from 'urql';
import { fetchEarly } from './early';

/**
 * The API's CSRF protection refuses GET requests without a content type, so every operation is a
 * JSON POST (`preferGetMethod: false`). A query the page sent before the client existed
 * (early.ts) is answered by that request.
 */
export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetch: fetchEarly,
  });
}
