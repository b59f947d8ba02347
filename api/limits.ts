/** The caps that keep one request from loading the graph server or the process. */
export const LIMITS = {
  /** Largest page `projects(first:)` and the CSV export return at once. */
  maxPageSize: 200,
  /** Rows of one CSV export; the whole plan fits well below it. */
  maxExportRows: 10_000,
  maxUnits: 1000,
  maxSearchHits: 100,
  maxQueryDepth: 10,
  /** Aliases in one document; the web UI uses none. */
  maxAliases: 30,
  /** Tokens graphql's parser reads before it gives up on a document; the full introspection query has under 500. */
  maxTokens: 5_000,
  /** Cost of a query as graphql-query-complexity counts it (list fields multiply by their size). */
  maxComplexity: 20_000,
  maxNeighborhoodDepth: 3,
  maxNeighborhoodNodes: 500,
  maxOverviewNodes: 3000,
  maxPathLength: 10,
  /** Server-side transaction timeout of each read. */
  transactionTimeoutMs: 10_000,
  /**
   * Read transactions the API runs at once; more only make Neo4j plan and run them side by side,
   * each slower, until all time out together (seen on a freshly restarted Neo4j under load).
   */
  maxConcurrentReads: 8,
  /**
   * Time a statement may take on its first run since the API started, and while a restarted Neo4j
   * is warmed up: Neo4j plans it then, which on a cold, busy server took over 10 s (60 s seen).
   */
  warmUpStatementTimeoutMs: 60_000,
  /** How long a request waits for the graph before it answers with an error instead of hanging. */
  requestTimeoutMs: 15_000,
  /** How long a client may take to send one whole request before it gets 408. */
  httpRequestTimeoutMs: 30_000,
  httpHeadersTimeoutMs: 10_000,
  /** After SIGTERM, requests in flight get this long to finish. */
  stopGracePeriodMs: 10_000,
  /** Per client (IP address) on /graphql and /export; RATE_LIMIT_MAX / RATE_LIMIT_WINDOW_MS override it. */
  rateLimit: { windowMs: 60_000, limit: 3_000 },
} as const;

export type Limits = typeof LIMITS;
