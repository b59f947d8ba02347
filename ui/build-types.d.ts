// The repository's tsconfig resolves modules node10-style, which cannot see the exports-only
// typings of Vite and its React plugin; these cover the little that ui/vite.config.ts uses.
declare module 'vite' {
  export function defineConfig<T>(config: T): T;
}
declare module '@vitejs/plugin-react' {
  export default function react(): unknown;
}
// Vite bundles `…?worker` imports as a Worker constructor (ui/src/cytoscape/layout.ts).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
