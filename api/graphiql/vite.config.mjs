import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

/** GraphiQL bundled from node_modules, so that the API's /graphql page works offline. */
export default defineConfig({
  root: here,
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../../dist/graphiql'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
