// Which differences are real, in the static output of `render` (and so of `page`): the Group
// column, the ± derived from item counts, the podium's "statistically tied with #1", the quick
// comparison claiming no lead within the noise, and the rules saying where the ± come from.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './cli-helper.mjs';

const dir = mkdtempSync(join(tmpdir(), 'fm-render-stats-'));

function feedFile(name, results, proportion = true) {
  const feed = {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 }, ...(proportion ? { proportion: true } : {}) } },
    benchmarks: [{ id: 'qa', name: 'Question answering', primary_metric: 'acc' }],
    models: [],
    results: results.map(([model, acc, n]) => ({ id: `r-${model}`, benchmark: 'qa', model, metrics: { acc }, ...(n ? { n_test: n } : {}) })),
  };
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

function render(file, format) {
  const run = cli('render', file, '--format', format, '-q');
  assert.equal(run.code, 0, run.err);
  return run.out;
}

describe('render: which differences are real', () => {
  const file = feedFile('groups.json', [
    ['alpha', 0.9, 400],
    ['beta', 0.89, 400],
    ['gamma', 0.8, 400],
    ['delta', 0.79, 400],
  ]);

  it('Markdown: a Group column, ± from the item count at the decimals it justifies, and the tie said', () => {
    const md = render(file, 'md');
    assert.match(md, /\| Rank \| Model \| acc \| Group \| Tier \|/);
    assert.match(md, /\| 🥇 1 \(ranks 1–2\) \| alpha 👑 \| 0\.90 ± 0\.03 \| a \|/);
    assert.match(md, /\| 🥉 3 \(ranks 3–4\) \| gamma \| 0\.80 ± 0\.04 \| b \|/);
    assert.ok(md.includes('Statistically tied with #1 (alpha): beta (2nd); the data cannot tell it from the leader.'));
    assert.ok(md.includes('alpha** ranks first with acc ='), 'no lead claimed');
    assert.ok(md.includes('within the noise, not a real lead (95 % CI'));
    assert.ok(md.includes('Every ± is derived from the number of items the run was scored on'));
    assert.ok(md.includes('**Group**: models that share a letter cannot be told apart at 95 %'));
  });

  it('HTML: the same column and sentences', () => {
    const html = render(file, 'html');
    assert.match(html, /<th scope="col"[^>]*>Group<\/th>/);
    assert.ok(html.includes('Statistically tied with #1 (alpha)'));
  });

  it('without standard errors: no Group column, and the rules say the differences cannot be judged', () => {
    const md = render(feedFile('plain.json', [['alpha', 0.9], ['beta', 0.89]], false), 'md');
    assert.ok(!md.includes('| Group |'));
    assert.ok(md.includes('which of these differences are real cannot be said'));
    assert.ok(md.includes('alpha** leads with acc'));
  });
});

describe('render: a suite’s overall interval, coverage rule and capability index', () => {
  const results = [];
  for (const [b, scores] of Object.entries({ x: [0.9, 0.7, 0.5, 0.3], y: [0.8, 0.75, 0.4, null], z: [0.85, 0.6, null, null] })) {
    scores.forEach((acc, m) => acc !== null && results.push({ id: `${b}-${m}`, benchmark: b, model: `model-${m}`, metrics: { acc } }));
  }
  results.push({ id: 'o-0', benchmark: 'o', model: 'model-0', metrics: { acc: 0.5 } });
  const feed = {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    suites: [{ id: 's', name: 'Board', overall: { method: 'mean-rank' } }, { id: 't', name: 'Other board' }],
    benchmarks: [...['x', 'y', 'z'].map((id) => ({ id, name: id.toUpperCase(), primary_metric: 'acc', suite: 's' })), { id: 'o', name: 'O', primary_metric: 'acc', suite: 't' }],
    models: [],
    results,
  };
  const file = join(dir, 'suites.json');
  writeFileSync(file, JSON.stringify(feed));

  it('Markdown: intervals in the overall, the model below the rule listed apart, the index with its coverage', () => {
    const md = render(file, 'md');
    // The index is a column of the overall table too, with its interval.
    assert.match(md, /\| Place \| Model \| Mean rank \| 95 % interval \| Benchmarks entered \| Capability index \(95 % interval\) \|\n/);
    assert.match(md, /\| 🥇 1 \| model-0 \| 1\.00 \| [\d.]+ to [\d.]+ \| 3 of 3 \| \d\.\d\d \(-?\d\.\d\d to \d\.\d\d\) \|/);
    // Its method is in the cheat sheet, in a sentence.
    assert.ok(md.includes('Board: capability index'));
    assert.ok(md.includes('A model must have entered at least 2 of the 3 benchmarks to be ranked; 1 model that entered fewer is listed apart'));
    assert.ok(md.includes('Not ranked, fewer than 2 benchmarks entered: model-3 (1 of 3).'));
    assert.match(md, /\| Place \| Model \| Capability index \| 95 % interval \| Benchmarks run \|/);
    assert.match(md, /\| 🥇 1 \| model-0 \| \d\.\d\d \| -?\d\.\d\d to \d\.\d\d \| 3 of 3 \|/);
    assert.ok(md.includes('No index, fewer than 2 benchmarks run: model-3 (1 of 3).'));
  });
});

describe('render: flags', () => {
  it('a flagged result shows ⚠ with its reason beside the model', () => {
    const file = feedFile('flags.json', [['alpha', 0.9], ['beta', 0.8]], false);
    const feed = JSON.parse(readFileSync(file, 'utf8'));
    feed.results[1].flags = [{ kind: 'preliminary', reason: 'one run of three' }];
    writeFileSync(file, JSON.stringify(feed));
    assert.match(render(file, 'md'), /\| 🥈 2 \| beta ⚠ \(preliminary: one run of three\) \|/);
  });
});

describe('render: who reported a result, and --facets', () => {
  // alpha's 0.95 is its developer's own; an evaluator measured it at 0.7. gamma is flagged.
  const file = join(dir, 'provenance.json');
  const feed = JSON.parse(readFileSync(feedFile('provenance.json', [['alpha', 0.95], ['beta', 0.8], ['gamma', 0.85]], false), 'utf8'));
  feed.results[0].evaluator_relationship = 'first_party';
  feed.results.push({ id: 'r-alpha-lab', benchmark: 'qa', model: 'alpha', metrics: { acc: 0.7 } });
  feed.results[2].flags = [{ kind: 'contaminated', reason: 'test set leaked' }];
  writeFileSync(file, JSON.stringify(feed));

  it('marks a self-reported result beside the model', () => {
    assert.match(render(file, 'md'), /\| 🥇 1 \| alpha 👑 \(self-reported\) \|/);
  });

  it('ranks every table over the results a choice keeps, and says so', () => {
    const run = cli('render', file, '--format', 'md', '-q', '--facets', 'reported:unknown;caution:none');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /\*\*Shown:\*\* Only unattributed results; flagged results hidden; every table is ranked over these\./);
    // The evaluator's 0.7 ranks alpha now, below beta; gamma (flagged) is gone.
    assert.match(run.out, /\| 🥇 1 \| beta 👑 \|/);
    assert.match(run.out, /\| 🥈 2 \| alpha \|/);
    assert.doesNotMatch(run.out, /gamma/);
  });

  it('refuses a choice it cannot make, naming it', () => {
    const run = cli('render', file, '--facets', 'licence:open');
    assert.notEqual(run.code, 0);
    assert.match(run.err, /--facets takes "reported:<who>,…;caution:none\|flagged".*not "licence:open"/);
  });
});

describe('render --lang: the tables’ labels from the elements’ catalogue', () => {
  it('writes a benchmark table’s labels and caption in Simplified Chinese, numbers through Intl', () => {
    const file = feedFile('lang.json', [['alpha', 0.9], ['beta', 0.8]], false);
    const run = cli('render', file, '--format', 'md', '-q', '--lang', 'zh-CN');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /\| 排名 \| 模型 \| acc \| 等级 \| 数据集 \| 日期 \|/);
    assert.match(run.out, /\*Question answering：2 个模型，按 acc 排名\*/);
    assert.match(run.out, /\*\*这是什么？\*\* 各模型在标准化基准上的排名/);
    assert.match(run.out, /📊 \*\*1\*\* 个基准 · 🤖 \*\*2\*\* 个模型/);
    // English stays the default.
    assert.match(render(file, 'md'), /\| Rank \| Model \| acc \| Tier \| Dataset \| Date \|/);
  });
});
