import type { Hub } from '../hub.js';
import type { BenchmarkRanking, RankedRow } from '../ranking/rank.js';
import type { TierDefinition } from '../types.js';

export interface QuickComparison {
  /** Every row at rank 1 (more than one when the top is tied). */
  leaders: RankedRow[];
  /** The first row below the leaders, or null. */
  runnerUp: RankedRow | null;
  /** How far the leaders are ahead of the runner-up (always ≥ 0), or null. */
  gap: number | null;
  /** |best − worst| over the ranked rows, or null with fewer than two rows. */
  spread: number | null;
}

/** The "Quick Comparison" box: leader, gap to the next place, spread best → worst. */
export function quickComparison(ranking: BenchmarkRanking): QuickComparison {
  const { rows } = ranking;
  if (rows.length === 0) return { leaders: [], runnerUp: null, gap: null, spread: null };
  // Rows are in rank order: the leaders are the first rows ranked 1.
  let tied = 1;
  while (rows[tied]?.rank === 1) tied++;
  const leaders = rows.slice(0, tied);
  const runnerUp = rows[leaders.length] ?? null;
  const best = rows[0].score;
  return {
    leaders,
    runnerUp,
    gap: runnerUp ? Math.abs(best - runnerUp.score) : null,
    spread: rows.length > 1 ? Math.abs(best - rows[rows.length - 1].score) : null,
  };
}

export interface PodiumPlace {
  /** 1, 2 or 3. */
  rank: number;
  /** One row, or several when they tie for this place. */
  rows: RankedRow[];
}

/**
 * The podium: the places ranked 1 to 3, tied rows sharing a place. With ties a place can be
 * empty (1, 2, 2 has no third place), exactly as the ranks say.
 */
export function podium(ranking: BenchmarkRanking): PodiumPlace[] {
  const places: PodiumPlace[] = [];
  for (const row of ranking.rows) {
    if (row.rank > 3) break;
    const last = places[places.length - 1];
    if (last?.rank === row.rank) last.rows.push(row);
    else places.push({ rank: row.rank, rows: [row] });
  }
  return places;
}

export interface HubStats {
  /** Benchmarks the feed defines. */
  benchmarks: number;
  /** Distinct models with at least one result, after identity is merged. */
  models: number;
  /** Results (evaluation runs). */
  evaluations: number;
  /** In a feed of several leaderboards (suites): how many. */
  leaderboards?: number;
}

export function hubStats(hub: Hub): HubStats {
  const { totals } = hub.feed; // an index whose shards are not all loaded says the whole feed's
  const withResults = totals?.models ?? new Set(hub.feed.results.map((r) => hub.model(r.model))).size;
  return { benchmarks: hub.benchmarks.length, models: withResults, evaluations: totals?.results ?? hub.feed.results.length };
}

export interface TierCount {
  tier: TierDefinition;
  count: number;
}

export interface TierDistribution {
  /** In the hub's tier order, zero counts included. */
  tiers: TierCount[];
  /** Rows with no tier (no scale for the metric, or below every threshold). */
  unrated: number;
  /** All rows counted: one per model per benchmark. */
  total: number;
}

/** "6 Excellent · 12 Good · …" over the ranked rows of the given benchmarks. */
export function tierDistribution(hub: Hub, rankings: readonly BenchmarkRanking[]): TierDistribution {
  const counts = new Map<string, number>(hub.tiers.map((t) => [t.id, 0]));
  let unrated = 0;
  let total = 0;
  for (const ranking of rankings) {
    for (const row of ranking.rows) {
      total++;
      if (row.tier && counts.has(row.tier.id)) counts.set(row.tier.id, counts.get(row.tier.id)! + 1);
      else unrated++;
    }
  }
  return { tiers: hub.tiers.map((tier) => ({ tier, count: counts.get(tier.id)! })), unrated, total };
}
