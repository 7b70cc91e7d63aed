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
import { bordaPoints, type SuiteStanding } from './suite-standing.js';

export interface IntervalOptions {
  /** Resamples; 200 when not given. */
  resamples?: number;
  /** Confidence level; 0.95 when not given. */
  level?: number;
  seed?: number;
}

/** Each ranked model's interval (models without enough resamples have none). */
export function overallIntervals(s: SuiteStanding, options: IntervalOptions = {}): Map<ResolvedModel, [number, number]> {
  const steps = overallIntervalSteps(s, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same intervals one step at a time, for a page that must not block: it yields after each
 * resample (how many are done), and returns the intervals.
 */
export function* overallIntervalSteps(s: SuiteStanding, options: IntervalOptions = {}): Generator<number, Map<ResolvedModel, [number, number]>> {
  const out = new Map<ResolvedModel, [number, number]>();
  if (s.method === 'benchmark') {
    for (const e of s.entries) if (e.row?.interval) out.set(e.model, e.row.interval);
    return out;
  }
  const rankings = s.counted;
  const noisy = rankings.map((r) => r.rows.some((row) => row.error));
  if (rankings.length < 2 && !noisy[0]) return out;
  // Each ranked model by its place in `s.entries`; each benchmark's rows by that place (−1: not ranked).
  const position = new Map(s.entries.map((e, i) => [e.model, i]));
  const rowEntry = rankings.map((r) => Int32Array.from(r.rows, (row) => position.get(row.model) ?? -1));
  const n = s.entries.length;
  const random = seeded(options.seed ?? 1);
  const resamples = options.resamples ?? 200;
  // Entry e's value in resample r at e·resamples + r (NaN where it entered none of the drawn benchmarks).
  const draws = new Float64Array(n * resamples).fill(NaN);
  const sum = new Float64Array(n);
  const count = new Int32Array(n);
  // A benchmark without errors adds the same points in every resample: worked out once.
  const fixed: Array<Float64Array | undefined> = [];
  for (let r = 0; r < resamples; r++) {
    sum.fill(0);
    count.fill(0);
    for (let k = 0; k < rankings.length; k++) {
      const b = Math.floor(random() * rankings.length);
      const points = noisy[b] ? benchmarkPoints(s, rankings[b], random) : (fixed[b] ??= benchmarkPoints(s, rankings[b], null));
      const entries = rowEntry[b];
      for (let i = 0; i < points.length; i++) {
        const p = points[i];
        if (Number.isNaN(p) || entries[i] < 0) continue;
        sum[entries[i]] += p;
        count[entries[i]]++;
      }
    }
    for (let e = 0; e < n; e++) if (count[e] > 0) draws[e * resamples + r] = s.method === 'borda' ? sum[e] : sum[e] / count[e];
    yield r + 1;
  }
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  for (let e = 0; e < n; e++) {
    // A typed sort is numeric and puts NaN last: the first `valid` are the draws.
    const list = draws.subarray(e * resamples, (e + 1) * resamples).sort();
    let valid = 0;
    while (valid < resamples && !Number.isNaN(list[valid])) valid++;
    if (valid < Math.min(10, resamples)) continue;
    const sorted = list.subarray(0, valid);
    out.set(s.entries[e].model, [quantile(sorted, alpha), quantile(sorted, 1 - alpha)]);
  }
  return out;
}

/**
 * What each row of one benchmark adds to its model's overall, its score moved by its error when
 * `random` is given: its position in range (mean), its rank (mean rank), or the models ranked
 * below it (Borda); NaN where a row adds nothing.
 */
function benchmarkPoints(s: SuiteStanding, ranking: BenchmarkRanking, random: (() => number) | null): Float64Array {
  const rows = ranking.rows;
  const scores = rows.map((row) => (random && row.error ? row.score + row.error.se * gaussian(random) : row.score));
  if (s.method === 'mean') {
    const definition = ranking.primary?.definition;
    return Float64Array.from(scores, (score) => {
      const p = definition ? standing(score, definition) : null;
      return p === null ? NaN : Math.min(1, Math.max(0, p));
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
  return s.method === 'borda' ? bordaPoints(ranks) : Float64Array.from(ranks);
}
