import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../graph/config';
import { type ApiContext, createContext } from './context';
import { toGraphQLError } from './db/errors';
import { Graph, type Reader } from './db/graph';
import { StableReads } from './db/stable-reads';
import { dropAbandoned } from './http/abandoned';
import { errorResponder } from './http/errors';
import { type ExportLimits, exportRoutes } from './http/exports';
import { graphiqlRoutes } from './http/graphiql';
import { healthRoutes } from './http/health';
import { type RateLimitOptions, rateLimiter, securityHeaders } from './http/security';
import { type AnswerOperation, webUiRoutes } from './http/web-ui';
import { aliasRule, complexityPlugin, depthRule, LIMITS } from './limits';
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
  /** Read transactions run at once; default LIMITS.maxConcurrentReads. */
  maxConcurrentReads?: number;
  maxComplexity?: number;
  maxDepth?: number;
  /** Requests per client and window on /graphql and /export; default LIMITS.rateLimit. */
  rateLimit?: RateLimitOptions;
  /** Rows of one CSV export and rows read per statement; default LIMITS. */
  exportLimits?: ExportLimits;
  /** How long a client may take to send a whole request (then 408). */
  httpRequestTimeoutMs?: number;
  /** How long requests in flight may finish after stop() before their connections are cut. */
  stopGracePeriodMs?: number;
}

export interface App {
  app: Express;
  /** The HTTP server of the app, not yet listening: call `server.listen(port)`. */
  server: http.Server;
  graph: Graph;
  /**
   * Stops taking requests, lets those in flight finish (up to the grace period), closes the
   * connections and stops the GraphQL server; the driver stays open.
   */
  stop: () => Promise<void>;
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
    maxConcurrentReads: options.maxConcurrentReads ?? LIMITS.maxConcurrentReads,
    warmUpStatementTimeoutMs: LIMITS.warmUpStatementTimeoutMs,
    warmUpConcurrency: LIMITS.warmUpConcurrency,
  });
  const stable = new StableReads();
  const schema = await buildApiSchema();
  const app = express();
  const requestTimeout = options.httpRequestTimeoutMs ?? LIMITS.httpRequestTimeoutMs;
  // A client that trickles its request in gets 408 instead of holding a connection for ever.
  const server = http.createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, LIMITS.httpHeadersTimeoutMs),
      connectionsCheckingInterval: Math.max(100, Math.min(requestTimeout / 4, 5_000)),
    },
    app,
  );
  const apollo = new ApolloServer<ApiContext>({
    schema,
    // CSRF prevention stays on: GET requests without a preflight header are refused; POST JSON passes.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // api/main.ts owns SIGTERM/SIGINT: it stops this (which drains the HTTP server), then the driver.
    stopOnTerminationSignals: false,
    validationRules: [depthRule(options.maxDepth), aliasRule()],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: options.stopGracePeriodMs ?? LIMITS.stopGracePeriodMs,
      }),
      complexityPlugin(schema, options.maxComplexity),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(dropAbandoned());
  app.use(securityHeaders());
  app.use(healthRoutes(graph));
  const limiter = rateLimiter(options.rateLimit ?? LIMITS.rateLimit);
  app.use(['/graphql', '/export'], limiter);
  app.use(exportRoutes(graph, options.exportLimits));
  app.use(graphiqlRoutes(options.graphiqlDir ?? path.join(root, 'dist', 'graphiql')));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const reader = graph.openRequest();
        res.on('close', () => void reader.close());
        return Promise.resolve(createContext(graphqlReader(reader), stable));
      },
    }),
  );
  const uiDir = options.uiDir ?? path.join(root, 'dist', 'ui');
  // The first screen's own query, answered into the page: counted by the limiter like a request.
  app.get('/', limiter);
  const answer: AnswerOperation = async (operation) => {
    const reader = graph.openRequest();
    try {
      const response = await apollo.executeOperation(operation, {
        contextValue: createContext(graphqlReader(reader), stable),
      });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) return undefined;
      return JSON.stringify(response.body.singleResult);
    } finally {
      await reader.close();
    }
  };
  if (fs.existsSync(uiDir)) app.use(webUiRoutes(uiDir, answer));
  app.use(errorResponder(graph.options.transactionTimeoutMs));

  return { app, server, graph, stop: () => apollo.stop() };
}
