// Standard errors from per-item scores, and the paired difference of two models scored on the
// same items: the methods of "Adding Error Bars to Evals" (Miller 2024, arXiv:2411.00640), with
// normal (central-limit) intervals, which suit evals of a few dozen items or more.
import { pValue } from './normal.js';
import { zFor } from './normal-quantile.js';

export interface MeanEstimate {
  mean: number;
  /** Standard error of the mean over items (clustered when clusters are given). */
  se: number;
  /** Items used (missing ones left out). */
  n: number;
}

export interface PairedDifference {
  /** Mean of a − b over the items both have. */
  difference: number;
  /** Its confidence interval at `level`. */
  ci: [number, number];
  /** Two-sided p-value of "no difference". */
  p: number;
  /** Standard error of the difference. */
  se: number;
  /** Items both models have a score on. */
  n: number;
}

export interface PairedOptions {
  /** Confidence level of `ci`; 0.95 when not given. */
  level?: number;
  /**
   * One cluster key per item (a passage several questions share, a task's variants): items of
   * one cluster are not independent, and the standard error says so (Miller 2024, §2.2).
   */
  clusters?: ArrayLike<string | number>;
}

type Scores = ArrayLike<number | null | undefined>;

/**
 * The mean of per-item scores and its standard error: the sample standard deviation over √n, or,
 * with `clusters`, the cluster-robust error √(C/(C−1) · Σ_c (Σ_{i∈c} (x_i − x̄))²) / n, which is
 * the former when every item is its own cluster. Missing scores (null, NaN) are left out.
 */
export function meanStandardError(scores: Scores, clusters?: ArrayLike<string | number>): MeanEstimate {
  const used: number[] = [];
  for (let i = 0; i < scores.length; i++) if (isScore(scores[i])) used.push(i);
  return estimate(used, (i) => scores[i] as number, clusters);
}

/**
 * The difference between two models scored on the same items: `a[i]` and `b[i]` are their scores
 * on item i (aligned; an item either lacks is left out). Pairing removes what the items share
 * (their difficulty), so the interval is far narrower than one from two separate standard
 * errors when the models agree on which items are hard.
 * @throws RangeError when the lengths differ or fewer than two items have both scores.
 */
export function pairedDifference(a: Scores, b: Scores, options: PairedOptions = {}): PairedDifference {
  if (a.length !== b.length) throw new RangeError(`the two score lists must be aligned item by item: ${a.length} and ${b.length} items`);
  if (options.clusters && options.clusters.length !== a.length) throw new RangeError(`one cluster per item: ${options.clusters.length} for ${a.length} items`);
  const z = zFor(options.level ?? 0.95);
  const used: number[] = [];
  for (let i = 0; i < a.length; i++) if (isScore(a[i]) && isScore(b[i])) used.push(i);
  if (used.length < 2) throw new RangeError(`a paired difference needs at least two items both models have a score on (${used.length} here)`);
  const { mean, se, n } = estimate(used, (i) => (a[i] as number) - (b[i] as number), options.clusters);
  return { difference: mean, ci: [mean - z * se, mean + z * se], p: pValue(mean, se), se, n };
}

function isScore(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function estimate(used: readonly number[], value: (i: number) => number, clusters?: ArrayLike<string | number>): MeanEstimate {
  const n = used.length;
  if (n === 0) return { mean: NaN, se: NaN, n: 0 };
  let sum = 0;
  for (const i of used) sum += value(i);
  const mean = sum / n;
  if (n === 1) return { mean, se: NaN, n };
  if (!clusters) {
    let squares = 0;
    for (const i of used) squares += (value(i) - mean) ** 2;
    return { mean, se: Math.sqrt(squares / (n - 1) / n), n };
  }
  const residuals = new Map<string | number, number>();
  for (const i of used) residuals.set(clusters[i], (residuals.get(clusters[i]) ?? 0) + value(i) - mean);
  const count = residuals.size;
  if (count < 2) return { mean, se: NaN, n };
  let squares = 0;
  for (const r of residuals.values()) squares += r * r;
  return { mean, se: Math.sqrt((count / (count - 1)) * squares) / n, n };
}
