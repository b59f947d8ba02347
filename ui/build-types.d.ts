// The repository's tsconfig resolves modules node10-style, which cannot see the exports-only
// typings of Vite and its React plugin; these cover the little that ui/vite.config.ts uses.
declare module 'vite' {
  export function defineConfig<T>(config: T): T;
  /** A dev server, here only to render the first screen at build time (ssrLoadModule). */
  export function createServer(config: Record<string, unknown>): Promise<{
    ssrLoadModule(url: string): Promise<Record<string, unknown>>;
    close(): Promise<void>;
  }>;
}
declare module '@vitejs/plugin-react' {
  export default function react(): unknown;
}
// Vite bundles `…?worker` imports as a Worker constructor (ui/src/cytoscape/layout.ts).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
