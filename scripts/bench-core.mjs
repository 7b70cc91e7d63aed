#!/usr/bin/env node
// Ranks generated feeds of realistic shape with the core (no DOM) and prints medians.
// Peer, in the same process: one plain sort of the same results by their primary value, the
// least any ranking must do. Usage: npm run bench:core [-- --runs 9 --sizes 1000,10000,100000]
import { performance } from 'node:perf_hooks';
import { buildHub, rankAll } from '../dist/core/index.js';
import { seededRandom as random } from './lib/random.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(arg('runs', 9));
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);

/**
 * The hub's metric mix (higher and lower is better), ~20 runs per benchmark per 100 models,
 * several runs per model, values rounded to 3 decimals so ties occur, model ids in mixed case.
 */
export function generateFeed(resultCount, seed = 1) {
  const rand = random(seed);
  const benchmarkCount = Math.max(5, Math.round(resultCount / 2000));
  const modelCount = Math.max(10, Math.round(resultCount / 20));
  const metrics = {
    AUROC: { name: 'AUROC', direction: 'higher', range: { min: 0, max: 1 } },
    Accuracy: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } },
    'F1-Score': { name: 'F1', direction: 'higher', range: { min: 0, max: 1 } },
    MSE: { name: 'MSE', direction: 'lower', range: { min: 0, max: null } },
    hallucination_rate: { name: 'Hallucination rate', direction: 'lower', range: { min: 0, max: 1 } },
  };
  const primaries = ['AUROC', 'Accuracy', 'MSE', 'hallucination_rate'];
  const benchmarks = Array.from({ length: benchmarkCount }, (_, i) => ({
    id: `BM-${i}`,
    name: `Benchmark ${i}`,
    primary_metric: primaries[i % primaries.length],
    secondary_metrics: ['F1-Score', 'Accuracy'],
    targets: i % 3 === 0 ? { excellent: 0.9, good: 0.85 } : undefined,
  }));
  const models = Array.from({ length: modelCount }, (_, i) => ({ id: `model-${i}`, name: `Model ${i}`, aliases: [`M${i}`] }));
  const round = (x) => Math.round(x * 1000) / 1000;
  const results = Array.from({ length: resultCount }, (_, i) => {
    const b = benchmarks[Math.floor(rand() * benchmarkCount)];
    const m = Math.floor(rand() * modelCount);
    const spelling = rand() < 0.1 ? `MODEL-${m}` : rand() < 0.05 ? `M${m}` : `model-${m}`;
    const value = {
      AUROC: round(0.5 + rand() * 0.5),
      Accuracy: round(rand()),
      'F1-Score': round(rand()),
      MSE: round(rand() * 2),
      hallucination_rate: round(rand() * 0.3),
    };
    if (rand() < 0.01) value[b.primary_metric] = null;
    return { id: `run-${i}`, benchmark: b.id, model: spelling, date: '2025-11-27', metrics: value };
  });
  return { version: '1.0', metrics, benchmarks, models, results };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

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
