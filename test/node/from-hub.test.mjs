// from-hub on a small hand-written hub (test/fixtures/mini-hub), one quirk per file.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateFeed } from '../../dist/core/index.js';
import { cli } from './cli-helper.mjs';

const HUB = new URL('../fixtures/mini-hub', import.meta.url).pathname;

function convert(...extra) {
  const dir = mkdtempSync(join(tmpdir(), 'fm-'));
  const file = join(dir, 'feed.json');
  const run = cli('from-hub', HUB, '-o', file, ...extra);
  assert.equal(run.code, 0, run.err);
  return { feed: JSON.parse(readFileSync(file, 'utf8')), text: readFileSync(file, 'utf8'), run };
}

const { feed, run } = convert();
const warningsFor = (file) => feed.warnings.filter((w) => w.source === file).map((w) => w.message);
const result = (id) => feed.results.find((r) => r.id === id);
const model = (id) => feed.models.find((m) => m.id === id);
const benchmark = (id) => feed.benchmarks.find((b) => b.id === id);

describe('from-hub: nothing is lost', () => {
  it('every eval file becomes a result or a warning that names it', () => {
    for (const name of readdirSync(join(HUB, 'evals'))) {
      const file = `evals/${name}`;
      const kept = feed.results.some((r) => r.source === file);
      const skipped = warningsFor(file).some((m) => m.startsWith('skipped: '));
      assert.ok(kept !== skipped, `${file}: kept=${kept} skipped=${skipped}`);
    }
  });

  it('says why an eval was skipped: status, no metrics, unparseable YAML', () => {
    assert.deepEqual(warningsFor('evals/e04_failed.yaml'), ['skipped: status is "Failed", not Completed']);
    assert.deepEqual(warningsFor('evals/e05_no_metrics.yaml'), ['skipped: no numeric metrics']);
    assert.match(warningsFor('evals/e06_broken.yaml')[0], /^skipped: not parseable YAML: /);
  });

  it('keeps the eval id as id and the file as source', () => {
    assert.deepEqual({ id: result('E01').id, source: result('E01').source }, { id: 'E01', source: 'evals/e01_hyena_upper.yaml' });
  });

  it('skips the benchmark template, and says so', () => {
    assert.equal(benchmark('unique_benchmark_id_here'), undefined);
    assert.deepEqual(warningsFor('benchmarks/benchmark_template.yaml'), ['skipped: a template, not a benchmark']);
  });

  it('keeps a result whose benchmark is defined nowhere, with a warning', () => {
    assert.equal(result('E07').benchmark, 'dna_classification');
    assert.ok(warningsFor('evals/e07_unknown_benchmark.yaml').includes('benchmark "dna_classification" is defined nowhere; the result is kept under other benchmarks'));
  });

  it('reads N as the sample size, not as a metric', () => {
    assert.deepEqual(result('E07').metrics, { AUROC: 0.7433 });
    assert.equal(result('E07').n_test, 6948);
  });

  it('drops a metric that is not a number, with a warning, and never parses it from text', () => {
    assert.equal(result('E09').metrics.note, undefined);
    assert.ok(warningsFor('evals/e09_first_role.yaml').includes('metric note = "0.9" is not a number; left out'));
  });

  it('keeps the first of two datasets with one id, with a warning', () => {
    assert.equal(feed.datasets.find((d) => d.id === 'DS-ONE').name, 'Human Enhancers');
    assert.deepEqual(warningsFor('datasets/ds_one_again.yaml'), ['skipped: dataset "DS-ONE" is defined twice']);
  });
});

describe('from-hub: model identity', () => {
  it('ids that differ only in case are one model, other spellings kept as aliases', () => {
    assert.deepEqual(model('hyenadna'), {
      id: 'hyenadna',
      name: 'HyenaDNA',
      aliases: ['HyenaDNA'],
      params: '~1.6M - 7B variants',
      parameters: [1.6e6, 7e9],
      links: [{ label: 'Paper', url: 'https://arxiv.org/abs/2306.15794' }],
      // Not an http(s) link, so not a link; kept as the card wrote it (never shown as a link).
      extra: { upstream_repo: 'javascript:alert(1)' },
    });
  });

  it("the card's name is used when its model_id is written differently from the evals", () => {
    assert.deepEqual(model('MOD-GENEFORMER'), { id: 'MOD-GENEFORMER', name: 'Geneformer', aliases: ['geneformer'] });
  });

  it('a model with no card keeps its id as name, with a warning', () => {
    assert.deepEqual(model('kmer_baseline'), { id: 'kmer_baseline', name: 'kmer_baseline' });
    assert.ok(warningsFor('evals/e07_unknown_benchmark.yaml').includes('no model card for "kmer_baseline"; its id is used as its name'));
  });

  it('model_ids: the candidate role first, else the first value', () => {
    assert.equal(result('E08').model, 'Me-LLaMA');
    assert.equal(result('E09').model, 'dummy_classifier');
  });

  it('keeps type: baseline from the card', () => {
    assert.equal(model('dummy_classifier').type, 'baseline');
  });
});

describe('from-hub: benchmarks and metrics', () => {
  it('uses the declared primary metric (a list), secondaries as tie-breakers, targets as tiers', () => {
    const b = benchmark('BM-ALPHA');
    assert.equal(b.primary_metric, 'AUROC');
    assert.deepEqual(b.secondary_metrics, ['Accuracy', 'F1-Score']);
    assert.deepEqual(b.targets, { good: 0.85, excellent: 0.9 });
    assert.deepEqual(b.datasets, ['DS-ONE']);
    assert.equal(b.description, 'Classify DNA sequences as enhancers. Second line of the same paragraph.\n\nA second paragraph.');
  });

  it('maps a declared metric the evals spell differently, and says so', () => {
    assert.equal(benchmark('BM-MACRO').primary_metric, 'F1-Score');
    assert.ok(warningsFor('benchmarks/bm_macro.yaml').includes('primary metric "F1-Score (Macro)" is not reported by any eval; using "F1-Score", which they report'));
  });

  it('error-like metrics are lower-is-better; unknown metrics higher, with a warning', () => {
    assert.equal(feed.metrics.hallucination_rate.direction, 'lower');
    assert.equal(feed.metrics.AUROC.direction, 'higher');
    assert.deepEqual(feed.metrics.kappa, { name: 'kappa', direction: 'higher' });
    assert.ok(warningsFor('evals/e09_first_role.yaml').some((m) => m.startsWith('metric "kappa" is not in the built-in catalogue')));
  });

  it('every catalogue entry has a name, a direction, a description and an example', () => {
    for (const [id, m] of Object.entries(feed.metrics)) {
      if (id === 'kappa') continue;
      assert.ok(m.name && m.direction && m.description && m.example, id);
    }
  });

  it('modality: stated where given, inferred by whole words, "generation" is not "gene"', () => {
    assert.equal(benchmark('BM-ALPHA').modality, 'Genomics'); // stated "DNA sequence"
    assert.equal(benchmark('BM-MACRO').modality, 'Genomics'); // stated "scRNA-seq"
    assert.equal(benchmark('BM-REPORT').modality, 'Clinical text'); // inferred: "Report", not "gene"
  });

  it('reads an AUROC of exactly 0 as not computed, with a warning', () => {
    assert.equal(result('E11').metrics.AUROC, null);
    assert.match(warningsFor('evals/e11_zero_auroc.yaml')[0], /^AUROC = 0\.0 read as not computed/);
  });
});

describe('from-hub: values', () => {
  it('dates in every form the hubs write become ISO 8601', () => {
    assert.deepEqual(['E01', 'E02', 'E03'].map((id) => result(id).date), ['2025-12-18T21:03:03.285801', '2025-11-27', '2025-12-19T12:00:13']);
  });

  it('carries stratified subgroup tables', () => {
    assert.deepEqual(result('E10').stratified, { site: { SiteA: { AUROC: 0.5791, N: 72 }, SiteB: { AUROC: 0.4643, N: 57 } } });
  });

  it('carries robustness probe curves over their grid, with their scalar figures', () => {
    const { noise, permutation } = result('E10').probes;
    assert.deepEqual(noise, {
      grid: [40, 20, 0],
      series: { logit: { mean: [0.99, 0.95, 0.8], std: [0.01, 0.02, 0.03], rAUC: 0.93 }, delta_accuracy: { mean: [0, -0.02, -0.1] } },
      type: 'gaussian_noise',
      unit: 'dB (SNR)',
    });
    assert.deepEqual(permutation.grid, [1, 2, 3]);
    assert.deepEqual(permutation.summary, { num_permutations: 3, 'logit.sim_mean': 0.78, acc_delta_mean: -0.055 });
  });

  it('run metadata: suite and sample counts', () => {
    assert.deepEqual([result('E01').suite, result('E01').n_train, result('E01').n_test], ['SUITE-A', 100, 25]);
  });
});

describe('from-hub: output', () => {
  it('passes the validator', () => {
    const report = validateFeed(feed);
    assert.deepEqual(report.errors, []);
  });

  it('is byte-identical for the same input, with no clock unless asked', () => {
    assert.equal(convert().text, convert().text);
    assert.equal(feed.generated, undefined);
    assert.equal(convert('--generated', '2026-01-02T03:04:05Z').feed.generated, '2026-01-02T03:04:05Z');
  });

  it('ends with a one-line summary on stderr', () => {
    assert.match(run.err.split('\n').at(-1), /^from-hub: 3 benchmarks, 5 models, 9 results, \d+ warnings → .*feed\.json$/);
  });

  it('writes to standard output without -o', () => {
    const stdout = cli('from-hub', HUB, '--quiet');
    assert.equal(stdout.code, 0);
    assert.equal(JSON.parse(stdout.out).results.length, 9);
    assert.doesNotMatch(stdout.err, /^warning /m);
  });

  it('fails clearly on a folder that is not a hub', () => {
    const bad = cli('from-hub', join(HUB, 'models'));
    assert.equal(bad.code, 2);
    assert.match(bad.err, /no evals\/ folder, so this is not a benchmark hub/);
  });

  it('--help explains every option', () => {
    const help = cli('--help').out;
    for (const option of ['--output', '--title', '--source-name', '--source-url', '--source-commit', '--license', '--generated', '--quiet', '--strict']) {
      assert.ok(help.includes(option), option);
    }
  });
});
