import { type MiniApi, startMiniApi } from './api-server';

jest.setTimeout(60_000);

const PAGE = 'query ($industry: String) { projects(filter: { industry: $industry }) { totalCount nodes { name } } }';

let mini: MiniApi;

beforeAll(async () => {
  mini = await startMiniApi();
});

afterAll(async () => {
  await mini?.close();
});

describe("a statement's first run since the API started", () => {
  it('gives each request the rows of its own parameters, however many ask at once', async () => {
    // Sent together to a fresh API: the first asks Neo4j to plan the statement, the others wait for it.
    const industries = ['ceramics', 'transport', 'ceramics', 'aviation'];
    const together = await Promise.all(industries.map((industry) => mini.api.gql(PAGE, { industry })));
    const alone = [];
    for (const industry of industries) alone.push(await mini.api.gql(PAGE, { industry }));

    for (const [i, response] of together.entries()) {
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(alone[i].data);
    }
    expect(together[0].data.projects.totalCount).not.toBe(together[1].data.projects.totalCount);
  });
});
