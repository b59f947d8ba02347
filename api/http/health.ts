import { Router } from 'express';
import type { Graph } from '../db/graph';

/** `/health`: the process is up. `/ready`: Neo4j answers (503 with the reason while it does not). */
export function healthRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const readiness = await graph.probe();
    res
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ready' : 'unavailable', message: readiness.message });
  });
  return router;
}
