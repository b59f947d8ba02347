import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Paths the API answers itself; everything else a browser GETs belongs to the web UI. */
export const API_PATHS = ['/graphql', '/graphiql', '/export', '/health', '/ready'];

const isApiPath = (url: string) =>
  API_PATHS.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

/** The built web UI, with the single-page app's routes falling back to its index.html. */
export function webUiRoutes(dir: string): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  router.use(express.static(dir, { index: false }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !fs.existsSync(index)) return next();
    res.sendFile(index);
  });
  return router;
}
