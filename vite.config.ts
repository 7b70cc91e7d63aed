import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `vite` (npm start) serves the demo from demo/; `vite build` writes the one-file bundle
// dist/fm-leaderboard.bundle.js, everything inside (lit included), for a plain <script type="module">.
// The per-entry ES modules and types in dist/ come from `tsc -p tsconfig.build.json`.
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? resolve(import.meta.dirname, 'demo') : import.meta.dirname,
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [import.meta.dirname] },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Library mode keeps whitespace in ES output (for bundlers' tree-shaking); this file is for
    // pages, not bundlers (they use the per-entry modules), so minify it fully.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'fm-leaderboard.bundle.js',
    },
  },
}));
