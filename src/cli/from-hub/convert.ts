// A hub's files → one feed. Every eval becomes a result or a warning; the same input always
// gives the same feed (everything sorted, no clock unless `generated` is given).
import {
  DEFAULT_TIERS,
  FEED_VERSION,
  type Benchmark,
  type Dataset,
  type Feed,
  type MetricDefinition,
  type Result,
} from '../../core/index.js';
import { lookupMetric } from '../../import/metric-catalogue.js';
import { convertBenchmark } from './benchmarks.js';
import { convertModels } from './models.js';
import type { HubDocument, HubFiles } from './read-hub.js';
import { convertEval } from './results.js';
import { assignSuites, suiteIndex, type HubSuite } from './suites.js';
import { cmp, ConversionLog, isRecord, prose, text } from './warnings.js';

export interface ConvertOptions {
  title?: string;
  source?: Feed['source'];
  /** ISO time to stamp as `generated`; omitted by default so output is reproducible. */
  generated?: string;
  /** Make each tests/ suite a leaderboard of the feed (default: the hub is one leaderboard, as its page). */
  suites?: boolean;
}

export function convertHub(files: HubFiles, options: ConvertOptions = {}): Feed {
  const log = new ConversionLog();
  for (const { file, reason } of files.unreadable) log.warn(file, `skipped: ${reason}`);

  const results = convertResults(files.evals, log);
  const reported = new Map<string, Set<string>>();
  for (const r of results) {
    const set = reported.get(r.benchmark) ?? new Set<string>();
    for (const [name, v] of Object.entries(r.metrics)) if (typeof v === 'number') set.add(name);
    reported.set(r.benchmark, set);
  }

  const benchmarks: Benchmark[] = [];
  for (const doc of files.benchmarks) {
    const benchmark = convertBenchmark(doc, reported.get(text(isRecord(doc.data) ? doc.data.benchmark_id : '') ?? '') ?? new Set(), log);
    if (!benchmark) continue;
    if (benchmarks.some((b) => b.id === benchmark.id)) log.warn(doc.file, `skipped: benchmark "${benchmark.id}" is defined twice`);
    else benchmarks.push(benchmark);
  }

  const datasets = convertDatasets(files.datasets, log);
  const suites = suiteIndex(files.suites, log);
  linkReferences(results, benchmarks, datasets, suites, log);
  const leaderboards = options.suites ? assignSuites(suites, benchmarks, results, log) : [];

  const spellings = new Map<string, string>();
  for (const r of results) if (!spellings.has(r.model)) spellings.set(r.model, r.source ?? '');
  const models = convertModels(files.models, spellings, log);
  const metrics = metricCatalogue(results, benchmarks, log);
  dropContradictoryTargets(benchmarks, metrics, log);

  // Key order is the order a reader of the JSON meets them.
  return {
    version: FEED_VERSION,
    ...(options.generated ? { generated: options.generated } : {}),
    title: options.title ?? 'Foundation model leaderboards',
    ...(options.source ? { source: options.source } : {}),
    tiers: [...DEFAULT_TIERS],
    metrics,
    ...(leaderboards.length > 0 ? { suites: leaderboards } : {}),
    benchmarks,
    models,
    datasets,
    results,
    warnings: log.sorted(),
  };
}

function convertResults(evals: HubDocument[], log: ConversionLog): Result[] {
  const byId = new Map<string, Result>();
  for (const doc of evals) {
    const result = convertEval(doc, log);
    if (!result) continue;
    const earlier = byId.get(result.id);
    if (earlier) log.warn(doc.file, `skipped: eval_id "${result.id}" is already used by ${earlier.source}`);
    else byId.set(result.id, result);
  }
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

function convertDatasets(docs: HubDocument[], log: ConversionLog): Dataset[] {
  const datasets = new Map<string, Dataset>();
  for (const { file, data } of docs) {
    const id = isRecord(data) ? text(data.dataset_id) : undefined;
    if (!isRecord(data) || !id) {
      log.warn(file, 'skipped: no dataset_id');
      continue;
    }
    if (datasets.has(id)) {
      log.warn(file, `skipped: dataset "${id}" is defined twice`);
      continue;
    }
    const dataset: Dataset = { id, name: text(data.name) ?? id };
    const description = prose(data.description) ?? prose(data.notes);
    if (description) dataset.description = description;
    const n = [data.n_samples, data.n_train, data.n_test].map((v) => (typeof v === 'number' && v >= 0 ? v : undefined));
    const samples = n[0] ?? (n[1] !== undefined && n[2] !== undefined ? n[1] + n[2] : undefined);
    if (samples !== undefined) dataset.n_samples = samples;
    datasets.set(id, dataset);
  }
  return [...datasets.values()].sort((a, b) => cmp(a.id, b.id));
}

/** Warns about ids defined nowhere; adds the datasets results and suites use to benchmarks. */
function linkReferences(
  results: Result[],
  benchmarks: Benchmark[],
  datasets: Dataset[],
  suites: Map<string, HubSuite>,
  log: ConversionLog,
): void {
  const benchmarkById = new Map(benchmarks.map((b) => [b.id, b]));
  const datasetIds = new Set(datasets.map((d) => d.id));
  const addDataset = (benchmark: Benchmark | undefined, dataset: string | undefined) => {
    if (benchmark && dataset && datasetIds.has(dataset)) benchmark.datasets = [...new Set([...(benchmark.datasets ?? []), dataset])].sort(cmp);
  };
  for (const { pairs } of suites.values()) for (const p of pairs) addDataset(p.benchmark ? benchmarkById.get(p.benchmark) : undefined, p.dataset);
  for (const r of results) {
    const source = r.source ?? r.id;
    const benchmark = benchmarkById.get(r.benchmark);
    if (!benchmark) log.warn(source, `benchmark "${r.benchmark}" is defined nowhere; the result is kept under other benchmarks`);
    if (r.dataset && !datasetIds.has(r.dataset)) log.warn(source, `dataset "${r.dataset}" is defined nowhere`);
    if (r.suite && !suites.has(r.suite)) log.warn(source, `suite "${r.suite}" is defined nowhere`);
    addDataset(benchmark, r.dataset);
  }
}

/** Every metric the results report or the benchmarks name, from the built-in catalogue. */
function metricCatalogue(results: Result[], benchmarks: Benchmark[], log: ConversionLog): Record<string, MetricDefinition> {
  const firstUse = new Map<string, string>();
  for (const b of benchmarks) {
    for (const m of [b.primary_metric, ...(b.secondary_metrics ?? [])]) if (m && !firstUse.has(m)) firstUse.set(m, `benchmarks/${b.id}`);
  }
  for (const r of results) for (const m of Object.keys(r.metrics)) if (!firstUse.has(m)) firstUse.set(m, r.source ?? r.id);
  const catalogue: Record<string, MetricDefinition> = {};
  for (const id of [...firstUse.keys()].sort(cmp)) {
    const known = lookupMetric(id);
    if (!known) log.warn(firstUse.get(id)!, `metric "${id}" is not in the built-in catalogue; shown by its id and ranked higher-is-better`);
    catalogue[id] = known ? { ...known } : { name: id, direction: 'higher' };
  }
  return catalogue;
}

/** Targets must use known tier ids and get worse from tier to tier, in the metric's direction. */
function dropContradictoryTargets(benchmarks: Benchmark[], metrics: Record<string, MetricDefinition>, log: ConversionLog): void {
  const order = DEFAULT_TIERS.map((t) => t.id);
  for (const b of benchmarks) {
    if (!b.targets) continue;
    const lower = b.primary_metric ? metrics[b.primary_metric]?.direction === 'lower' : false;
    const unknown = Object.keys(b.targets).filter((k) => !order.includes(k));
    const values = order.filter((id) => b.targets![id] !== undefined).map((id) => b.targets![id]);
    const ordered = values.every((v, i) => i === 0 || (lower ? v > values[i - 1] : v < values[i - 1]));
    if (unknown.length === 0 && ordered) continue;
    log.warn(`benchmarks/${b.id}`, `performance_targets ${JSON.stringify(b.targets)} ${unknown.length ? `name unknown tiers (${unknown.join(', ')})` : 'contradict the metric direction'}; the default tiers apply`);
    delete b.targets;
  }
}
