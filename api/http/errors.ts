import type { ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { translateGraphError } from '../db/errors';

function statusOf(error: unknown): number {
  if (error instanceof GraphQLError) {
    const http = error.extensions.http as { status?: number } | undefined;
    return http?.status ?? 400;
  }
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : 500;
}

/** Errors of the non-GraphQL routes as plain text with the status they call for (503 while Neo4j is away). */
export function errorResponder(transactionTimeoutMs: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const translated = translateGraphError(error, transactionTimeoutMs);
    const status = statusOf(translated);
    const message =
      status >= 500 && status !== 503 && status !== 504 ? 'Internal error' : (translated as Error).message;
    if (status === 500) console.error(error);
    res.status(status).type('text/plain').send(message);
  };
}
