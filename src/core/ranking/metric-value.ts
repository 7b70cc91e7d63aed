import { Z95 } from '../stats/normal.js';
import type { MetricValue } from '../types.js';

/** A usable metric reading: the point value and, where the feed gives one, its interval. */
export interface Reading {
  value: number;
  /** [low, high]; from `ci`, else value ± 1.96·se; null without uncertainty. */
  interval: [number, number] | null;
}


/**
 * Reads a metric value, or says why it cannot rank: missing, not computed (`null`), or not a
 * finite number.
 */
export function readMetric(value: MetricValue | undefined, metricId: string): Reading | { reason: string } {
  if (value === undefined) return { reason: `no ${metricId} value` };
  if (value === null) return { reason: `${metricId} was not computed (null)` };
  const point = typeof value === 'number' ? value : value?.value;
  if (typeof point !== 'number' || !Number.isFinite(point)) {
    return { reason: `${metricId} is not a finite number (${String(point)})` };
  }
  if (typeof value === 'number') return { value: point, interval: null };
  if (Array.isArray(value.ci) && value.ci.every(Number.isFinite)) {
    return { value: point, interval: [value.ci[0], value.ci[1]] };
  }
  if (typeof value.se === 'number' && Number.isFinite(value.se) && value.se >= 0) {
    return { value: point, interval: [point - Z95 * value.se, point + Z95 * value.se] };
  }
  return { value: point, interval: null };
}

/** The point value when usable, else undefined (for secondary sort keys). */
export function pointValue(value: MetricValue | undefined): number | undefined {
  // As readMetric, without making a reading: this runs for every metric of every ranked result.
  const point = typeof value === 'number' ? value : value?.value;
  return typeof point === 'number' && Number.isFinite(point) ? point : undefined;
}
