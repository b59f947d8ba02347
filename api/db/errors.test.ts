import neo4j, { Neo4jError } from 'neo4j-driver';
import { type GraphQLError } from 'graphql';
import { GraphTimeoutError, GraphUnavailableError, toGraphQLError, translateGraphError } from './errors';

describe('graph errors', () => {
  it('reads an unreachable server as unavailable', () => {
    const error = translateGraphError(
      new Neo4jError('connect ECONNREFUSED', neo4j.error.SERVICE_UNAVAILABLE, '08000', 'no connection'),
      1000,
    );
    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as Error).message).toMatch(/Neo4j\) is not reachable/);
  });

  it('reads a stopped transaction as a timeout', () => {
    const error = translateGraphError(
      new Neo4jError(
        'too slow',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        '25N05',
        'timed out',
      ),
      1000,
    );
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect((error as Error).message).toMatch(/1000 ms/);
  });

  it('passes other errors through', () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');
    expect(translateGraphError(syntax, 1000)).toBe(syntax);
  });

  it('gives GraphQL clients a code and an HTTP status', () => {
    const error = toGraphQLError(new GraphUnavailableError('down')) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
    expect((toGraphQLError(new GraphTimeoutError(5)) as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
  });
});
