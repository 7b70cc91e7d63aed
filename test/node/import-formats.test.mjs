// `import` on every real file of ../shared/fixtures/formats and the hand-written model cards:
// the exact results, uncertainty, sample counts, dates, sizes and warnings each gives.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadFeed } from '../../dist/core/index.js';
import { importFiles } from '../../dist/import/index.js';
import { cli } from './cli-helper.mjs';
import { FORMATS, SHARED, filesUnder, formatFile, importCards, importFormats, warningsOf } from './import-helper.mjs';

const LM = 'formats/lm-eval/results_2026-01-21T03-44-18.458309.json';
const MODEL = 'RylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1';
const { feed, files } = importFormats();
const result = (f, id) => f.results.find((r) => r.id === id);

describe('import: lm-evaluation-harness', () => {
  it('reads the current layout: one result per task, with se, n_test, date and provenance', () => {
    const rephrased = result(feed, `${MODEL}/math_rephrased_full@2026-01-21T02:59:43Z`);
    assert.deepEqual(rephrased, {
      id: `${MODEL}/math_rephrased_full@2026-01-21T02:59:43Z`,
      benchmark: 'math_rephrased_full',
      model: MODEL,
      dataset: 'stellaathena/math_rephrased_full',
      date: '2026-01-21T02:59:43Z',
      metrics: { exact_match: { value: 0.0004, se: 0.0002828144211304471 } },
      n_test: 5000,
      source: LM,
      evaluator: 'lm-evaluation-harness 0.4.9.2',
      dtype: 'torch.bfloat16',
      revision: 'main',
      model_sha: '82047f5e5d5245c1b3a4cd75ad98aa441d6487cd',
      task_version: 1,
      n_shot: 0,
    });
    assert.deepEqual(result(feed, `${MODEL}/math_perturbed_full@2026-01-21T02:59:43Z`).metrics, { exact_match: { value: 0, se: 0 } });
  });

  it('takes the model, its parameter count and the datasets from the run', () => {
    assert.deepEqual(feed.models.find((m) => m.id === MODEL), { id: MODEL, params: '93.1M', parameters: [93069280] });
    assert.deepEqual(feed.datasets.find((d) => d.id === 'stellaathena/math_perturbed_5000'), {
      id: 'stellaathena/math_perturbed_5000',
      name: 'stellaathena/math_perturbed_5000',
      n_samples: 5000,
      url: 'https://huggingface.co/datasets/stellaathena/math_perturbed_5000',
    });
    assert.deepEqual(feed.metrics.exact_match.direction, 'higher');
    assert.equal(feed.metrics.exact_match.name, 'Exact match');
    assert.equal(feed.benchmarks.find((b) => b.id === 'math_perturbed_full').primary_metric, 'exact_match');
  });

  it('skips the old flat layout, which names no model, with a warning that says what to do', () => {
    for (const name of ['arc_challenge-v2.0-res.json', 'arc_easy-v0-res.json']) {
      assert.deepEqual(warningsOf(feed, `formats/lm-eval/${name}`), ['skipped: the file names no model (the old harness layout has none); give --model <id>']);
    }
  });

  it('reads the old flat layout with --model: acc and acc_norm with their stderr, no date', () => {
    const { feed: old } = importFiles([formatFile('lm-eval/arc_challenge-v2.0-res.json')], { model: 'my-model' });
    assert.deepEqual(old.results, [
      {
        id: 'formats/lm-eval/arc_challenge-v2.0-res.json#arc_challenge',
        benchmark: 'arc_challenge',
        model: 'my-model',
        metrics: {
          acc: { value: 0.26621160409556316, se: 0.01291577478152323 },
          acc_norm: { value: 0.28242320819112626, se: 0.01315545688409722 },
        },
        source: 'formats/lm-eval/arc_challenge-v2.0-res.json',
        evaluator: 'lm-evaluation-harness',
        task_version: '2.0',
      },
    ]);
    // No higher_is_better in the old layout: the direction comes from the built-in catalogue.
    assert.equal(old.metrics.acc.direction, 'higher');
    assert.equal(old.metrics.acc_norm.name, 'Accuracy, length-normalised');
    assert.equal(old.benchmarks[0].primary_metric, 'acc');
    assert.deepEqual(old.warnings, []);
  });

  it('names filters readably, drops "none", and says once per task when a stderr is "N/A"', () => {
    const data = {
      results: {
        gsm8k: { alias: 'gsm8k', 'exact_match,strict-match': 0.5, 'exact_match_stderr,strict-match': 'N/A', 'exact_match,flexible-extract': 0.6, 'exact_match_stderr,flexible-extract': 0.01 },
      },
      higher_is_better: { gsm8k: { exact_match: true } },
      model_name: 'm',
      date: 1700000000,
    };
    const runs = [1, 2, 3].map((i) => ({ path: `run${i}/results.json`, content: JSON.stringify({ ...data, date: 1700000000 + i }) }));
    const { feed: f } = importFiles(runs);
    assert.deepEqual(Object.keys(f.metrics), ['exact_match (flexible-extract)', 'exact_match (strict-match)']);
    assert.equal(f.metrics['exact_match (strict-match)'].name, 'Exact match (strict-match)');
    assert.deepEqual(f.results[0].metrics, { 'exact_match (strict-match)': 0.5, 'exact_match (flexible-extract)': { value: 0.6, se: 0.01 } });
    assert.equal(f.benchmarks[0].primary_metric, 'exact_match (strict-match)');
    assert.deepEqual(f.warnings, [{ source: 'run1/results.json', message: 'task "gsm8k": no standard error for exact_match (strict-match) ("N/A"); shown without ± (also in 2 other files)' }]);
  });
});

describe('import: Inspect', () => {
  it('reads a .json log: the scorer’s accuracy with its stderr as se, n_test, the date in UTC', () => {
    const run = feed.results.find((r) => r.model === 'openai/gpt-4o-mini');
    assert.deepEqual(run, {
      id: 'inspect/2BnNsHEspZ94qvnbpxq9wJ/8zXjbRzCWrL9GXiXo2vus9',
      benchmark: 'input_task',
      model: 'openai/gpt-4o-mini',
      date: '2024-11-05T18:31:45Z',
      metrics: { accuracy: { value: 1, se: 0, n: 1 } },
      n_test: 1,
      source: 'formats/inspect/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json',
      evaluator: 'inspect_ai 0.3.43.dev33+g6c96d92d',
      task_version: 0,
      total_samples: 1,
    });
  });

  it('reads the same run from .eval (a zip) and .json once, and says so', () => {
    const runs = feed.results.filter((r) => r.benchmark === 'popularity');
    assert.equal(runs.length, 1);
    assert.deepEqual(runs[0], {
      id: 'inspect/BpiPFmbVcMCRUAXv8ovCTx/9eTnG3tV8jGRYoTPMH54Ee',
      benchmark: 'popularity',
      model: 'ollama/llama3.1',
      dataset: 'popularity',
      date: '2024-10-15T16:53:13Z',
      metrics: { accuracy: { value: 0, se: 0, n: 1 } },
      n_test: 1,
      source: 'formats/inspect/log_formats.eval',
      evaluator: 'inspect_ai 0.3.41.dev123+g9ad2119a.d20241015',
      revision: '02526f4c',
      task_version: 0,
      limit: 1,
      total_samples: 1,
    });
    assert.deepEqual(warningsOf(feed, 'formats/inspect/log_formats.json'), [
      'the same run as formats/inspect/log_formats.eval (inspect/BpiPFmbVcMCRUAXv8ovCTx/9eTnG3tV8jGRYoTPMH54Ee); kept once',
    ]);
    assert.equal(feed.datasets.find((d) => d.id === 'popularity').n_samples, 100);
  });

  it('recognises a .eval archive by its content, whatever its name', () => {
    const { content } = formatFile('inspect/log_formats.eval');
    const { feed: f, files: reports } = importFiles([{ path: 'renamed.bin', content }]);
    assert.deepEqual(reports, [{ path: 'renamed.bin', format: 'inspect', results: 1 }]);
    assert.deepEqual(f.results[0].metrics, { accuracy: { value: 0, se: 0, n: 1 } });
  });

  it('skips a log whose status is not success, naming the status', () => {
    assert.deepEqual(warningsOf(feed, 'formats/inspect/2025-05-12T20-28-13-04-00_popularity.json'), ['skipped: status is "cancelled", not "success"']);
  });
});

describe('import: Every Eval Ever', () => {
  it('reads a 0.2.2 record: 15 results in its leaderboard, the model’s size from its details, the source kept', () => {
    const runs = feed.results.filter((r) => r.model === '01-ai/yi-1.5-34b-chat');
    assert.equal(runs.length, 15);
    const overall = runs.find((r) => r.benchmark === 'mmlu-pro-leaderboard/MMLU-Pro (overall)');
    assert.deepEqual(overall, {
      id: 'mmlu-pro/01-ai_yi-1.5-34b-chat/tiger-lab/1777613486.918081/MMLU-Pro (overall)',
      benchmark: 'mmlu-pro-leaderboard/MMLU-Pro (overall)',
      model: '01-ai/yi-1.5-34b-chat',
      dataset: 'TIGER-Lab/mmlu_pro_leaderboard_submission:train',
      metrics: { 'mmlu_pro/overall': 0.5229 },
      source: 'formats/every-eval-ever/676f4465-ce78-411a-9f5a-c97b3d2eac4f.json',
      evaluator: 'MMLU-Pro leaderboard (TIGER-Lab)',
      reported_by: 'TIGER-Lab, MMLU-Pro Leaderboard',
      evaluator_relationship: 'third_party',
      retrieved: '2026-05-01T05:31:26Z',
    });
    assert.deepEqual(feed.models.find((m) => m.id === '01-ai/yi-1.5-34b-chat'), {
      id: '01-ai/yi-1.5-34b-chat',
      name: 'Yi-1.5-34B-Chat',
      developer: '01-ai',
      params: '34B',
      parameters: [34000000000],
    });
    assert.deepEqual(feed.metrics['mmlu_pro/overall'].range, { min: 0, max: 1 });
    assert.equal(feed.metrics['mmlu_pro/overall'].name, 'MMLU-Pro (overall)');
    // The leaderboard the record was published in, from its source_metadata.
    assert.deepEqual(feed.suites.find((s) => s.id === 'mmlu-pro-leaderboard'), {
      id: 'mmlu-pro-leaderboard',
      name: 'MMLU-Pro Leaderboard',
      organisation: 'TIGER-Lab',
      url: 'https://tiger-ai-lab.github.io',
      evaluator_relationship: 'third_party',
    });
    assert.equal(feed.benchmarks.find((b) => b.id === overall.benchmark).name, 'MMLU-Pro (overall)');
    assert.equal(runs.reduce((sum, r) => sum + Object.values(r.metrics)[0], 0).toFixed(4), '7.9597');
  });

  it('reads a 0.3.0 record: the evaluation date, the metric id, and no uncertainty said once', () => {
    const run = feed.results.find((r) => r.model === 'demo-org/demo-model');
    assert.equal(run.date, '2025-06-15T15:06:40Z');
    assert.deepEqual(run.metrics, { accuracy: 0.75 });
    assert.equal(run.benchmark, 'platform/demo-source.demo_bench');
    assert.deepEqual(feed.models.find((m) => m.id === 'demo-org/demo-model'), { id: 'demo-org/demo-model', name: 'demo-model', developer: 'demo-org', availability: 'open_weights' });
    assert.deepEqual(warningsOf(feed, 'formats/every-eval-ever/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json'), ['no standard error or interval for "demo-source.demo_bench"; shown without ±']);
  });

  it('reads uncertainty (se, ci, n) and JSON Lines aggregates', () => {
    const record = (i, uncertainty) => ({
      schema_version: '0.3.0',
      evaluation_id: `src/m${i}/1`,
      retrieved_timestamp: '1750000000',
      model_info: { name: `m${i}`, id: `org/m${i}` },
      evaluation_results: [{ evaluation_name: 'bench', metric_config: { metric_id: 'accuracy', lower_is_better: false, min_score: 0, max_score: 1 }, score_details: { score: 0.5 + i / 10, uncertainty } }],
    });
    const lines = [record(1, { standard_error: { value: 0.02 }, num_samples: 400 }), record(2, { confidence_interval: { lower: 0.6, upper: 0.8, confidence_level: 0.9 } })];
    const { feed: f } = importFiles([{ path: 'all.jsonl', content: lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n{broken\n' }]);
    assert.deepEqual(f.results.map((r) => [r.model, r.metrics.accuracy, r.n_test]), [
      ['org/m1', { value: 0.6, se: 0.02 }, 400],
      ['org/m2', { value: 0.7, ci: [0.6, 0.8] }, undefined],
    ]);
    // Warnings name the file and, inside JSON Lines, the line.
    assert.deepEqual(warningsOf(f, 'all.jsonl'), ['skipped: line 4: not valid JSON at column 2: unexpected "b"']);
    assert.deepEqual(warningsOf(f, 'all.jsonl (line 2)'), ['evaluation_results[0] (bench): the interval is at 90 % confidence; rank ranges read it as 95 %']);
  });
});

describe('import: Hugging Face model cards', () => {
  const { feed: cards } = importCards();
  const README = 'model-cards/acme-speech-small/README.md';

  it('reads model-index: a benchmark per dataset, config and split; metric types as ids; card fields on the model', () => {
    assert.deepEqual(
      cards.results.filter((r) => r.source === README).map((r) => [r.benchmark, r.metrics]),
      [
        ['glue:mnli:validation_matched', { accuracy: 84.5, 'f1 (macro)': 0.83 }],
        ['librispeech_asr:clean:test', { wer: 3.42, cer: 1.1 }],
        ['squad', { exact_match: null }],
      ],
    );
    assert.deepEqual(cards.models.find((m) => m.id === 'acme/speech-small'), {
      id: 'acme/speech-small',
      license: 'apache-2.0',
      base_model: 'acme/speech-base',
      pipeline_tag: 'automatic-speech-recognition',
    });
    assert.equal(cards.metrics.wer.direction, 'lower');
    assert.equal(cards.metrics.wer.name, 'Test WER');
    assert.equal(cards.results.find((r) => r.benchmark === 'librispeech_asr:clean:test').verified, true);
  });

  it('says who ran each result: the card’s own numbers are self-reported, verified ones third-party', () => {
    const who = (source) => cards.results.filter((r) => r.source.includes(source)).map((r) => [r.benchmark, r.evaluator_relationship]);
    assert.deepEqual(who(README), [
      ['glue:mnli:validation_matched', 'first_party'],
      ['librispeech_asr:clean:test', 'third_party'],
      ['squad', 'first_party'],
    ]);
    // .eval_results sit in the model's repository: its owner's (user acme sent the first), or none said.
    assert.deepEqual(who('acme-speech-small/.eval_results'), [
      ['cais/hle:hle', 'first_party'],
      ['cais/hle:hle (With tools)', 'first_party'],
    ]);
  });

  it('a result another user sent is third-party; one the card quotes from a source is not said to be either', () => {
    const text = (s) => Buffer.from(s);
    const { feed: other } = importFiles([
      { path: 'cards/acme/fast/.eval_results/mmlu.yaml', content: text('- dataset: {id: cais/mmlu}\n  value: 0.5\n  source: {user: evalbot, url: https://example.org/run}\n') },
      {
        path: 'cards/acme/fast/README.md',
        content: text('---\nmodel-index:\n- name: acme/fast\n  results:\n  - dataset: {type: gsm8k}\n    metrics: [{type: accuracy, value: 0.4}]\n    source: {name: Open LLM Leaderboard, url: https://example.org/lb}\n---\n'),
      },
    ]);
    const by = Object.fromEntries(other.results.map((r) => [r.benchmark, [r.evaluator_relationship, r.reported_by]]));
    assert.deepEqual(by['cais/mmlu'], ['third_party', 'evalbot']);
    assert.deepEqual(by.gsm8k, [undefined, 'Open LLM Leaderboard']);
  });

  it('says what it could not use in the card, entry by entry', () => {
    assert.deepEqual(warningsOf(cards, README), [
      'metric accuracy: the value 84.5 lies outside the range 0–1 of the built-in catalogue; its scale is unknown, so no tiers are given',
      'model-index[0].results[0].metrics[1]: value "1.1 ± 0.2": the ± 0.2 is not said to be a standard error; left out',
      'model-index[0].results[1].metrics[0]: value "84.5%" is a percentage; kept as 84.5',
      'model-index[0].results[1].metrics[2]: a second value of accuracy; left out',
      'model-index[0].results[2]: no dataset.type; left out',
      'model-index[0].results[3].metrics[0]: value "not measured" is not a number; kept as not computed',
      'run acme/speech-small/squad: no number for the primary metric exact_match; kept, and listed as excluded',
    ]);
  });

  it('reads .eval_results: the model from the README beside it, or the folder; notes make their own benchmark', () => {
    assert.deepEqual(
      cards.results.filter((r) => r.source.includes('.eval_results')).map((r) => [r.model, r.benchmark, r.metrics.score, r.date]),
      [
        ['acme/speech-small', 'cais/hle:hle', 12.5, '2025-11-03'],
        ['acme/speech-small', 'cais/hle:hle (With tools)', 20.9, '2025-11-04T10:30:00Z'],
        ['tiny-reasoner', 'Idavidrein/gpqa:gpqa_diamond', 0.412, undefined],
        ['tiny-reasoner', 'Idavidrein/gpqa:gpqa_diamond', null, undefined],
      ],
    );
    assert.deepEqual(warningsOf(cards, 'model-cards/tiny-reasoner/.eval_results/gpqa.yaml'), [
      '[1]: date "yesterday" is not an ISO date; the result has no date',
      '[1]: value "n/a" is not a number; kept as not computed',
      'run model-cards/tiny-reasoner/.eval_results/gpqa.yaml#2: no number for the primary metric score; kept, and listed as excluded',
      'the model is "tiny-reasoner", the name of the folder that holds .eval_results (the format does not name it; set --model to override)',
    ]);
    // The score's scale is not stated and values pass 1: declared unbounded, so no 0–1 tiers rate it.
    assert.deepEqual(cards.metrics.score.range, { min: null, max: null });
  });
});

describe('import: every file accounted for', () => {
  it('each fixture file gives results or a warning naming it', () => {
    for (const report of files) {
      assert.ok(report.results > 0 || feed.warnings.some((w) => w.source === report.path), report.path);
    }
    assert.deepEqual(
      files.filter((r) => r.results > 0).map((r) => [r.path, r.format, r.results]),
      [
        ['formats/every-eval-ever/676f4465-ce78-411a-9f5a-c97b3d2eac4f.json', 'eee', 15],
        ['formats/every-eval-ever/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json', 'eee', 1],
        ['formats/inspect/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json', 'inspect', 1],
        ['formats/inspect/log_formats.eval', 'inspect', 1],
        ['formats/inspect/log_formats.json', 'inspect', 1],
        ['formats/lm-eval/results_2026-01-21T03-44-18.458309.json', 'lm-eval', 2],
      ],
    );
    assert.equal(feed.results.length, 20);
    assert.equal(feed.benchmarks.length, 20);
    assert.equal(feed.models.length, 5);
  });

  it('gives byte-identical output for the same input, in any order', () => {
    const files = filesUnder(FORMATS, SHARED).reverse();
    const again = importFiles(files);
    assert.equal(JSON.stringify(again.feed), JSON.stringify(feed));
  });
});

describe('import: the demo feed', () => {
  it('demo/data/formats.feed.json is what import makes of the fixtures today (npm run data:formats)', () => {
    const committed = readFileSync(new URL('../../demo/data/formats.feed.json', import.meta.url), 'utf8');
    const out = join(mkdtempSync(join(tmpdir(), 'fm-formats-')), 'feed.json');
    const run = cli('import', FORMATS, '-o', out, '--title', 'Evaluation tools’ results (real files)', '-q');
    assert.equal(run.code, 0, run.err);
    assert.equal(committed, readFileSync(out, 'utf8'), 'run `npm run data:formats` and commit the result');
    // Read back, it is the feed the converter made: only written leaner (shared fields, runs, warnings by kind).
    const fresh = importFormats({ title: 'Evaluation tools’ results (real files)' }).feed;
    const relative = fresh.results.map((r) => ({ ...r, source: r.source.replace(/^formats\//, '') }));
    const byId = (results) => [...results].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId(loadFeed(JSON.parse(committed)).feed.results), byId(relative));
  });
});
