// A suite's capability index fitted by the CLI (`--index`) and stored in the feed, in the suite's
// shard when sharded: read back whole by readFeed, validated, and used by render (even for a suite
// too large for render to fit), but only while it fits the data.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildHub, storedIndexFit, suiteIndexScores, suiteStanding, rankAll, validateFeed, withStoredIndexes } from '../../dist/core/index.js';
import { readFeed } from '../../dist/node/index.js';
import { cli } from './cli-helper.mjs';

const dir = mkdtempSync(join(tmpdir(), 'fm-stored-index-'));

/** A suite "big" of 3 benchmarks × 2,100 models (6,300 scores: past what render fits itself) and a small one. */
function feed() {
  const results = [];
  for (let b = 0; b < 3; b++) for (let m = 0; m < 2100; m++) results.push({ id: `r${b}-${m}`, benchmark: `big/b${b}`, model: `m${m}`, metrics: { acc: ((m * 7919 + b * 104729) % 997) / 1000 } });
  results.push({ id: 'o', benchmark: 'small/x', model: 'm0', metrics: { acc: 0.5 } });
  return {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    suites: [{ id: 'big', name: 'Big board', overall: { method: 'mean' } }, { id: 'small', name: 'Small board' }],
    benchmarks: [0, 1, 2].map((b) => ({ id: `big/b${b}`, name: `B${b}`, primary_metric: 'acc', suite: 'big' })).concat([{ id: 'small/x', name: 'X', primary_metric: 'acc', suite: 'small' }]),
    models: [],
    results,
  };
}

describe('a stored capability index', () => {
  const source = join(dir, 'source.json');
  writeFileSync(source, JSON.stringify(feed()));
  // merge joins two or more: the feed and a second one adding a result to the small board.
  const other = join(dir, 'other.json');
  const extra = feed();
  writeFileSync(other, JSON.stringify({ ...extra, results: [{ id: 'o2', benchmark: 'small/x', model: 'm1', metrics: { acc: 0.4 } }] }));
  const out = join(dir, 'feed.json');
  const run = cli('merge', source, other, '-o', out, '--index', '--shards', 'always', '-q');

  it('is written into the suite’s shard, not the index every page reads', () => {
    assert.equal(run.code, 0, run.err);
    const index = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(index.suites.find((s) => s.id === 'big').capability_index, undefined);
    const shard = JSON.parse(readFileSync(join(dir, 'feed.big.json'), 'utf8'));
    assert.equal(shard.capability_index.resamples, 200);
    assert.equal(shard.capability_index.models.length, 2100);
    for (const [id, value, low, high] of shard.capability_index.models.slice(0, 50)) assert.ok(typeof id === 'string' && low <= value && value <= high, id);
    // A suite of one benchmark has no index to store.
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.small.json'), 'utf8')).capability_index, undefined);
  });

  it('comes back on its suite when the shards are joined, and validates', () => {
    const read = readFeed(out);
    assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), []);
    const big = read.feed.suites.find((s) => s.id === 'big');
    assert.equal(big.capability_index.models.length, 2100);
    assert.equal(validateFeed(read.feed).valid, true);
    assert.equal(cli('validate', out).code, 0);
  });

  it('gives render the index of a suite too large to fit there', () => {
    const md = cli('render', out, '--format', 'md', '-q');
    assert.equal(md.code, 0, md.err);
    const section = md.out.slice(md.out.indexOf('### Capability index'));
    assert.doesNotMatch(section.slice(0, 2000), /fitted in the live page/);
    assert.match(section, /\| 🥇 1 \| m\d+ \| -?\d\.\d\d \| -?\d\.\d\d to -?\d\.\d\d \| 3 of 3 \|/);
    // Without it, render says the live page fits it.
    const plain = cli('render', source, '--format', 'md', '-q');
    assert.match(plain.out, /With 6,300 scores, the index is fitted in the live page/);
  });

  it('is read back only while it fits the data', () => {
    const hub = buildHub(withStoredIndexes(feed()));
    const suite = hub.suite('big');
    const data = suiteIndexScores(suiteStanding(suite, rankAll(hub).filter((r) => r.benchmark.suite === 'big')));
    const fit = storedIndexFit(suite.capability_index, data);
    assert.equal(fit.index.filter((v) => v !== null).length, 2100);
    // A model the stored index lacks, or one more than the data has: not used.
    assert.equal(storedIndexFit({ ...suite.capability_index, models: suite.capability_index.models.slice(1) }, data), null);
    assert.equal(storedIndexFit({ ...suite.capability_index, models: [...suite.capability_index.models, ['ghost', 0, -1, 1]] }, data), null);
  });

  it('is refused, naming the row, when it is not [id, index, low, high]', () => {
    const bad = feed();
    bad.suites[0].capability_index = { resamples: 200, models: [['m0', 0.5, 0.6, 0.7]] };
    const report = validateFeed(bad);
    assert.equal(report.valid, false);
    assert.ok(report.errors.some((p) => p.path === '/suites/0/capability_index/models/0' && /low ≤ index ≤ high/.test(p.message)));
  });
});
