import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The API's CSRF protection refuses GET requests without a content type, so every operation is a
 * JSON POST (`preferGetMethod: false`).
 */
export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  });
}
