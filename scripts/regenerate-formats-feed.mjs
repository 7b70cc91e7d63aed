#!/usr/bin/env node
// Regenerates demo/data/formats.feed.json from the evaluation tools' real outputs in
// ../shared/fixtures/formats (lm-evaluation-harness, Inspect, Every Eval Ever; MIT licences
// beside the files). Run from the fixtures folder, so each result's source reads `formats/…`.
// Usage: npm run data:formats
import { main } from '../dist/cli/main.js';

const fixtures = new URL('../../shared/fixtures/', import.meta.url).pathname;
const output = new URL('../demo/data/formats.feed.json', import.meta.url).pathname;
process.chdir(fixtures);
process.exitCode = main(['import', 'formats', '-o', output, '--title', 'Evaluation tools’ results (real files)', '--quiet']);
