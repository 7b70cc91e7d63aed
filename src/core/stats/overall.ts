import type { ResolvedModel } from '../hub.js';
import type { BenchmarkRanking, RankedRow } from '../ranking/rank.js';
import { compareText } from '../ranking/sort-keys.js';
import type { MetricDefinition } from '../types.js';

export interface BestScoreEntry {
  /** Shared by entries that tie on standing. */
  place: number;
  model: ResolvedModel;
  /** The benchmark and metric the score belongs to: always shown with it. */
  ranking: BenchmarkRanking;
  row: RankedRow;
  /**
   * Where the score sits in its metric's declared range, 0 (worst) to 1 (best), direction-aware;
   * null when the metric has no bounded range. Only this makes scores of different metrics
   * comparable at all; raw values are not.
   */
  standing: number | null;
}

/** Position of a value in a metric's bounded range, best = 1; null when unbounded. */
export function standing(value: number, metric: MetricDefinition): number | null {
  const min = metric.range?.min;
  const max = metric.range?.max;
  if (typeof min !== 'number' || typeof max !== 'number' || max <= min) return null;
  const t = (value - min) / (max - min);
  return metric.direction === 'lower' ? 1 - t : t;
}

const byStanding = (a: BestScoreEntry, b: BestScoreEntry): number =>
  (b.standing ?? -Infinity) - (a.standing ?? -Infinity) || a.row.rank - b.row.rank;

/**
 * "Best score per model", the published page's overall view, made direction-safe: each model's
 * entry with the best standing in its metric's range (an error rate of 0.05 beats an accuracy of
 * 0.80). Entries without a bounded range come after those with one, by their rank.
 */
export function bestScorePerModel(rankings: readonly BenchmarkRanking[]): BestScoreEntry[] {
  const best = new Map<ResolvedModel, BestScoreEntry>();
  for (const ranking of rankings) {
    if (!ranking.primary) continue;
    for (const row of ranking.rows) {
      const entry = { place: 0, model: row.model, ranking, row, standing: standing(row.score, ranking.primary.definition) };
      const current = best.get(row.model);
      if (!current || byStanding(entry, current) < 0) best.set(row.model, entry);
    }
  }
  const list = [...best.values()].sort((a, b) => byStanding(a, b) || compareText(a.model.name, b.model.name));
  list.forEach((entry, i) => {
    const previous = list[i - 1];
    entry.place = previous && byStanding(previous, entry) === 0 ? previous.place : i + 1;
  });
  return list;
}

export interface MeanRankEntry {
  /** Shared by entries with the same mean rank and count. */
  place: number;
  model: ResolvedModel;
  meanRank: number;
  /** How many of the benchmarks the model entered. */
  entered: number;
  ranks: Array<{ ranking: BenchmarkRanking; rank: number; of: number }>;
}

export interface MeanRankOptions {
  /** Keep only models that entered every given benchmark that has ranked rows. */
  requireAll?: boolean;
}

/**
 * The honest overall view: each model's mean rank over the benchmarks it entered, with how many.
 * Lower is better; equal means go to the model that entered more benchmarks, then by name.
 */
export function meanRanks(rankings: readonly BenchmarkRanking[], options: MeanRankOptions = {}): MeanRankEntry[] {
  const byModel = new Map<ResolvedModel, MeanRankEntry['ranks']>();
  const contested = rankings.filter((r) => r.rows.length > 0);
  for (const ranking of contested) {
    for (const row of ranking.rows) {
      const list = byModel.get(row.model) ?? [];
      list.push({ ranking, rank: row.rank, of: ranking.rows.length });
      byModel.set(row.model, list);
    }
  }
  const entries: MeanRankEntry[] = [];
  for (const [model, ranks] of byModel) {
    if (options.requireAll && ranks.length < contested.length) continue;
    const meanRank = ranks.reduce((sum, r) => sum + r.rank, 0) / ranks.length;
    entries.push({ place: 0, model, meanRank, entered: ranks.length, ranks });
  }
  const order = (a: MeanRankEntry, b: MeanRankEntry) => a.meanRank - b.meanRank || b.entered - a.entered;
  entries.sort((a, b) => order(a, b) || compareText(a.model.name, b.model.name));
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    entry.place = previous && order(previous, entry) === 0 ? previous.place : i + 1;
  });
  return entries;
}
