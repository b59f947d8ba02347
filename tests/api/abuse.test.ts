import { type ApiServer, type MiniApi, startMiniApi } from './api-server';

/** Hostile GraphQL requests against the real app and Neo4j: each is refused cheaply, and the server keeps serving. */
jest.setTimeout(120_000);

let api: ApiServer;
let suite: MiniApi | undefined;
const counting = { statements: [] as string[] };

beforeAll(async () => {
  suite = await startMiniApi({ counting: true });
  ({ api } = suite);
  counting.statements = suite.statements;
});

afterEach(async () => {
  // Whatever came before, the next ordinary request is answered.
  const { status, data } = await api.gql('{ boxes { number } }');
  expect(status).toBe(200);
  expect(data.boxes.length).toBeGreaterThan(0);
});

afterAll(() => suite?.close());

async function send(body: string, contentType = 'application/json') {
  const started = Date.now();
  counting.statements.length = 0;
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started, statements: counting.statements.length };
}

const query = (q: string, variables: Record<string, unknown> = {}) => send(JSON.stringify({ query: q, variables }));

it('refuses alias flooding before any statement runs', async () => {
  const aliases = Array.from({ length: 500 }, (_, i) => `b${i}: boxes { number }`).join(' ');
  const res = await query(`{ ${aliases} }`);
  expect(res.status).toBe(400);
  expect(res.text).toMatch(/aliases/);
  expect(res.statements).toBe(0);
});

it('refuses a flood of one repeated field (no aliases) before any statement runs', async () => {
  const res = await query(`{ ${'__typename '.repeat(8_000)} boxes { number } }`);
  expect(res.status).toBe(400);
  expect(res.statements).toBe(0);
  expect(res.ms).toBeLessThan(5_000);
});

it('refuses batched operations in one request (array body)', async () => {
  const batch = Array.from({ length: 50 }, () => ({ query: '{ boxes { number } }' }));
  const res = await send(JSON.stringify(batch));
  expect(res.status).toBe(400);
  expect(res.text).toMatch(/batching/i);
  expect(res.statements).toBe(0);
});

it('refuses fragment cycles', async () => {
  const res = await query(`query { ...A } fragment A on Query { boxes { number } ...B } fragment B on Query { ...A }`);
  expect(res.status).toBe(400);
  expect(JSON.parse(res.text).errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  expect(res.statements).toBe(0);
});

it('refuses a self-spreading fragment with no fields in between', async () => {
  const res = await query(`query { ...A } fragment A on Query { ...A }`);
  expect(res.status).toBe(400);
  expect(res.statements).toBe(0);
});

it('refuses deep nesting of selections', async () => {
  const depth = 5_000;
  const res = await query(`{ ${'projects { nodes { '.repeat(1)}${'a { '.repeat(depth)}${'}'.repeat(depth)} } } }`);
  expect(res.status).toBe(400);
  expect(res.statements).toBe(0);
  expect(res.ms).toBeLessThan(5_000);
});

it('refuses deep nesting of list values', async () => {
  const depth = 20_000;
  const res = await query(`{ search(text: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`);
  expect(res.status).toBe(400);
  expect(res.statements).toBe(0);
});

it('refuses a body over 100 kB: a giant string in the variables', async () => {
  const res = await query('query($text: String!) { search(text: $text) { id } }', { text: '景'.repeat(60_000) });
  expect(res.status).toBe(413);
  expect(res.statements).toBe(0);
});

it('refuses a long search text within the body limit without asking Neo4j', async () => {
  const res = await query('query($text: String!) { search(text: $text) { id } }', { text: 'x'.repeat(50_000) });
  expect(res.status).toBe(400);
  expect(res.text).toMatch(/text/);
  expect(res.statements).toBe(0);
});

it('refuses a giant list where a string is expected', async () => {
  const res = await query('query($text: String!) { search(text: $text) { id } }', {
    text: Array.from({ length: 10_000 }, (_, i) => i),
  });
  expect(res.status).toBe(400);
  expect(res.statements).toBe(0);
});

it('ignores giant unused variables without work', async () => {
  const res = await query('{ boxes { number } }', { junk: Array.from({ length: 10_000 }, () => 'x') });
  expect(res.status).toBe(200);
  expect(res.statements).toBe(1);
});

it('refuses a costly introspection query (nested type references)', async () => {
  const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } }`;
  const res = await query(nested);
  expect(res.status).toBe(400);
  expect(res.ms).toBeLessThan(5_000);
});

it('refuses introspection flooded with aliases', async () => {
  const aliases = Array.from({ length: 300 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ');
  const res = await query(`{ ${aliases} }`);
  expect(res.status).toBe(400);
  expect(res.ms).toBeLessThan(5_000);
});
