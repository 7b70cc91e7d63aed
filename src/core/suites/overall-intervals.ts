// How sure a suite's overall is: a bootstrap interval for each ranked model's overall value. Each
// resample draws the suite's benchmarks with replacement (which benchmarks a suite happens to
// have is itself a sample) and, where a benchmark's scores have standard errors, moves each score
// by a normal draw of its error; the overall is recomputed on it as the suite computes it (a mean
// position in range, a mean rank, a Borda count). A suite ranked by one benchmark of its own
// takes that benchmark's intervals. Seeded: the same feed gives the same intervals everywhere.
import type { ResolvedModel } from '../hub.js';
import type { BenchmarkRanking } from '../ranking/rank.js';
import { standing } from '../stats/overall.js';
import { gaussian, quantile, seeded } from '../stats/seeded.js';
import type { SuiteStanding } from './suite-standing.js';

export interface IntervalOptions {
  /** Resamples; 200 when not given. */
  resamples?: number;
  /** Confidence level; 0.95 when not given. */
  level?: number;
  seed?: number;
}

/** Each ranked model's interval (models without enough resamples have none). */
export function overallIntervals(s: SuiteStanding, options: IntervalOptions = {}): Map<ResolvedModel, [number, number]> {
  const out = new Map<ResolvedModel, [number, number]>();
  if (s.method === 'benchmark') {
    for (const e of s.entries) if (e.row?.interval) out.set(e.model, e.row.interval);
    return out;
  }
  const rankings = s.counted;
  const noisy = rankings.map((r) => r.rows.some((row) => row.error));
  if (rankings.length < 2 && !noisy[0]) return out;
  const ranked = new Set(s.entries.map((e) => e.model));
  const random = seeded(options.seed ?? 1);
  const draws = new Map<ResolvedModel, number[]>([...ranked].map((m) => [m, []]));
  const sums = new Map<ResolvedModel, [number, number]>();
  const resamples = options.resamples ?? 200;
  for (let r = 0; r < resamples; r++) {
    sums.clear();
    for (let k = 0; k < rankings.length; k++) {
      const b = Math.floor(random() * rankings.length);
      const points = benchmarkPoints(s, rankings[b], noisy[b] ? random : null);
      points.forEach((p, i) => {
        const model = rankings[b].rows[i].model;
        if (p === null || !ranked.has(model)) return;
        const sum = sums.get(model) ?? [0, 0];
        sum[0] += p;
        sum[1]++;
        sums.set(model, sum);
      });
    }
    for (const [model, [total, count]] of sums) draws.get(model)!.push(s.method === 'borda' ? total : total / count);
  }
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  for (const [model, list] of draws) {
    if (list.length < Math.min(10, resamples)) continue;
    list.sort((a, b) => a - b);
    out.set(model, [quantile(list, alpha), quantile(list, 1 - alpha)]);
  }
  return out;
}

/**
 * What each row of one benchmark adds to its model's overall, its score moved by its error when
 * `random` is given: its position in range (mean), its rank (mean rank), or the models ranked
 * below it (Borda).
 */
function benchmarkPoints(s: SuiteStanding, ranking: BenchmarkRanking, random: (() => number) | null): Array<number | null> {
  const rows = ranking.rows;
  const scores = rows.map((row) => (random && row.error ? row.score + row.error.se * gaussian(random) : row.score));
  if (s.method === 'mean') {
    const definition = ranking.primary?.definition;
    return scores.map((score) => {
      const p = definition ? standing(score, definition) : null;
      return p === null ? null : Math.min(1, Math.max(0, p));
    });
  }
  // Ranks by the (moved) scores, best first; without moves the ranking's own ranks.
  let ranks = rows.map((row) => row.rank);
  if (random) {
    const lower = ranking.primary?.definition.direction === 'lower';
    const order = scores.map((_, i) => i).sort((a, b) => (lower ? scores[a] - scores[b] : scores[b] - scores[a]));
    ranks = new Array<number>(rows.length);
    order.forEach((i, k) => (ranks[i] = k > 0 && scores[order[k - 1]] === scores[i] ? ranks[order[k - 1]] : k + 1));
  }
  if (s.method === 'borda') {
    const sorted = [...ranks].sort((a, b) => a - b);
    return ranks.map((rank) => rows.length - upperBound(sorted, rank));
  }
  return ranks;
}

/** How many of the ascending `sorted` are at most `x`. */
function upperBound(sorted: readonly number[], x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}
