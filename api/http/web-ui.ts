import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Paths the API answers itself; everything else a browser GETs belongs to the web UI. */
export const API_PATHS = ['/graphql', '/graphiql', '/export', '/health', '/ready'];

const isApiPath = (url: string) =>
  API_PATHS.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

/** A GraphQL operation as the UI's build writes it beside the first screen (first-screen.json). */
export interface FirstScreenOperation {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Answers an operation as POST /graphql would (the JSON body), or undefined when it cannot. */
export type AnswerOperation = (operation: FirstScreenOperation) => Promise<string | undefined>;

/** How long the page waits for its first screen's answer before it goes without. */
const ANSWER_WAIT_MS = 2_000;

/** The id of the element that carries the first screen's answer (ui/src/graphql/early.ts reads it). */
export const FIRST_ANSWER_ID = 'first-answer';

/**
 * The page with the answer to its first screen's query at the top of its head, ahead of the boot
 * script that reads it. `<` is escaped so that no text of the answer can close the element.
 */
export function withFirstAnswer(page: string, answer: string): string {
  const element = `<script type="application/json" id="${FIRST_ANSWER_ID}">${answer.replace(/</g, '\\u003c')}</script>`;
  return page.replace(/<head>/i, (head) => `${head}${element}`);
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

/**
 * The built web UI, with the single-page app's routes falling back to its index.html. A URL without
 * a query string (the default view) gets the page with its first screen already rendered
 * (first-screen.html, written by the UI's build), when the build has one; at `/`, with `answer`,
 * that page also carries the answer to the first screen's own query (first-screen.json), so that
 * the first picture needs no request of its own.
 */
export function webUiRoutes(dir: string, answer?: AnswerOperation): Router {
  const router = Router();
  // sendFile wants an absolute path; a folder may be given relative to the working directory.
  const index = path.resolve(dir, 'index.html');
  const firstScreen = path.resolve(dir, 'first-screen.html');
  const firstOperation = path.resolve(dir, 'first-screen.json');
  router.use(express.static(dir, { index: false }));
  router.use(async (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !fs.existsSync(index)) return next();
    const query = req.originalUrl.split('?')[1] ?? '';
    if (query !== '' || !fs.existsSync(firstScreen)) return res.sendFile(index);
    if (!answer || req.method !== 'GET' || req.path !== '/' || !fs.existsSync(firstOperation))
      return res.sendFile(firstScreen);
    const operation = JSON.parse(await fs.promises.readFile(firstOperation, 'utf8')) as FirstScreenOperation;
    // Without an answer in time (a cold or failing database), the page goes as it is and asks itself.
    const body = await within(
      answer(operation).catch(() => undefined),
      ANSWER_WAIT_MS,
    );
    const page = await fs.promises.readFile(firstScreen, 'utf8');
    res.type('html').send(body ? withFirstAnswer(page, body) : page);
  });
  return router;
}
