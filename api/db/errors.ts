import neo4j from 'neo4j-driver';
import { GraphQLError } from 'graphql';

/** Neo4j cannot be reached (down, restarting, refusing the credentials): the API answers 503 until it is back. */
export class GraphUnavailableError extends Error {
  readonly status = 503;
  constructor(reason: string) {
    super(`The graph database (Neo4j) is not reachable: ${reason}. The API reconnects by itself; try again shortly.`);
    this.name = 'GraphUnavailableError';
  }
}

/** A read ran past its time budget and was stopped. */
export class GraphTimeoutError extends Error {
  readonly status = 504;
  constructor(ms: number) {
    super(`The query took longer than ${ms} ms and was stopped; narrow it (smaller page, depth or limit).`);
    this.name = 'GraphTimeoutError';
  }
}

const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

const TIMEOUT_CODES = new Set<string>([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof GraphUnavailableError) return true;
  const code = codeOf(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  // The pool reports an exhausted acquisition wait without a Neo4j status code.
  return (
    error instanceof Error && /connection acquisition timed out|failed to connect|ECONNREFUSED/i.test(error.message)
  );
}

/** Driver errors in the terms a client can act on; anything else passes through unchanged. */
export function translateGraphError(error: unknown, transactionTimeoutMs: number): unknown {
  if (error instanceof GraphUnavailableError || error instanceof GraphTimeoutError) return error;
  if (TIMEOUT_CODES.has(codeOf(error) ?? '')) return new GraphTimeoutError(transactionTimeoutMs);
  if (isUnavailable(error)) return new GraphUnavailableError(error instanceof Error ? error.message : String(error));
  return error;
}

/** The GraphQL form of a graph error: a code the UI can branch on and the HTTP status Apollo sends. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof GraphUnavailableError) {
    return new GraphQLError(error.message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
  if (error instanceof GraphTimeoutError) {
    return new GraphQLError(error.message, { extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } } });
  }
  return error;
}
