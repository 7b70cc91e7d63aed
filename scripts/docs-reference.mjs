// Writes docs/reference/ from the custom elements manifest and the command line's --help (after `npm run build:lib`).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliHelp, referencePages } from './lib/api-reference.mjs';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pages = referencePages(manifest, cliHelp(root));
const folder = join(root, 'docs/reference');
// A page of an element that is gone goes too.
for (const name of readdirSync(folder, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name)) {
  if (!pages.has(`reference/${name}`)) rmSync(join(folder, name));
}
for (const [path, text] of pages) {
  mkdirSync(dirname(join(root, 'docs', path)), { recursive: true });
  writeFileSync(join(root, 'docs', path), text);
}
console.log(`docs/reference: ${pages.size} pages`);
