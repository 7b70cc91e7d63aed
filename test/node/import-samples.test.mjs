// Per-item scores: Inspect reductions (in a .json log and inside a .eval archive), lm-eval
// samples_<task>_<date>.jsonl beside results_<date>.json (hand-made here), and Every Eval Ever
// instance-level lines: read, paired by item id, kept in the feed as standard errors and paired
// differences; an item one run lacks, samples that do not match their run and samples of no run
// are warnings naming the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadFeed, meanStandardError, pairedDifference } from '../../dist/core/index.js';
import { importFiles } from '../../dist/import/index.js';
import { FORMATS, formatFile, warningsOf } from './import-helper.mjs';

const STAMP = '2026-01-21T03-44-18.458309';
const text = (value) => JSON.stringify(value);
const lines = (records) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** An lm-eval run of `model` on task `arc` with per-document scores `scores` (doc id → 0/1). */
function lmEvalRun(folder, model, scores) {
  const values = Object.values(scores);
  const acc = values.reduce((a, b) => a + b, 0) / values.length;
  const results = {
    results: { arc: { alias: 'arc', 'acc,none': acc } },
    higher_is_better: { arc: { acc: true } },
    'n-samples': { arc: { original: values.length, effective: values.length } },
    config: { model: 'hf', model_args: `pretrained=${model}` },
    model_name: model,
    date: 1768960000,
  };
  const samples = Object.entries(scores).map(([doc, acc]) => ({ doc_id: Number(doc), doc: { q: `question ${doc}` }, target: 'A', filter: 'none', metrics: ['acc'], acc }));
  return [
    { path: `${folder}/results_${STAMP}.json`, content: text(results) },
    { path: `${folder}/samples_arc_${STAMP}.jsonl`, content: lines(samples) },
  ];
}

/** Scores for 40 documents: right where `right(doc)` says. */
const docs = (right) => Object.fromEntries(Array.from({ length: 40 }, (_, d) => [d, right(d) ? 1 : 0]));

describe('import: per-item scores', () => {
  const strong = docs((d) => d % 10 < 8); // 32 of 40
  const middle = docs((d) => d % 10 < 6); // 24 of 40
  const weak = docs((d) => d % 10 < 5 && d !== 39); // 20 of 40
  delete weak[39]; // one document the weak run lacks
  const { feed } = importFiles([...lmEvalRun('runs/strong', 'org/strong', strong), ...lmEvalRun('runs/middle', 'org/middle', middle), ...lmEvalRun('runs/weak', 'org/weak', weak)]);
  const byModel = (model) => feed.results.find((r) => r.model === model);

  it('lm-eval samples: the standard error of the mean over items, with the item count', () => {
    const { mean, se } = meanStandardError(Object.values(strong));
    assert.deepEqual(byModel('org/strong').metrics.acc, { value: mean, se, n: 40, se_method: 'items' });
    assert.equal(byModel('org/weak').metrics.acc.n, 39);
  });

  it('pairs each model with the one ranked above it and with the leader, over the items both have', () => {
    assert.equal(byModel('org/strong').paired, undefined);
    const middle = byModel('org/middle');
    const expected = pairedDifference(Object.values(docs((d) => d % 10 < 6)), Object.values(strong));
    assert.deepEqual(middle.paired, [{ against: byModel('org/strong').id, metric: 'acc', n: 40, difference: Number(expected.difference.toPrecision(9)), se: Number(expected.se.toPrecision(9)) }]);
    const weakPairs = byModel('org/weak').paired;
    assert.deepEqual(weakPairs.map((p) => [p.against, p.n]), [[middle.id, 39], [byModel('org/strong').id, 39]]);
  });

  it('says which items a run lacks, naming the file', () => {
    const said = feed.warnings.find((w) => /items for acc are not in/.test(w.message));
    assert.ok(said, 'a warning on the missing item');
    assert.match(said.message, /benchmark "arc": 0 of its 39 items for acc are not in runs\/middle\/samples_arc_.*jsonl, which has 1 not here; runs are paired over the items both have/);
  });

  it('gives a feed that validates, ranks with tie groups, and keeps no item', () => {
    const loaded = loadFeed(feed);
    assert.equal(loaded.problems.filter((p) => p.severity === 'error').length, 0);
    assert.ok(!JSON.stringify(feed).includes('question 1'), 'no document text in the feed');
  });

  it('samples whose mean is not the run\'s value, or that belong to no run, are warnings and unused', () => {
    const [results, samples] = lmEvalRun('odd', 'org/odd', docs((d) => d < 10));
    const changed = JSON.parse(results.content);
    changed.results.arc['acc,none'] = 0.9;
    const orphan = { path: `lost/samples_arc_${STAMP}.jsonl`, content: samples.content };
    const { feed: odd } = importFiles([{ ...results, content: text(changed) }, samples, orphan]);
    assert.deepEqual(odd.results[0].metrics.acc, 0.9);
    assert.deepEqual(warningsOf(odd, samples.path), ['per-item scores of acc average 0.25, but the run reports 0.9; not used']);
    assert.match(warningsOf(odd, orphan.path)[0], /^per-item scores of acc belong to no run that was read \(lm-eval:lost\|.*\|arc\); not used$/);
  });

  it('a samples file whose name does not say its task is a warning', () => {
    const [results, samples] = lmEvalRun('x', 'org/x', docs((d) => d < 10));
    const { feed: f } = importFiles([results, { path: 'x/per-item.jsonl', content: samples.content }]);
    assert.match(warningsOf(f, 'x/per-item.jsonl')[0], /does not say their task and run/);
  });
});

describe('import: Inspect per-sample scores', () => {
  const popularity = JSON.parse(readFileSync(join(FORMATS, 'inspect/2025-05-12T20-28-13-04-00_popularity.json'), 'utf8'));

  /** The real log, finished, for `model`, its three samples scored `values` (its reductions). */
  const log = (model, values, id) => {
    const copy = structuredClone(popularity);
    copy.status = 'success';
    copy.eval.model = model;
    copy.eval.eval_id = id;
    copy.reductions[0].samples.forEach((s, i) => (s.value = values[i]));
    copy.results.scores[0].metrics.accuracy.value = values.reduce((a, b) => a + b, 0) / values.length;
    delete copy.results.scores[0].metrics.stderr;
    return { path: `inspect/${id}.json`, content: text(copy) };
  };

  it('reads the reductions of a .json log: standard error over samples and paired differences', () => {
    const { feed } = importFiles([log('m/a', [1, 1, 1], 'A'), log('m/b', [1, 0, 1], 'B')]);
    const b = feed.results.find((r) => r.model === 'm/b');
    assert.equal(b.metrics.accuracy.n, 3);
    assert.equal(b.metrics.accuracy.se_method, 'items');
    assert.deepEqual(b.paired.map((p) => [p.against, p.n, p.difference]), [['inspect/A', 3, Number((-1 / 3).toPrecision(9))]]);
  });

  it('keeps the stderr Inspect reported, adding the item count', () => {
    const real = structuredClone(popularity);
    real.status = 'success';
    const { feed } = importFiles([{ path: 'inspect/p.json', content: text(real) }]);
    assert.deepEqual(feed.results[0].metrics.accuracy, { value: 2 / 3, se: 0.33333333333333337, n: 3 });
  });

  it('reads reductions.json inside a .eval archive', () => {
    const { feed } = importFiles([formatFile('inspect/log_formats.eval')]);
    assert.equal(feed.results[0].metrics.accuracy.n, 1);
  });

  /** The real .eval archive with 40 samples in 8 passages of 5 (`metadata.passage`), scored `values`; `extra` entries added as they are. */
  const archive = (values, extra = {}) => {
    const real = unzipSync(readFileSync(join(FORMATS, 'inspect/log_formats.eval')));
    const header = JSON.parse(strFromU8(real['header.json']));
    header.results.scores[0].metrics.accuracy.value = values.reduce((a, b) => a + b, 0) / values.length;
    delete header.results.scores[0].metrics.stderr;
    const sample = JSON.parse(strFromU8(real['samples/1_epoch_1.json']));
    const entries = { 'header.json': strToU8(text(header)), 'reductions.json': strToU8(text([{ scorer: 'match', samples: values.map((value, i) => ({ value, sample_id: i + 1 })) }])), ...extra };
    values.forEach((_, i) => (entries[`samples/${i + 1}_epoch_1.json`] = strToU8(text({ ...sample, id: i + 1, metadata: { passage: `p${Math.floor(i / 5)}` } }))));
    return { path: 'inspect/clustered.eval', content: zipSync(entries) };
  };
  const values = Array.from({ length: 40 }, (_, i) => (Math.floor(i / 5) < 6 ? 1 : 0));

  it('--cluster reads the field from a .eval archive\'s samples', () => {
    const { feed } = importFiles([archive(values)], { cluster: 'passage' });
    const { accuracy } = feed.results[0].metrics;
    assert.equal(accuracy.se_method, 'clustered');
    assert.equal(accuracy.se, meanStandardError(values, values.map((_, i) => `p${Math.floor(i / 5)}`)).se);
    assert.deepEqual(warningsOf(feed, 'inspect/clustered.eval'), []);
    // Without the option the samples are not read, and the error is over independent items.
    assert.equal(importFiles([archive(values)]).feed.results[0].metrics.accuracy.se_method, 'items');
  });

  it('a sample of a .eval archive that cannot be read is a cluster of its own, said', () => {
    const { feed } = importFiles([archive(values, { 'samples/41_epoch_1.json': strToU8('{not json') })], { cluster: 'passage' });
    assert.deepEqual(warningsOf(feed, 'inspect/clustered.eval'), ['--cluster passage: 1 sample of the archive could not be read (samples/41_epoch_1.json); each is a cluster of its own']);
    assert.equal(feed.results[0].metrics.accuracy.se_method, 'clustered');
  });
});

describe('import: Every Eval Ever instance-level samples', () => {
  const record = JSON.parse(readFileSync(join(FORMATS, 'every-eval-ever/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json'), 'utf8'));
  const name = record.evaluation_results[0].evaluation_name;
  const instance = (id, model, scores) =>
    lines(scores.map((score, i) => ({ schema_version: 'instance_level_eval_0.2.1', evaluation_id: id, model_id: model, evaluation_name: name, sample_id: `s${i}`, interaction_type: 'single_turn', input: { raw: 'q', reference: ['a'] }, answer_attribution: [], evaluation: { score, is_correct: score === 1 } })));
  const variant = (id, model, scores) => {
    const copy = structuredClone(record);
    copy.evaluation_id = id;
    copy.model_info.id = model;
    copy.model_info.name = model;
    copy.evaluation_results[0].score_details.score = scores.reduce((a, b) => a + b, 0) / scores.length;
    copy.detailed_evaluation_results = { format: 'jsonl', file_path: `data/x/y/z/${id}_samples.jsonl` };
    return [
      { path: `eee/${id}.json`, content: text(copy) },
      { path: `eee/${id}_samples.jsonl`, content: instance(id, model, scores) },
    ];
  };

  it('joins lines to their record by evaluation id and name, and pairs runs by sample id', () => {
    const { feed } = importFiles([...variant('e1', 'org/one', [1, 1, 0, 1]), ...variant('e2', 'org/two', [1, 0, 0, 1])]);
    const two = feed.results.find((r) => r.model === 'org/two');
    const metric = Object.keys(two.metrics)[0];
    assert.equal(two.metrics[metric].n, 4);
    assert.equal(two.paired[0].n, 4);
    assert.equal(two.paired[0].difference, -0.25);
  });

  it('a record that does not name its instance-level file claims no samples', () => {
    const [record, samples] = variant('e3', 'org/three', [1, 0]);
    const plain = JSON.parse(record.content);
    delete plain.detailed_evaluation_results;
    const { feed } = importFiles([{ ...record, content: JSON.stringify(plain) }, samples]);
    assert.match(warningsOf(feed, samples.path)[0], /belong to no run that was read .*detailed_evaluation_results\); not used$/);
  });
});

describe('import --cluster: items in groups', () => {
  /** 40 documents in 8 passages of 5 questions; a model gets a passage all right or all wrong. */
  const byPassage = (right) => Object.fromEntries(Array.from({ length: 40 }, (_, d) => [d, right(Math.floor(d / 5)) ? 1 : 0]));
  const withPassages = (files) =>
    files.map((f) =>
      f.path.endsWith('.jsonl')
        ? { ...f, content: f.content.trimEnd().split('\n').map((l) => JSON.parse(l)).map((l) => JSON.stringify({ ...l, doc: { ...l.doc, passage: `p${Math.floor(l.doc_id / 5)}` } })).join('\n') + '\n' }
        : f,
    );
  const files = withPassages([...lmEvalRun('c/a', 'org/a', byPassage((p) => p < 6)), ...lmEvalRun('c/b', 'org/b', byPassage((p) => p < 4))]);

  it('clusters standard errors and paired differences by the field, wider than when items are independent', () => {
    const plain = importFiles(files).feed;
    const clustered = importFiles(files, { cluster: 'passage' }).feed;
    const a = (f) => f.results.find((r) => r.model === 'org/a');
    const b = (f) => f.results.find((r) => r.model === 'org/b');
    assert.equal(a(clustered).metrics.acc.se_method, 'clustered');
    const passages = Array.from({ length: 40 }, (_, d) => `p${Math.floor(d / 5)}`);
    assert.equal(a(clustered).metrics.acc.se, meanStandardError(Object.values(byPassage((p) => p < 6)), passages).se);
    assert.ok(a(clustered).metrics.acc.se > a(plain).metrics.acc.se);
    assert.ok(b(clustered).paired[0].se > b(plain).paired[0].se);
  });

  it('an item without the field is a cluster of its own, said once per file', () => {
    const { feed } = importFiles(files, { cluster: 'chapter' });
    assert.deepEqual(warningsOf(feed, `c/a/samples_arc_${STAMP}.jsonl`), ['40 of 40 items have no chapter; each of those is a cluster of its own']);
  });
});
