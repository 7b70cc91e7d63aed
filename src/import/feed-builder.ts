// Imported runs → one feed, a run at a time: benchmarks, metrics, models and datasets joined by
// id as the runs stream past, each run's result handed to a sink (kept in memory, or written to
// disk by the CLI suite by suite), so that what the builder holds grows with the catalogue, the
// models and the run ids, not with the results. Every choice the tools did not make is said in a
// warning; everything is sorted, so that the same input gives the same bytes.
import { FEED_VERSION, modelKey, type Benchmark, type Dataset, type Feed, type MetricValue, type Model, type Result, type Suite } from '../core/index.js';
import { cmp, type ConversionLog } from './log.js';
import { applyItemScores, ItemStore, type ItemBatch } from './item-scores.js';
import { MetricTally } from './metric-tally.js';
import type { ImportedRun, ImportOptions } from './types.js';

/**
 * Where each run's result goes, with the suite its benchmark belongs to (`null`: none) and the
 * suite its metric ids are the tool's in (`tag`, for `BuiltFeed.settle`).
 */
export interface ResultSink {
  add(result: Result, suite: string | null, tag: string | undefined): void;
}

/** A feed without its results, and how to give a stored result its metrics' feed ids. */
export interface BuiltFeed {
  feed: Feed;
  /** Results as the sink got them, as the feed holds them: each metric under its id in the feed, sorted by id. */
  settle(items: ReadonlyArray<{ result: Result; tag: string | undefined }>): Result[];
  /** Results handed to the sink. */
  results: number;
  /** Models with results. */
  models: number;
  /** Some benchmark has results given to the sink under more than one suite. */
  mixed: boolean;
}

interface BenchmarkTally {
  info: NonNullable<ImportedRun['benchmarkInfo']>;
  suite?: string;
  sinks: Set<string | null>;
  first: { source: string; metric: string; tag: string | undefined };
  /** The first run whose first metric is another, said when no --primary chooses. */
  other?: { source: string; metric: string; tag: string | undefined };
  /** Every metric reported, in order, with its tag. */
  reported: Map<string, [string | undefined, string]>;
  shown: Map<string, [string | undefined, string]>;
  datasets: Set<string>;
  /** Runs without a number for a metric that may turn out to be the primary one: metric → runs. */
  missing: Map<string, Array<{ run: string; source: string }>>;
}

export class FeedBuilder {
  readonly #metrics = new MetricTally();
  readonly #benchmarks = new Map<string, BenchmarkTally>();
  readonly #suites = new Map<string, { suite: Suite; source: string }>();
  readonly #checkedSuites = new WeakSet<Suite>(); // a record's runs share one suite object: compare it once
  readonly #models = new Map<string, { model: Model & Record<string, unknown>; sources: Map<string, string> }>();
  readonly #datasets = new Map<string, { dataset: Dataset; source: string }>();
  /** Run id → its file and a fingerprint of its content, to tell a repeat from a clash. */
  readonly #runs = new Map<string, { source: string; print: number }>();
  /** Per-item scores, and the join key of each result that has some. */
  readonly #items: ItemStore;
  readonly #joins = new Map<string, string>();
  #results = 0;

  constructor(
    private readonly log: ConversionLog,
    private readonly options: ImportOptions,
    private readonly sink: ResultSink,
  ) {
    this.#items = new ItemStore(log);
  }

  /** Per-item scores from a file of their own (lm-eval `samples_*.jsonl`, Every Eval Ever `*_samples.jsonl`). */
  addItems(batch: ItemBatch): void {
    this.#items.add(batch);
  }

  /** One run: the first with its id is kept (the same run read twice is said once). */
  add(run: ImportedRun): void {
    const print = fingerprint(run);
    const earlier = this.#runs.get(run.id);
    if (earlier) {
      if (earlier.print === print) this.log.warn(run.source, `the same run as ${earlier.source} (${run.id}); kept once`);
      else this.log.warn(run.source, `skipped: run "${run.id}" is also in ${earlier.source}, with other values; the first is kept`);
      return;
    }
    this.#runs.set(run.id, { source: run.source, print });
    for (const reading of run.metrics) this.#metrics.add(reading, run.source);
    this.#addSuite(run);
    this.#addModel(run);
    this.#addDataset(run);
    const tag = run.metrics.find((m) => m.suite)?.suite;
    const suite = run.suite?.id ?? null;
    this.#addToBenchmark(run, tag, suite);
    this.sink.add(toResult(run), suite, tag);
    for (const batch of run.samples ?? []) this.#items.add(batch);
    if (run.join !== undefined) {
      this.#items.claim(run.join, { resultId: run.id, benchmark: run.benchmark, values: new Map(run.metrics.map((m) => [m.id, m.value])) });
      this.#joins.set(run.id, run.join);
    }
    this.#results++;
  }

  /** The feed around the results, once every run is added. */
  finish(): BuiltFeed {
    const settle = (tag: string | undefined, id: string) => this.#metrics.settle(tag, id);
    const metrics = this.#metrics.catalogue(this.log);
    this.#items.check();
    const benchmarks = [...this.#benchmarks.keys()].sort(cmp).map((id) => this.#benchmark(id, settle));
    const suites = [...this.#suites.values()].map((e) => e.suite).sort((a, b) => cmp(a.id, b.id));
    const feed: Feed = {
      version: FEED_VERSION,
      ...(this.options.generated ? { generated: this.options.generated } : {}),
      title: this.options.title ?? 'Evaluation results',
      metrics,
      ...(suites.length > 0 ? { suites } : {}),
      benchmarks,
      models: nameApart([...this.#models.values()].map((e) => e.model).sort((a, b) => cmp(a.id, b.id))),
      datasets: [...this.#datasets.values()].map((e) => e.dataset).sort((a, b) => cmp(a.id, b.id)),
      results: [],
      warnings: this.log.sorted(),
    };
    return {
      feed,
      settle: (items) => {
        const settled = items.map(({ result, tag }) => settleResult(result, (id) => settle(tag, id)));
        if (!this.#items.empty) {
          const tags = new Map(items.map(({ result, tag }) => [result.id, tag]));
          const itemsOf = (result: Result) => {
            const found = this.#items.of(result.id, this.#joins.get(result.id));
            return found && new Map([...found].map(([id, batch]) => [settle(tags.get(result.id), id), batch]));
          };
          applyItemScores(settled, itemsOf, (batch) => this.#items.scale(batch), (id) => metrics[id]?.direction ?? 'higher');
        }
        return settled.sort((a, b) => cmp(a.id, b.id));
      },
      results: this.#results,
      models: this.#models.size,
      mixed: [...this.#benchmarks.values()].some((b) => b.sinks.size > 1),
    };
  }

  #addToBenchmark(run: ImportedRun, tag: string | undefined, sink: string | null): void {
    let b = this.#benchmarks.get(run.benchmark);
    if (!b) {
      b = { info: {}, sinks: new Set(), first: { source: run.source, metric: run.metrics[0].id, tag }, reported: new Map(), shown: new Map(), datasets: new Set(), missing: new Map() };
      this.#benchmarks.set(run.benchmark, b);
    } else if (!b.other && run.metrics[0].id !== b.first.metric) b.other = { source: run.source, metric: run.metrics[0].id, tag };
    b.sinks.add(sink);
    for (const [key, value] of Object.entries(run.benchmarkInfo ?? {})) if (value !== undefined && !Object.hasOwn(b.info, key)) (b.info as Record<string, unknown>)[key] = value;
    if (!b.suite && run.suite) b.suite = run.suite.id;
    for (const m of run.metrics) {
      b.reported.set(`${m.suite ?? ''}\u0000${m.id}`, [m.suite, m.id]);
      if (m.shown) b.shown.set(`${m.suite ?? ''}\u0000${m.id}`, [m.suite, m.id]);
    }
    if (run.dataset) b.datasets.add(run.dataset.id);
    // The primary metric is --primary (an id of the feed: the tool's own, or `<suite>/<id>` once
    // settled) or the first run's first metric; a run without its number is said at the end.
    const chosen = this.options.primary?.[run.benchmark];
    const candidates = chosen ? [chosen, ...(tag && chosen.startsWith(`${tag}/`) ? [chosen.slice(tag.length + 1)] : [])] : [b.first.metric];
    for (const metric of candidates) {
      const value = run.metrics.find((m) => m.id === metric)?.value;
      if (value !== undefined && value !== null) continue;
      const list = b.missing.get(metric) ?? [];
      list.push({ run: run.id, source: run.source });
      b.missing.set(metric, list);
    }
  }

  #benchmark(id: string, settle: (tag: string | undefined, id: string) => string): Benchmark {
    const b = this.#benchmarks.get(id)!;
    const { options, log } = this;
    const benchmark: Benchmark = { id, name: options.benchmarkNames?.[id] ?? b.info.name ?? id };
    if (b.info.description) benchmark.description = b.info.description;
    if (b.info.task) benchmark.task = b.info.task;
    if (b.suite) benchmark.suite = b.suite;
    if (b.info.part_of) benchmark.part_of = b.info.part_of;
    const reported = [...new Set([...b.reported.values()].map(([tag, m]) => settle(tag, m)))];
    const chosen = options.primary?.[id];
    let primary: string;
    if (chosen) {
      if (!reported.includes(chosen)) log.warn('--primary', `no result of "${id}" reports ${chosen} (they report ${reported.join(', ')}); it ranks nothing`);
      primary = chosen;
    } else {
      primary = settle(b.first.tag, b.first.metric);
      if (b.other) log.warn(b.other.source, `benchmark "${id}": this run's first metric is ${settle(b.other.tag, b.other.metric)}, ${b.first.source} has ${primary}; ${primary} ranks (choose with --primary)`);
    }
    benchmark.primary_metric = primary;
    const shown = [...new Set([...b.shown.values()].map(([tag, m]) => settle(tag, m)))].filter((m) => m !== primary).sort(cmp);
    if (shown.length > 0) benchmark.shown_metrics = shown;
    const datasets = [...b.datasets].sort(cmp);
    if (datasets.length > 0) benchmark.datasets = datasets;
    const missing = [...b.missing].find(([metric]) => settle(b.first.tag, metric) === primary)?.[1] ?? [];
    for (const run of missing) log.warn(run.source, `run ${run.run}: no number for the primary metric ${primary}; kept, and listed as excluded`);
    return benchmark;
  }

  /** The leaderboards the runs came from, by id. Two records that describe one differently are said; the first is kept. */
  #addSuite(run: ImportedRun): void {
    if (!run.suite || this.#checkedSuites.has(run.suite)) return;
    this.#checkedSuites.add(run.suite);
    const earlier = this.#suites.get(run.suite.id);
    if (!earlier) this.#suites.set(run.suite.id, { suite: run.suite, source: run.source });
    else if (JSON.stringify(earlier.suite) !== JSON.stringify(run.suite)) {
      this.log.once(`suite ${run.suite.id} ${JSON.stringify(run.suite)}`, run.source, `suite "${run.suite.id}" is described otherwise than in ${earlier.source} (${JSON.stringify(run.suite)}); the first is kept`);
    }
  }

  /** One card per model (ids that differ only in case are one model); what the runs say of it. */
  #addModel(run: ImportedRun): void {
    const key = modelKey(run.model);
    let entry = this.#models.get(key);
    if (!entry) this.#models.set(key, (entry = { model: { id: run.model }, sources: new Map() }));
    const { model, sources } = entry;
    if (run.model !== model.id && !(model.aliases ?? []).includes(run.model)) model.aliases = [...(model.aliases ?? []), run.model].sort(cmp);
    for (const [field, value] of Object.entries(run.modelInfo ?? {})) {
      if (model[field] === undefined) {
        model[field] = value;
        sources.set(field, run.source);
      } else if (model[field] !== value) {
        this.log.once(`model ${key} ${field} ${String(value)}`, run.source, `model "${model.id}": ${field} ${JSON.stringify(value)} differs from ${JSON.stringify(model[field])} in ${sources.get(field)}; the first is kept`);
      }
    }
  }

  #addDataset(run: ImportedRun): void {
    if (!run.dataset) return;
    const earlier = this.#datasets.get(run.dataset.id);
    if (!earlier) {
      this.#datasets.set(run.dataset.id, { dataset: { ...run.dataset }, source: run.source });
      return;
    }
    const { n_samples: n } = run.dataset;
    if (n !== undefined && earlier.dataset.n_samples === undefined) earlier.dataset.n_samples = n;
    else if (n !== undefined && n !== earlier.dataset.n_samples) {
      this.log.once(`dataset ${run.dataset.id} ${n}`, run.source, `dataset "${run.dataset.id}" has ${n} samples here and ${earlier.dataset.n_samples} in ${earlier.source}; the first is kept`);
    }
  }
}

/** Results kept in memory, in the order they came. */
export class ResultList implements ResultSink {
  readonly items: Array<{ result: Result; tag: string | undefined }> = [];

  add(result: Result, _suite: string | null, tag: string | undefined): void {
    this.items.push({ result, tag });
  }
}

/**
 * Two different models shown with one name (a record's `model_info.name` has no organisation)
 * are told apart by their developer: "Qwen / Qwen2.5-72B-Instruct".
 */
function nameApart(models: Array<Model & Record<string, unknown>>): Model[] {
  const byName = new Map<string, number>();
  for (const model of models) {
    const name = (model.name ?? model.id).toLowerCase();
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  for (const model of models) {
    const developer = typeof model.developer === 'string' ? model.developer : undefined;
    if (developer && (byName.get((model.name ?? model.id).toLowerCase()) ?? 0) > 1) model.name = `${developer} / ${model.name ?? model.id}`;
  }
  return models;
}

/** A result with its metrics under their feed ids (the same object when none changes). */
function settleResult(result: Result, idOf: (id: string) => string): Result {
  const ids = Object.keys(result.metrics);
  if (ids.every((id) => idOf(id) === id)) return result;
  const metrics: Record<string, MetricValue> = {};
  for (const id of ids) metrics[idOf(id)] = result.metrics[id];
  return { ...result, metrics };
}

function toResult(run: ImportedRun): Result {
  const metrics: Record<string, MetricValue> = {};
  for (const m of run.metrics) {
    metrics[m.id] = m.value === null ? null : m.se === undefined && !m.ci ? m.value : { value: m.value, ...(m.se !== undefined ? { se: m.se } : {}), ...(m.ci ? { ci: m.ci } : {}) };
  }
  return {
    id: run.id,
    benchmark: run.benchmark,
    model: run.model,
    ...(run.dataset ? { dataset: run.dataset.id } : {}),
    ...(run.date ? { date: run.date } : {}),
    metrics,
    ...(run.n_test !== undefined ? { n_test: run.n_test } : {}),
    source: run.source,
    ...run.extra,
  };
}

/**
 * A 53-bit hash of a run without its file (cyrb53): two runs with one id are the same run when
 * their content is; only the first's fingerprint is kept, not its content.
 */
function fingerprint(run: ImportedRun): number {
  const text = JSON.stringify({ ...run, source: '', samples: run.samples?.map((b) => [b.metric, [...b.items]]) });
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
