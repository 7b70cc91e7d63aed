import type { Hub, ResolvedModel } from '../hub.js';
import type { Benchmark, MetricDefinition, Result, TierDefinition } from '../types.js';
import { readMetric } from './metric-value.js';
import { choosePrimaryMetric } from './primary.js';
import { compareText, SortKeys, type KeyMetric } from './sort-keys.js';
import { tierFor, tierScale, type TierScale } from './tiers.js';
import { DEFAULT_DECIMALS, supportedDecimals } from './precision.js';
import { binomialError, itemCounter, statedError, type StandardError } from './standard-error.js';
import { tieGroups, type TieGroup } from './tie-groups.js';
import { rankRanges } from './uncertainty.js';
import { Z95 } from '../stats/normal.js';

export interface RankedRow {
  /** Competition rank: rows that tie on every ranking metric share it (1, 2, 2, 4). */
  rank: number;
  /** Best and worst rank consistent with the intervals; null without uncertainty. */
  rankRange: [number, number] | null;
  /** True when another row shares this rank. */
  tied: boolean;
  /** The secondary metric that separated this row from the row above, if the primary tied. */
  decidedBy: string | null;
  model: ResolvedModel;
  /** The model's best run, the one that ranks. */
  result: Result;
  /** Its primary-metric value. */
  score: number;
  /** Its primary-metric interval: the feed's, or ±1.96 standard errors derived from its item count. */
  interval: [number, number] | null;
  /** Its primary-metric standard error and where it comes from; null when the data allows none. */
  error: StandardError | null;
  /** The tie groups it is in (models that share one cannot be told apart); null without a standard error. */
  group: TieGroup | null;
  tier: TierDefinition | null;
  /** The model's other runs that could rank, best first. */
  otherRuns: readonly Result[];
}

export interface ExcludedResult {
  result: Result;
  reason: string;
}

export interface MetricRef {
  id: string;
  definition: MetricDefinition;
}

export interface BenchmarkRanking {
  benchmark: Benchmark;
  /** False for a benchmark that results name but the feed does not define. */
  defined: boolean;
  /** Null when no result reports any metric. */
  primary: (MetricRef & { declared: boolean }) | null;
  /** Tie-breakers in order (the declared secondary metrics, the primary left out). */
  secondary: MetricRef[];
  /** Metrics shown beside the ranking ones (the declared `shown_metrics` a ranked row reports); they never rank. */
  shown: MetricRef[];
  tierScale: TierScale | null;
  /** Decimals to show the primary with: the metric's own, else what its standard errors justify. */
  decimals: number;
  /** One row per model, best first. */
  rows: RankedRow[];
  /** Results that cannot rank, with the reason (rule 6). */
  excluded: ExcludedResult[];
  /** All results of this benchmark. */
  runs: number;
}

const NO_RUNS: readonly Result[] = Object.freeze([]);

/**
 * Ranks one benchmark by the rules the published pages promise: declared primary metric
 * (rule 1), per-metric direction (2), best run per model with identity merged (3), shared ranks
 * for full ties, broken by secondary metrics in order (4), tiers (5), exclusion with a reason (6),
 * rank ranges from uncertainty (7). Rows still tied are listed by model name, then identity key.
 */
export function rankBenchmark(hub: Hub, benchmarkId: string): BenchmarkRanking {
  const benchmark = hub.benchmark(benchmarkId);
  const results = hub.resultsByBenchmark.get(benchmarkId) ?? [];
  const models = hub.modelsByBenchmark.get(benchmarkId) ?? [];
  const choice = choosePrimaryMetric(benchmark, results);
  const base = { benchmark, defined: hub.isDefined(benchmarkId), runs: results.length };
  if (choice === null) {
    const excluded = results.map((result) => ({ result, reason: 'reports no numeric metric' }));
    return { ...base, primary: null, secondary: [], shown: [], tierScale: null, decimals: DEFAULT_DECIMALS, rows: [], excluded };
  }

  const primary = { id: choice.metric, definition: hub.metric(choice.metric), declared: choice.declared };
  const secondary = [...new Set(benchmark.secondary_metrics ?? [])]
    .filter((id) => id !== primary.id)
    .map((id) => ({ id, definition: hub.metric(id) }));
  const keyMetrics: KeyMetric[] = [primary, ...secondary].map((m) => ({ id: m.id, direction: m.definition.direction }));
  const scale = tierScale(benchmark, primary.definition, hub.tiers);

  // One pass over the results, by index: read the primary, find each model's runs.
  const keys = new SortKeys(results, keyMetrics);
  // Among one model's runs: better keys first, then the earlier date, then the smaller id.
  const compareRuns = (a: number, b: number): number =>
    keys.compare(a, b) ||
    compareText(results[a].date ?? '\uffff', results[b].date ?? '\uffff') ||
    compareText(results[a].id, results[b].id);
  const excluded: ExcludedResult[] = [];
  const intervals = new Map<number, [number, number]>(); // only results that have one
  const errors = new Map<number, StandardError>();
  // A proportion's item count gives a standard error where the result states none.
  const items = primary.definition.proportion ? itemCounter(hub.feed) : null;
  // By model index (see Hub.modelsByBenchmark): the first run, and every run of models with several.
  const firstRun = new Int32Array(hub.models.length).fill(-1);
  const allRuns = new Map<number, number[]>();
  const seen: number[] = []; // model indices in the order first seen
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const value = result.metrics[primary.id];
    // A plain number (the common case) needs no reading.
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const reading = readMetric(value, primary.id);
      if ('reason' in reading) {
        excluded.push({ result, reason: reading.reason });
        continue;
      }
      const stated = statedError(value);
      if (stated) errors.set(i, stated);
      if (reading.interval) intervals.set(i, reading.interval);
      else if (items) derive(i, reading.value);
    } else if (items) derive(i, value);
    const model = models[i];
    const first = firstRun[model];
    if (first < 0) {
      firstRun[model] = i;
      seen.push(model);
      continue;
    }
    const runs = allRuns.get(model);
    if (runs) runs.push(i);
    else allRuns.set(model, [first, i]);
  }

  function derive(i: number, value: number): void {
    const derived = binomialError(value, primary.definition, items!(results[i]));
    if (!derived) return;
    errors.set(i, derived);
    intervals.set(i, [value - Z95 * derived.se, value + Z95 * derived.se]);
  }

  const entries = seen.map((index) => {
    const runs = allRuns.get(index);
    runs?.sort(compareRuns);
    return { model: hub.models[index], best: runs ? runs[0] : firstRun[index], others: runs ? runs.slice(1).map((i) => results[i]) : NO_RUNS };
  });
  // Names decide only full ties, so they are lower-cased only then.
  const byName = (a: ResolvedModel, b: ResolvedModel) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.key, b.key);
  entries.sort((a, b) => keys.compare(a.best, b.best) || byName(a.model, b.model));

  // The primary's value, from its key (column 0) rather than read from the result again.
  const orientation = primary.definition.direction === 'lower' ? -1 : 1;
  const score = (i: number) => orientation * keys.key(i, 0);
  const ranges =
    intervals.size > 0
      ? rankRanges(
          entries.map((e) => ({ value: score(e.best), interval: intervals.get(e.best) ?? null })),
          primary.definition.direction,
        )
      : null;
  const rows: RankedRow[] = [];
  entries.forEach((entry, i) => {
    const decided = i === 0 ? 0 : Math.abs(keys.compare(entries[i - 1].best, entry.best));
    const tied = i > 0 && decided === 0;
    if (tied) rows[i - 1].tied = true;
    const value = score(entry.best);
    rows.push({
      rank: tied ? rows[i - 1].rank : i + 1,
      rankRange: ranges ? ranges[i] : null,
      tied,
      decidedBy: decided > 1 ? keyMetrics[decided - 1].id : null,
      model: entry.model,
      result: results[entry.best],
      score: value,
      interval: intervals.get(entry.best) ?? null,
      error: errors.get(entry.best) ?? null,
      group: null,
      tier: tierFor(scale, value),
      otherRuns: entry.others,
    });
  });
  if (errors.size > 0 || rows.some((row) => row.result.paired)) {
    tieGroups(rows.map((row) => ({ result: row.result, score: row.score, se: row.error?.se ?? null })), primary.id).forEach((group, i) => (rows[i].group = group));
  }
  const ranking = new Set([primary.id, ...secondary.map((m) => m.id)]);
  const shown = [...new Set(benchmark.shown_metrics ?? [])]
    .filter((id) => !ranking.has(id) && rows.some((row) => row.result.metrics[id] !== undefined))
    .map((id) => ({ id, definition: hub.metric(id) }));
  const decimals = supportedDecimals(primary.definition.decimals, errors.size > 0 ? rows.map((row) => row.error?.se ?? NaN) : []);
  return { ...base, primary, secondary, shown, tierScale: scale, decimals, rows, excluded };
}

/** Every benchmark: the defined ones in feed order, then those only results name. */
export function rankAll(hub: Hub): BenchmarkRanking[] {
  return [...hub.benchmarks.map((b) => b.id), ...hub.otherBenchmarkIds].map((id) => rankBenchmark(hub, id));
}
