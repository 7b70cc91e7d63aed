import type { Benchmark, Result } from '../types.js';
import { pointValue } from './metric-value.js';

export interface PrimaryChoice {
  metric: string;
  /** True when the benchmark declares it; false when the fallback chose it. */
  declared: boolean;
}

/**
 * Rule 1: the benchmark's declared `primary_metric` ranks. Without one, the fallback is the
 * metric that the most results report as a number; equal counts go to the alphabetically first
 * id. Null when no result reports any metric.
 */
export function choosePrimaryMetric(benchmark: Benchmark, results: readonly Result[]): PrimaryChoice | null {
  if (benchmark.primary_metric) return { metric: benchmark.primary_metric, declared: true };
  const counts = new Map<string, number>();
  for (const result of results) {
    for (const [id, value] of Object.entries(result.metrics)) {
      if (pointValue(value) !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best && { metric: best[0], declared: false };
}
