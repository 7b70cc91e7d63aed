import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The React example: `import 'fm-leaderboard/page'` resolves to this repository's sources, the way a
// bundler resolves the installed package; the built-in feed is served next to the page.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: resolve(import.meta.dirname, '../../demo/data'),
  resolve: {
    alias: [
      { find: /^fm-leaderboard\/page$/, replacement: resolve(import.meta.dirname, '../../src/entries/page.ts') },
      { find: /^fm-leaderboard$/, replacement: resolve(import.meta.dirname, '../../src/index.ts') },
    ],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', outDir: resolve(import.meta.dirname, 'dist'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5174 },
});
