#!/usr/bin/env node
// `fm-leaderboard import` at a public leaderboard's size: lm-evaluation-harness results files of
// N models × 6 tasks (two metrics with stderr each), converted into one feed. Peer, in the same
// process: JSON.parse of the same files' text, the least any importer must do.
// Usage: npm run bench:import [-- --runs 9 --models 450,4500]
import { importFiles } from '../dist/import/index.js';
import { arg, median, time } from './lib/bench-util.mjs';

const runs = Number(arg('runs', 9));
const sizes = arg('models', '450,4500').split(',').map(Number);
const TASKS = ['arc_easy', 'arc_challenge', 'hellaswag', 'mmlu', 'gsm8k', 'winogrande'];

/** A deterministic pseudo-random stream, so every run sees the same files. */
function random(seed) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function harnessFiles(models) {
  const next = random(42);
  const encoder = new TextEncoder();
  return Array.from({ length: models }, (_, m) => {
    const results = {};
    for (const t of TASKS) results[t] = { alias: t, 'acc,none': next(), 'acc_stderr,none': 0.01, 'acc_norm,none': next(), 'acc_norm_stderr,none': 0.01 };
    const data = {
      results,
      higher_is_better: Object.fromEntries(TASKS.map((t) => [t, { acc: true, acc_norm: true }])),
      'n-samples': Object.fromEntries(TASKS.map((t) => [t, { original: 1000, effective: 1000 }])),
      config: { model: 'hf', model_args: `pretrained=org/model-${m},dtype=bfloat16`, model_num_parameters: 7e9 },
      model_name: `org/model-${m}`,
      date: 1700000000 + m,
    };
    return { path: `runs/model-${m}/results.json`, content: encoder.encode(JSON.stringify(data)) };
  });
}

console.log(`import benchmark · node ${process.version} · ${runs} runs each, after 2 warm-up runs`);
console.log('| files (results) | import, median ms | peer: decode + JSON.parse, median ms | ratio |');
console.log('|---:|---:|---:|---:|');
for (const models of sizes) {
  const files = harnessFiles(models);
  const decoder = new TextDecoder();
  const ours = [];
  const peer = [];
  let results = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t1 = time(() => (results = importFiles(files).feed.results.length));
    const t2 = time(() => files.forEach((f) => JSON.parse(decoder.decode(f.content))));
    if (i >= 2) ours.push(t1), peer.push(t2);
  }
  console.log(`| ${models} (${results}) | ${median(ours).toFixed(1)} | ${median(peer).toFixed(1)} | ${(median(ours) / median(peer)).toFixed(2)}× |`);
}
