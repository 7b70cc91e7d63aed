import type { Hub, ResolvedModel } from '../hub.js';
import type { Benchmark, MetricDefinition, Result, TierDefinition } from '../types.js';
import { readMetric } from './metric-value.js';
import { choosePrimaryMetric } from './primary.js';
import { compareKeys, compareText, sortKeys, type KeyMetric, type SortKeys } from './sort-keys.js';
import { tierFor, tierScale, type TierScale } from './tiers.js';
import { rankRanges } from './uncertainty.js';

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
  /** Its primary-metric interval, when the feed has one. */
  interval: [number, number] | null;
  tier: TierDefinition | null;
  /** The model's other runs that could rank, best first. */
  otherRuns: Result[];
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
  tierScale: TierScale | null;
  /** One row per model, best first. */
  rows: RankedRow[];
  /** Results that cannot rank, with the reason (rule 6). */
  excluded: ExcludedResult[];
  /** All results of this benchmark. */
  runs: number;
}

interface Candidate {
  result: Result;
  keys: SortKeys;
  score: number;
  interval: [number, number] | null;
}

/** Among one model's runs: better keys first, then the earlier date, then the smaller id. */
function compareRuns(a: Candidate, b: Candidate): number {
  return (
    compareKeys(a.keys, b.keys) ||
    compareText(a.result.date ?? '\uffff', b.result.date ?? '\uffff') ||
    compareText(a.result.id, b.result.id)
  );
}

/**
 * Ranks one benchmark by the rules the published pages promise: declared primary metric
 * (rule 1), per-metric direction (2), best run per model with identity merged (3), shared ranks
 * for full ties, broken by secondary metrics in order (4), tiers (5), exclusion with a reason (6),
 * rank ranges from uncertainty (7). Rows still tied are listed by model name, then identity key.
 */
export function rankBenchmark(hub: Hub, benchmarkId: string): BenchmarkRanking {
  const benchmark = hub.benchmark(benchmarkId);
  const results = hub.resultsByBenchmark.get(benchmarkId) ?? [];
  const choice = choosePrimaryMetric(benchmark, results);
  const base = { benchmark, defined: hub.isDefined(benchmarkId), runs: results.length };
  if (choice === null) {
    const excluded = results.map((result) => ({ result, reason: 'reports no numeric metric' }));
    return { ...base, primary: null, secondary: [], tierScale: null, rows: [], excluded };
  }

  const primary = { id: choice.metric, definition: hub.metric(choice.metric), declared: choice.declared };
  const secondary = [...new Set(benchmark.secondary_metrics ?? [])]
    .filter((id) => id !== primary.id)
    .map((id) => ({ id, definition: hub.metric(id) }));
  const keyMetrics: KeyMetric[] = [primary, ...secondary].map((m) => ({ id: m.id, direction: m.definition.direction }));
  const scale = tierScale(benchmark, primary.definition, hub.tiers);

  // One pass: read the primary, group the usable runs by model identity.
  const excluded: ExcludedResult[] = [];
  const byModel = new Map<ResolvedModel, Candidate[]>();
  for (const result of results) {
    const reading = readMetric(result.metrics[primary.id], primary.id);
    if ('reason' in reading) {
      excluded.push({ result, reason: reading.reason });
      continue;
    }
    const model = hub.model(result.model);
    const candidate = { result, keys: sortKeys(result, keyMetrics), score: reading.value, interval: reading.interval };
    const runs = byModel.get(model);
    if (runs) runs.push(candidate);
    else byModel.set(model, [candidate]);
  }

  const entries = [...byModel].map(([model, runs]) => {
    if (runs.length > 1) runs.sort(compareRuns);
    // The lower-cased name is computed once here, not in every comparison of the sort.
    const others = runs.length > 1 ? runs.slice(1).map((c) => c.result) : [];
    return { model, name: model.name.toLowerCase(), best: runs[0], others };
  });
  entries.sort((a, b) => compareKeys(a.best.keys, b.best.keys) || compareText(a.name, b.name) || compareText(a.model.key, b.model.key));

  const ranges = rankRanges(
    entries.map((e) => ({ value: e.best.score, interval: e.best.interval })),
    primary.definition.direction,
  );
  const rows: RankedRow[] = [];
  entries.forEach((entry, i) => {
    const decided = i === 0 ? 0 : Math.abs(compareKeys(entries[i - 1].best.keys, entry.best.keys));
    const rank = i > 0 && decided === 0 ? rows[i - 1].rank : i + 1;
    if (i > 0 && decided === 0) rows[i - 1].tied = true;
    rows.push({
      rank,
      rankRange: ranges[i],
      tied: i > 0 && decided === 0,
      decidedBy: decided > 1 ? keyMetrics[decided - 1].id : null,
      model: entry.model,
      result: entry.best.result,
      score: entry.best.score,
      interval: entry.best.interval,
      tier: tierFor(scale, entry.best.score),
      otherRuns: entry.others,
    });
  });
  return { ...base, primary, secondary, tierScale: scale, rows, excluded };
}

/** Every benchmark: the defined ones in feed order, then those only results name. */
export function rankAll(hub: Hub): BenchmarkRanking[] {
  return [...hub.benchmarks.map((b) => b.id), ...hub.otherBenchmarkIds].map((id) => rankBenchmark(hub, id));
}
