// What the page build (dist/web/, `vite build`) is made of, read from its manifest: each entry's
// first load (the entry, the elements' chunk it imports at once, and the chunks those import
// statically) and the chunks loaded on demand. Used by the size check (.size-limit.mjs), the tests
// and the bench.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_DIR = resolve(import.meta.dirname, '../../dist/web');

/** The manifest of the page build: key → { file, imports, dynamicImports, isEntry, src }. */
export function readManifest(dir = WEB_DIR) {
  return JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
}

/** The files (relative to dist/web) a page fetches to run `entryFile` (e.g. 'fm-leaderboard.js'), the entry first. */
export function staticClosure(manifest, entryFile) {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  const key = byFile.get(entryFile);
  if (!key) throw new Error(`${entryFile} is not in the page build's manifest`);
  visit(key);
  return [...seen].map((k) => manifest[k].file);
}

/**
 * What a page fetches before the elements of `entryFile` are defined: the entry and what it
 * imports, with the elements' chunk it imports at once (a dynamic import: the hub's entry starts
 * the page's feeds first, see src/entries/web.ts) and what that imports.
 */
export function firstLoad(manifest, entryFile) {
  const entry = Object.values(manifest).find((chunk) => chunk.file === entryFile);
  if (!entry) throw new Error(`${entryFile} is not in the page build's manifest`);
  const files = new Set(staticClosure(manifest, entryFile));
  for (const key of entry.dynamicImports ?? []) for (const file of staticClosure(manifest, manifest[key].file)) files.add(file);
  return [...files];
}

/**
 * The chunks loaded on demand, by the name of their source module: [{ name, file, src, files }].
 * `files`: what loading it fetches beyond the hub's first load (the chunk and the shared chunks it
 * imports, such as the explainer's and the podium's text).
 */
export function lazyChunks(manifest) {
  const first = new Set(firstLoad(manifest, 'fm-leaderboard.js'));
  const elements = new Set(Object.values(manifest).filter((chunk) => chunk.isEntry).flatMap((chunk) => (chunk.dynamicImports ?? []).map((key) => manifest[key].file)));
  return Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry && !elements.has(chunk.file))
    .map((chunk) => ({ name: chunk.name, file: chunk.file, src: chunk.src, files: staticClosure(manifest, chunk.file).filter((f) => !first.has(f)) }));
}

/** Every JavaScript file of the page build. */
export function allFiles(manifest) {
  return Object.values(manifest).map((chunk) => chunk.file);
}

/** Copies the page build (every .js of dist/web: the entries, the classic loader, the chunks) into `dest`. */
export function copyWebBuild(dest, dir = WEB_DIR) {
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.js')) copyFileSync(join(dir, file), join(dest, file));
}
