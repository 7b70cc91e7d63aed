// Imported runs → one feed: benchmarks, metrics, models and datasets joined by id, every choice
// the tools did not make said in a warning, everything sorted so the same input gives the same
// bytes.
import { FEED_VERSION, modelKey, type Benchmark, type Dataset, type Feed, type MetricDefinition, type MetricRange, type MetricValue, type Model, type Result, type Suite } from '../core/index.js';
import { cmp, type ConversionLog } from './log.js';
import { lookupMetric } from './metric-catalogue.js';
import type { ImportedRun, ImportOptions, MetricReading } from './types.js';

export function buildFeed(runs: ImportedRun[], log: ConversionLog, options: ImportOptions): Feed {
  const kept = dedupe(runs, log);
  settleMetricIds(kept);
  const metrics = metricCatalogue(kept, log);
  const benchmarks = buildBenchmarks(kept, log, options);
  const suites = buildSuites(kept, log);
  return {
    version: FEED_VERSION,
    ...(options.generated ? { generated: options.generated } : {}),
    title: options.title ?? 'Evaluation results',
    metrics,
    ...(suites.length > 0 ? { suites } : {}),
    benchmarks,
    models: buildModels(kept, log),
    datasets: buildDatasets(kept, log),
    results: kept.map(toResult).sort((a, b) => cmp(a.id, b.id)),
    warnings: log.sorted(),
  };
}

/** One run per id: the same run read twice (a log as .json and .eval) is kept once, with a note. */
function dedupe(runs: ImportedRun[], log: ConversionLog): ImportedRun[] {
  const byId = new Map<string, ImportedRun>();
  for (const run of runs) {
    const earlier = byId.get(run.id);
    if (!earlier) byId.set(run.id, run);
    else if (same(earlier, run)) log.warn(run.source, `the same run as ${earlier.source} (${run.id}); kept once`);
    else log.warn(run.source, `skipped: run "${run.id}" is also in ${earlier.source}, with other values; the first is kept`);
  }
  return [...byId.values()];
}

function same(a: ImportedRun, b: ImportedRun): boolean {
  return JSON.stringify({ ...a, source: '' }) === JSON.stringify({ ...b, source: '' });
}

/**
 * One metric id for what all suites describe alike (HAL's nine leaderboards' 0–1 "score"); where
 * two suites describe one id differently (a 0–5 scale beside a 0–1 one, another direction, another
 * name), each suite's readings get their own id, `<suite>/<id>`, so that each keeps its range.
 */
function settleMetricIds(runs: ImportedRun[]): void {
  const described = new Map<string, Set<string>>();
  for (const run of runs) {
    for (const m of run.metrics) {
      if (!m.suite) continue;
      const seen = described.get(m.id) ?? new Set<string>();
      seen.add(JSON.stringify([m.name, m.direction, m.range, m.unit]));
      described.set(m.id, seen);
    }
  }
  for (const run of runs) {
    for (const m of run.metrics) {
      if (m.suite && described.get(m.id)!.size > 1) Object.assign(m, { name: m.name ?? m.id, id: `${m.suite}/${m.id}` });
    }
  }
}

/** Every metric the runs report: what the tool said first, the catalogue for the rest. */
function metricCatalogue(runs: ImportedRun[], log: ConversionLog): Record<string, MetricDefinition> {
  const readings = new Map<string, Array<{ reading: MetricReading; source: string }>>();
  for (const run of runs) {
    for (const reading of run.metrics) {
      const list = readings.get(reading.id) ?? [];
      list.push({ reading, source: run.source });
      readings.set(reading.id, list);
    }
  }
  const catalogue: Record<string, MetricDefinition> = {};
  for (const id of [...readings.keys()].sort(cmp)) {
    const list = readings.get(id)!;
    const { reading: first, source } = list[0];
    const known = lookupMetric(first.base) ?? lookupMetric(id);
    const stated = list.find((r) => r.reading.direction !== undefined);
    const direction = stated?.reading.direction ?? known?.direction;
    const other = list.find((r) => r.reading.direction !== undefined && r.reading.direction !== direction);
    if (other) {
      log.warn(other.source, `metric ${id}: this file says ${other.reading.direction} is better, ${stated!.source} says ${direction}; ${direction} is used`);
    }
    if (!direction) log.warn(source, `metric ${id}: neither the tool nor the built-in catalogue says which way is better; ranked higher-is-better`);
    const definition: MetricDefinition = { name: first.name ?? catalogueName(known, first.base, id) ?? id, direction: direction ?? 'higher' };
    const values = list.map((r) => r.reading.value).filter((v): v is number => v !== null);
    definition.range = metricRange(id, list.find((r) => r.reading.range)?.reading.range, known?.range, values, source, log);
    if (!definition.range) delete definition.range;
    if (known?.description) definition.description = known.description;
    if (known?.example && definition.range === known.range) definition.example = known.example;
    if (known?.decimals !== undefined) definition.decimals = known.decimals;
    const unit = first.unit ?? known?.unit;
    if (unit) definition.unit = unit;
    catalogue[id] = definition;
  }
  return catalogue;
}

/**
 * The range the tool declares, else the catalogue's, unless a value lies outside it. A scale that
 * is not known to be 0–1 while values exceed 1 (a percentage, a score out of 100) is declared
 * unbounded, so that the 0–1 tier scale does not rate it.
 */
function metricRange(id: string, stated: MetricRange | undefined, catalogued: MetricRange | undefined, values: number[], source: string, log: ConversionLog): MetricRange | undefined {
  const range = stated ?? catalogued;
  const outside = range ? values.find((v) => (range.min !== null && v < range.min) || (range.max !== null && v > range.max)) : undefined;
  if (range && outside === undefined) return range;
  if (range) log.warn(source, `metric ${id}: the value ${outside} lies outside the range ${range.min ?? '−∞'}–${range.max ?? '∞'}${stated ? '' : ' of the built-in catalogue'}; its scale is unknown, so no tiers are given`);
  else if (values.some((v) => v > 1)) log.warn(source, `metric ${id}: values above 1 on a scale nobody states; no tiers are given (declare a range or targets to rate it)`);
  else return undefined;
  return { min: null, max: null };
}

/** The catalogue's name for a variant keeps the variant: `Exact match (strict-match)`. */
function catalogueName(known: MetricDefinition | undefined, base: string, id: string): string | undefined {
  if (!known) return undefined;
  return id.startsWith(base) ? `${known.name}${id.slice(base.length)}` : known.name;
}

function buildBenchmarks(runs: ImportedRun[], log: ConversionLog, options: ImportOptions): Benchmark[] {
  const byId = new Map<string, ImportedRun[]>();
  for (const run of runs) {
    const group = byId.get(run.benchmark);
    if (group) group.push(run);
    else byId.set(run.benchmark, [run]);
  }
  for (const id of Object.keys(options.primary ?? {})) if (!byId.has(id)) log.warn('--primary', `no imported result is on benchmark "${id}"`);
  for (const id of Object.keys(options.benchmarkNames ?? {})) if (!byId.has(id)) log.warn('--benchmark-name', `no imported result is on benchmark "${id}"`);

  const benchmarks: Benchmark[] = [];
  for (const id of [...byId.keys()].sort(cmp)) {
    const group = byId.get(id)!;
    const info = Object.assign({}, ...group.map((r) => r.benchmarkInfo ?? {}).reverse()) as NonNullable<ImportedRun['benchmarkInfo']>;
    const benchmark: Benchmark = { id, name: options.benchmarkNames?.[id] ?? info.name ?? id };
    if (info.description) benchmark.description = info.description;
    if (info.task) benchmark.task = info.task;
    const suite = group.find((r) => r.suite)?.suite;
    if (suite) benchmark.suite = suite.id;
    if (info.part_of) benchmark.part_of = info.part_of;
    benchmark.primary_metric = primaryMetric(id, group, log, options);
    const shown = [...new Set(group.flatMap((r) => r.metrics.filter((m) => m.shown && m.id !== benchmark.primary_metric).map((m) => m.id)))].sort(cmp);
    if (shown.length > 0) benchmark.shown_metrics = shown;
    const datasets = [...new Set(group.map((r) => r.dataset?.id).filter((d): d is string => !!d))].sort(cmp);
    if (datasets.length > 0) benchmark.datasets = datasets;
    for (const run of group) {
      const value = run.metrics.find((m) => m.id === benchmark.primary_metric)?.value;
      if (value === undefined || value === null) {
        log.warn(run.source, `run ${run.id}: no number for the primary metric ${benchmark.primary_metric}; kept, and listed as excluded`);
      }
    }
    benchmarks.push(benchmark);
  }
  return benchmarks;
}

/** The leaderboards the runs came from, by id. Two records that describe one differently are said; the first is kept. */
function buildSuites(runs: ImportedRun[], log: ConversionLog): Suite[] {
  const byId = new Map<string, { suite: Suite; source: string }>();
  const checked = new WeakSet<Suite>(); // a record's runs share one suite object: compare it once
  for (const run of runs) {
    if (!run.suite || checked.has(run.suite)) continue;
    checked.add(run.suite);
    const earlier = byId.get(run.suite.id);
    if (!earlier) byId.set(run.suite.id, { suite: run.suite, source: run.source });
    else if (JSON.stringify(earlier.suite) !== JSON.stringify(run.suite)) {
      log.once(`suite ${run.suite.id} ${JSON.stringify(run.suite)}`, run.source, `suite "${run.suite.id}" is described otherwise than in ${earlier.source} (${JSON.stringify(run.suite)}); the first is kept`);
    }
  }
  return [...byId.values()].map((e) => e.suite).sort((a, b) => cmp(a.id, b.id));
}

/** `--primary` where given; else the tool's own (its first metric), the same in every run or said. */
function primaryMetric(id: string, runs: ImportedRun[], log: ConversionLog, options: ImportOptions): string {
  const chosen = options.primary?.[id];
  if (chosen) {
    if (!runs.some((r) => r.metrics.some((m) => m.id === chosen))) {
      const reported = [...new Set(runs.flatMap((r) => r.metrics.map((m) => m.id)))].join(', ');
      log.warn('--primary', `no result of "${id}" reports ${chosen} (they report ${reported}); it ranks nothing`);
    }
    return chosen;
  }
  const primary = runs[0].metrics[0].id;
  const other = runs.find((r) => r.metrics[0].id !== primary);
  if (other) log.warn(other.source, `benchmark "${id}": this run's first metric is ${other.metrics[0].id}, ${runs[0].source} has ${primary}; ${primary} ranks (choose with --primary)`);
  return primary;
}

/** One card per model (ids that differ only in case are one model); what the runs say of it. */
function buildModels(runs: ImportedRun[], log: ConversionLog): Model[] {
  const byKey = new Map<string, { model: Model & Record<string, unknown>; sources: Map<string, string> }>();
  for (const run of runs) {
    const key = modelKey(run.model);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { model: { id: run.model }, sources: new Map() }));
    const { model, sources } = entry;
    if (run.model !== model.id && !(model.aliases ?? []).includes(run.model)) model.aliases = [...(model.aliases ?? []), run.model].sort(cmp);
    for (const [field, value] of Object.entries(run.modelInfo ?? {})) {
      if (model[field] === undefined) {
        model[field] = value;
        sources.set(field, run.source);
      } else if (model[field] !== value) {
        log.once(`model ${key} ${field} ${String(value)}`, run.source, `model "${model.id}": ${field} ${JSON.stringify(value)} differs from ${JSON.stringify(model[field])} in ${sources.get(field)}; the first is kept`);
      }
    }
  }
  const models = [...byKey.values()].map((e) => e.model).sort((a, b) => cmp(a.id, b.id));
  return nameApart(models);
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

function buildDatasets(runs: ImportedRun[], log: ConversionLog): Dataset[] {
  const byId = new Map<string, { dataset: Dataset; source: string }>();
  for (const run of runs) {
    if (!run.dataset) continue;
    const earlier = byId.get(run.dataset.id);
    if (!earlier) {
      byId.set(run.dataset.id, { dataset: { ...run.dataset }, source: run.source });
      continue;
    }
    const { n_samples: n } = run.dataset;
    if (n !== undefined && earlier.dataset.n_samples === undefined) earlier.dataset.n_samples = n;
    else if (n !== undefined && n !== earlier.dataset.n_samples) {
      log.once(`dataset ${run.dataset.id} ${n}`, run.source, `dataset "${run.dataset.id}" has ${n} samples here and ${earlier.dataset.n_samples} in ${earlier.source}; the first is kept`);
    }
  }
  return [...byId.values()].map((e) => e.dataset).sort((a, b) => cmp(a.id, b.id));
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
