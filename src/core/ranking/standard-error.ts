// A result's standard error where the data allows one: given by the feed (as the evaluation tool
// reported it, or as an importer computed it from per-item scores), or derived from the item
// count of a proportion (a binomial error). A result with neither has none, and says so.
import { Z95 } from '../stats/normal.js';
import type { Feed, MetricDefinition, MetricValue, Result } from '../types.js';

/** Where a standard error comes from. */
export type ErrorBasis = 'reported' | 'binomial' | 'items' | 'clustered';

export interface StandardError {
  se: number;
  basis: ErrorBasis;
  /** Items the score is a mean over, when known. */
  n?: number;
}

const BASES: ReadonlySet<string> = new Set(['reported', 'binomial', 'items', 'clustered']);

/** The standard error a metric value states (its `se`, or half its 95 % interval), with its basis. */
export function statedError(value: MetricValue | undefined): StandardError | null {
  if (value === null || typeof value !== 'object') return null;
  const basis = (BASES.has(value.se_method ?? '') ? value.se_method : 'reported') as ErrorBasis;
  const n = typeof value.n === 'number' && value.n > 0 ? { n: value.n } : {};
  if (typeof value.se === 'number' && Number.isFinite(value.se) && value.se >= 0) return { se: value.se, basis, ...n };
  if (Array.isArray(value.ci) && value.ci.every(Number.isFinite)) return { se: Math.abs(value.ci[1] - value.ci[0]) / (2 * Z95), basis, ...n };
  return null;
}

/**
 * The binomial standard error of a proportion (a metric the feed marks `proportion`, with a finite
 * range) scored on `n` items: range · √(p(1−p)/n), p the value as a share of its range. At p = 0
 * or 1 that would be 0, claiming certainty from a finite sample; there the Agresti–Coull estimate
 * p̃ = (pn + 2)/(n + 4) is used instead.
 */
export function binomialError(value: number, metric: MetricDefinition, n: number | undefined): StandardError | null {
  const { min, max } = metric.range ?? {};
  if (!metric.proportion || typeof min !== 'number' || typeof max !== 'number' || max <= min) return null;
  if (typeof n !== 'number' || !(n >= 1)) return null;
  const p = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const share = p > 0 && p < 1 ? p * (1 - p) / n : ((p * n + 2) / (n + 4)) * (1 - (p * n + 2) / (n + 4)) / (n + 4);
  return { se: (max - min) * Math.sqrt(share), basis: 'binomial', n };
}

/** How many items a result was scored on: its `n_test`, else its dataset's `n_samples`. */
export function itemCounter(feed: Feed): (result: Result) => number | undefined {
  const sizes = new Map((feed.datasets ?? []).map((d) => [d.id, d.n_samples]));
  return (result) => result.n_test ?? (result.dataset === undefined ? undefined : sizes.get(result.dataset));
}

/** A sentence on where a standard error comes from, for a tooltip or the explainer. */
export function errorBasisText(error: StandardError | null): string {
  if (!error) return 'no standard error: the feed gives neither one nor the number of items';
  const over = error.n ? ` over ${error.n.toLocaleString('en')} items` : '';
  switch (error.basis) {
    case 'binomial':
      return `standard error derived from the item count (binomial${over})`;
    case 'items':
      return `standard error of the mean${over}`;
    case 'clustered':
      return `clustered standard error of the mean${over}`;
    default:
      return 'standard error as reported';
  }
}
