// The package as a user gets it: `npm pack` (after the build), unpacked into a project's
// node_modules. publint and attw find nothing; every entry loads in Node without a DOM under any
// condition, with the names the browser entries have; a bundler keeps the entries whose import
// is their effect; React 19 TSX type-checks against the generated JSX types, and a wrong
// attribute type is an error. The project sits inside this repository, so that its imports of
// lit, react's types and the like resolve to the repository's node_modules.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const project = resolve('.test-results/package-project');
const installed = join(project, 'node_modules/fm-leaderboard');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let tarball;

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...options });

before(() => {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  // Its own package.json, so that 'fm-leaderboard' resolves to node_modules, not to this repository.
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
  // --ignore-scripts: the build already ran (npm test builds first); prepack would build again.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project]);
  assert.equal(packed.status, 0, packed.stderr);
  tarball = join(project, JSON.parse(packed.stdout)[0].filename);
  const unpacked = run('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
  assert.equal(unpacked.status, 0, unpacked.stderr);
});

/** The entries a program imports (not the JSON ones, not the types-only ones). */
const codeEntries = Object.entries(pkg.exports)
  .filter(([key, target]) => !key.endsWith('.json') && !key.includes('*') && key !== './schema' && (typeof target === 'string' || target.default))
  .map(([key]) => `fm-leaderboard${key.slice(1)}`);

test('the tarball holds what the package needs and nothing it should not', () => {
  const files = run('tar', ['tzf', tarball]).stdout.split('\n').filter(Boolean);
  for (const file of ['LICENSE', 'README.md', 'custom-elements.json', 'dist/index.js', 'dist/web/fm-leaderboard.js', 'dist/web/fm-leaderboard.classic.js', 'dist/types/react.d.ts', 'dist/editors/web-types.json', 'themes/docusaurus.css']) {
    assert.ok(files.includes(`package/${file}`), `${file} is not in the tarball`);
  }
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), [], 'source maps point at src/, which is not shipped');
  assert.deepEqual(files.filter((f) => f.includes('/src/') || f.includes('/test/')), []);
});

test('publint finds nothing to fix', async () => {
  const { publint } = await import('publint');
  const files = run('tar', ['tzf', tarball]).stdout.split('\n').filter((f) => f && !f.endsWith('/'));
  const { messages } = await publint({
    pkgDir: 'package',
    pack: { files: files.map((name) => ({ name, data: readFileSync(join(installed, name.replace(/^package\//, ''))) })) },
  });
  assert.deepEqual(messages.filter((m) => m.type !== 'suggestion'), []);
});

test('attw (esm-only) finds every entry typed and resolvable', () => {
  const attw = run(resolve('node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
});

for (const conditions of [[], ['browser'], ['react-server'], ['worker'], ['development']]) {
  test(`every entry loads in Node without a DOM${conditions.length ? ` (--conditions=${conditions})` : ''}`, () => {
    const script = `for (const spec of ${JSON.stringify(codeEntries)}) {
      try { await import(spec); } catch (error) { console.log(spec + ': ' + String(error).split('\\n')[0]); }
    }
    await import('fm-leaderboard/schema', { with: { type: 'json' } });
    console.log('customElements' in globalThis && globalThis.customElements.get?.('fm-leaderboard') ? 'defined' : 'not defined');`;
    const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script];
    const result = run(process.execPath, args, { cwd: project });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'not defined', 'entries that failed, or elements defined in Node');
  });
}

test("in Node, the element entries have the browser modules' names; using an element says why it cannot work", async () => {
  const server = await import(pathToFileURL(join(installed, 'dist/entries/server.js')));
  // The browser modules themselves load in plain Node through lit's own server build.
  const browserModules = ['dist/index.js', ...['leaderboard', 'leaderboard-table', 'podium', 'metric-explainer', 'score-distribution', 'tier-badge'].map((e) => `dist/elements/${e}/${e}.js`)];
  for (const file of browserModules) {
    const names = Object.keys(await import(pathToFileURL(resolve(file))));
    assert.deepEqual(names.filter((n) => !(n in server)), [], `${file}: names the Node entry lacks`);
  }
  const page = readFileSync('dist/entries/web.d.ts', 'utf8');
  for (const name of page.match(/\b(Fm\w+|load\w+)\b/g)) assert.ok(name in server, name);
  assert.throws(() => new server.FmLeaderboardTable(), /FmLeaderboardTable needs a browser.*fm-leaderboard\/render/);
  await assert.rejects(server.loadPodium(), /loadPodium\(\) needs a browser/);
});

test('a bundler keeps the entries imported for their effect (sideEffects)', () => {
  // What each leaves in a bundle: the elements' definitions, or the classic loader's import of the entry beside it.
  const kept = { 'fm-leaderboard': 'fm-leaderboard-table', 'fm-leaderboard/classic': 'fm-leaderboard.js', 'fm-leaderboard/leaderboard-table': 'fm-leaderboard-table', 'fm-leaderboard/web/fm-leaderboard.js': 'page' };
  for (const [spec, mark] of Object.entries(kept)) {
    const out = run(resolve('node_modules/.bin/esbuild'), ['--bundle', '--format=esm', '--platform=browser', '--log-level=error'], {
      cwd: project,
      input: `import '${spec}';`,
    });
    assert.equal(out.status, 0, out.stderr);
    assert.ok(out.stdout.includes(mark), `${spec}: the bundle dropped it (${out.stdout.length} characters)`);
    assert.match(out.stdout, /node_modules\/fm-leaderboard\//, `${spec}: not bundled from the installed package`);
  }
});

test('React 19 TSX and Svelte 5 element types check against the generated types; a wrong attribute type is an error', () => {
  writeFileSync(
    join(project, 'app.tsx'),
    `import type {} from 'fm-leaderboard/types/react';
import type { FmSortChangeEvent, Feed } from 'fm-leaderboard';

export function App({ feed }: { feed: Feed }) {
  const sorted = (event: FmSortChangeEvent) => console.log(event.detail.keys.length);
  return (
    <main>
      <fm-leaderboard src="feed.json" sync-url heading-level={2} theme="dark"></fm-leaderboard>
      <fm-leaderboard-table feed={feed} benchmark="x" virtualize-threshold={500} onfm-sort-change={sorted}></fm-leaderboard-table>
      <fm-podium src="feed.json" benchmark="x"></fm-podium>
      <fm-tier-badge tier="good"></fm-tier-badge>
      {/* @ts-expect-error: a number, not a string */}
      <fm-leaderboard-table virtualize-threshold="many"></fm-leaderboard-table>
      {/* @ts-expect-error: light or dark */}
      <fm-leaderboard theme="blue"></fm-leaderboard>
      {/* @ts-expect-error: not an attribute of the podium */}
      <fm-podium colour="red"></fm-podium>
    </main>
  );
}
`,
  );
  writeFileSync(
    join(project, 'svelte.ts'),
    `import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'fm-leaderboard/types/svelte';

export const table: SvelteHTMLElements['fm-leaderboard-table'] = {
  src: 'feed.json',
  'virtualize-threshold': 500,
  'onfm-sort-change': (event) => console.log(event.detail.keys.length),
};
// @ts-expect-error: a number, not a string
export const wrong: SvelteHTMLElements['fm-leaderboard-table'] = { 'virtualize-threshold': 'many' };
// @ts-expect-error: light, dark or auto
export const blue: SvelteHTMLElements['fm-leaderboard'] = { theme: 'blue' };
// A boolean attribute set to false would still be present: the property says false.
export const off: SvelteHTMLElements['fm-leaderboard'] = { syncUrl: false, 'sync-url': true };
// @ts-expect-error: sync-url={false} would be the text "false"
export const present: SvelteHTMLElements['fm-leaderboard'] = { 'sync-url': false };
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [] },
      files: ['app.tsx', 'svelte.ts'],
    }),
  );
  const tsc = run(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', project]);
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
