// EleutherAI lm-evaluation-harness `results_*.json`. The current layout (0.4) has `results` →
// task → `"<metric>,<filter>"` with `"<metric>_stderr,<filter>"` beside it, and per task
// `higher_is_better`, `n-samples`, `configs`, `versions`, `n-shot`; the run has `config`
// (model_args, model_num_parameters, dtype, revision, sha), `model_name` and `date` (Unix time).
// The old flat layout has `results` → task → `acc`, `acc_stderr`, … and `versions` only.
// A group with subtasks (`group_subtasks`, e.g. the Open LLM Leaderboard's `leaderboard`) is a
// suite: its tasks are its benchmarks, each a part of the group it is listed under, and the
// group's own aggregate is the suite's overall.
import type { Direction } from '../../core/index.js';
import { describeValue, isFiniteNumber, isRecord, text, type ConversionLog } from '../log.js';
import type { ImportedRun, ImportOptions, MetricReading } from '../types.js';
import { count, isoDate, metricId, paramsText } from '../values.js';
import { lmEvalJoin } from './samples.js';

/** True when the data has the harness's shape: per-task results with its bookkeeping beside them. */
export function looksLikeLmEval(data: Record<string, unknown>): boolean {
  return isRecord(data.results) && ['versions', 'config', 'configs', 'higher_is_better', 'n-samples', 'group_subtasks'].some((k) => k in data);
}

export function convertLmEval(data: unknown, source: string, log: ConversionLog, options: ImportOptions): ImportedRun[] {
  if (!isRecord(data) || !isRecord(data.results)) {
    log.warn(source, 'skipped: not an lm-evaluation-harness results file (no "results" object)');
    return [];
  }
  const config = isRecord(data.config) ? data.config : {};
  const modelArgs = parseModelArgs(config.model_args);
  const model = text(data.model_name) ?? text(modelArgs.pretrained) ?? text(modelArgs.model) ?? options.model;
  if (!model) {
    log.warn(source, 'skipped: the file names no model (the old harness layout has none); give --model <id>');
    return [];
  }
  const date = isoDate(data.date);
  if (data.date !== undefined && !date) log.warn(source, `"date" ${describeValue(data.date)} is not a Unix time; the runs have no date`);
  const modelInfo: Record<string, string | number> = {};
  const nParams = count(config.model_num_parameters);
  if (nParams !== undefined && nParams > 0) Object.assign(modelInfo, { params: paramsText(nParams), parameters: [nParams] });

  const extra: Record<string, unknown> = {};
  const version = text(data.lm_eval_version);
  extra.evaluator = version ? `lm-evaluation-harness ${version}` : 'lm-evaluation-harness';
  const dtype = text(config.model_dtype) ?? text(modelArgs.dtype);
  if (dtype) extra.dtype = dtype;
  const revision = text(config.model_revision) ?? text(modelArgs.revision);
  if (revision) extra.revision = revision;
  const sha = text(config.model_sha);
  if (sha) extra.model_sha = sha;
  if (config.limit !== undefined && config.limit !== null) extra.limit = config.limit;

  const tasks = { ...(isRecord(data.groups) ? data.groups : {}), ...data.results };
  const subtasks = isRecord(data.group_subtasks) ? data.group_subtasks : {};
  const groups = groupSuites(subtasks, tasks);
  const runs: ImportedRun[] = [];
  for (const task of Object.keys(tasks)) {
    const entry = tasks[task];
    if (!isRecord(entry)) {
      log.warn(source, `task "${task}": expected an object of metrics, got ${describeValue(entry)}; left out`);
      continue;
    }
    const metrics = readMetrics(task, entry, table(data.higher_is_better, task), source, log);
    if (metrics.length === 0) {
      log.warn(source, `task "${task}": no metrics; left out`);
      continue;
    }
    const run: ImportedRun = {
      source,
      id: date ? `${model}/${task}@${date}` : `${source}#${task}`,
      benchmark: task,
      model,
      metrics,
      extra: { ...extra, ...taskExtras(data, task) },
    };
    if (Object.keys(modelInfo).length > 0) run.modelInfo = modelInfo;
    if (date) run.date = date;
    const join = lmEvalJoin(source, task);
    if (join) run.join = join;
    const alias = aliasOf(entry);
    const members = subtasksOf(subtasks, task);
    const place = groups.get(task);
    run.benchmarkInfo = {
      ...(alias && alias !== task ? { name: alias } : {}),
      ...(members.length > 0 ? { description: `The harness's aggregate of ${members.length} tasks: ${members.join(', ')}.` } : {}),
      ...(place?.parent ? { part_of: place.parent } : {}),
    };
    if (place) run.suite = place.suite;
    const samples = table(data['n-samples'], task);
    const nTest = count(samples.effective);
    if (nTest !== undefined) run.n_test = nTest;
    const taskConfig = table(data.configs, task);
    const datasetPath = text(taskConfig.dataset_path);
    if (datasetPath) {
      const name = text(taskConfig.dataset_name);
      const id = name ? `${datasetPath}:${name}` : datasetPath;
      run.dataset = { id, name: id };
      const original = count(samples.original);
      if (original !== undefined) run.dataset.n_samples = original;
      if (/^[\w.-]+\/[\w.-]+$/.test(datasetPath)) run.dataset.url = `https://huggingface.co/datasets/${datasetPath}`;
    }
    runs.push(run);
  }
  if (runs.length === 0) log.warn(source, 'skipped: no task in "results" has metrics');
  return runs;
}

/** A task's display name: its `alias` without the harness's indentation (" - leaderboard_bbh"). */
const aliasOf = (entry: Record<string, unknown>) => text(entry.alias)?.replace(/^[\s-]+/, '');

/** The tasks `group_subtasks` lists under a group. */
function subtasksOf(subtasks: Record<string, unknown>, group: string): string[] {
  const list = subtasks[group];
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * For each task under a top-level group with subtasks: the suite (the top-level group, named by
 * its alias, its aggregate the overall) and the group it is listed under. A task listed under two
 * groups stays in the first.
 */
function groupSuites(subtasks: Record<string, unknown>, tasks: Record<string, unknown>): Map<string, { suite: NonNullable<ImportedRun['suite']>; parent?: string }> {
  const members = (group: string) => subtasksOf(subtasks, group);
  const listed = new Set(Object.keys(subtasks).flatMap(members));
  const places = new Map<string, { suite: NonNullable<ImportedRun['suite']>; parent?: string }>();
  for (const top of Object.keys(subtasks)) {
    if (listed.has(top) || members(top).length === 0) continue;
    const entry = tasks[top];
    const alias = isRecord(entry) ? aliasOf(entry) : undefined;
    const suite = { id: top, name: alias ?? top, ...(isRecord(entry) ? { overall: { method: 'benchmark' as const, benchmark: top } } : {}) };
    places.set(top, { suite });
    const visit = (group: string) => {
      for (const task of members(group)) {
        if (places.has(task)) continue;
        places.set(task, { suite, parent: group });
        visit(task);
      }
    };
    visit(top);
  }
  return places;
}

/** `"pretrained=org/model,dtype=bfloat16"` or an object → key → value. */
function parseModelArgs(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  const out: Record<string, string> = {};
  if (typeof value !== 'string') return out;
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** `data[key][task]` when it is an object, else `{}`. */
function table(value: unknown, task: string): Record<string, unknown> {
  return isRecord(value) && isRecord(value[task]) ? value[task] : {};
}

function taskExtras(data: Record<string, unknown>, task: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const version = isRecord(data.versions) ? data.versions[task] : undefined;
  if (typeof version === 'string' || isFiniteNumber(version)) out.task_version = version;
  const shots = isRecord(data['n-shot']) ? data['n-shot'][task] : undefined;
  if (isFiniteNumber(shots)) out.n_shot = shots;
  return out;
}

/** The task's metrics in the harness's order, each with its standard error where there is one. */
function readMetrics(task: string, entry: Record<string, unknown>, higherIsBetter: Record<string, unknown>, source: string, log: ConversionLog): MetricReading[] {
  const values = new Map<string, { metric: string; filter: string; value: unknown }>();
  const errors = new Map<string, unknown>();
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'alias' || key === 'name' || key === 'sample_len' || key === 'sample_count') continue;
    const comma = key.indexOf(',');
    const metric = comma < 0 ? key : key.slice(0, comma);
    const filter = comma < 0 ? 'none' : key.slice(comma + 1);
    if (metric.endsWith('_stderr')) errors.set(metricId(metric.slice(0, -'_stderr'.length), filter), value);
    else values.set(metricId(metric, filter), { metric, filter, value });
  }
  const readings: MetricReading[] = [];
  const withoutSe: string[] = [];
  for (const [id, { metric, value }] of values) {
    if (!isFiniteNumber(value)) {
      log.warn(source, `task "${task}": metric ${id} = ${describeValue(value)} is not a number; kept as not computed`);
    }
    const reading: MetricReading = { id, base: metric, value: isFiniteNumber(value) ? value : null };
    const se = errors.get(id);
    if (isFiniteNumber(se) && se >= 0) reading.se = se;
    else if (reading.value !== null) withoutSe.push(se === undefined ? id : `${id} (${describeValue(se)})`);
    const direction = higherIsBetter[metric];
    if (typeof direction === 'boolean') reading.direction = (direction ? 'higher' : 'lower') satisfies Direction;
    readings.push(reading);
  }
  if (withoutSe.length > 0) {
    log.once(`lm-eval se ${task} ${withoutSe.join()}`, source, `task "${task}": no standard error for ${withoutSe.join(', ')}; shown without ±`);
  }
  return readings;
}
