#!/usr/bin/env node
// Ranks generated feeds of realistic shape with the core (no DOM) and prints medians.
// Peer, in the same process: one plain sort of the same results by their primary value, the
// least any ranking must do. Usage: npm run bench:core [-- --runs 9 --sizes 1000,10000,100000]
import { buildHub, rankAll } from '../dist/core/index.js';
import { arg, median, time } from './lib/bench-util.mjs';
import { generateFeed } from './lib/generate-feed.mjs';

const runs = Number(arg('runs', 9));
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);

console.log(`core ranking benchmark · node ${process.version} · ${runs} runs each, after 2 warm-up runs`);
console.log('| results | rank (buildHub + rankAll), median ms | peer: one sort by primary, median ms | ratio |');
console.log('|---:|---:|---:|---:|');
for (const size of sizes) {
  const feed = generateFeed(size);
  const ours = [];
  const peer = [];
  for (let i = 0; i < runs + 2; i++) {
    const t1 = time(() => rankAll(buildHub(feed)));
    const t2 = time(() => {
      const primary = new Map(feed.benchmarks.map((b) => [b.id, b.primary_metric]));
      [...feed.results].sort((a, b) => (b.metrics[primary.get(b.benchmark)] ?? 0) - (a.metrics[primary.get(a.benchmark)] ?? 0));
    });
    if (i >= 2) {
      ours.push(t1);
      peer.push(t2);
    }
  }
  const [a, b] = [median(ours), median(peer)];
  console.log(`| ${size.toLocaleString('en')} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)}× |`);
}
