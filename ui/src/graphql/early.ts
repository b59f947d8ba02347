import {
  getOperationName,
  stringifyDocument,
  stringifyVariables,
  type AnyVariables,
  type TypedDocumentNode,
} from 'urql';

/**
 * Queries sent before the page's script has finished loading (see boot.ts). urql sends a request
 * only after the script that asked for it has run, so the first screen's query would wait for all
 * of React; sent here with `fetch` at once, its response waits until the client asks for the same
 * operation with the same variables, and is handed over instead of a second request.
 */
const early = new Map<string, Promise<Response>>();

const keyOf = (operationName: unknown, variables: unknown) =>
  `${String(operationName)}|${stringifyVariables(variables ?? {})}`;

/** Sends a query now, as urql's fetch exchange would (a JSON POST), for `fetchEarly` to hand over. */
export function sendEarly<Data, Variables extends AnyVariables>(
  url: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): void {
  const operationName = getOperationName(document);
  const response = fetch(url, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ operationName, query: stringifyDocument(document), variables }),
  });
  // A failed early request is not an error of its own: the client's request gets the failure.
  response.catch(() => undefined);
  early.set(keyOf(operationName, variables), response);
}

/** The client's `fetch`: a request sent early is answered by its response, any other goes out. */
export const fetchEarly: typeof fetch = (input, init) => {
  if (early.size > 0 && typeof init?.body === 'string') {
    const { operationName, variables } = JSON.parse(init.body) as { operationName?: string; variables?: unknown };
    const key = keyOf(operationName, variables);
    const response = early.get(key);
    if (response) {
      early.delete(key);
      return response;
    }
  }
  return fetch(input, init);
};
