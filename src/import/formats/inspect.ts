// UK AISI Inspect eval logs: a `.json` log, or the header of a `.eval` archive (read by
// detect.ts). One log is one task run on one model: `eval.task`, `eval.model`, `eval.created`,
// `eval.dataset`, and `results.scores[]`, each scorer with its metrics, where `stderr` is itself
// one of the metrics (the standard error of the scorer's mean).
import { describeValue, isFiniteNumber, isRecord, text, type ConversionLog } from '../log.js';
import type { ItemBatch, ItemScores } from '../item-scores.js';
import type { ArchiveSamples } from '../detect.js';
import { ClusterReader } from './samples.js';
import type { ImportedRun, MetricReading } from '../types.js';
import { count, isoDate, metricId } from '../values.js';

/** True when the data has the shape of an Inspect log. */
export function looksLikeInspect(data: Record<string, unknown>): boolean {
  return isRecord(data.eval) && typeof data.eval.task === 'string' && ('status' in data || 'results' in data);
}

/** Metrics whose standard error Inspect's `stderr` is: it is computed over the same sample scores. */
const MEAN_LIKE = new Set(['accuracy', 'mean']);

export function convertInspect(data: unknown, source: string, log: ConversionLog, cluster?: string, archiveSamples?: ArchiveSamples): ImportedRun[] {
  if (!isRecord(data) || !isRecord(data.eval) || !text(data.eval.task)) {
    log.warn(source, 'skipped: not an Inspect eval log (no eval.task)');
    return [];
  }
  const status = text(data.status);
  if (status !== 'success') {
    const error = isRecord(data.error) ? text(data.error.message)?.split('\n')[0] : undefined;
    log.warn(source, `skipped: status is ${describeValue(data.status ?? null)}, not "success"${error ? ` (${error})` : ''}`);
    return [];
  }
  const evalInfo = data.eval;
  const task = text(evalInfo.task)!;
  const model = text(evalInfo.model);
  if (!model) {
    log.warn(source, 'skipped: the log names no model (eval.model)');
    return [];
  }
  const results = isRecord(data.results) ? data.results : {};
  const scores = Array.isArray(results.scores) ? results.scores.filter(isRecord) : [];
  // Per-sample scores give a standard error where the scorer reports none.
  const perSample = Array.isArray(data.reductions) || (Array.isArray(data.samples) && data.samples.length > 0);
  const metrics = readScores(scores, task, source, log, perSample);
  if (metrics.length === 0) {
    log.warn(source, 'skipped: the log has no scores (results.scores)');
    return [];
  }
  const runId = text(evalInfo.eval_id) ?? [text(evalInfo.run_id), text(evalInfo.task_id)].filter(Boolean).join('/');
  // A task from a registry package (`inspect_evals/gpqa_diamond`) belongs to that package's suite:
  // its benchmark is the registry name, so that two packages' "gpqa_diamond" stay two.
  const registered = text(evalInfo.task_registry_name) ?? task;
  const cut = registered.lastIndexOf('/');
  const pkg = cut > 0 ? registered.slice(0, cut) : null;
  const run: ImportedRun = {
    source,
    id: runId ? `inspect/${runId}` : `${source}#${task}`,
    benchmark: pkg ? registered : task,
    model,
    metrics: pkg ? metrics.map((m) => ({ ...m, suite: pkg })) : metrics,
    extra: extras(data, evalInfo),
  };
  const samples = itemScores(data, scores, run.metrics, source, log, cluster, archiveSamples);
  if (samples.length > 0) {
    run.join = `inspect:${run.id}`;
    run.samples = samples.map((batch) => ({ ...batch, join: run.join! }));
  }
  if (pkg) {
    run.suite = { id: pkg, name: pkg };
    run.benchmarkInfo = { name: registered.slice(cut + 1) };
  }
  const date = isoDate(evalInfo.created);
  if (date) run.date = date;
  else if (evalInfo.created !== undefined) log.warn(source, `eval.created ${describeValue(evalInfo.created)} is not an ISO date-time; the run has no date`);
  const completed = count(results.completed_samples);
  if (completed !== undefined) run.n_test = completed;
  const dataset = isRecord(evalInfo.dataset) ? evalInfo.dataset : {};
  const datasetName = text(dataset.name);
  if (datasetName) {
    run.dataset = { id: datasetName, name: datasetName };
    const samples = count(dataset.samples);
    if (samples !== undefined) run.dataset.n_samples = samples;
  }
  return [run];
}

/**
 * Every scorer's metrics. With one scorer a metric keeps its name (`accuracy`); with several it is
 * named with its scorer (`accuracy (match)`). `stderr` becomes the `se` of the scorer's mean.
 */
function readScores(scores: Record<string, unknown>[], task: string, source: string, log: ConversionLog, perSample: boolean): MetricReading[] {
  const readings: MetricReading[] = [];
  for (const score of scores) {
    const scorer = text(score.name) ?? text(score.scorer) ?? 'score';
    const entries = isRecord(score.metrics) ? Object.entries(score.metrics) : [];
    const valueOf = (m: unknown) => (isRecord(m) ? m.value : m);
    const stderrEntry = entries.find(([name]) => name === 'stderr');
    const stderr = stderrEntry ? valueOf(stderrEntry[1]) : undefined;
    let seUsed = stderr === undefined;
    for (const [name, metric] of entries) {
      if (name === 'stderr') continue;
      const value = valueOf(metric);
      const id = metricId(name, scores.length > 1 ? scorer : undefined);
      if (!isFiniteNumber(value)) log.warn(source, `scorer "${scorer}": metric ${name} = ${describeValue(value)} is not a number; kept as not computed`);
      const reading: MetricReading = { id, base: name, value: isFiniteNumber(value) ? value : null };
      if (MEAN_LIKE.has(name) && isFiniteNumber(stderr) && stderr >= 0) {
        reading.se = stderr;
        seUsed = true;
      }
      readings.push(reading);
    }
    if (!seUsed) log.warn(source, `scorer "${scorer}": stderr ${describeValue(stderr)} has no mean or accuracy to belong to; left out`);
    if (stderr === undefined && !perSample) log.once(`inspect se ${task} ${scorer}`, source, `task "${task}", scorer "${scorer}": no stderr; shown without ±`);
  }
  return readings;
}

/** Inspect's own reading of a sample's score: C(orrect) 1, I(ncorrect) 0, P(artial) 0.5, N(o answer) 0. */
const SCORE_LETTERS: Record<string, number> = { C: 1, I: 0, P: 0.5, N: 0 };

function itemValue(value: unknown): number | undefined {
  if (isFiniteNumber(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'string' ? SCORE_LETTERS[value] : undefined;
}

/**
 * Per-sample scores of each scorer's mean-like metrics (accuracy, mean): the log's `reductions`
 * (each sample's score over its epochs, as the metrics were computed from), else its samples'
 * scores averaged over epochs. A sample whose score is not a number or a C/I/P/N is left out.
 */
function itemScores(data: Record<string, unknown>, scores: Record<string, unknown>[], readings: MetricReading[], source: string, log: ConversionLog, cluster?: string, archiveSamples?: ArchiveSamples): Array<Omit<ItemBatch, 'join'>> {
  const batches: Array<Omit<ItemBatch, 'join'>> = [];
  const clusters = sampleClusters(data, cluster, source, log, archiveSamples);
  for (const score of scores) {
    const scorer = text(score.name) ?? text(score.scorer) ?? 'score';
    const means = readings.filter((r) => MEAN_LIKE.has(r.base) && r.id === metricId(r.base, scores.length > 1 ? scorer : undefined));
    if (means.length === 0) continue;
    const items = reducedScores(data, scorer) ?? sampleScores(data, scorer);
    if (items.size > 0) for (const m of means) batches.push({ source, metric: m.id, items, ...(clusters ? { clusters } : {}) });
  }
  return batches;
}

/** Each sample's cluster from its metadata (`--cluster`): a `.json` log's samples, or a `.eval` archive's; undefined without the option. */
function sampleClusters(data: Record<string, unknown>, cluster: string | undefined, source: string, log: ConversionLog, archive?: ArchiveSamples): Map<string, string> | undefined {
  if (cluster === undefined) return undefined;
  if (archive && archive.unreadable.length > 0) {
    const [first] = archive.unreadable;
    log.warn(source, `--cluster ${cluster}: ${archive.unreadable.length} sample${archive.unreadable.length === 1 ? '' : 's'} of the archive could not be read (${first}${archive.unreadable.length > 1 ? ', …' : ''}); each is a cluster of its own`);
  }
  const samples = Array.isArray(data.samples) && data.samples.length > 0 ? data.samples : (archive?.samples ?? []);
  if (samples.length === 0) {
    log.warn(source, `--cluster ${cluster}: the log holds no samples to read it from; its standard errors are not clustered`);
    return undefined;
  }
  const reader = new ClusterReader(cluster);
  const seen = new Set<string>();
  for (const sample of samples) {
    if (!isRecord(sample) || !(typeof sample.id === 'string' || isFiniteNumber(sample.id)) || seen.has(String(sample.id))) continue;
    seen.add(String(sample.id));
    reader.read(String(sample.id), sample.metadata);
  }
  return reader.finish(source, seen.size, log);
}

function reducedScores(data: Record<string, unknown>, scorer: string): ItemScores | undefined {
  const reduction = Array.isArray(data.reductions) ? data.reductions.find((r) => isRecord(r) && r.scorer === scorer) : undefined;
  if (!isRecord(reduction) || !Array.isArray(reduction.samples)) return undefined;
  const items: ItemScores = new Map();
  for (const sample of reduction.samples) {
    const value = isRecord(sample) ? itemValue(sample.value) : undefined;
    if (value !== undefined && isRecord(sample) && (typeof sample.sample_id === 'string' || isFiniteNumber(sample.sample_id))) items.set(String(sample.sample_id), value);
  }
  return items;
}

function sampleScores(data: Record<string, unknown>, scorer: string): ItemScores {
  const sums = new Map<string, [number, number]>();
  for (const sample of Array.isArray(data.samples) ? data.samples : []) {
    if (!isRecord(sample) || !isRecord(sample.scores) || !(typeof sample.id === 'string' || isFiniteNumber(sample.id))) continue;
    const score = sample.scores[scorer];
    const value = itemValue(isRecord(score) ? score.value : undefined);
    if (value === undefined) continue;
    const [sum, count] = sums.get(String(sample.id)) ?? [0, 0];
    sums.set(String(sample.id), [sum + value, count + 1]);
  }
  return new Map([...sums].map(([id, [sum, count]]) => [id, sum / count]));
}

function extras(data: Record<string, unknown>, evalInfo: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const packages = isRecord(evalInfo.packages) ? evalInfo.packages : {};
  const version = text(packages.inspect_ai);
  out.evaluator = version ? `inspect_ai ${version}` : 'inspect_ai';
  const revision = isRecord(evalInfo.revision) ? text(evalInfo.revision.commit) : undefined;
  if (revision) out.revision = revision;
  if (isFiniteNumber(evalInfo.task_version)) out.task_version = evalInfo.task_version;
  const config = isRecord(evalInfo.config) ? evalInfo.config : {};
  if (config.limit !== undefined && config.limit !== null) out.limit = config.limit;
  if (isFiniteNumber(config.epochs)) out.epochs = config.epochs;
  const results = isRecord(data.results) ? data.results : {};
  const total = count(results.total_samples);
  if (total !== undefined) out.total_samples = total;
  return out;
}
