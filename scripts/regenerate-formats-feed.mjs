#!/usr/bin/env node
// Regenerates demo/data/formats.feed.json from the evaluation tools' real outputs in
// ../shared/fixtures/formats (lm-evaluation-harness, Inspect, Every Eval Ever; MIT licences
// beside the files). Each result's source is relative to that folder (`lm-eval/…`).
// Usage: npm run data:formats
import { main } from '../dist/cli/main.js';

const formats = new URL('../../shared/fixtures/formats', import.meta.url).pathname;
const output = new URL('../demo/data/formats.feed.json', import.meta.url).pathname;
process.exitCode = main(['import', formats, '-o', output, '--title', 'Evaluation tools’ results (real files)', '--quiet']);
