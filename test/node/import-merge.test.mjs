// `merge` and `import --merge`: identity merged as the core does, every conflict reported; and the
// whole path import → validate → rank on imported data, through the command line.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildHub, rankBenchmark, validateFeed } from '../../dist/core/index.js';
import { importFiles, mergeFeeds } from '../../dist/import/index.js';
import { cli } from './cli-helper.mjs';
import { FORMATS } from './import-helper.mjs';

const dir = mkdtempSync(join(tmpdir(), 'fm-import-'));
const write = (name, data) => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const MINIMAL = new URL('../../demo/data/minimal.feed.json', import.meta.url).pathname;
const HUB = new URL('../../demo/data/hub.feed.json', import.meta.url).pathname;

/** An lm-eval results file of one model on arc_easy. */
const harness = (model, acc, se, date) => ({
  results: { arc_easy: { alias: 'arc_easy', 'acc,none': acc, 'acc_stderr,none': se, 'acc_norm,none': acc - 0.01, 'acc_norm_stderr,none': se } },
  higher_is_better: { arc_easy: { acc: true, acc_norm: true } },
  'n-samples': { arc_easy: { original: 2376, effective: 2376 } },
  config: { model: 'hf', model_args: `pretrained=${model},dtype=bfloat16` },
  date,
});

describe('import → validate → rank', () => {
  it('ranks imported runs with their standard errors: rank ranges where intervals overlap', () => {
    write('runs/a/results.json', harness('org/alpha', 0.71, 0.009, 1700000000));
    write('runs/b/results.json', harness('org/beta', 0.70, 0.009, 1700000100));
    write('runs/c/results.json', harness('org/gamma', 0.55, 0.01, 1700000200));
    write('runs/c/samples_arc_easy.jsonl', '{"doc_id": 0, "target": 1}\n');
    const out = join(dir, 'ranked.json');
    const run = cli('import', join(dir, 'runs'), '-o', out);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /import: 4 files \(3 with results\), 3 results imported; 1 benchmarks, 3 models, 1 warnings → /);
    assert.match(run.err, /warning .*samples_arc_easy\.jsonl: skipped: JSON in no known format/);
    assert.equal(cli('validate', out).code, 0);
    const ranking = rankBenchmark(buildHub(read(out)), 'arc_easy');
    assert.deepEqual(
      ranking.rows.map((r) => [r.model.id, r.rank, r.rankRange, r.result.n_test]),
      [
        ['org/alpha', 1, [1, 2], 2376],
        ['org/beta', 2, [1, 2], 2376],
        ['org/gamma', 3, [3, 3], 2376],
      ],
    );
  });

  it('ranks by --primary and names benchmarks with --benchmark-name', () => {
    const out = join(dir, 'primary.json');
    const run = cli('import', join(dir, 'runs'), '-o', out, '--primary', 'arc_easy=acc_norm', '--benchmark-name', 'arc_easy=ARC (easy)', '--title', 'Ours');
    assert.equal(run.code, 0, run.err);
    const feed = read(out);
    assert.deepEqual([feed.title, feed.benchmarks[0].name, feed.benchmarks[0].primary_metric], ['Ours', 'ARC (easy)', 'acc_norm']);
    const bad = cli('import', join(dir, 'runs'), '--primary', 'arc_easy');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--primary expects <benchmark>=<value>, got "arc_easy"/);
  });

  it('writes to standard output without -o, the summary and warnings to stderr; rejects an unknown --format', () => {
    const run = cli('import', join(FORMATS, 'every-eval-ever/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json'));
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(run.out).results.length, 1);
    assert.match(run.err, /^warning .*: no standard error or interval for "demo-source.demo_bench"; shown without ±\nimport: 1 files \(1 with results\), 1 results imported; 1 benchmarks, 1 models, 1 warnings$/);
    const bad = cli('import', FORMATS, '--format', 'helm');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--format must be one of lm-eval, inspect, eee, model-index; got "helm"/);
    assert.match(cli('import', join(dir, 'nope')).err, /nope: no such file or folder/);
  });

  it('the real fixtures: import, then validate, passes', () => {
    const out = join(dir, 'formats.json');
    assert.equal(cli('import', FORMATS, '-o', out, '-q').code, 0);
    const check = cli('validate', out);
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /valid: 20 benchmarks, 5 models, 20 results, 0 warnings$/);
  });
});

describe('merge', () => {
  const imported = importFiles([{ path: 'r.json', content: JSON.stringify(harness('org/alpha', 0.7, 0.01, 1700000000)) }]).feed;

  it('joins a hub feed and an imported feed: everything kept, identity merged, valid', () => {
    const hub = read(HUB);
    const { feed, conflicts } = mergeFeeds([{ name: 'hub', feed: hub }, { name: 'imported', feed: imported }]);
    assert.deepEqual(conflicts, []);
    assert.equal(feed.results.length, hub.results.length + 1);
    assert.equal(feed.benchmarks.length, hub.benchmarks.length + 1);
    assert.equal(feed.title, hub.title);
    assert.deepEqual(feed.source, hub.source);
    assert.ok(validateFeed(feed).valid);
  });

  it('merges one model spelled differently (case, aliases) into one card, fields united', () => {
    const a = { version: '1.0', benchmarks: [], results: [], models: [{ id: 'HyenaDNA', name: 'HyenaDNA', aliases: ['hyena-dna'] }] };
    const b = { version: '1.0', benchmarks: [], results: [], models: [{ id: 'hyena-DNA', params: '7B' }, { id: 'other' }] };
    const { feed, conflicts } = mergeFeeds([{ name: 'a', feed: a }, { name: 'b', feed: b }]);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(feed.models, [{ id: 'HyenaDNA', name: 'HyenaDNA', params: '7B', aliases: ['hyena-DNA', 'hyena-dna'] }, { id: 'other' }]);
  });

  it('reports every conflict and writes nothing, unless --keep-first', () => {
    const minimal = read(MINIMAL);
    const other = structuredClone(minimal);
    other.metrics.AUROC.direction = 'lower';
    other.benchmarks[0].primary_metric = 'ECE';
    delete other.benchmarks[0].targets; // (they would contradict the new direction)
    other.models[0].name = 'EHR-FM v2';
    other.results[0].metrics.AUROC = 0.5;
    other.results.push({ ...other.results[1], id: 'run-4' });
    const { feed, conflicts, notes } = mergeFeeds([{ name: 'a.json', feed: minimal }, { name: 'b.json', feed: other }]);
    assert.equal(feed, null);
    assert.deepEqual(conflicts.map((c) => `${c.source}: ${c.message}`), [
      'b.json: metric "AUROC" is defined differently in a.json: direction "higher" ≠ "lower"',
      'b.json: benchmark "sepsis-6h" is defined differently in a.json: primary_metric "AUROC" ≠ "ECE"',
      'b.json: model "ehr-fm" is described differently in a.json (as "ehr-fm"): name "EHR-FM" ≠ "EHR-FM v2"',
      'b.json: result id "run-1" is also in a.json, with other values: metrics {"AUROC":0.912,"ECE":0.031} ≠ {"AUROC":0.5,"ECE":0.031}',
    ]);
    assert.deepEqual(notes.map((n) => n.message), ['result "run-2" is also in a.json, identical; kept once', 'result "run-3" is also in a.json, identical; kept once']);

    const a = write('a.json', minimal);
    const b = write('b.json', other);
    const out = join(dir, 'merged.json');
    const refused = cli('merge', a, b, '-o', out);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /4 conflicts; nothing written\. Fix them, or keep the first feed's value with --keep-first\.$/);
    const kept = cli('merge', a, b, '-o', out, '--keep-first');
    assert.equal(kept.code, 0, kept.err);
    const merged = read(out);
    assert.equal(merged.metrics.AUROC.direction, 'higher');
    assert.deepEqual(merged.results.map((r) => r.id), ['run-1', 'run-2', 'run-3', 'run-4']);
    assert.equal(merged.warnings.filter((w) => w.message.startsWith('merge conflict, the first is kept: ')).length, 4);
    assert.equal(cli('validate', out).code, 0);
  });

  it('import --merge adds imported results to an existing feed; a conflict stops it', () => {
    const out = join(dir, 'plus.json');
    const run = cli('import', join(dir, 'runs'), '--merge', MINIMAL, '-o', out, '-q');
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /3 results imported, 6 in the merged feed; 2 benchmarks, 6 models/);
    assert.deepEqual(read(out).benchmarks.map((b) => b.id), ['sepsis-6h', 'arc_easy']);
    const clash = structuredClone(read(MINIMAL));
    clash.metrics.acc = { name: 'Accuracy', direction: 'lower' };
    const stopped = cli('import', join(dir, 'runs'), '--merge', write('clash.json', clash), '-o', out);
    assert.equal(stopped.code, 1);
    assert.match(stopped.err, /conflict the imported files: metric "acc" is defined differently in .*clash\.json: direction "lower" ≠ "higher"/);
  });
});

describe('import stays out of the browser bundles', () => {
  it('no browser file (the one-file bundle, the page build and its chunks) holds the converters, the YAML parser or the zip reader', () => {
    const web = readdirSync(new URL('../../dist/web/', import.meta.url)).filter((f) => f.endsWith('.js')).map((f) => `web/${f}`);
    for (const name of ['fm-leaderboard.bundle.js', ...web]) {
      const bundle = readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
      // Strings each of them carries: the importers' messages, yaml's and fflate's own errors.
      for (const marker of ['lm-evaluation-harness', 'not an Inspect eval log', 'Implicit keys need to be on a single line', 'invalid zip data']) {
        assert.ok(!bundle.includes(marker), `${name} holds "${marker}"`);
      }
    }
  });
});
