// One eval file → one feed result, or a warning that says why not. Nothing is guessed: values
// that are not numbers are dropped with a warning, never parsed from text.
import { isIsoDate, type MetricValue, type Probe, type ProbeSeries, type Result, type StratifiedTable } from '../../core/index.js';
import { looseMetricKey, ZERO_MEANS_NOT_COMPUTED } from '../../import/metric-catalogue.js';
import { fileStem, type HubDocument } from './read-hub.js';
import { isRecord, text, type ConversionLog } from './warnings.js';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `2025-11-27`, `2025-12-19T12:00:13.671201`, a YAML timestamp, or `2025-12-19 12:00:13`. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  const t = text(value)?.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  return t !== undefined && isIsoDate(t) ? t : undefined;
}

/** `model_ids` is a role → id map: the `candidate` role, else the first value. */
function candidateModel(data: Record<string, unknown>): string | undefined {
  if (isRecord(data.model_ids)) return text(data.model_ids.candidate) ?? Object.values(data.model_ids).map(text).find(Boolean);
  return text(data.model_id);
}

export function convertEval({ file, data }: HubDocument, log: ConversionLog): Result | null {
  if (!isRecord(data)) return skip(log, file, 'not an eval (expected a mapping)');
  const status = text(data.status);
  if (status && status.toLowerCase() !== 'completed') return skip(log, file, `status is "${status}", not Completed`);
  const benchmark = text(data.benchmark_id);
  if (!benchmark) return skip(log, file, 'no benchmark_id');
  const model = candidateModel(data);
  if (!model) return skip(log, file, 'no model_ids (or model_id)');
  const meta = isRecord(data.run_metadata) ? data.run_metadata : {};

  const id = text(data.eval_id) ?? fileStem(file);
  if (!text(data.eval_id)) log.warn(file, `no eval_id; the file name "${id}" is used`);
  const result: Result = { id, benchmark, model, metrics: {}, source: file };
  const dataset = text(data.dataset_id);
  if (dataset) result.dataset = dataset;
  const rawDate = meta.date ?? data.date;
  const date = isoDate(rawDate);
  if (date) result.date = date;
  else if (rawDate !== undefined) log.warn(file, `date ${JSON.stringify(rawDate)} is not a date; left out`);
  const suite = text(meta.suite_id);
  if (suite) result.suite = suite;
  if (isNumber(meta.n_train)) result.n_train = meta.n_train;
  if (isNumber(meta.n_test)) result.n_test = meta.n_test;

  const metrics = isRecord(data.metrics) ? data.metrics : {};
  for (const [name, value] of Object.entries(metrics)) {
    if (name === 'stratified') continue;
    if (name === 'N' || name === 'n') {
      if (isNumber(value) && result.n_test === undefined) result.n_test = value; // a sample size, not a metric
      continue;
    }
    const converted = metricValue(value, name, file, log);
    if (converted !== undefined) result.metrics[name] = converted;
  }
  if (!Object.values(result.metrics).some(isNumber)) return skip(log, file, 'no numeric metrics');
  const stratified = convertStratified(metrics.stratified);
  if (stratified) result.stratified = stratified;
  const probes = convertProbes(data.probes);
  if (probes) result.probes = probes;
  return result;
}

function skip(log: ConversionLog, file: string, reason: string): null {
  log.warn(file, `skipped: ${reason}`);
  return null;
}

function metricValue(value: unknown, name: string, file: string, log: ConversionLog): MetricValue | undefined {
  if (value === null) return null;
  if (isNumber(value)) {
    if (value === 0 && ZERO_MEANS_NOT_COMPUTED.has(looseMetricKey(name))) {
      log.warn(file, `${name} = 0.0 read as not computed (null): an ${name} of exactly 0 means every prediction inverted, which hubs write when the metric could not be computed`);
      return null;
    }
    return value;
  }
  log.warn(file, `metric ${name} = ${JSON.stringify(value)} is not a number; left out`);
  return undefined;
}

/** dimension → group → metric → number; anything else is left out. */
function convertStratified(value: unknown): StratifiedTable | undefined {
  if (!isRecord(value)) return undefined;
  const table: StratifiedTable = {};
  for (const [dimension, groups] of Object.entries(value)) {
    if (!isRecord(groups)) continue;
    for (const [group, cells] of Object.entries(groups)) {
      if (!isRecord(cells)) continue;
      const numbers = Object.fromEntries(Object.entries(cells).filter(([, v]) => isNumber(v))) as Record<string, number>;
      if (Object.keys(numbers).length > 0) (table[dimension] ??= {})[group] = numbers;
    }
  }
  return Object.keys(table).length > 0 ? table : undefined;
}

const numberList = (v: unknown): number[] | undefined => (Array.isArray(v) && v.length > 0 && v.every(isNumber) ? v : undefined);

/**
 * Hub probes → curves over a grid. The grid is `grid`, else `shifts`, else (a permutation probe)
 * the permutation number. Each representation (`logit`, `embedding`) gives a series from `mean`
 * or `sim_hist`; a plain list of grid length (`delta_accuracy`) is a series too. Scalars ride along.
 */
function convertProbes(value: unknown): Record<string, Probe> | undefined {
  if (!isRecord(value)) return undefined;
  const probes: Record<string, Probe> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (!isRecord(raw)) continue;
    const series: Record<string, ProbeSeries> = {};
    for (const [key, v] of Object.entries(raw)) {
      const list = numberList(v) ?? (isRecord(v) ? numberList(v.mean) ?? numberList(v.sim_hist) : undefined);
      if (!list || key === 'grid' || key === 'shifts' || key === 'mains_hz') continue;
      const curve: ProbeSeries = { mean: list };
      if (isRecord(v)) {
        const std = numberList(v.std);
        if (std && std.length === list.length) curve.std = std;
        if (isNumber(v.rAUC)) curve.rAUC = v.rAUC;
      }
      series[key] = curve;
    }
    const longest = Math.max(0, ...Object.values(series).map((s) => s.mean.length));
    const grid = numberList(raw.grid) ?? numberList(raw.shifts) ?? (longest > 0 ? Array.from({ length: longest }, (_, i) => i + 1) : undefined);
    if (!grid) continue;
    for (const [key, s] of Object.entries(series)) if (s.mean.length !== grid.length) delete series[key];
    if (Object.keys(series).length === 0) continue;
    const probe: Probe = { grid, series };
    const type = text(raw.probe_type);
    if (type) probe.type = type;
    const unit = text(raw.grid_unit) ?? (raw.shifts ? 'samples shifted' : raw.grid ? undefined : 'permutation');
    if (unit) probe.unit = unit;
    const summary = probeSummary(raw);
    if (summary) probe.summary = summary;
    probes[name] = probe;
  }
  return Object.keys(probes).length > 0 ? probes : undefined;
}

/** The probe's scalar figures (`acc_delta_mean`, `logit.sim_mean`, …), so none is lost. */
function probeSummary(raw: Record<string, unknown>): Record<string, number> | undefined {
  const summary: Record<string, number> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (isNumber(v)) summary[key] = v;
    else if (isRecord(v)) {
      for (const [inner, x] of Object.entries(v)) if (isNumber(x) && inner !== 'rAUC') summary[`${key}.${inner}`] = x;
    }
  }
  return Object.keys(summary).length > 0 ? summary : undefined;
}
