#!/usr/bin/env node
// Builds the MkDocs Material example (examples/mkdocs) with the page build (dist/web: the classic
// loader, the entry and its chunks, into docs/js), the built-in feed (into docs/assets) and the
// token stylesheet (themes/mkdocs-material.css, into docs/stylesheets), none committed, then runs
// Debian's mkdocs.
// Usage: node scripts/build-mkdocs-example.mjs [out-dir]   (default: examples/mkdocs/site)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyWebBuild, WEB_DIR } from './lib/web-build.mjs';

const root = resolve(import.meta.dirname, '..');
const example = resolve(root, 'examples/mkdocs');
const out = resolve(process.argv[2] ?? resolve(example, 'site'));
if (!existsSync(resolve(WEB_DIR, 'fm-leaderboard.classic.js'))) throw new Error('dist/web/fm-leaderboard.classic.js is missing: run npm run build first');
copyWebBuild(resolve(example, 'docs/js'));
mkdirSync(resolve(example, 'docs/assets'), { recursive: true });
copyFileSync(resolve(root, 'demo/data/hub.feed.json'), resolve(example, 'docs/assets/hub.feed.json'));
// The package's MkDocs Material token stylesheet, as a site copies it.
mkdirSync(resolve(example, 'docs/stylesheets'), { recursive: true });
copyFileSync(resolve(root, 'themes/mkdocs-material.css'), resolve(example, 'docs/stylesheets/fm-leaderboard-material.css'));
const run = spawnSync('mkdocs', ['build', '--quiet', '--clean', '-f', resolve(example, 'mkdocs.yml'), '-d', out], { stdio: 'inherit' });
if (run.error) throw new Error(`mkdocs is not installed (apt-get install -y mkdocs mkdocs-material): ${run.error.message}`);
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`MkDocs example built in ${out}`);
