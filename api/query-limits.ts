import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LIMITS } from './limits';

export const depthRule = (maxDepth: number = LIMITS.maxQueryDepth): ValidationRule => depthLimit(maxDepth);

/** Refuses a query whose estimated cost is above the cap, before any resolver runs. */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number = LIMITS.maxComplexity): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
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
