import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, Kind, NoFragmentCyclesRule, validate, ValidationContext, ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LIMITS } from './limits';

/**
 * Caps how deep a query nests. A document whose fragments spread each other in a cycle is left
 * to graphql's own NoFragmentCycles rule: following the cycle here would never end.
 */
export const depthRule =
  (maxDepth: number = LIMITS.maxQueryDepth): ValidationRule =>
  (context: ValidationContext) => {
    if (validate(context.getSchema(), context.getDocument(), [NoFragmentCyclesRule]).length > 0) return {};
    return depthLimit(maxDepth)(context);
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
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number = LIMITS.maxComplexity): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
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
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`The query is too complex (${complexity}); the maximum is ${maxComplexity}. Ask for fewer items or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
