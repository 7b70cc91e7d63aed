#!/usr/bin/env node
// Regenerates demo/data/hub.feed.json from the real hub data in ../shared/fixtures/hub
// (MIT licence; see demo/data/README.md). Usage: npm run data:hub [-- <hub-dir>]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../dist/cli/main.js';

const hub = process.argv[2] ?? new URL('../../shared/fixtures/hub', import.meta.url).pathname;
const commit = readFileSync(join(hub, 'SOURCE_COMMIT.txt'), 'utf8').trim();
process.exitCode = main([
  'from-hub', hub,
  '-o', new URL('../demo/data/hub.feed.json', import.meta.url).pathname,
  '--title', 'Foundation Model Leaderboards',
  '--source-name', 'ai4h-inspired-fm-benchmark-hub',
  '--source-url', 'https://github.com/allison-eunse/ai4h-inspired-fm-benchmark-hub',
  '--source-commit', commit,
  '--license', 'MIT',
  '--quiet',
]);
