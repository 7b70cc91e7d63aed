import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify as terser } from 'terser';
import { privateTokenNames, shortenPrivateTokens } from './scripts/lib/short-tokens.mjs';

/**
 * Minifies the HTML and CSS inside lit's html`…`, svg`…` and css`…` templates of our sources with
 * minify-literals (html-minifier-next and Lightning CSS): 2.8 kB gzip off the hub's first load (7 %)
 * and 1.4 kB off the table's (5 %), a little more than the hand-written minifiers it replaced.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'fm-minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      const out = await minifyHTMLLiterals(code, { fileName: id });
      return out ? { code: out.code, map: null } : null;
    },
  };
}

/**
 * Gives the private custom properties (`--_fm-…`) short names in the bundles (see
 * scripts/lib/short-tokens.mjs): 200 B gzip off the hub's first load, 135 B off the table's (0.5 %).
 * Kept until the first loads are within their targets; then dropped, as it buys less than 1 %.
 */
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
 * A second minification of each finished file with Terser: its passes over Rolldown's minified
 * code take 270 B gzip off the hub's first load and 185 B off the table's (0.7 %). Kept until the
 * first loads are within their targets; then dropped, as it buys less than 1 %. Source maps chain.
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

const entry = (path: string) => resolve(import.meta.dirname, path);

/**
 * What each entry of the page build needs before its first table cell, as few files as can be:
 * left to itself the bundler cuts the code two entries and a dozen lazy chunks share into many
 * small files, and each is compressed alone (the table's first load was 8 files). This plugin
 * finds each entry's static imports when the graph is built, for the groups in `firstLoadGroups`:
 * one `table` chunk (all the table entry needs), one `hub` chunk (what the hub needs beside it),
 * and, apart, what the hub needs at once and the table only on demand (its Filter's facets), so
 * that a page with the table alone never fetches the hub's chunk.
 */
function firstLoadClosures(): Plugin & { table: Set<string>; hub: Set<string>; shared: Set<string> } {
  const table = new Set<string>();
  const hub = new Set<string>();
  const shared = new Set<string>();
  return {
    name: 'fm-first-load-closures',
    apply: 'build',
    table,
    hub,
    shared,
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const ids = [...this.getModuleIds()];
      const barrel = ids.find((id) => id.endsWith('src/core/index.ts'));
      const sourceOf = barrel ? barrelSources(info(barrel)!.code ?? '', info(barrel)!.importedIds) : new Map<string, string>();
      // A module's static imports; through the core's barrel, only the modules of the names it imports.
      const importsOf = (id: string): string[] => {
        const module = info(id);
        if (!module) return [];
        if (!barrel || !module.importedIds.includes(barrel) || id === barrel) return module.importedIds;
        const named = namesImportedFrom(module.code ?? '', 'core/index.js').map((name) => sourceOf.get(name));
        return [...module.importedIds.filter((i) => i !== barrel), ...named.filter((i): i is string => !!i)];
      };
      const walk = (from: string[], into: Set<string>, follow: 'static' | 'all') => {
        const stack = [...from];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (into.has(id)) continue;
          into.add(id);
          stack.push(...importsOf(id), ...(follow === 'all' ? (info(id)?.dynamicallyImportedIds ?? []) : []));
        }
      };
      const tableEntry = ids.find((id) => id.endsWith('src/entries/page-table.ts'));
      const hubEntry = ids.find((id) => id.endsWith('src/entries/page.ts'));
      if (!tableEntry || !hubEntry) return; // the classic loader and the one-file bundle
      walk([tableEntry], table, 'static');
      // Everything the table may load on demand stays out of the hub's chunk.
      const tableAll = new Set<string>();
      walk([tableEntry], tableAll, 'all');
      const hubStatic = new Set<string>();
      walk([hubEntry], hubStatic, 'static');
      for (const id of hubStatic) (tableAll.has(id) ? shared : hub).add(id);
    },
  };
}

/** The names a module imports from `specifier` (`import { a, b as c, type T } from '…/core/index.js'`: a, b). */
function namesImportedFrom(code: string, specifier: string): string[] {
  const names: string[] = [];
  for (const [, list, from] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    if (!from.endsWith(specifier)) continue;
    for (const part of list.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
}

/** For a barrel of `export { a, b } from './x.js'` lines, the module each name comes from. */
function barrelSources(code: string, importedIds: string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const [, list, from] of code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    const file = from.replace(/^\.\//, '/').replace(/\.js$/, '.ts');
    const id = importedIds.find((i) => i.endsWith(file));
    if (!id) continue;
    for (const part of list.split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()!;
      if (name && !name.startsWith('type ')) sources.set(name, id);
    }
  }
  return sources;
}

/** The global key of `importPart` (src/internal/lazy.ts sets it). */
const IMPORT_PART = 'fm-leaderboard.import-part';

/**
 * A chunk loaded on demand is asked for by an `import()`; its own imports would only be asked for
 * once it has arrived and been parsed, and theirs after them: a round trip each before it runs
 * (the hub's entry and the elements' chunk; the suite view and its labels). This asks for the
 * whole of it at once, in every chunk of the page build. Past the entry, each is asked for
 * through `importPart` (src/internal/lazy.ts), which asks again for a part whose file failed in a
 * browser that keeps a failed import failed.
 */
function importTogether(): Plugin {
  return {
    name: 'fm-import-together',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (!chunks.some((c) => c.isEntry && c.name === 'fm-leaderboard')) return; // the page build only
      writeSuiteViewFiles(chunks);
      for (const from of chunks) {
        for (const target of from.dynamicImports) {
          // Every chunk the target imports, and what those import.
          const imports = importClosure(chunks, [target]);
          imports.delete(target);
          for (const loaded of from.imports) imports.delete(loaded); // already here with `from`
          imports.delete(from.fileName);
          // The entry's own import comes before lazy.ts is there: it says a failure, with no retry (entries/load-failure.ts).
          if (imports.size === 0 && from.isEntry) continue;
          const call = new RegExp(`import\\((["'\`])\\./${target.replace(/[.$]/g, '\\$&')}\\1\\)`, 'g');
          if (!call.test(from.code)) throw new Error(`fm-import-together: no import() of ${target} in ${from.fileName}`);
          // All fetched at once; the module graph still runs them in order.
          const files = [...imports, target];
          const together = from.isEntry
            ? `Promise.all([${files.map((f) => `import("./${f}")`).join(',')}]).then((m)=>m[${imports.size}])`
            : `globalThis[Symbol.for("${IMPORT_PART}")](import.meta.url,[${files.map((f) => `"./${f}"`).join(',')}])`;
          from.code = from.code.replace(call, together);
        }
      }
    },
  };
}

/** A chunk of the page build, as far as these plugins read it. */
interface BuiltChunk {
  fileName: string;
  code: string;
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
  facadeModuleId?: string | null;
  name: string;
}

/** The chunks `files` are and every chunk they import statically, and what those import. */
function importClosure(chunks: BuiltChunk[], files: string[]): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  files.forEach(visit);
  return found;
}

/**
 * The entry preloads the suite view and the shard reader when it sees an index of shards
 * (src/entries/start-feeds.ts): their files and every file they import that the entry's first
 * load does not fetch, written into the entry in place of its placeholder.
 */
function writeSuiteViewFiles(chunks: BuiltChunk[]): void {
  const entryChunk = chunks.find((c) => c.isEntry && c.name === 'fm-leaderboard')!;
  const firstLoad = importClosure(chunks, [entryChunk.fileName, ...entryChunk.dynamicImports]);
  const sources = ['src/elements/leaderboard/suite-view.ts', 'src/controllers/shard-fetch.ts'].map((source) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(source));
    if (!chunk) throw new Error(`fm-suite-view-files: no chunk of ${source}`);
    return chunk.fileName;
  });
  const files = [...importClosure(chunks, sources)].filter((f) => !firstLoad.has(f));
  const placeholder = /(["'`])fm-suite-view-files\1/;
  if (!placeholder.test(entryChunk.code)) throw new Error('fm-suite-view-files: no placeholder in the entry');
  entryChunk.code = entryChunk.code.replace(placeholder, JSON.stringify(files.join(',')));
}

const closures = firstLoadClosures();

/** The page build's first-load chunks (see firstLoadClosures). */
const firstLoadGroups = [
  { name: 'table', test: (id: string) => closures.table.has(id), priority: 2 },
  { name: 'hub-shared', test: (id: string) => closures.shared.has(id) && !closures.table.has(id), priority: 1 },
  { name: 'hub', test: (id: string) => closures.hub.has(id), priority: 0 },
];

/**
 * The library builds, by FM_BUNDLE:
 * - (unset) the page build, dist/web/: `fm-leaderboard.js` (every element) and
 *   `fm-leaderboard-table.js` (the table alone), ES modules that load the rest of the library as
 *   chunks beside them (`[name]-[hash].js`, so a new release never meets an old chunk in a cache);
 * - `classic`: dist/web/fm-leaderboard.classic.js, a classic script that imports the entry beside it;
 * - `one-file`: dist/fm-leaderboard.bundle.js, every element and the core in one ES module, its
 *   dynamic imports inlined (for a page that wants exactly one file; heavier on first load).
 */
function library(kind: string | undefined) {
  if (kind === 'classic') {
    return { outDir: 'dist/web', lib: { entry: entry('src/entries/classic.ts'), formats: ['iife' as const], name: 'fmLeaderboardLoader', fileName: () => 'fm-leaderboard.classic.js' } };
  }
  if (kind === 'one-file') {
    return {
      outDir: 'dist',
      lib: { entry: entry('src/index.ts'), formats: ['es' as const], fileName: () => 'fm-leaderboard.bundle.js' },
      output: { inlineDynamicImports: true },
    };
  }
  return {
    outDir: 'dist/web',
    lib: {
      entry: { 'fm-leaderboard': entry('src/entries/web.ts'), 'fm-leaderboard-table': entry('src/entries/page-table.ts') },
      formats: ['es' as const],
      fileName: (_format: string, name: string) => `${name}.js`,
    },
    output: {
      chunkFileNames: '[name]-[hash].js',
      codeSplitting: { groups: firstLoadGroups },
    },
  };
}

// `vite` (npm start) serves the demo from demo/; `vite build` writes the library builds above.
// The per-entry ES modules and types in dist/ come from `tsc -p tsconfig.build.json`.
export default defineConfig(({ command }) => {
  const build = library(process.env.FM_BUNDLE);
  return {
    root: command === 'serve' ? resolve(import.meta.dirname, 'demo') : import.meta.dirname,
    plugins: [minifyLitTemplates(), shortPrivateTokens(), importTogether(), terserPass(), closures],
    server: {
      host: '127.0.0.1',
      port: 5173,
      fs: { allow: [import.meta.dirname] },
    },
    build: {
      outDir: resolve(import.meta.dirname, build.outDir),
      // dist/web is the page build's own folder: emptied by its build (not by the classic loader's).
      emptyOutDir: process.env.FM_BUNDLE === undefined,
      target: 'es2022',
      // The map is written beside each file (*.js.map) but the file does not name it: the
      // comment would cost every page about 45 B gzip. Open the map in the developer tools.
      sourcemap: 'hidden' as const,
      // A manifest of the page build (dist/web/.vite/manifest.json): which chunks each entry
      // imports, for the size check (.size-limit.mjs) and the tests.
      manifest: process.env.FM_BUNDLE === undefined,
      // Library mode keeps whitespace and /* @__PURE__ */ comments in ES output (for bundlers'
      // tree-shaking); these files are for pages, not bundlers (they use the per-entry modules), so
      // minify them fully and drop every comment.
      rolldownOptions: {
        output: { minify: true, comments: false, ...build.output },
        // d3-array builds its bisectors at its top level with unannotated calls, which keeps them
        // (and bisector) in the bundle although nothing here uses them.
        treeshake: { manualPureFunctions: ['bisector'], propertyReadSideEffects: false },
      },
      lib: build.lib,
    },
  };
});
