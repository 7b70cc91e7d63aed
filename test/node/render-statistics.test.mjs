// Which differences are real, in the static output of `render` (and so of `page`): the Group
// column, the ± derived from item counts, the podium's "statistically tied with #1", the quick
// comparison claiming no lead within the noise, and the rules saying where the ± come from.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
