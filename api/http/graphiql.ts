import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * GraphiQL at GET /graphql for browsers (Accept: text/html), from the bundle built out of
 * node_modules into `dir` (`npm run build:graphiql`): no CDN, so it works offline. Every other
 * request to /graphql goes on to the GraphQL server.
 */
export function graphiqlRoutes(dir: string): Router {
  const router = Router();
  router.use('/graphiql', express.static(dir, { index: false, fallthrough: false }));
  router.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html')
      return next();
    const page = path.join(dir, 'index.html');
    if (!fs.existsSync(page)) {
      res
        .status(404)
        .type('text/plain')
        .send(
          'GraphiQL is not built here; run `npm run build:graphiql`. POST GraphQL requests to this URL still work.',
        );
      return;
    }
    res.sendFile(page);
  });
  return router;
}
