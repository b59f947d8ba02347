import fs from 'node:fs';
import path from 'node:path';
import { createServer, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.PLANGRAPH_API ?? 'http://localhost:4000';

/** What the plugin reads of the build's output (typed here: the bundler's own types need `exports`). */
interface Output {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  name?: string;
}

/**
 * The page's first step (src/boot.ts, which sends the first screen's query) is an entry of its own,
 * loaded by an `async` module script: it runs as soon as its few kilobytes have arrived, not after
 * the main script and its chunks (hundreds of kilobytes) have loaded and run.
 */
function bootFirst() {
  return {
    name: 'plangraph:boot-first',
    apply: 'build' as const,
    transformIndexHtml: {
      order: 'post' as const,
      handler(_html: string, { bundle }: { bundle?: Record<string, Output> }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        if (!chunk) throw new Error('no boot entry in the build');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}

/** The built page with the first screen already in it; api/http/web-ui.ts sends it for the default URL. */
const FIRST_SCREEN_PAGE = 'first-screen.html';
/** The first screen's own query, which the server answers into that page. */
const FIRST_SCREEN_OPERATION = 'first-screen.json';

/**
 * Renders the first screen (src/prerender.tsx) into a copy of the built index.html, so that the
 * default URL's page has the network view's canvas before any script has run.
 */
function prerenderFirstScreen() {
  let outDir = '';
  return {
    name: 'plangraph:first-screen',
    apply: 'build' as const,
    configResolved(config: { build: { outDir: string } }) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const server = await createServer({
        root: __dirname,
        configFile: false,
        plugins: [react()],
        server: { middlewareMode: true, hmr: false },
        appType: 'custom',
        logLevel: 'error',
      });
      try {
        const { renderFirstScreen, firstScreenOperation, FIRST_SCREEN_SEARCH } = (await server.ssrLoadModule(
          '/src/prerender.tsx',
        )) as unknown as {
          renderFirstScreen: () => string;
          firstScreenOperation: () => object;
          FIRST_SCREEN_SEARCH: string;
        };
        const page = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const root = '<div id="root"></div>';
        if (!page.includes(root)) throw new Error(`no ${root} in the built index.html`);
        const screen = `<div id="root" data-first-screen="${FIRST_SCREEN_SEARCH}">${renderFirstScreen()}</div>`;
        fs.writeFileSync(path.join(outDir, FIRST_SCREEN_PAGE), page.replace(root, screen));
        fs.writeFileSync(path.join(outDir, FIRST_SCREEN_OPERATION), JSON.stringify(firstScreenOperation()));
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react(), bootFirst(), prerenderFirstScreen()],
  build: {
    outDir: path.resolve(__dirname, '../dist/ui'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { index: path.resolve(__dirname, 'index.html'), boot: path.resolve(__dirname, 'src/boot.ts') },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/export': api,
      '/ready': api,
    },
  },
});
