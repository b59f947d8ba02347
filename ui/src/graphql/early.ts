/**
 * Queries sent before the page's script has finished loading (see boot.ts). urql sends a request
 * only after the script that asked for it has run, so the first screen's query would wait for all
 * of React; sent here with `fetch` at once, its response waits until the client asks for the same
 * operation with the same variables, and is handed over instead of a second request. Nothing here
 * imports urql: the boot script that sends the query stays a few kilobytes.
 */
const early = new Map<string, Promise<Response>>();

/** A value as JSON with the keys of its objects sorted, so that key order does not matter. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const keyOf = (operationName: unknown, variables: unknown) => `${String(operationName)}|${stable(variables ?? {})}`;

/** The name of a document's first operation (`query Name(…)`), as GraphQL requests carry it. */
export function operationNameOf(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

/**
 * Sends a query now, as urql's fetch exchange would (a JSON POST), for `fetchEarly` to hand over;
 * returns the response, which the caller may read too (a clone: the client reads the original).
 */
export function sendEarly(url: string, query: string, variables: object): Promise<Response> {
  const operationName = operationNameOf(query);
  const response = fetch(url, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ operationName, query, variables }),
  });
  // A failed early request is not an error of its own: the client's request gets the failure.
  response.catch(() => undefined);
  early.set(keyOf(operationName, variables), response);
  return response;
}

/** The id of the element in which the server sends the first screen's answer (api/http/web-ui.ts). */
const FIRST_ANSWER_ID = 'first-answer';

/** The first screen's answer as it came in the page: its parsed body at once, and the response the client is handed. */
export interface AnswerInPage {
  body: unknown;
  response: Promise<Response>;
}

/**
 * The answer the server put in the page to the first screen's query (its `first-answer` element),
 * taken once: parsed here, so that the first picture needs no task of the busy main thread to read
 * it, and handed over to the client as `sendEarly`'s response would be; undefined when the page has
 * none or it is not JSON.
 */
export function answerInPage(query: string, variables: object): AnswerInPage | undefined {
  const element = document.getElementById(FIRST_ANSWER_ID);
  const text = element?.textContent;
  if (!element || !text) return undefined;
  element.remove();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const response = Promise.resolve(
    new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  early.set(keyOf(operationNameOf(query), variables), response);
  return { body, response };
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
