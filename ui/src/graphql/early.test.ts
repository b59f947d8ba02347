import { SUMMARY_QUERY } from '../network/summary.graphql';
import { fetchEarly, operationNameOf, sendEarly } from './early';

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

  it('names the operation as urql does', () => {
    expect(operationNameOf(SUMMARY_QUERY)).toBe('Summary');
    expect(operationNameOf('query Link($id: ID!) { link(id: $id) { id } }')).toBe('Link');
    expect(operationNameOf('{ plans { id } }')).toBeUndefined();
  });
});
