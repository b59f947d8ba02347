import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../graph/config';
import { ApiContext, createContext } from './context';
import { toGraphQLError } from './db/errors';
import { Graph, Reader } from './db/graph';
import { errorResponder } from './http/errors';
import { exportRoutes } from './http/exports';
import { graphiqlRoutes } from './http/graphiql';
import { healthRoutes } from './http/health';
import { webUiRoutes } from './http/web-ui';
import { LIMITS } from './limits';
import { complexityPlugin, depthRule } from './query-limits';
import { buildApiSchema } from './schema';

export interface AppOptions {
  /** The process's one driver; the app never closes it (its owner does). */
  driver: Driver;
  database?: string;
  /** Built web UI; served when the folder exists. Default dist/ui. */
  uiDir?: string;
  /** Built GraphiQL page. Default dist/graphiql. */
  graphiqlDir?: string;
  transactionTimeoutMs?: number;
  requestTimeoutMs?: number;
  probeTimeoutMs?: number;
  maxComplexity?: number;
  maxDepth?: number;
}

export interface App {
  app: Express;
  graph: Graph;
  /** Stops the GraphQL server; the driver stays open. */
  stop(): Promise<void>;
}

/** Resolvers see Neo4j trouble as GraphQL errors with a code and the HTTP status to send. */
function graphqlReader(reader: Reader): Reader {
  return {
    read: (cypher, params) =>
      reader.read(cypher, params).catch((error: unknown) => {
        throw toGraphQLError(error);
      }),
  };
}

/** The PlanGraph HTTP app: /graphql (and GraphiQL), the exports, /health, /ready and the web UI. Read-only. */
export async function createApp(options: AppOptions): Promise<App> {
  const root = projectRoot(__dirname);
  const graph = new Graph(options.driver, {
    database: options.database,
    transactionTimeoutMs: options.transactionTimeoutMs ?? LIMITS.transactionTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? LIMITS.requestTimeoutMs,
    probeTimeoutMs: options.probeTimeoutMs ?? 3_000,
  });
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    // CSRF prevention stays on: GET requests without a preflight header are refused; POST JSON passes.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // api/main.ts owns SIGTERM/SIGINT: it closes the HTTP server, then this, then the driver.
    stopOnTerminationSignals: false,
    validationRules: [depthRule(options.maxDepth)],
    plugins: [ApolloServerPluginLandingPageDisabled(), complexityPlugin(schema, options.maxComplexity)],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(graph));
  app.use(exportRoutes(graph));
  app.use(graphiqlRoutes(options.graphiqlDir ?? path.join(root, 'dist', 'graphiql')));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const reader = graph.openRequest();
        res.on('close', () => void reader.close());
        return createContext(graphqlReader(reader));
      },
    }),
  );
  const uiDir = options.uiDir ?? path.join(root, 'dist', 'ui');
  if (fs.existsSync(uiDir)) app.use(webUiRoutes(uiDir));
  app.use(errorResponder(graph.options.transactionTimeoutMs));

  return { app, graph, stop: () => apollo.stop() };
}
