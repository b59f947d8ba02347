import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

/**
 * Writes the text into the response as it comes, reading the next piece only when the client has
 * taken the last ones (pipeline waits for 'drain'). When the client goes away, the rows stop being
 * read. The status is sent by then, so an error after it cannot be told in it, nor in the file (a
 * last line would pass for a row): the response is destroyed, which cuts the connection before the
 * end of the chunked body, and the client sees a broken download.
 */
async function streamText(text: AsyncIterable<string>, res: Response): Promise<void> {
  try {
    await pipeline(Readable.from(text), res);
  } catch (error) {
    const clientGone = (error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE';
    if (!clientGone) console.error(`${res.req.originalUrl}: the download was cut after its first rows:`, error);
  }
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

/** Rows of one CSV export, and rows read per statement. */
export interface ExportLimits {
  maxExportRows: number;
  exportPageRows: number;
}

/**
 * Downloads: the projects list as CSV (same filter as the `projects` query, as query-string
 * parameters, with `sort` and `lang`), a project's responsibility chains as CSV (`project`, `lang`)
 * and a node's neighbourhood as GraphML or Cytoscape JSON.
 */
export function exportRoutes(graph: Graph, limits: ExportLimits = LIMITS): Router {
  const router = Router();

  router.get(
    '/export/projects.csv',
    withReader(graph, async (reader, req, res) => {
      const { lang, sort, ...query } = Object.fromEntries(
        Object.entries(req.query).map(([k, v]): [string, unknown] => [k, single(v)]),
      );
      const options = CsvOptions.safeParse({ lang, sort });
      if (!options.success) throw badRequest(options.error);
      const csv = await projectsCsv(reader, parseProjectFilter(query), {
        maxRows: limits.maxExportRows,
        pageRows: limits.exportPageRows,
        ...options.data,
      });
      // attachment() writes the name both plainly and RFC 5987-encoded (filename*=UTF-8''…).
      res.attachment(csv.filename);
      res.set('Content-Type', 'text/csv; charset=utf-8');
      res.set('X-Total-Count', String(csv.totalCount));
      if (csv.rowCount < csv.totalCount) res.set('X-Truncated', `first ${csv.rowCount} of ${csv.totalCount}`);
      res.flushHeaders();
      await streamText(csv.text, res);
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
