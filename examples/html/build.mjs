#!/usr/bin/env node
// Builds the plain page into site/: the page build (dist/web) copied into site/js, the built-in
// feed beside the page, and the static copy that `fm-leaderboard render` writes put inside the tag.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyWebBuild } from '../../scripts/lib/web-build.mjs';

const here = import.meta.dirname;
const site = resolve(here, 'site');
const feed = resolve(here, '../../demo/data/hub.feed.json');
rmSync(site, { recursive: true, force: true });
mkdirSync(site);
copyWebBuild(resolve(site, 'js'));
copyFileSync(feed, resolve(site, 'hub.feed.json'));
const copy = execFileSync(process.execPath, [resolve(here, '../../dist/cli/bin.js'), 'render', feed, '--heading-level', '2'], { encoding: 'utf8' });
writeFileSync(resolve(site, 'index.html'), readFileSync(resolve(here, 'index.html'), 'utf8').replace('<!-- fm-leaderboard render -->', copy));
console.log(`plain page built in ${site}`);
