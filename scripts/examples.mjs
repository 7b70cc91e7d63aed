#!/usr/bin/env node
// Builds the framework examples (examples/<name>) against the package as a user installs it: the
// tarball `npm pack` makes from this build, installed into each example after `npm ci` of the
// example's own lockfile. Then opens each built site in Chromium (test/frameworks/). CI runs it;
// `npm run examples -- nextjs vue` builds and checks some.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXAMPLES } from '../test/frameworks/examples.mjs';

const root = resolve(import.meta.dirname, '..');
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(EXAMPLES);
for (const name of chosen) if (!EXAMPLES[name]) throw new Error(`no example "${name}"; the examples: ${Object.keys(EXAMPLES).join(', ')}`);

function run(cmd, args, cwd) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed`);
  return Date.now() - started;
}

if (!existsSync(join(root, 'dist/web/fm-leaderboard.js'))) throw new Error('dist/ is missing: run npm run build first');
const packDir = join(root, '.examples');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir);
run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], root);
const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')));

const timings = [];
for (const name of chosen) {
  const example = EXAMPLES[name];
  const dir = join(root, 'examples', name);
  if (!example.install) {
    timings.push([name, 0, run(process.execPath, ['build.mjs'], dir)]);
    continue;
  }
  const install = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir) +
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir);
  mkdirSync(join(dir, example.feedDir), { recursive: true });
  copyFileSync(join(root, 'demo/data/hub.feed.json'), join(dir, example.feedDir, 'hub.feed.json'));
  timings.push([name, install, run('npm', ['run', 'build', '--silent'], dir)]);
}
for (const [name, install, build] of timings) console.log(`${name}: install ${(install / 1000).toFixed(1)} s, build ${(build / 1000).toFixed(1)} s`);

// Open each built site in Chromium.
process.env.FM_EXAMPLES = chosen.join(',');
process.exit(spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/frameworks/examples.test.mjs'], { cwd: root, stdio: 'inherit' }).status ?? 1);
