import type { Direction, Result } from '../types.js';
import { pointValue } from './metric-value.js';

/**
 * Sort keys for one result: one number per ranking metric, oriented so that larger is better
 * (a lower-is-better metric is negated); undefined where the result lacks that metric.
 */
export type SortKeys = Array<number | undefined>;

export interface KeyMetric {
  id: string;
  direction: Direction;
}

export function sortKeys(result: Result, metrics: readonly KeyMetric[]): SortKeys {
  const keys: SortKeys = new Array<number | undefined>(metrics.length);
  for (let i = 0; i < metrics.length; i++) {
    const v = pointValue(result.metrics[metrics[i].id]);
    keys[i] = v === undefined ? undefined : metrics[i].direction === 'lower' ? -v : v;
  }
  return keys;
}

/**
 * Best first. Returns the index of the first key that differs, signed: negative when `a` comes
 * first, positive when `b` does, 0 when every key ties. A missing value sorts after any value.
 * The magnitude (index + 1) tells which metric decided.
 */
export function compareKeys(a: SortKeys, b: SortKeys): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return i + 1;
    if (y === undefined) return -(i + 1);
    if (x > y) return -(i + 1);
    if (x < y) return i + 1;
  }
  return 0;
}

/** Code-point order, so the order never depends on the reader's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
