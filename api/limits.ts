import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type GraphQLSchema,
  Kind,
  NoFragmentCyclesRule,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { badInput } from './common/args';

/** The caps that keep one request from loading the graph server or the process. */
export const LIMITS = {
  /** Largest page `projects(first:)` and the CSV export return at once. */
  maxPageSize: 200,
  /**
   * Rows of one CSV export (further rows are cut, and X-Truncated says so): a province's or an
   * industry's projects nationwide fit, and a download stays within minutes for a slow client.
   */
  maxExportRows: 100_000,
  /**
   * Rows the CSV export reads in one statement (by id, once the filter's ids are read): it holds
   * two pages at a time, one written out and the next read; pages of 10,000 rows took the API's
   * peak memory to 470 MB, pages of 2,000 to 250 MB at the same CPU.
   */
  exportPageRows: 2_000,
  /**
   * Projects an overlap group of `overlapPage` lists (in plan order; its projectCount gives them
   * all): a kind's group at province level holds thousands, of which a planner reads the first.
   */
  overlapGroupProjects: 50,
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
  /**
   * Statements replayed at once after Neo4j restarts: planning is CPU work, so two keep a small
   * server's cores busy without making each plan slower than the timeout.
   */
  warmUpConcurrency: 2,
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

/**
 * Caps how deep a query nests. A document whose fragments spread each other in a cycle is left
 * to graphql's own NoFragmentCycles rule: following the cycle here would never end.
 */
export const depthRule =
  (maxDepth: number = LIMITS.maxQueryDepth): ValidationRule =>
  (context: ValidationContext) => {
    if (validate(context.getSchema(), context.getDocument(), [NoFragmentCyclesRule]).length > 0) return {};
    return (depthLimit as (max: number) => ValidationRule)(maxDepth)(context);
  };

/**
 * Caps the aliases of a document. Aliases are how one request asks for the same field hundreds
 * of times (each one a statement for Neo4j) while every single field stays cheap.
 */
export const aliasRule =
  (maxAliases: number = LIMITS.maxAliases): ValidationRule =>
  (context: ValidationContext) => {
    let aliases = 0;
    return {
      [Kind.FIELD](node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(
            new GraphQLError(`The query uses more than ${maxAliases} aliases; ask for fewer fields at once.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };

/** Refuses a query whose estimated cost is above the cap, before any resolver runs. */
export function complexityPlugin(
  schema: GraphQLSchema,
  maxComplexity: number = LIMITS.maxComplexity,
): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The estimate coerces the variables first: values of the wrong type are the client's error.
            return Promise.reject(badInput(error instanceof Error ? error.message : String(error)));
          }
          if (complexity > maxComplexity) {
            return Promise.reject(
              new GraphQLError(
                `The query is too complex (${complexity}); the maximum is ${maxComplexity}. Ask for fewer items or fields.`,
                {
                  extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
                },
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
