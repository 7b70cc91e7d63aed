import type { MetricDefinition, TierDefinition } from './types.js';

/**
 * The tier scale of the published hub pages (≥ 0.90 / ≥ 0.80 / ≥ 0.70 / below), used when a feed
 * declares no `tiers` of its own.
 */
export const DEFAULT_TIERS: readonly TierDefinition[] = Object.freeze([
  {
    id: 'excellent',
    label: 'Excellent',
    min: 0.9,
    icon: '⭐',
    color: '--fm-color-tier-excellent',
    description: 'Top-tier, consistently reliable',
  },
  {
    id: 'good',
    label: 'Good',
    min: 0.8,
    icon: '✅',
    color: '--fm-color-tier-good',
    description: 'Strong performance, real promise',
  },
  {
    id: 'fair',
    label: 'Fair',
    min: 0.7,
    icon: '🔶',
    color: '--fm-color-tier-fair',
    description: 'Moderate, has limitations',
  },
  {
    id: 'developing',
    label: 'Developing',
    icon: '📈',
    color: '--fm-color-tier-developing',
    description: 'Needs improvement',
  },
]);

/** How a metric that the feed does not describe is treated. */
export function undescribedMetric(id: string): MetricDefinition {
  return { name: id, direction: 'higher' };
}

/** Supported major version of the feed format. */
export const SUPPORTED_MAJOR = 1;
