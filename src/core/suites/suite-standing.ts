// A suite's overall, computed the way the suite declares it: one of its own benchmarks (HELM's
// "Mean win rate"), the mean of where each score sits in its metric's range, the mean rank, or a
// Borda count over its benchmarks. The element, `render` and `page` all show this one result.
import type { ResolvedModel } from '../hub.js';
import type { BenchmarkRanking, RankedRow } from '../ranking/rank.js';
import { compareText } from '../ranking/sort-keys.js';
import { standing } from '../stats/overall.js';
import type { Suite, SuiteOverall } from '../types.js';

export type StandingMethod = SuiteOverall['method'];

export interface StandingEntry {
  /** Shared by entries that tie. */
  place: number;
  model: ResolvedModel;
  /** The overall's value: the benchmark's score, a mean position in range (0–1), a mean rank or Borda points. */
  value: number;
  /** How many of the counted benchmarks the model entered. */
  entered: number;
  /** For the `benchmark` method: the row of the overall benchmark. */
  row?: RankedRow;
}

export interface SuiteStanding {
  method: StandingMethod;
  /** False when the suite declares no overall and this one was chosen for it (see `suiteStanding`). */
  declared: boolean;
  /** For the `benchmark` method: that benchmark's ranking. */
  overall: BenchmarkRanking | null;
  /** The benchmarks the overall is computed over (those with ranked rows). */
  counted: BenchmarkRanking[];
  /** Benchmarks a mean cannot use: their metric has no bounded range to place a score in. */
  unplaceable: BenchmarkRanking[];
  /** True when a lower value is better (mean rank). */
  lowerIsBetter: boolean;
  /** Best first: the models that meet the coverage rule. */
  entries: StandingEntry[];
  /** The coverage rule: benchmarks a model must have entered to be ranked (1 for a benchmark's own ranking). */
  minimum: number;
  /** Models below it, listed apart with how many they entered (most first), not ranked. */
  apart: StandingEntry[];
}

/** The share of a suite's benchmarks a model must have entered, unless the suite says otherwise. */
export const DEFAULT_MIN_SHARE = 0.5;

/**
 * The benchmarks an overall is computed over: the suite's benchmarks with ranked rows, less the
 * overall benchmark and sub-scores of another benchmark (GAIA Level 1 is part of GAIA).
 */
function countedRankings(rankings: readonly BenchmarkRanking[], overallId: string | null): BenchmarkRanking[] {
  const ids = new Set(rankings.map((r) => r.benchmark.id));
  return rankings.filter((r) => r.rows.length > 0 && r.benchmark.id !== overallId && !(r.benchmark.part_of && ids.has(r.benchmark.part_of)));
}

/** Places, best first: equal values (and counts) share a place. */
function placed(entries: StandingEntry[], lowerIsBetter: boolean): StandingEntry[] {
  const order = (a: StandingEntry, b: StandingEntry) => (lowerIsBetter ? a.value - b.value : b.value - a.value) || b.entered - a.entered;
  entries.sort((a, b) => order(a, b) || compareText(a.model.name, b.model.name));
  entries.forEach((e, i) => (e.place = i > 0 && order(entries[i - 1], e) === 0 ? entries[i - 1].place : i + 1));
  return entries;
}

/**
 * Borda points on one benchmark: for each rank, how many ranks are strictly worse (the models
 * ranked below it). Ties share their points. O(n log n): a sorted copy and binary search.
 */
export function bordaPoints(ranks: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(ranks).sort();
  return Float64Array.from(ranks, (rank) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] <= rank) low = mid + 1;
      else high = mid;
    }
    return sorted.length - low;
  });
}

/** Sums `points(row, ranking)` per model over `rankings`, with the count of benchmarks entered. */
function perModel(rankings: readonly BenchmarkRanking[], points: (row: RankedRow, ranking: BenchmarkRanking) => number | null): StandingEntry[] {
  const byModel = new Map<ResolvedModel, StandingEntry>();
  for (const ranking of rankings) {
    const { rows } = ranking;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const p = points(row, ranking);
      if (p === null) continue;
      const entry = byModel.get(row.model) ?? { place: 0, model: row.model, value: 0, entered: 0 };
      entry.value += p;
      entry.entered++;
      byModel.set(row.model, entry);
    }
  }
  return [...byModel.values()];
}

/** Means `points(row, ranking)` per model over `rankings`, with the count of benchmarks entered. */
function meanPerModel(rankings: readonly BenchmarkRanking[], points: (row: RankedRow, ranking: BenchmarkRanking) => number | null): StandingEntry[] {
  const entries = perModel(rankings, points);
  for (const e of entries) e.value /= e.entered;
  return entries;
}

/**
 * The suite's overall over `rankings` (its benchmarks, ranked). A suite that declares none gets
 * the ranking of its one benchmark when it has one, else the mean rank (`declared` false).
 */
export function suiteStanding(suite: Suite | null, rankings: readonly BenchmarkRanking[]): SuiteStanding {
  const declared = suite?.overall;
  const overallId = declared?.method === 'benchmark' ? declared.benchmark : null;
  const overall = overallId ? (rankings.find((r) => r.benchmark.id === overallId) ?? null) : null;
  const counted = countedRankings(rankings, overallId);
  let method: StandingMethod = declared && (declared.method !== 'benchmark' || overall) ? declared.method : counted.length === 1 ? 'benchmark' : 'mean-rank';
  const base = { declared: !!declared && method === declared.method, counted, unplaceable: [] as BenchmarkRanking[], minimum: 1, apart: [] as StandingEntry[] };
  // The coverage rule: a model that entered too few of the benchmarks is not ranked among the rest.
  const minimum = Math.max(1, Math.ceil((declared?.min_share ?? DEFAULT_MIN_SHARE) * counted.length));
  const covered = (entries: StandingEntry[], lowerIsBetter: boolean) => ({
    minimum,
    entries: placed(entries.filter((e) => e.entered >= minimum), lowerIsBetter),
    apart: entries.filter((e) => e.entered < minimum).sort((a, b) => b.entered - a.entered || compareText(a.model.name, b.model.name)),
  });

  if (method === 'benchmark') {
    const ranking = overall ?? counted[0];
    if (!ranking) method = 'mean-rank';
    else {
      const entries = ranking.rows.map((row) => ({ place: row.rank, model: row.model, value: row.score, entered: 1, row }));
      return { ...base, method, overall: ranking, lowerIsBetter: ranking.primary?.definition.direction === 'lower', entries };
    }
  }
  if (method === 'mean') {
    const unplaceable = counted.filter((r) => !r.primary || standing(0, r.primary.definition) === null);
    const entries = meanPerModel(counted, (row, r) => (r.primary ? standing(row.score, r.primary.definition) : null));
    return { ...base, method, overall: null, unplaceable, lowerIsBetter: false, ...covered(entries, false) };
  }
  if (method === 'borda') {
    // One point for every model ranked strictly below, on each benchmark (none where not entered).
    const below = new Map(counted.map((r) => [r, new Map(Array.from(bordaPoints(r.rows.map((row) => row.rank)), (p, i) => [r.rows[i], p]))]));
    const entries = perModel(counted, (row, r) => below.get(r)!.get(row)!);
    return { ...base, method, overall: null, lowerIsBetter: false, ...covered(entries, false) };
  }
  // meanRanks' means (summed in the same order), without its per-row lists and its own sort: `covered` places them.
  const entries = meanPerModel(counted, (row) => row.rank);
  return { ...base, method: 'mean-rank', overall: null, lowerIsBetter: true, ...covered(entries, true) };
}
