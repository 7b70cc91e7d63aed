// A lean feed: results' sources relative to the folder given to `import` (never the importing
// machine's absolute paths), warnings one per kind (the full list on request), fields every
// result of a benchmark has alike written once, so are those of one run, long lists one row per line. On the HAL
// datastore of ../shared/fixtures/suites.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildHub, expandResults, loadFeed, rankAll, validateFeed } from '../../dist/core/index.js';
import { compactResults, withRuns } from '../../dist/node/index.js';
import { writeDatastore } from '../../scripts/lib/generate-datastore.mjs';
import { importFiles, summariseWarnings } from '../../dist/import/index.js';
import { cli } from './cli-helper.mjs';
import { filesUnder, SHARED } from './import-helper.mjs';

const HAL = join(SHARED, 'suites/every-eval-ever-hal');
const HUB = join(SHARED, 'hub');
const tmp = () => mkdtempSync(join(tmpdir(), 'fm-lean-'));
const importTo = (...inputs) => {
  const out = join(tmp(), 'feed.json');
  const run = cli('import', ...inputs, '-o', out);
  assert.equal(run.code, 0, run.err);
  return { text: readFileSync(out, 'utf8'), err: run.err, out };
};
/** Every string anywhere in a JSON value. */
const strings = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);

describe('no absolute path reaches a feed', () => {
  const forbidden = [resolve(SHARED), resolve(HAL), tmpdir(), homedir(), process.cwd()].filter((p) => p !== '/');

  const check = (text) => {
    for (const s of strings(JSON.parse(text))) {
      assert.ok(!s.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(s), `absolute: ${s}`);
      for (const p of forbidden) assert.ok(!s.includes(p), `${s} names ${p}`);
    }
  };

  it('import of a datastore named by its absolute path: sources from inside the folder, the leaderboards still read from their folders', () => {
    const { text } = importTo(resolve(HAL));
    check(text);
    const feed = loadFeed(JSON.parse(text)).feed;
    assert.equal(feed.suites.length, 9);
    assert.ok(feed.results.every((r) => r.source.startsWith(`${r.benchmark.split('/')[0]}/`)), 'each source starts at its leaderboard folder');
    const some = feed.results.find((r) => r.benchmark === 'hal-gaia/GAIA');
    assert.ok(readFileSync(join(HAL, some.source)), 'a source opens relative to the folder given');
  });

  it('the same from a relative path, one leaderboard folder, or two folders at once (relative to the folder holding both)', () => {
    const fromHere = importTo(relative(process.cwd(), HAL)).text;
    check(fromHere);
    assert.equal(fromHere, importTo(resolve(HAL)).text, 'the feed does not depend on how the folder was named');
    const one = loadFeed(JSON.parse(importTo(join(HAL, 'hal-gaia')).text)).feed;
    assert.deepEqual(one.suites.map((s) => s.id), ['hal-gaia'], 'the folder given still names its leaderboard');
    assert.ok(one.results.every((r) => !r.source.startsWith('hal-gaia/')));
    const two = importTo(join(HAL, 'hal-gaia'), join(HAL, 'hal-usaco'));
    check(two.text);
    const sources = loadFeed(JSON.parse(two.text)).feed.results.map((r) => r.source.split('/')[0]);
    assert.deepEqual([...new Set(sources)].sort(), ['hal-gaia', 'hal-usaco']);
  });

  it('a single file, and from-hub on a hub named by its absolute path', () => {
    const file = join(HAL, 'hal-usaco/openai/o3/7515b29b-8959-41f6-8c9e-f6b1857575eb.json');
    const single = importTo(file).text;
    check(single);
    assert.deepEqual(loadFeed(JSON.parse(single)).feed.results.map((r) => r.source), ['7515b29b-8959-41f6-8c9e-f6b1857575eb.json']);
    const out = join(tmp(), 'hub.json');
    assert.equal(cli('from-hub', resolve(HUB), '-o', out, '-q').code, 0);
    check(readFileSync(out, 'utf8').replace(/"name": "hub"/, ''));
  });
});

describe('warnings: one per kind in the feed and on stderr, every one on request', () => {
  const full = importFiles(filesUnder(HAL, HAL)).feed.warnings;

  it('the feed keeps the first of each kind with its count and example files; the counts add up', () => {
    const sidecar = join(tmp(), 'warnings.json');
    const out = join(tmp(), 'feed.json');
    const run = cli('import', HAL, '-o', out, '--all-warnings', sidecar);
    assert.equal(run.code, 0, run.err);
    const { warnings } = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(full.length, 247);
    assert.equal(warnings.length, 3, JSON.stringify(warnings.map((w) => w.kind ?? w.message)));
    assert.equal(warnings.reduce((n, w) => n + (w.count ?? 1), 0), full.length);
    const perBenchmark = warnings.find((w) => w.kind === 'no standard error or interval for "…"; shown without ±');
    assert.equal(perBenchmark.count, full.filter((w) => /^no standard error or interval for "/.test(w.message)).length);
    assert.equal(perBenchmark.examples.length, 3);
    for (const file of [perBenchmark.source, ...perBenchmark.examples]) assert.ok(full.some((w) => w.source === file && w.message.startsWith('no standard error')));
    assert.deepEqual(JSON.parse(readFileSync(sidecar, 'utf8')), full, '--all-warnings writes every warning');
    // stderr: one line per kind, then the summary line.
    const lines = run.err.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('warning ')).length, 3);
    assert.match(run.err, /no standard error or interval for "AssistantBench"; shown without ± \(and 213 more like it; --verbose lists them\)/);
    assert.match(lines.at(-1), /247 warnings/);
  });

  it('--verbose lists every warning; -q none', () => {
    const verbose = cli('import', HAL, '-o', join(tmp(), 'feed.json'), '--verbose');
    assert.equal(verbose.err.split('\n').filter((l) => l.startsWith('warning ')).length, full.length);
    assert.doesNotMatch(cli('import', HAL, '-o', join(tmp(), 'feed.json'), '-q').err, /^warning /m);
  });

  it('summaries of merged feeds join their kind and keep counting', () => {
    const once = summariseWarnings(full);
    const twice = summariseWarnings([...once, ...once]);
    assert.deepEqual(twice.map((w) => w.count ?? 1), once.map((w) => 2 * (w.count ?? 1)));
  });
});

describe('fields every result of a benchmark has alike are written once', () => {
  const feed = importFiles(filesUnder(HAL, HAL)).feed;

  it('compactResults moves them to the benchmark; reading puts them back exactly', () => {
    const compact = compactResults(feed);
    const gaia = compact.benchmarks.find((b) => b.id === 'hal-gaia/GAIA');
    assert.deepEqual(Object.keys(gaia.result_fields).sort(), ['dataset', 'evaluator', 'evaluator_relationship', 'reported_by', 'retrieved']);
    const one = compact.results.find((r) => r.benchmark === 'hal-gaia/GAIA');
    assert.deepEqual(Object.keys(one).sort(), ['benchmark', 'id', 'metrics', 'model', 'source']);
    assert.equal(validateFeed(compact).valid, true);
    assert.deepEqual(loadFeed(compact).feed.results, feed.results);
    assert.deepEqual(expandResults(compact).results, feed.results);
    const rows = (f) => rankAll(buildHub(f)).map((r) => r.rows.map((row) => [row.model.id, row.rank, row.result.dataset, row.result.evaluator]));
    assert.deepEqual(rows(compact), rows(feed), 'buildHub reads a compact feed too');
    assert.ok(rows(compact).flat().every(([, , dataset, evaluator]) => dataset && evaluator === 'HAL'));
  });

  it('a result’s own value wins; a field that differs stays on each result', () => {
    const data = {
      version: '1.0',
      benchmarks: [{ id: 'b', name: 'B', result_fields: { dataset: 'd1', evaluator: 'E' } }],
      models: [{ id: 'm' }, { id: 'n' }],
      results: [
        { id: 'r1', benchmark: 'b', model: 'm', metrics: { score: 1 } },
        { id: 'r2', benchmark: 'b', model: 'n', metrics: { score: 2 }, evaluator: 'Other' },
      ],
    };
    assert.deepEqual(expandResults(data).results.map((r) => [r.dataset, r.evaluator]), [['d1', 'E'], ['d1', 'Other']]);
    const again = compactResults(expandResults(data));
    assert.deepEqual(again.benchmarks[0].result_fields, { dataset: 'd1' });
    assert.deepEqual(again.results.map((r) => r.evaluator), ['E', 'Other']);
  });

  it('bad result_fields are named where they are written; a result’s own fields cannot be shared', () => {
    const base = JSON.parse(readFileSync(new URL('../../demo/data/hub.feed.json', import.meta.url), 'utf8'));
    const index = base.benchmarks.findIndex((b) => b.result_fields?.dataset);
    assert.ok(index >= 0, 'the built-in feed shares a dataset');
    const bad = structuredClone(base);
    bad.benchmarks[index].result_fields.dataset = 7;
    const paths = validateFeed(bad).errors.map((p) => p.path);
    assert.deepEqual([...new Set(paths)], [`/benchmarks/${index}/result_fields/dataset`]);
    assert.equal(loadFeed(bad).feed, null, 'an error outside a result rejects the feed, named');
    const own = structuredClone(base);
    own.benchmarks[index].result_fields.model = 'x';
    assert.deepEqual(validateFeed(own).errors.map((p) => [p.path, p.message]), [[`/benchmarks/${index}/result_fields/model`, "a result's own field; give it in each result"]]);
    const proto = JSON.parse(JSON.stringify(base).replace('"result_fields":{', '"result_fields":{"__proto__":{"polluted":1},'));
    const expanded = expandResults(proto);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.getPrototypeOf(expanded.results.find((r) => Object.hasOwn(r, '__proto__')) ?? {}), Object.prototype);
  });
});

describe('bytes: the written feed against the converter’s feed written whole', () => {
  it('is at most half the bytes per result of the whole feed, pretty-printed as before', () => {
    const feed = importFiles(filesUnder(HAL, join(SHARED, 'suites'))).feed; // sources as before: from the folder above
    const before = JSON.stringify(feed, null, 2).length;
    const { text } = importTo(HAL);
    assert.ok(text.length <= 0.55 * before, `${text.length} bytes against ${before}`);
    // Long lists one row per line: a result, or a run with its results, is one line.
    const rows = text.split('\n').filter((l) => l.startsWith('    {"id":') && l.includes('"metrics"')).map((l) => JSON.parse(l.replace(/,$/, '')));
    assert.equal(rows.reduce((n, row) => n + (row.results?.length ?? 1), 0), feed.results.length);
  });

  it('page writes its feed copy the same lean way', () => {
    const site = tmp();
    writeFileSync(join(site, 'mkdocs.yml'), 'site_name: x\n');
    const source = importTo(HAL).out;
    assert.equal(cli('page', source, '-o', join(site, 'docs/board.md'), '-q').code, 0);
    assert.equal(readFileSync(join(site, 'docs/board.feed.json'), 'utf8'), readFileSync(source, 'utf8'));
  });
});

describe('the results of one run are written together, once', () => {
  const feed = importFiles(filesUnder(HAL, HAL)).feed;
  const byId = (results) => [...results].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('withRuns groups results by run; reading gives back the same results and rankings', () => {
    const written = withRuns(compactResults(feed));
    assert.ok(written.runs.length > 20 && written.runs.every((run) => run.results.length >= 2));
    const gaia = written.runs.find((run) => run.results.some((r) => r.benchmark === 'hal-gaia/GAIA'));
    assert.deepEqual(Object.keys(gaia).sort(), ['id', 'model', 'results', 'source']);
    assert.deepEqual(Object.keys(gaia.results[0]).sort(), ['benchmark', 'id', 'metrics']);
    assert.equal(validateFeed(written).valid, true);
    const read = loadFeed(written).feed;
    assert.equal(read.runs, undefined, 'past loading a feed has no runs');
    assert.deepEqual(byId(read.results), byId(feed.results));
    assert.deepEqual(expandResults(expandResults(written)), expandResults(written), 'expanding twice changes nothing');
    const rows = (f) => rankAll(buildHub(f)).map((r) => r.rows.map((row) => [row.model.id, row.rank, row.score]));
    assert.deepEqual(rows(written), rows(feed));
  });

  it('a run’s fields are each result’s unless it gives its own; ids are the run’s, "/", the result’s', () => {
    const data = {
      version: '1.0',
      benchmarks: [{ id: 'b', name: 'B', result_fields: { dataset: 'd' } }, { id: 'c', name: 'C' }],
      models: [{ id: 'm' }, { id: 'n' }],
      results: [{ id: 'alone', benchmark: 'b', model: 'n', metrics: { score: 3 } }],
      runs: [{ id: 'run/1', model: 'm', date: '2025-01-02', results: [{ id: 'b', benchmark: 'b', metrics: { score: 1 } }, { id: 'c', benchmark: 'c', metrics: { score: 2 }, date: '2025-03-04', model: 'n' }] }],
    };
    const results = loadFeed(data).feed.results;
    assert.deepEqual(results.map((r) => [r.id, r.model, r.date, r.dataset]), [['alone', 'n', undefined, 'd'], ['run/1/b', 'm', '2025-01-02', 'd'], ['run/1/c', 'n', '2025-03-04', undefined]]);
    const proto = JSON.parse(JSON.stringify(data).replace('"model":"m",', '"model":"m","__proto__":{"polluted":1},'));
    assert.equal(Object.getPrototypeOf(loadFeed(proto).feed.results[1]), Object.prototype);
    assert.equal({}.polluted, undefined);
  });

  it('problems are named where the run writes them: a result’s error drops it, a bad run rejects the feed', () => {
    const written = withRuns(compactResults(feed));
    const k = written.runs.findIndex((run) => run.results.length >= 3);
    const bad = structuredClone(written);
    bad.runs[k].model = 'nobody/unlisted';
    bad.runs[k].results[1].metrics = 'none';
    const loaded = loadFeed(bad);
    assert.deepEqual(loaded.problems.map((p) => [p.severity, p.path, p.message]), [
      ['error', `/runs/${k}/results/1/metrics`, 'expected an object, got "none"'],
      ['warning', `/runs/${k}/model`, 'unknown model "nobody/unlisted"; its id is shown as its name'],
    ]);
    assert.equal(loaded.feed.results.length, feed.results.length - 1);
    const ids = structuredClone(written);
    ids.runs[k].results[2].id = ids.runs[k].results[0].id;
    assert.deepEqual(validateFeed(ids).errors.map((p) => p.path), [`/runs/${k}/results/2/id`]);
    for (const [mend, path] of [[(run) => (run.benchmark = 'x'), `/runs/${k}/benchmark`], [(run) => (run.results = {}), `/runs/${k}/results`], [(run) => (run.id = ''), `/runs/${k}/id`]]) {
      const broken = structuredClone(written);
      mend(broken.runs[k]);
      assert.ok(validateFeed(broken).errors.some((p) => p.path === path), path);
      assert.equal(loadFeed(broken).feed, null, path);
    }
  });

  it('a generated datastore with several scores per record: at most half the bytes per result, raw and gzip', () => {
    const store = tmp();
    const { scores } = writeDatastore(store, { leaderboards: 9, models: 100, benchmarks: 7 });
    const files = filesUnder(store, store).map((f) => ({ ...f, path: resolve(store, f.path) }));
    const before = JSON.stringify(importFiles(files).feed, null, 2) + '\n';
    const { text } = importTo(store);
    const ratio = { raw: text.length / before.length, gzip: gzipSync(text).length / gzipSync(before).length };
    assert.ok(ratio.raw <= 0.5 && ratio.gzip <= 0.5, `${JSON.stringify(ratio)} on ${scores} scores`);
    assert.ok(!text.includes(store), 'no absolute path');
  });
});
