import { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Graph, RequestReader } from '../db/graph';
import { LIMITS } from '../limits';
import { toCytoscapeJson, toGraphml } from '../network/graphml';
import { depthArg, sliceLimit } from '../network/slice-args';
import { readNeighborhood } from '../network/slice';
import { parseProjectFilter, SortField } from '../projects/project-filter';
import { projectsCsv } from '../projects/projects-csv';
import { chainCsv } from '../responsibility/chain-csv';

/** Runs an export with its own reader, closed when the export is done. */
function withReader(graph: Graph, handler: (reader: RequestReader, req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const reader = graph.openRequest();
    try {
      await handler(reader, req, res);
    } catch (error) {
      next(error);
    } finally {
      await reader.close();
    }
  };
}

const single = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);

const NeighborhoodQuery = z.object({
  id: z.string().min(1, 'id is required'),
  depth: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().optional(),
});

/** The CSV's own options besides the project filter: its language and order, as the view shows them. */
const CsvOptions = z.object({
  lang: z.enum(['zh', 'en']).default('zh'),
  sort: z.enum([SortField.BOX, SortField.NAME]).default(SortField.BOX),
});

/** A project's responsibility chains as CSV: which project, in which language. */
const ChainQuery = z.object({
  project: z.string().min(1, 'project is required'),
  lang: z.enum(['zh', 'en']).default('zh'),
});

const badRequest = (error: z.ZodError) =>
  Object.assign(new Error(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), { status: 400 });

/** A node's neighbourhood; an id that names no node is a 404, not an empty graph. */
async function neighborhoodSlice(reader: RequestReader, req: Request) {
  const parsed = NeighborhoodQuery.safeParse(
    Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, single(v)])),
  );
  if (!parsed.success) throw badRequest(parsed.error);
  const { id, depth, limit } = parsed.data;
  const slice = await readNeighborhood(
    reader,
    id,
    depthArg(depth),
    sliceLimit(limit, 200, LIMITS.maxNeighborhoodNodes),
  );
  if (slice.nodes.length === 0) throw Object.assign(new Error(`No node with id ${id}`), { status: 404 });
  return slice;
}

/**
 * Downloads: the projects list as CSV (same filter as the `projects` query, as query-string
 * parameters, with `sort` and `lang`), a project's responsibility chains as CSV (`project`, `lang`)
 * and a node's neighbourhood as GraphML or Cytoscape JSON.
 */
export function exportRoutes(graph: Graph): Router {
  const router = Router();

  router.get(
    '/export/projects.csv',
    withReader(graph, async (reader, req, res) => {
      const { lang, sort, ...query } = Object.fromEntries(
        Object.entries(req.query).map(([k, v]): [string, unknown] => [k, single(v)]),
      );
      const options = CsvOptions.safeParse({ lang, sort });
      if (!options.success) throw badRequest(options.error);
      const { csv, totalCount, rows, filename } = await projectsCsv(reader, parseProjectFilter(query), {
        maxRows: LIMITS.maxExportRows,
        ...options.data,
      });
      // attachment() writes the name both plainly and RFC 5987-encoded (filename*=UTF-8''…).
      res.attachment(filename);
      res.set('Content-Type', 'text/csv; charset=utf-8');
      res.set('X-Total-Count', String(totalCount));
      if (rows < totalCount) res.set('X-Truncated', `first ${rows} of ${totalCount}`);
      res.send(csv);
    }),
  );

  router.get(
    '/export/chain.csv',
    withReader(graph, async (reader, req, res) => {
      const parsed = ChainQuery.safeParse(
        Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, single(v)])),
      );
      if (!parsed.success) throw badRequest(parsed.error);
      const { csv, filename } = await chainCsv(reader, parsed.data.project, parsed.data.lang);
      res.attachment(filename);
      res.set('Content-Type', 'text/csv; charset=utf-8');
      res.send(csv);
    }),
  );

  router.get(
    '/export/graph.graphml',
    withReader(graph, async (reader, req, res) => {
      const slice = await neighborhoodSlice(reader, req);
      res.set('Content-Type', 'application/graphml+xml; charset=utf-8');
      res.set('Content-Disposition', 'attachment; filename="graph.graphml"');
      res.send(toGraphml(slice));
    }),
  );

  router.get(
    '/export/graph.json',
    withReader(graph, async (reader, req, res) => {
      const slice = await neighborhoodSlice(reader, req);
      res.set('Content-Disposition', 'attachment; filename="graph.json"');
      res.json(toCytoscapeJson(slice));
    }),
  );

  return router;
}
