// The built-in feed, converted from the real hub: it validates, and its rankings follow the
// rules (not the published page where the page breaks them).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildHub, hubStats, licenceKind, rankAll, validateFeed } from '../../dist/core/index.js';
import { main } from '../../dist/cli/main.js';
import { cli } from './cli-helper.mjs';

const FEED_FILE = new URL('../../demo/data/hub.feed.json', import.meta.url).pathname;
const SHARED_HUB = new URL('../../../shared/fixtures/hub', import.meta.url).pathname;
const feed = JSON.parse(readFileSync(FEED_FILE, 'utf8'));
const hub = buildHub(feed);
const rankings = new Map(rankAll(hub).map((r) => [r.benchmark.id, r]));
const rows = (id) => rankings.get(id).rows.map((r) => `${r.rank} ${r.model.name} ${r.score}`);

describe('the built-in hub feed', () => {
  it('validates with no error', () => {
    assert.deepEqual(validateFeed(feed).errors, []);
  });

  it('counts 7 benchmarks, 11 models after identity merge, 35 evaluations', () => {
    assert.deepEqual(hubStats(hub), { benchmarks: 7, models: 11, evaluations: 35 });
  });

  it('DNA enhancers: HyenaDNA once with its best run; equal runs share ranks 2 and 4', () => {
    assert.deepEqual(rows('BM-DNA-ENHANCER'), ['1 HyenaDNA 0.7883', '2 Caduceus 0.7453', '2 Evo 2 0.7453', '4 DNABERT-2 0.7365', '4 kmer_k6 0.7365']);
    assert.equal(rankings.get('BM-DNA-ENHANCER').rows[0].otherRuns.length, 1);
  });

  it('DNA promoters: the same rules', () => {
    assert.deepEqual(rows('BM-DNA-PROMOTER'), ['1 HyenaDNA 0.872', '2 Caduceus 0.8594', '2 Evo 2 0.8594', '4 DNABERT-2 0.8357', '4 kmer_k6 0.8357']);
  });

  it('cell type annotation ranks by its declared F1, not by an AUROC that was never computed', () => {
    const r = rankings.get('BM-002');
    assert.equal(r.primary.id, 'F1-Score');
    assert.deepEqual(rows('BM-002'), ['1 Geneformer 0.1109', '2 Baseline (Random/Majority) 0.0914']);
  });

  it('fMRI granular: a full tie at the top shares first place', () => {
    assert.deepEqual(rows('BM-FMRI-GRANULAR'), ['1 Brain-JEPA 1', '1 BrainLM 1']);
  });

  it('robustness: one row per model, the baseline once with its 4 other runs reachable', () => {
    assert.deepEqual(rows('robustness_testing'), ['1 Geneformer 0.9995', '2 BrainLM 0.9451', '3 Brain-JEPA 0.9377', '4 SWIFT 0.9234', '5 Baseline (Random/Majority) 0.781']);
    assert.equal(rankings.get('robustness_testing').rows[4].otherRuns.length, 4);
  });

  it('toy classification falls back to AUROC, the metric its results report', () => {
    assert.equal(rankings.get('BM-TOY-CLASS').primary.declared, false);
    assert.deepEqual(rows('BM-TOY-CLASS'), ['1 Baseline (Random/Majority) 0.5597', '2 BrainLM 0.5193']);
  });

  it('brain time-series modeling has no submissions; dna_classification is an undefined benchmark', () => {
    assert.equal(rankings.get('BM-BRAIN-MAE').runs, 0);
    assert.equal(rankings.get('dna_classification').defined, false);
  });

  it('is what from-hub makes of ../shared/fixtures/hub today, byte for byte', { skip: !existsSync(SHARED_HUB) && 'no ../shared/fixtures/hub beside this checkout' }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fm-')), 'feed.json');
    const commit = readFileSync(join(SHARED_HUB, 'SOURCE_COMMIT.txt'), 'utf8').trim();
    const code = main(
      ['from-hub', SHARED_HUB, '-o', out, '--title', feed.title, '--source-name', feed.source.name, '--source-url', feed.source.url, '--source-commit', commit, '--license', 'MIT', '--quiet'],
      { out: () => {}, err: () => {} },
    );
    assert.equal(code, 0);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(FEED_FILE, 'utf8'), 'run `npm run data:hub` and commit the result');
  });

  it('every eval file of the real hub is a result or a warning', { skip: !existsSync(SHARED_HUB) && 'no ../shared/fixtures/hub beside this checkout' }, () => {
    for (const name of readdirSync(join(SHARED_HUB, 'evals'))) {
      const file = `evals/${name}`;
      const accounted = feed.results.some((r) => r.source === file) || feed.warnings.some((w) => w.source === file && w.message.startsWith('skipped:'));
      assert.ok(accounted, file);
    }
  });
});

describe('the built-in hub feed: every model card field carried (issue 19)', { skip: !existsSync(SHARED_HUB) && 'no ../shared/fixtures/hub beside this checkout' }, () => {
  const cards = readdirSync(join(SHARED_HUB, 'models')).map((name) => ({ name, card: parse(readFileSync(join(SHARED_HUB, 'models', name), 'utf8')) }));
  const modelOf = (card) => feed.models.find((m) => m.id === card.model_id);
  const asText = (value) => (Array.isArray(value) ? value.join(' / ') : String(value).replace(/\s+/g, ' ').trim());

  it('every field of every card is in its model, by name or in extra', () => {
    const named = { model_id: 'id', name: 'name', type: 'type', params: 'params', license: 'license', arch: 'arch', version: 'version', notes: 'description', description: 'description' };
    let fields = 0;
    for (const { name, card } of cards) {
      const model = modelOf(card);
      assert.ok(model, name);
      for (const [key, value] of Object.entries(card)) {
        if (value === null || value === undefined) continue;
        fields++;
        if (key === 'modality') assert.deepEqual(model.modalities, [value].flat(), `${name}: modality`);
        else if (key === 'paper' || key === 'upstream_repo') assert.ok(model.links.some((l) => l.url === value), `${name}: ${key}`);
        else if (key === 'notes' && card.description) assert.equal(model.extra.notes, value, `${name}: notes beside a description`);
        else if (named[key]) assert.equal(model[named[key]], asText(value), `${name}: ${key}`);
        else assert.deepEqual(model.extra?.[key], value, `${name}: ${key} in extra`);
      }
    }
    assert.ok(fields > 130, `${fields} fields`);
  });

  it('reads a size from every card that gives one, and every licence is known', () => {
    const sized = feed.models.filter((m) => m.params);
    assert.equal(sized.length, 13);
    for (const m of sized) assert.ok(m.parameters?.length > 0, `${m.id}: ${m.params}`);
    assert.deepEqual(feed.models.find((m) => m.id === 'evo2').parameters, [1e9, 7e9, 40e9]);
    assert.deepEqual(feed.models.find((m) => m.id === 'brainlm').parameters, [111e6, 650e6]);
    const licensed = feed.models.filter((m) => m.license);
    assert.equal(licensed.length, 14, 'the 14 cards that declare one');
    assert.deepEqual([...new Set(licensed.map((m) => licenceKind(m.license)))], ['open']);
  });
});


describe('from-hub --suites: the hub’s test suites as leaderboards', () => {
  const convert = (hub, ...extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-suites-'));
    const file = join(dir, 'feed.json');
    const run = cli('from-hub', hub, '-o', file, '-q', ...extra);
    assert.equal(run.code, 0, run.err);
    return JSON.parse(readFileSync(file, 'utf8'));
  };

  it('makes each tests/ suite a leaderboard holding the benchmarks it lists (one benchmark_id or a list)', () => {
    const feed = convert(SHARED_HUB, '--suites');
    assert.deepEqual(
      feed.suites.map((s) => [s.id, s.name]),
      [
        ['SUITE-DNA-CLASS', 'DNA Sequence Classification Suite'],
        ['SUITE-GEN-CLASS-001', 'Genomics Classification Benchmark Suite'],
        ['SUITE-NEURO-CLASS-001', 'Neurology fMRI Classification Benchmark Suite'],
        ['SUITE-ROBUSTNESS-NEURO', 'Neurology FM Robustness Suite'],
        ['SUITE-TOY-CLASS', 'Toy Classification Suite'],
      ],
    );
    assert.equal(feed.suites[0].version, '1.0.0');
    assert.deepEqual(
      Object.fromEntries(feed.benchmarks.map((b) => [b.id, b.suite ?? null])),
      { 'BM-BRAIN-MAE': null, 'BM-002': 'SUITE-GEN-CLASS-001', 'BM-DNA-ENHANCER': 'SUITE-DNA-CLASS', 'BM-DNA-PROMOTER': 'SUITE-DNA-CLASS', 'BM-FMRI-GRANULAR': 'SUITE-NEURO-CLASS-001', robustness_testing: 'SUITE-ROBUSTNESS-NEURO', 'BM-TOY-CLASS': 'SUITE-TOY-CLASS' },
    );
    assert.equal(validateFeed(feed).errors.length, 0);
    // Without --suites the hub stays one leaderboard, as its published page.
    assert.equal(convert(SHARED_HUB).suites, undefined);
  });

  it('a benchmark two suites list is two benchmarks, each with the evals run under its suite', () => {
    const hub = mkdtempSync(join(tmpdir(), 'fm-hub-'));
    cpSync(SHARED_HUB, hub, { recursive: true });
    writeFileSync(join(hub, 'tests/suite_zz_dna_again.yaml'), 'suite_id: SUITE-ZZ\nname: Again\nbenchmarks:\n  - benchmark_id: BM-DNA-ENHANCER\n');
    // One of the six enhancer evals says it ran under the second suite.
    const evals = readdirSync(join(hub, 'evals')).filter((f) => readFileSync(join(hub, 'evals', f), 'utf8').includes('BM-DNA-ENHANCER')).sort();
    const moved = join(hub, 'evals', evals[0]);
    writeFileSync(moved, readFileSync(moved, 'utf8').replace('SUITE-DNA-CLASS', 'SUITE-ZZ'));
    const feed = convert(hub, '--suites');
    const first = feed.benchmarks.find((b) => b.id === 'BM-DNA-ENHANCER');
    const second = feed.benchmarks.find((b) => b.id === 'BM-DNA-ENHANCER@SUITE-ZZ');
    assert.equal(first.suite, 'SUITE-DNA-CLASS');
    assert.equal(second.suite, 'SUITE-ZZ');
    assert.equal(second.name, first.name);
    assert.deepEqual(feed.suites.map((s) => s.id).filter((id) => id.startsWith('SUITE-ZZ')), ['SUITE-ZZ']);
    assert.deepEqual(
      [first.id, second.id].map((id) => feed.results.filter((r) => r.benchmark === id).length),
      [5, 1],
    );
    assert.deepEqual(
      feed.warnings.filter((w) => w.source === 'tests/suite_zz_dna_again.yaml').map((w) => w.message),
      ['benchmark "BM-DNA-ENHANCER" is also in suite "SUITE-DNA-CLASS"; here it is a benchmark of its own, "BM-DNA-ENHANCER@SUITE-ZZ", with the 1 result(s) run under this suite'],
    );
    assert.equal(validateFeed(feed).errors.length, 0);
  });
});
