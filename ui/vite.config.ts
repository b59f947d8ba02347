import path from 'node:path';
import { defineConfig } from 'vite';
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

export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react(), bootFirst()],
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
