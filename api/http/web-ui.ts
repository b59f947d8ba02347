import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Paths the API answers itself; everything else a browser GETs belongs to the web UI. */
export const API_PATHS = ['/graphql', '/graphiql', '/export', '/health', '/ready'];

const isApiPath = (url: string) =>
  API_PATHS.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

/**
 * The built web UI, with the single-page app's routes falling back to its index.html; a URL
 * without a query string (the default view) gets the page with its first screen already rendered
 * (first-screen.html, written by the UI's build), when the build has one.
 */
export function webUiRoutes(dir: string): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  const firstScreen = path.join(dir, 'first-screen.html');
  router.use(express.static(dir, { index: false }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !fs.existsSync(index)) return next();
    const query = req.originalUrl.split('?')[1] ?? '';
    res.sendFile(query === '' && fs.existsSync(firstScreen) ? firstScreen : index);
  });
  return router;
}
