import { SUMMARY_QUERY } from '../network/summary.graphql';
import { answerInPage, fetchEarly, operationNameOf, sendEarly } from './early';

describe('queries sent early', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
  });

  const body = (variables: object) => JSON.stringify({ operationName: 'Summary', query: '…', variables });

  it('hands the early response to the first identical request and sends any other', async () => {
    const responses: Response[] = [];
    const fetchMock = jest.fn(() => {
      const response = { ok: true, n: responses.length } as unknown as Response;
      responses.push(response);
      return Promise.resolve(response);
    });
    window.fetch = fetchMock;

    void sendEarly('/graphql', SUMMARY_QUERY, { plan: null, region: 'r1' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const sent = JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string) as {
      operationName: string;
      query: string;
    };
    expect(sent.operationName).toBe('Summary');
    expect(sent.query).toContain('districtIndustryMatrix');

    // Other variables: a request of its own.
    await fetchEarly('/graphql', { method: 'POST', body: body({ plan: null, region: 'r2' }) });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // The same operation and variables (in another key order): the early response, no new request.
    const handed = await fetchEarly('/graphql', { method: 'POST', body: body({ region: 'r1', plan: null }) });
    expect(handed).toBe(responses[0]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // Handed over once only: asking again sends it.
    await fetchEarly('/graphql', { method: 'POST', body: body({ plan: null, region: 'r1' }) });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('reads the answer that came in the page at once and hands it to the client once', async () => {
    const fetchMock = jest.fn(() => Promise.resolve({ ok: true } as Response));
    window.fetch = fetchMock;
    // jsdom has no Response: one that keeps its body is enough to see what is handed over.
    window.Response ??= class {
      constructor(readonly body: string) {}
    } as unknown as typeof Response;
    const answer = { data: { plans: [] } };
    document.head.insertAdjacentHTML(
      'afterbegin',
      `<script type="application/json" id="first-answer">${JSON.stringify(answer)}</script>`,
    );

    const taken = answerInPage(SUMMARY_QUERY, { plan: null });
    expect(taken?.body).toEqual(answer);
    expect(document.getElementById('first-answer')).toBeNull();
    expect(answerInPage(SUMMARY_QUERY, { plan: null })).toBeUndefined();

    const handed = await fetchEarly('/graphql', { method: 'POST', body: body({ plan: null }) });
    expect(handed).toBe(await taken?.response);
    expect((handed as unknown as { body: string }).body).toBe(JSON.stringify(answer));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('leaves an answer that is not JSON to a request of its own', () => {
    document.head.insertAdjacentHTML('afterbegin', '<script type="application/json" id="first-answer">{oops</script>');
    expect(answerInPage(SUMMARY_QUERY, { plan: null })).toBeUndefined();
  });

  it('names the operation as urql does', () => {
    expect(operationNameOf(SUMMARY_QUERY)).toBe('Summary');
    expect(operationNameOf('query Link($id: ID!) { link(id: $id) { id } }')).toBe('Link');
    expect(operationNameOf('{ plans { id } }')).toBeUndefined();
  });
});
