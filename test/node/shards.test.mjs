// Sharded feeds: an index and one results file per suite beside it. Written by import, from-hub,
// merge and page past a size (or on request); read by validate, render and page the same way
// through fm-leaderboard/node's readFeed, so that a sharded feed and its one-file twin rank the
// same in the core and in `render`. Faults name the file; nothing from an index is followed
// outside it. On the HAL datastore of ../shared/fixtures/suites.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildHub, expandResults, loadFeed, partHub, rankAll, readShard, suiteParts, validateFeed } from '../../dist/core/index.js';
import { readFeed, writeFeedFiles } from '../../dist/node/index.js';
import { cli } from './cli-helper.mjs';
import { SHARED } from './import-helper.mjs';

const HAL = join(SHARED, 'suites/every-eval-ever-hal');
const tmp = () => mkdtempSync(join(tmpdir(), 'fm-shards-'));
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The HAL datastore imported twice into one folder: one file, and an index with shards. */
function twins() {
  const dir = tmp();
  const one = join(dir, 'one.json');
  const index = join(dir, 'feed.json');
  assert.equal(cli('import', HAL, '-o', one, '-q', '--shards', 'never').code, 0);
  const run = cli('import', HAL, '-o', index, '--shards', 'always', '--all-warnings', join(dir, 'w.json'));
  assert.equal(run.code, 0, run.err);
  return { dir, one, index, err: run.err };
}

/** Each benchmark's rows: [benchmark, model, rank, score, tier]. */
const rows = (rankings) => rankings.flatMap((r) => r.rows.map((row) => [r.benchmark.id, row.model.id, row.rank, row.score, row.tier?.id ?? null]));

describe('writing a feed in shards', () => {
  it('an index and one file per suite beside it, named by the suite; the index keeps the totals', () => {
    const { dir, index, err } = twins();
    assert.match(err, /import: 9 suites' results in files of their own beside .*feed\.json \(publish them together\)/);
    const files = readdirSync(dir).filter((f) => f.startsWith('feed.')).sort();
    assert.deepEqual(files, ['feed.hal-assistantbench.json', 'feed.hal-corebench-hard.json', 'feed.hal-gaia.json', 'feed.hal-online-mind2web.json', 'feed.hal-scicode.json', 'feed.hal-scienceagentbench.json', 'feed.hal-swebench-verified-mini.json', 'feed.hal-taubench-airline.json', 'feed.hal-usaco.json', 'feed.json']);
    const idx = json(index);
    assert.deepEqual(idx.results, [], 'every HAL result belongs to a suite');
    assert.deepEqual(idx.totals, { results: 342, models: 174 });
    assert.equal(idx.shards.reduce((n, s) => n + s.results, 0), 342);
    assert.equal(validateFeed(idx).valid, true);
    for (const ref of idx.shards) {
      const shard = json(join(dir, ref.url));
      assert.equal(shard.suite, ref.suite);
      const results = expandResults({ benchmarks: idx.benchmarks, results: shard.results, runs: shard.runs }).results;
      assert.equal(results.length, ref.results);
      const suiteBenchmarks = new Set(idx.benchmarks.filter((b) => b.suite === ref.suite).map((b) => b.id));
      assert.ok(results.every((r) => suiteBenchmarks.has(r.benchmark)), ref.suite);
      // The shard has the cards of its models, and only those (a model in two suites is in both).
      const named = new Set(results.map((r) => r.model));
      assert.deepEqual(shard.models.map((m) => m.id).sort(), [...named].sort(), ref.suite);
    }
    assert.deepEqual(idx.models, [], 'every model card is in the shards of the suites it entered');
    // The header's counts come from the index before any shard is read.
    const stats = cli('validate', index);
    assert.match(stats.out, /valid: 12 benchmarks, 174 models, 342 results \(in 10 files\), 0 warnings/);
  });

  it('auto: one file below the threshold, shards past it; a rewrite as one file removes the old shards', () => {
    const dir = tmp();
    const feed = loadFeed(json(twins().one)).feed;
    const file = join(dir, 'f.json');
    assert.equal(writeFeedFiles(feed, file).files.length, 1, 'HAL (0.2 MB) stays one file');
    const sharded = writeFeedFiles(feed, file, 'auto', 50_000);
    assert.equal(sharded.files.length, 10);
    const again = writeFeedFiles(feed, file, 'never');
    assert.equal(again.removed.length, 9);
    assert.deepEqual(readdirSync(dir), ['f.json']);
    assert.throws(() => writeFeedFiles({ ...feed, suites: undefined, benchmarks: feed.benchmarks.map(({ suite, ...b }) => b) }, file, 'always'), /no suites/);
    assert.match(cli('import', HAL, '--shards', 'always', '-q').err, /--shards always writes files beside the feed; give -o/);
    assert.match(cli('import', HAL, '--shards', 'some', '-q').err, /--shards must be auto, always or never/);
  });
});

describe('model cards live in the shards that name them', () => {
  // Two suites sharing a model, a card no result names, a result in no suite, an alias.
  const card = (id, extra = {}) => ({ id, name: id.toUpperCase(), ...extra });
  const result = (id, benchmark, model, score) => ({ id, benchmark, model, metrics: { score } });
  const feed = {
    version: '1.0',
    metrics: { score: { name: 'Score', direction: 'higher', range: { min: 0, max: 1 } } },
    suites: [{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }],
    benchmarks: [{ id: 'b1', name: 'B1', suite: 's1' }, { id: 'b2', name: 'B2', suite: 's2' }, { id: 'free', name: 'Free' }],
    // Not in id order, as a feed written by hand may be.
    models: [card('z/shared'), card('a/only-one', { aliases: ['one-alias'] }), card('m/only-two'), card('q/no-results'), card('c/free')],
    results: [result('r1', 'b1', 'z/shared', 0.5), result('r2', 'b1', 'one-alias', 0.7), result('r3', 'b2', 'm/only-two', 0.4), result('r4', 'b2', 'z/shared', 0.6), result('r5', 'free', 'c/free', 0.1)],
  };

  it('each shard has its cards, the index the others; joined and cut again, the same files', () => {
    const dir = tmp();
    const file = join(dir, 'f.json');
    writeFeedFiles(feed, file, 'always');
    const ids = (f) => json(join(dir, f)).models.map((m) => m.id);
    assert.deepEqual(ids('f.s1.json'), ['z/shared', 'a/only-one']);
    assert.deepEqual(ids('f.s2.json'), ['z/shared', 'm/only-two']);
    assert.deepEqual(ids('f.json'), ['q/no-results', 'c/free']);
    const read = readFeed(file);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(new Set(read.feed.models.map((m) => m.id)), new Set(feed.models.map((m) => m.id)));
    assert.deepEqual(rows(rankAll(buildHub(read.feed))), rows(rankAll(buildHub(loadFeed(feed).feed))));
    const before = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    writeFeedFiles(read.feed, file, 'always');
    assert.deepEqual(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')), before);
  });

  it('a bad card in a shard is a warning naming the file; its results stay, the model shown by its id', () => {
    const dir = tmp();
    const file = join(dir, 'f.json');
    writeFeedFiles(feed, file, 'always');
    const shard = json(join(dir, 'f.s2.json'));
    shard.models = [{ name: 'no id' }, shard.models[0], { ...shard.models[0] }, card('m/only-two')];
    writeFileSync(join(dir, 'f.s2.json'), JSON.stringify(shard));
    const read = readFeed(file);
    assert.deepEqual(
      read.problems.map((p) => [p.severity, p.file, p.path]),
      [
        ['warning', 'f.s2.json', '/models/0/id'],
        ['warning', 'f.s2.json', '/models/2/id'],
      ],
    );
    assert.equal(read.feed.results.length, 5);
    const s2 = suiteParts(buildHub(read.feed)).find((p) => p.id === 's2');
    assert.deepEqual(rankAll(partHub(buildHub(read.feed), s2)).flatMap((r) => r.rows.map((row) => row.model.id)), ['z/shared', 'm/only-two']);
  });
});

describe('a sharded feed and its one-file twin rank the same', () => {
  const { one, index } = twins();
  const whole = loadFeed(json(one)).feed;

  it('readFeed (fm-leaderboard/node) joins every shard into what loadFeed gives for the one file', () => {
    const read = readFeed(index);
    assert.deepEqual(read.problems, []);
    assert.equal(read.files.length, 10);
    const byId = (list) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId(read.feed.results), byId(whole.results));
    assert.deepEqual(read.feed.models, whole.models);
    assert.deepEqual(rows(rankAll(buildHub(read.feed))), rows(rankAll(buildHub(whole))));
    assert.deepEqual(readFeed(one).feed, whole, 'a one-file feed reads as loadFeed reads it');
  });

  it('in the core: each suite ranked from the index and its shard alone is that suite of the whole feed', () => {
    const idx = loadFeed(json(index)).feed;
    const indexHub = buildHub(idx);
    const wholeHub = buildHub(whole);
    const parts = suiteParts(indexHub);
    assert.equal(parts.length, 9);
    for (const part of parts) {
      const ref = idx.shards.find((s) => s.suite === part.id);
      const reading = readShard(idx, ref, json(join(index, '..', ref.url)));
      assert.deepEqual(reading.problems, []);
      const twin = suiteParts(wholeHub).find((p) => p.id === part.id);
      assert.deepEqual(rows(rankAll(partHub(indexHub, part, reading))), rows(rankAll(partHub(wholeHub, twin))), part.id);
    }
  });

  it('in render and page: the same HTML and Markdown', () => {
    for (const format of ['html', 'md']) {
      const a = cli('render', one, '--format', format, '-q');
      const b = cli('render', index, '--format', format, '-q');
      assert.equal(a.code, 0, a.err);
      assert.equal(b.out, a.out, format);
    }
    const site = tmp();
    writeFileSync(join(site, 'mkdocs.yml'), 'site_name: x\n');
    assert.equal(cli('page', index, '-o', join(site, 'docs/board.md'), '-q', '--shards', 'always').code, 0);
    assert.ok(existsSync(join(site, 'docs/board.feed.hal-gaia.json')), 'page writes the shards beside its feed copy');
    assert.equal(readFileSync(join(site, 'docs/board.feed.hal-gaia.json'), 'utf8'), readFileSync(join(index, '..', 'feed.hal-gaia.json'), 'utf8'));
  });

  it('merge joins a sharded feed as it joins its twin', () => {
    const dir = tmp();
    const a = cli('merge', one, one, '-o', join(dir, 'a.json'), '-q', '--shards', 'never');
    const b = cli('merge', index, index, '-o', join(dir, 'b.json'), '-q', '--shards', 'never');
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.deepEqual(rows(rankAll(buildHub(json(join(dir, 'b.json'))))), rows(rankAll(buildHub(json(join(dir, 'a.json'))))));
  });
});

describe('faults in shards name the file; the rest keeps working', () => {
  const setUp = () => {
    const made = twins();
    return { ...made, idx: json(made.index), shard: (name) => join(made.dir, `feed.${name}.json`) };
  };

  it('a shard missing, cut short or not JSON: validate exits 1 naming it; render stops, naming it', () => {
    const { index, shard } = setUp();
    unlinkSync(shard('hal-usaco'));
    writeFileSync(shard('hal-gaia'), readFileSync(shard('hal-gaia'), 'utf8').slice(0, 500));
    writeFileSync(shard('hal-scicode'), '<html>404</html>');
    const v = cli('validate', index);
    assert.equal(v.code, 1);
    assert.match(v.out, /error feed\.hal-usaco\.json \(the file\): the file is missing/);
    assert.match(v.out, /error feed\.hal-gaia\.json \(the file\): not valid JSON at line \d+, column \d+: the text ends too early/);
    assert.match(v.out, /error feed\.hal-scicode\.json \(the file\): not valid JSON at line 1, column 1: unexpected "<"/);
    const r = cli('render', index, '-q');
    assert.equal(r.code, 2);
    assert.match(r.err, /feed\.hal-usaco\.json/);
  });

  it('a shard that disagrees with its index: warnings naming the file and the result, not a crash', () => {
    const { index, shard } = setUp();
    const gaia = json(shard('hal-gaia'));
    // A run's model is said once, where the run writes it; a result's own field where the result is.
    assert.ok(gaia.runs[0].results.length > 1);
    gaia.runs[0].model = 'nobody/unlisted';
    gaia.runs[1].results[0].benchmark = 'hal-usaco/USACO';
    gaia.runs[1].results[1].metrics = 'none';
    gaia.runs[1].results[2] = 7; // a problem of the whole result, placed at the result itself
    writeFileSync(shard('hal-gaia'), JSON.stringify(gaia));
    const read = readFeed(index);
    const said = read.problems.map((p) => [p.severity, p.file, p.path, p.message]);
    assert.deepEqual(said.filter(([, file]) => file === 'feed.hal-gaia.json'), [
      ['warning', 'feed.hal-gaia.json', '/runs/0/model', 'unknown model "nobody/unlisted"; its id is shown as its name'],
      ['warning', 'feed.hal-gaia.json', '/runs/1/results/0/benchmark', '"hal-usaco/USACO" is not a benchmark of suite "hal-gaia"; the result is left out'],
      ['error', 'feed.hal-gaia.json', '/runs/1/results/1/metrics', 'expected an object, got "none"'],
      ['error', 'feed.hal-gaia.json', '/runs/1/results/2', 'expected an object, got 7'],
    ]);
    assert.equal(read.feed.results.length, 342 - 3);
    const other = json(shard('hal-usaco'));
    other.suite = 'hal-gaia';
    writeFileSync(shard('hal-usaco'), JSON.stringify(other));
    assert.match(cli('validate', index).out, /error feed\.hal-usaco\.json \/suite: the index lists this file for suite "hal-usaco", but it holds suite "hal-gaia"/);
  });

  it('a result id used twice in a shard is said, the first kept: by two runs of one id, by a run and its results, or by an id the runs can make two ways', () => {
    const { idx, shard } = setUp();
    const ref = idx.shards.find((s) => s.suite === 'hal-gaia');
    const gaia = json(shard('hal-gaia'));
    const index = loadFeed(idx).feed;
    const twice = (data) => readShard(index, ref, data).problems.filter((p) => /used twice/.test(p.message)).map((p) => p.path);
    assert.deepEqual(twice(gaia), []);
    const [first, second] = gaia.runs;
    // Two runs of one id, each with the same results: the second's all said.
    assert.deepEqual(twice({ ...gaia, runs: [first, { ...first }] }), first.results.map((_, i) => `/runs/1/results/${i}/id`));
    // "a/b" + "c" and "a" + "b/c" make one id.
    const head = first.id.slice(0, first.id.lastIndexOf('/'));
    const tail = first.id.slice(first.id.lastIndexOf('/') + 1);
    const ambiguous = { ...second, id: head, results: [{ ...second.results[0], id: `${tail}/${first.results[0].id}`, benchmark: first.results[0].benchmark }] };
    assert.deepEqual(twice({ ...gaia, runs: [first, ambiguous] }), ['/runs/1/results/0/id']);
    // A result beside the runs with a run result's whole id.
    const whole = expandResults({ benchmarks: index.benchmarks, results: [], runs: [first] }).results[0];
    assert.deepEqual(twice({ ...gaia, results: [whole] }), ['/runs/0/results/0/id']);
  });

  it('an index may only name files relative to it: no scheme, no other host, no javascript:', () => {
    const { idx } = setUp();
    for (const url of ['https://elsewhere.example/x.json', '//elsewhere.example/x.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const bad = structuredClone(idx);
      bad.shards[0].url = url;
      assert.deepEqual(
        validateFeed(bad).errors.map((p) => [p.path, p.message]),
        [['/shards/0/url', `must be relative to this file (no scheme, no other host), got ${JSON.stringify(url)}`]],
        url,
      );
    }
    const unknown = structuredClone(idx);
    unknown.shards[1].suite = 'nope';
    assert.deepEqual(validateFeed(unknown).errors.map((p) => [p.path, p.message]), [["/shards/1/suite", 'no suite "nope" in this feed']]);
  });
});
