import 'reflect-metadata';
import { startProduct } from '../tests/e2e/product';

/**
 * The product (API and a built UI) for `bench:ui`, in a process of its own as in production, so
 * that the page's requests never wait on the benchmark's own work (the browser's trace it
 * receives): `node dist/bench/ui-server.js PORT UI_DIR` against the Neo4j of NEO4J_URI, no rate
 * limit to speak of; prints `ready` once it listens. Stops on SIGTERM.
 */
async function main(): Promise<void> {
  const [port, uiDir] = process.argv.slice(2);
  if (!port || !uiDir) throw new Error('usage: node dist/bench/ui-server.js PORT UI_DIR');
  const product = await startProduct({ port: Number(port), uiDir, rateLimit: { windowMs: 60_000, limit: 1_000_000 } });
  console.log('ready');
  process.on('SIGTERM', () => void product.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
