import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyCss } from './scripts/lib/minify-css.mjs';
import { minifyHtmlTemplates } from './scripts/lib/minify-html.mjs';
import { minify as terser } from 'terser';
import { privateTokenNames, shortenPrivateTokens } from './scripts/lib/short-tokens.mjs';

/** Minifies the CSS inside lit's css`…` templates of our sources (see scripts/lib/minify-css.mjs). */
function minifyLitCss(): Plugin {
  return {
    name: 'fm-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

/** Collapses the indentation inside lit's html`…` templates of our sources (see scripts/lib/minify-html.mjs). */
function minifyLitHtml(): Plugin {
  return {
    name: 'fm-minify-lit-html',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg)`/.test(code)) return null;
      const out = minifyHtmlTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** Gives the private custom properties (`--_fm-…`) short names in the bundles (see scripts/lib/short-tokens.mjs). */
function shortPrivateTokens(): Plugin {
  const names = privateTokenNames(resolve(import.meta.dirname, 'src'));
  return {
    name: 'fm-short-private-tokens',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const out = shortenPrivateTokens(code, names);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * A second minification of the finished bundle with Terser: its passes over the already minified
 * code make the table bundle 0.7 % smaller (about 185 B gzip of its 25 kB budget). Source maps chain.
 */
function terserPass(): Plugin {
  return {
    name: 'fm-terser-pass',
    apply: 'build',
    async generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapFile = bundle[`${chunk.fileName}.map`];
        const out = await terser(chunk.code, {
          // An ES module's top level is its own; a classic script's `var fmLeaderboard` is the page's.
          module: options.format === 'es',
          ecma: 2020,
          // unsafe_arrows: a `function` expression that uses no `this` becomes an arrow (−83 B on
          // the table); none of the bundled code calls such a function with `new` or reads its prototype.
          compress: { passes: 3, unsafe_arrows: true },
          format: { comments: false },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
        });
        if (out.code === undefined) continue;
        chunk.code = out.code + (mapFile && options.sourcemap === true ? `\n//# sourceMappingURL=${mapFile.fileName.split('/').pop()}\n` : '');
        if (mapFile?.type === 'asset' && typeof out.map === 'string') mapFile.source = out.map;
      }
    },
  };
}

// `vite` (npm start) serves the demo from demo/; `vite build` writes the one-file bundle
// dist/fm-leaderboard.bundle.js, everything inside (lit included), for a plain <script type="module">.
// The per-entry ES modules and types in dist/ come from `tsc -p tsconfig.build.json`.
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? resolve(import.meta.dirname, 'demo') : import.meta.dirname,
  plugins: [minifyLitCss(), minifyLitHtml(), shortPrivateTokens(), terserPass()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [import.meta.dirname] },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    // The map is written beside each bundle (dist/*.js.map) but the bundle does not name it:
    // the comment would cost every page about 45 B gzip. Open the map in the developer tools.
    sourcemap: 'hidden',
    // Library mode keeps whitespace and /* @__PURE__ */ comments in ES output (for bundlers'
    // tree-shaking); this file is for pages, not bundlers (they use the per-entry modules), so
    // minify it fully and drop every comment.
    rolldownOptions: {
      output: { minify: true, comments: false },
      // d3-array builds its bisectors at its top level with unannotated calls, which keeps them
      // (and bisector) in the bundle although nothing here uses them.
      treeshake: { manualPureFunctions: ['bisector'], propertyReadSideEffects: false },
    },
    // FM_BUNDLE=table builds the table element alone (with lit and the row window), for its budget;
    // FM_BUNDLE=classic the same one file as the bundle, as a classic script (no `type="module"`:
    // MkDocs 1.4's extra_javascript, CMS script fields) that puts the exports on `window.fmLeaderboard`.
    lib:
      process.env.FM_BUNDLE === 'table'
        ? {
            entry: resolve(import.meta.dirname, 'src/elements/leaderboard-table/leaderboard-table.ts'),
            formats: ['es'],
            fileName: () => 'fm-leaderboard-table.bundle.js',
          }
        : process.env.FM_BUNDLE === 'classic'
          ? {
              entry: resolve(import.meta.dirname, 'src/index.ts'),
              formats: ['iife'],
              name: 'fmLeaderboard',
              fileName: () => 'fm-leaderboard.classic.js',
            }
          : {
              entry: resolve(import.meta.dirname, 'src/index.ts'),
              formats: ['es'],
              fileName: () => 'fm-leaderboard.bundle.js',
            },
  },
}));
