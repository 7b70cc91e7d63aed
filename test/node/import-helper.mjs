// Shared by the import tests: the fixture folders, and running `import` on files read as the CLI reads them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importFiles } from '../../dist/import/index.js';

export const SHARED = new URL('../../../shared/fixtures/', import.meta.url).pathname;
export const FORMATS = join(SHARED, 'formats');
export const CARDS = new URL('../fixtures/model-cards', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every file under a folder, with paths relative to `base` (so `formats/…` or `model-cards/…`). */
export function filesUnder(dir, base) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(base, p), content: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** One fixture file of ../shared/fixtures/formats, as `formats/<path>`. */
export function formatFile(path) {
  return { path: `formats/${path}`, content: readFileSync(join(FORMATS, path)) };
}

export const importFormats = (options) => importFiles(filesUnder(FORMATS, SHARED), options);
export const importCards = (options) => importFiles(filesUnder(CARDS, FIXTURES), options);

/** The warnings of one file, as messages. */
export const warningsOf = (feed, source) => feed.warnings.filter((w) => w.source === source).map((w) => w.message);
