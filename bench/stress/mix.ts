/** One request of the load mix, in autocannon's request form. */
export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Graph ids of the loaded plan that the mix asks about (a plan's boxes are scoped to it). */
export interface MixTargets {
  /** Two boxes of the loaded plan, as graph ids. */
  boxes: [string, string];
  industry: string;
  /** A word the search finds. */
  text: string;
}

const gql = (query: string, variables: Record<string, unknown> = {}): MixRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

/** The key reads of the UI and the three exports, sent in turn by the soak, the outage run and the load test. */
export function keyRequests({ boxes, industry, text }: MixTargets): MixRequest[] {
  const q = encodeURIComponent;
  return [
    gql(
      'query($f: ProjectFilter) { projects(filter: $f, first: 50) { totalCount nodes { id name box industries { code } districts { name } } } }',
      { f: { industry } },
    ),
    gql('{ boxes { number title projectCount } }'),
    gql('query($t: String!) { search(text: $t, first: 20) { id name type } }', { t: text }),
    gql('{ overlaps(kind: SHARED_PLACE) { key projects { id name } } }'),
    gql('query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id } edges { id } truncated } }', {
      id: boxes[0],
    }),
    gql('{ districtIndustryMatrix { district industry count } }'),
    { method: 'GET', path: `/export/projects.csv?industry=${q(industry)}` },
    { method: 'GET', path: `/export/graph.graphml?id=${q(boxes[0])}&depth=1` },
    { method: 'GET', path: `/export/graph.json?id=${q(boxes[1])}&depth=1` },
  ];
}

/**
 * Sends each request and names those that do not answer 200 with data (a GraphQL error, a
 * missing node): a load figure means nothing when the requests it counts are refused. A request
 * answered 5xx is sent again, up to `attempts` times: a Neo4j that has just started plans each
 * statement on its first run, which on a busy machine can outlast the transaction timeout.
 */
export async function unanswered(url: string, requests: MixRequest[], attempts = 1): Promise<string[]> {
  const problems: string[] = [];
  for (const request of requests) {
    let res: Response;
    let text: string;
    let attempt = 0;
    do {
      res = await fetch(`${url}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      text = await res.text();
      attempt += 1;
    } while (res.status >= 500 && attempt < attempts);
    const label = `${request.method} ${request.path}${request.body ? ` ${request.body.slice(0, 80)}` : ''}`;
    if (res.status !== 200) problems.push(`${label}: ${res.status} ${text.slice(0, 200)}`);
    else if (request.path === '/graphql' && (JSON.parse(text) as { errors?: unknown[] }).errors)
      problems.push(`${label}: ${text.slice(0, 200)}`);
  }
  return problems;
}
