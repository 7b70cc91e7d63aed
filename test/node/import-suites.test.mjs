// `import` of a datastore of many leaderboards: each leaderboard is a suite of the feed, its
// benchmarks and metrics its own even where another leaderboard uses the same names; a model run
// in several agent scaffolds is one entry per scaffold, with its cost; sub-scores are parts of
// their overall. On ../shared/fixtures/suites (HAL, nine leaderboards) and hand-made datastores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildHub, groupByModality, rankBenchmark, validateFeed } from '../../dist/core/index.js';
import { staticPage, toHtml, toMarkdown } from '../../dist/render/index.js';
import { importFiles, mergeFeeds } from '../../dist/import/index.js';
import { filesUnder, SHARED, warningsOf } from './import-helper.mjs';

const HAL = join(SHARED, 'suites/every-eval-ever-hal');
const LEADERBOARDS = ['hal-assistantbench', 'hal-corebench-hard', 'hal-gaia', 'hal-online-mind2web', 'hal-scicode', 'hal-scienceagentbench', 'hal-swebench-verified-mini', 'hal-taubench-airline', 'hal-usaco'];

describe('import: a datastore of nine HAL leaderboards', () => {
  const { feed } = importFiles(filesUnder(HAL, join(SHARED, 'suites')));

  it('makes each leaderboard folder a suite, named and attributed as its records say', () => {
    assert.deepEqual(feed.suites.map((s) => s.id), LEADERBOARDS);
    const gaia = feed.suites.find((s) => s.id === 'hal-gaia');
    assert.deepEqual(gaia, {
      id: 'hal-gaia',
      name: 'HAL Leaderboard — GAIA',
      organisation: 'Princeton SAgE Team',
      url: 'https://hal.cs.princeton.edu',
      evaluator_relationship: 'third_party',
      overall: { method: 'benchmark', benchmark: 'hal-gaia/GAIA' },
    });
    for (const suite of feed.suites) assert.ok(suite.overall, `${suite.id} has its overall`);
  });

  it('keeps every benchmark in its suite, with the sub-scores as parts of their overall', () => {
    for (const b of feed.benchmarks) assert.ok(b.suite && b.id.startsWith(`${b.suite}/`), b.id);
    const levels = feed.benchmarks.filter((b) => b.part_of === 'hal-gaia/GAIA').map((b) => b.name);
    assert.deepEqual(levels, ['GAIA Level 1', 'GAIA Level 2', 'GAIA Level 3']);
    // The nine leaderboards describe their "score" alike (0–1, higher is better): one metric.
    assert.deepEqual(Object.keys(feed.metrics), ['cost_usd', 'score']);
  });

  it('keeps a model run in different scaffolds apart, one entry each, with what each run cost', () => {
    const flash = feed.models.filter((m) => m.base_model === 'google/gemini-2.0-flash');
    const scaffolds = new Set(flash.map((m) => m.configuration));
    assert.ok(scaffolds.size >= 3, `scaffolds of Gemini 2.0 Flash: ${[...scaffolds].join(', ')}`);
    const entry = feed.models.find((m) => m.name === 'Gemini 2.0 Flash (February 2025) · HF Open Deep Research');
    assert.equal(entry.configuration, 'HF Open Deep Research');
    const runs = feed.results.filter((r) => r.model === entry.id && r.benchmark === 'hal-gaia/GAIA');
    assert.ok(runs.length > 0 && runs.every((r) => typeof r.metrics.score === 'number' && r.metrics.cost_usd > 0));
    const { description, ...cost } = feed.metrics.cost_usd;
    assert.deepEqual(cost, { name: 'Cost (USD)', direction: 'lower', range: { min: 0, max: null }, decimals: 2, unit: 'USD' });
    assert.match(description, /never ranks/);
    // The cost is shown beside every benchmark's score, never ranking: score stays the primary.
    assert.ok(feed.benchmarks.every((b) => b.primary_metric === 'score' && b.shown_metrics?.join() === 'cost_usd'));
    const gaia = rankBenchmark(buildHub(feed), 'hal-gaia/GAIA');
    assert.deepEqual(gaia.shown.map((m) => m.id), ['cost_usd']);
    assert.ok(toHtml(staticPage(buildHub(feed))).includes('<th scope="col" class="num">cost_usd</th>'));
    // Merged by model id alone, the 246 records were 18 models.
    assert.ok(feed.models.length > 100, `${feed.models.length} entries`);
    const names = feed.models.map((m) => (m.name ?? m.id).toLowerCase());
    assert.equal(new Set(names).size, names.length, 'no two entries share a name');
  });

  it('makes a feed that validates with no problem, ranked benchmark by benchmark', () => {
    const report = validateFeed(feed);
    assert.deepEqual(report.problems, []);
    const hub = buildHub(feed);
    assert.equal(hub.suites.length, 9);
    assert.ok(hub.resultsByBenchmark.get('hal-gaia/GAIA').length > 20);
  });

  it('groups the page by leaderboard: a section, a link and its own overall for each suite, and the overview across them', () => {
    const hub = buildHub(feed);
    const groups = groupByModality(hub);
    assert.deepEqual(groups.groups.map((g) => g.modality), feed.suites.map((s) => s.name));
    assert.deepEqual(groups.groups.find((g) => g.modality === 'HAL Leaderboard — GAIA').tasks[0].benchmarks.map((b) => b.name), ['GAIA', 'GAIA Level 1', 'GAIA Level 2', 'GAIA Level 3']);
    const html = toHtml(staticPage(hub));
    for (const suite of feed.suites) assert.ok(html.includes(`<h2>${suite.name}</h2>`), suite.name);
    for (const suite of feed.suites) assert.ok(html.includes(`<section id="fm-overall-${suite.id}"`), `${suite.name}: its overall`);
    // No best score across nine leaderboards that measure different things; the overview across them instead.
    assert.doesNotMatch(html, /Best score per model/);
    assert.match(html, /<section id="fm-across"[^]*<th scope="col">Place in each leaderboard<\/th>/);
    // The cheat sheet says how each leaderboard's overall is computed.
    assert.match(html, /<dt>HAL Leaderboard — GAIA<\/dt><dd>“GAIA”, ranked like any benchmark: the leaderboard’s own overall score\.<\/dd>/);
  });

  it('says why no overall has an interval, and fits a capability index across the nine leaderboards with each entry’s coverage', () => {
    const hub = buildHub(feed);
    const md = toMarkdown(staticPage(hub));
    // HAL states neither a standard error nor a task count: no interval can be honest, and the page says so, once a leaderboard.
    assert.equal(md.match(/No 95 % interval: its results state neither a standard error nor how many items each was scored on\./g).length, 9);
    const section = md.slice(md.indexOf('### Capability index across leaderboards'));
    assert.ok(section.includes('fitted over the overall scores of the 9 leaderboards'));
    const rows = [...section.matchAll(/^\| [^|]*\| (.+?) \| (-?\d\.\d\d) \| (-?\d\.\d\d) to (-?\d\.\d\d) \| (\d) of 9 \|$/gm)].map((m) => ({ name: m[1], index: +m[2], width: +m[4] - +m[3], entered: +m[5] }));
    assert.ok(rows.length >= 20, `${rows.length} entries with an index`);
    rows.forEach((r) => assert.ok(r.entered >= 2, r.name));
    // Intervals widen as coverage drops: the mean width of entries in two leaderboards against those in five or more.
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const few = mean(rows.filter((r) => r.entered === 2).map((r) => r.width));
    const many = mean(rows.filter((r) => r.entered >= 5).map((r) => r.width));
    assert.ok(few > many * 1.5, `widths: 2 leaderboards ${few.toFixed(2)}, 5 or more ${many.toFixed(2)}`);
    assert.match(section, /No index, fewer than 2 leaderboards entered: .+ \(1 of 9\)/);
  });

  it('reads each run’s score and cost as its record states them', () => {
    for (const file of ['hal-gaia/google/gemini-2-0-flash/04338c25-b3d7-461f-abfe-b96f3caca8ac.json', 'hal-usaco/openai/o3/7515b29b-8959-41f6-8c9e-f6b1857575eb.json']) {
      const data = JSON.parse(readFileSync(join(HAL, file), 'utf8'));
      for (const entry of data.evaluation_results) {
        const run = feed.results.find((r) => r.source === `every-eval-ever-hal/${file}` && r.benchmark.endsWith(`/${entry.evaluation_name}`));
        assert.equal(run.metrics.score, entry.score_details.score, `${file}: ${entry.evaluation_name}`);
        assert.equal(run.metrics.cost_usd, Number(entry.generation_config.additional_details.total_cost_usd));
      }
    }
  });
});

/** An Every Eval Ever record in a datastore layout. */
function record(path, { leaderboard, organisation = 'Org', model = 'acme/model-a', name, developer, evaluation = 'MMLU', metric = {}, score = 0.5 }) {
  const data = {
    schema_version: '0.2.2',
    evaluation_id: `${path}/run`,
    source_metadata: { ...(leaderboard ? { source_name: leaderboard } : {}), source_organization_name: organisation, evaluator_relationship: 'third_party' },
    model_info: { id: model, ...(name ? { name } : {}), ...(developer ? { developer } : {}) },
    evaluation_results: [{ evaluation_name: evaluation, metric_config: { lower_is_better: false, min_score: 0, max_score: 1, ...metric }, score_details: { score } }],
  };
  return { path, content: JSON.stringify(data) };
}

describe('import: leaderboards that share benchmark and model names', () => {
  it('keeps two leaderboards’ "MMLU" apart, and their "Accuracy" two metrics where their ranges differ', () => {
    const { feed } = importFiles([
      record('store/helm-lite/openai/gpt-4o/a.json', { leaderboard: 'HELM Lite', metric: { metric_name: 'Accuracy' }, score: 0.8 }),
      record('store/open-llm/openai/gpt-4o/b.json', { leaderboard: 'Open LLM Leaderboard', metric: { metric_name: 'Accuracy', max_score: 100 }, score: 47 }),
      record('store/open-llm/openai/gpt-4o/c.json', { leaderboard: 'Open LLM Leaderboard', evaluation: 'GPQA', metric: { metric_name: 'EM' }, score: 0.4 }),
    ]);
    assert.deepEqual(feed.benchmarks.map((b) => [b.id, b.name, b.suite, b.primary_metric]), [
      ['helm-lite/MMLU', 'MMLU', 'helm-lite', 'helm-lite/Accuracy'],
      ['open-llm/GPQA', 'GPQA', 'open-llm', 'EM'],
      ['open-llm/MMLU', 'MMLU', 'open-llm', 'open-llm/Accuracy'],
    ]);
    assert.deepEqual(feed.metrics['helm-lite/Accuracy'].range, { min: 0, max: 1 });
    assert.deepEqual(feed.metrics['open-llm/Accuracy'].range, { min: 0, max: 100 });
    assert.equal(feed.metrics['open-llm/Accuracy'].name, 'Accuracy');
    assert.deepEqual(validateFeed(feed).problems, []);
  });

  it('keeps two leaderboards of one name from different organisations apart', () => {
    const { feed } = importFiles([
      record('store/lab-a-board/x/m/a.json', { leaderboard: 'Leaderboard', organisation: 'Lab A' }),
      record('store/lab-b-board/x/m/b.json', { leaderboard: 'Leaderboard', organisation: 'Lab B' }),
    ]);
    assert.deepEqual(feed.suites.map((s) => [s.id, s.name, s.organisation]), [
      ['lab-a-board', 'Leaderboard', 'Lab A'],
      ['lab-b-board', 'Leaderboard', 'Lab B'],
    ]);
  });

  it('names a leaderboard after its folder when its records do not, and says so naming the file', () => {
    const file = 'store/mystery-board/x/m/a.json';
    const { feed } = importFiles([record(file, {})]);
    assert.deepEqual(feed.suites.map((s) => [s.id, s.name]), [['mystery-board', 'mystery-board']]);
    assert.deepEqual(warningsOf(feed, file).filter((w) => w.includes('source_name')), ['no source_metadata.source_name: the leaderboard is named after its folder, "mystery-board"']);
  });

  it('tells two models of one name apart by their developer', () => {
    const { feed } = importFiles([
      record('store/bbh/a/q/a.json', { leaderboard: 'BBH', model: 'huihui-ai/Qwen2.5-72B-Instruct-abliterated', name: 'Qwen2.5-72B-Instruct-abliterated', developer: 'huihui-ai' }),
      record('store/bbh/b/q/b.json', { leaderboard: 'BBH', model: 'zetasepic/Qwen2.5-72B-Instruct-abliterated', name: 'Qwen2.5-72B-Instruct-abliterated', developer: 'zetasepic' }),
    ]);
    assert.deepEqual(feed.models.map((m) => m.name), ['huihui-ai / Qwen2.5-72B-Instruct-abliterated', 'zetasepic / Qwen2.5-72B-Instruct-abliterated']);
  });

  it('leaves a lone record without a leaderboard as before: no suite, benchmark and metric ids unprefixed', () => {
    const data = JSON.parse(record('x', {}).content);
    delete data.source_metadata;
    const { feed } = importFiles([{ path: 'one.json', content: JSON.stringify(data) }]);
    assert.equal(feed.suites, undefined);
    assert.deepEqual(feed.benchmarks.map((b) => b.id), ['MMLU']);
  });
});

describe('merge of feeds with suites', () => {
  const part = (path, options) => importFiles([record(path, options)]).feed;

  it('joins the same suite from two feeds and keeps two suites apart', () => {
    const a = part('store/helm-lite/openai/gpt-4o/a.json', { leaderboard: 'HELM Lite', evaluation: 'MMLU' });
    const b = part('store/helm-lite/openai/gpt-4o/b.json', { leaderboard: 'HELM Lite', evaluation: 'GSM8K' });
    const c = part('store/open-llm/openai/gpt-4o/c.json', { leaderboard: 'Open LLM Leaderboard', evaluation: 'MMLU' });
    const { feed, conflicts } = mergeFeeds([{ name: 'a', feed: a }, { name: 'b', feed: b }, { name: 'c', feed: c }]);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(feed.suites.map((s) => s.id), ['helm-lite', 'open-llm']);
    assert.deepEqual(feed.benchmarks.map((x) => x.id).sort(), ['helm-lite/GSM8K', 'helm-lite/MMLU', 'open-llm/MMLU']);
    assert.deepEqual(validateFeed(feed).problems.filter((p) => p.severity === 'error'), []);
  });

  it('says when one suite is described differently in two feeds', () => {
    const a = part('store/helm-lite/x/m/a.json', { leaderboard: 'HELM Lite', organisation: 'Stanford CRFM' });
    const b = part('store/helm-lite/x/m/b.json', { leaderboard: 'HELM Lite', organisation: 'Someone else', evaluation: 'GSM8K' });
    const { conflicts } = mergeFeeds([{ name: 'a', feed: a }, { name: 'b', feed: b }]);
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0].message, /^suite "helm-lite" is defined differently in a: /);
  });
});

describe('import: lm-evaluation-harness groups as suites', () => {
  const harness = {
    model_name: 'org/model',
    date: 1700000000,
    config: {},
    results: {
      leaderboard: { alias: 'leaderboard', 'acc_norm,none': 0.41 },
      leaderboard_bbh: { alias: ' - leaderboard_bbh', 'acc_norm,none': 0.5 },
      leaderboard_bbh_navigate: { alias: '  - leaderboard_bbh_navigate', 'acc_norm,none': 0.6 },
      leaderboard_ifeval: { alias: ' - leaderboard_ifeval', 'prompt_level_strict_acc,none': 0.3 },
      arc_easy: { alias: 'arc_easy', 'acc,none': 0.7 },
    },
    group_subtasks: {
      leaderboard: ['leaderboard_bbh', 'leaderboard_ifeval'],
      leaderboard_bbh: ['leaderboard_bbh_navigate'],
      leaderboard_bbh_navigate: [],
      leaderboard_ifeval: [],
      arc_easy: [],
    },
    higher_is_better: {},
    versions: {},
  };
  const { feed } = importFiles([{ path: 'results.json', content: JSON.stringify(harness) }]);

  it('makes the top-level group a suite whose overall is its aggregate, each task a part of its group', () => {
    assert.deepEqual(feed.suites, [{ id: 'leaderboard', name: 'leaderboard', overall: { method: 'benchmark', benchmark: 'leaderboard' } }]);
    const of = (id) => feed.benchmarks.find((b) => b.id === id);
    assert.deepEqual([of('leaderboard').suite, of('leaderboard').part_of], ['leaderboard', undefined]);
    assert.deepEqual([of('leaderboard_bbh').suite, of('leaderboard_bbh').part_of], ['leaderboard', 'leaderboard']);
    assert.deepEqual([of('leaderboard_bbh_navigate').suite, of('leaderboard_bbh_navigate').part_of], ['leaderboard', 'leaderboard_bbh']);
    assert.equal(of('leaderboard_ifeval').part_of, 'leaderboard');
    // A task outside every group is in no suite.
    assert.equal(of('arc_easy').suite, undefined);
    assert.deepEqual(validateFeed(feed).problems.filter((p) => p.severity === 'error' || /suite|part_of/.test(p.message)), []);
  });
});

describe('import: Inspect tasks of a registry package as a suite', () => {
  /** The fixture log as one task of a package (`inspect_evals/…`) or a local task of the same name. */
  const log = (task, registry, model) => {
    const data = JSON.parse(readFileSync(join(SHARED, 'formats/inspect/log_formats.json'), 'utf8'));
    Object.assign(data.eval, { task, task_registry_name: registry, model, eval_id: `${registry ?? task}-${model}` });
    if (!registry) delete data.eval.task_registry_name;
    return { path: `logs/${(registry ?? task).replace('/', '_')}-${model.replace('/', '_')}.json`, content: Buffer.from(JSON.stringify(data)) };
  };

  it('makes the package a suite and the registry name the benchmark, apart from a local task of the same name', () => {
    const { feed } = importFiles([log('gpqa_diamond', 'inspect_evals/gpqa_diamond', 'openai/gpt-4o'), log('inspect_evals/gpqa_diamond', 'inspect_evals/gpqa_diamond', 'anthropic/claude'), log('gpqa_diamond', null, 'openai/gpt-4o')]);
    assert.deepEqual(feed.suites, [{ id: 'inspect_evals', name: 'inspect_evals' }]);
    assert.deepEqual(
      feed.benchmarks.map((b) => [b.id, b.name, b.suite ?? null]),
      [
        ['gpqa_diamond', 'gpqa_diamond', null],
        ['inspect_evals/gpqa_diamond', 'gpqa_diamond', 'inspect_evals'],
      ],
    );
    assert.deepEqual(feed.results.filter((r) => r.benchmark === 'inspect_evals/gpqa_diamond').map((r) => r.model).sort(), ['anthropic/claude', 'openai/gpt-4o']);
    assert.equal(validateFeed(feed).errors.length, 0);
  });
});
