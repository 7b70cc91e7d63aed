// Benchmark files → feed benchmarks: declared primary and secondary metrics, tier targets from
// `performance_targets`, modality (stated or inferred), task, datasets.
import type { Benchmark } from '../../core/index.js';
import { looseMetricKey } from '../../import/metric-catalogue.js';
import { inferModality } from './modality.js';
import { fileStem, type HubDocument } from './read-hub.js';
import { isRecord, prose, text, type ConversionLog } from './warnings.js';

const isTemplate = (file: string, data: Record<string, unknown>) =>
  /template/i.test(fileStem(file)) || text(data.benchmark_id) === 'unique_benchmark_id_here';

/** `metrics.primary` may be a string or a list; a list's later entries become tie-breakers. */
function declaredMetrics(metrics: unknown): { primary?: string; secondary: string[] } {
  if (!isRecord(metrics)) return { secondary: [] };
  const primaryList = (Array.isArray(metrics.primary) ? metrics.primary : [metrics.primary]).map(text).filter((m): m is string => !!m);
  const secondary = (Array.isArray(metrics.secondary) ? metrics.secondary : []).map(text).filter((m): m is string => !!m);
  return { primary: primaryList[0], secondary: [...primaryList.slice(1), ...secondary] };
}

/**
 * When no eval reports a declared metric under its declared name, find the reported metric it
 * means: the same name up to case and punctuation, or the same name without a trailing
 * qualifier in parentheses ("F1-Score (Macro)" → "F1-Score"). Said in a warning, never silent.
 */
function reconcile(declared: string, reported: Set<string>, file: string, role: string, log: ConversionLog): string {
  if (reported.size === 0 || reported.has(declared)) return declared;
  const candidates = [declared, declared.replace(/\s*\([^)]*\)\s*$/, '')].map(looseMetricKey);
  for (const key of candidates) {
    const match = [...reported].sort().find((r) => looseMetricKey(r) === key);
    if (match) {
      log.warn(file, `${role} metric "${declared}" is not reported by any eval; using "${match}", which they report`);
      return match;
    }
  }
  if (role === 'primary') log.warn(file, `primary metric "${declared}" is not reported by any eval of this benchmark; its results cannot rank`);
  return declared;
}

/** `reported`: metric names the evals of this benchmark report. */
export function convertBenchmark(
  { file, data }: HubDocument,
  reported: Set<string>,
  log: ConversionLog,
): Benchmark | null {
  if (!isRecord(data)) {
    log.warn(file, 'skipped: not a benchmark (expected a mapping)');
    return null;
  }
  if (isTemplate(file, data)) {
    log.warn(file, 'skipped: a template, not a benchmark');
    return null;
  }
  const id = text(data.benchmark_id);
  if (!id) {
    log.warn(file, 'skipped: no benchmark_id');
    return null;
  }
  const benchmark: Benchmark = { id, name: text(data.name) ?? id };
  const description = prose(data.description);
  if (description) benchmark.description = description;
  const { modality } = inferModality({
    stated: [text(data.modality), text(data.input_modality)],
    context: [benchmark.name, text(data.health_domain), text(data.health_topic), description],
  });
  if (modality) benchmark.modality = modality;
  const task = text(data.ai_task);
  if (task) benchmark.task = task;

  const { primary, secondary } = declaredMetrics(data.metrics);
  if (primary) benchmark.primary_metric = reconcile(primary, reported, file, 'primary', log);
  const tieBreakers = secondary.map((m) => reconcile(m, reported, file, 'secondary', log));
  if (tieBreakers.length > 0) benchmark.secondary_metrics = [...new Set(tieBreakers)].filter((m) => m !== benchmark.primary_metric);

  const targets = isRecord(data.performance_targets) ? data.performance_targets : {};
  for (const [tier, value] of Object.entries(targets)) {
    if (typeof value === 'number' && Number.isFinite(value)) (benchmark.targets ??= {})[tier] = value;
    else log.warn(file, `performance_targets.${tier} = ${JSON.stringify(value)} is not a number; left out`);
  }
  const datasets = [text(data.dataset_id), text(data.default_dataset)].filter((d): d is string => !!d);
  if (datasets.length > 0) benchmark.datasets = [...new Set(datasets)];
  return benchmark;
}
