import type { Benchmark, Direction, MetricDefinition, TierDefinition } from '../types.js';

/** A tier with the threshold that applies on one benchmark; null threshold = catch-all. */
export interface TierStep {
  tier: TierDefinition;
  threshold: number | null;
}

export interface TierScale {
  direction: Direction;
  /** Best tier first. Empty when no tier can be given (see `source`). */
  steps: TierStep[];
  /**
   * Where the thresholds came from: the benchmark's `targets`, the feed's (or default) tiers,
   * those tiers mirrored into a lower-is-better metric's range, or `none` when a lower-is-better
   * metric has neither targets nor a bounded range.
   */
  source: 'targets' | 'tiers' | 'mirrored' | 'none';
}

/**
 * Rule 5: thresholds from the benchmark's `targets` (by tier id) where declared, else the feed's
 * `tiers`, else the defaults (0.90 / 0.80 / 0.70). For a lower-is-better metric a target is an
 * upper limit; a tier threshold from the 0–1 tier scale is mirrored into the metric's range
 * (max − t·(max − min)), and without a bounded range it is not awarded. A range reaching past 1 (a
 * 0–100 score) gets the same shares of the range (0.9 → 90); a higher-is-better metric declared
 * with no upper bound (`max: null`) gets tiers only from targets. A tier that the targets do
 * not name keeps its own threshold where that still sits below (worse than) the named ones.
 */
export function tierScale(
  benchmark: Benchmark,
  metric: MetricDefinition,
  tiers: readonly TierDefinition[],
): TierScale {
  const direction = metric.direction;
  const lower = direction === 'lower';
  const min = metric.range?.min;
  const max = metric.range?.max;
  const bounded = typeof min === 'number' && typeof max === 'number';
  const targets = benchmark.targets ?? {};
  const hasTargets = tiers.some((t) => typeof targets[t.id] === 'number');

  // A tier's share of a bounded range: mirrored for lower-is-better (0.9 of 0–1 → 0.1); for
  // higher-is-better only where the range reaches past 1 (a 0–100 score), so that a correlation
  // on −1…1 keeps 0.9. A metric declared with no upper bound has no place on the 0–1 scale.
  const ownThreshold = (tier: TierDefinition): number | undefined => {
    if (tier.min === undefined) return undefined;
    // Rounded so that 1 − 0.9 is 0.1, not 0.09999999999999998.
    if (bounded && (lower || max > 1)) return Number((min + (lower ? 1 - tier.min : tier.min) * (max - min)).toPrecision(12));
    return lower || max === null ? undefined : tier.min;
  };

  const steps: TierStep[] = [];
  let previous: number | null = null;
  tiers.forEach((tier, index) => {
    const isLast = index === tiers.length - 1;
    const target = targets[tier.id];
    const threshold = typeof target === 'number' ? target : ownThreshold(tier);
    if (threshold === undefined) {
      if (isLast && tier.min === undefined) steps.push({ tier, threshold: null });
      return;
    }
    // Thresholds must get strictly worse from one tier to the next; a tier that would not is skipped.
    if (previous !== null && (lower ? threshold <= previous : threshold >= previous)) return;
    steps.push({ tier, threshold });
    previous = threshold;
  });

  const awarded = steps.some((s) => s.threshold !== null);
  const source = hasTargets ? 'targets' : !awarded ? 'none' : lower ? 'mirrored' : 'tiers';
  return { direction, steps: awarded ? steps : [], source };
}

/** The tier a score earns on this scale, or null (no scale, or below every threshold). */
export function tierFor(scale: TierScale, score: number): TierDefinition | null {
  const { steps } = scale;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.threshold === null) return step.tier;
    if (scale.direction === 'lower' ? score <= step.threshold : score >= step.threshold) return step.tier;
  }
  return null;
}

/** The scores a tier covers on a scale: `best` is the better bound (inclusive), `worst` the other (exclusive). */
export interface TierBounds {
  tier: TierDefinition;
  /** The threshold that earns the tier (inclusive); null for the catch-all. */
  threshold: number | null;
  /** The next better tier's threshold (exclusive); null for the best tier. */
  until: number | null;
}

/** Each tier of the scale with its bounds, best first: what a badge's tooltip states. */
export function tierBounds(scale: TierScale): TierBounds[] {
  let previous: number | null = null; // the threshold of the tier above
  return scale.steps.map((step) => {
    const bounds = { tier: step.tier, threshold: step.threshold, until: previous };
    if (step.threshold !== null) previous = step.threshold;
    return bounds;
  });
}
