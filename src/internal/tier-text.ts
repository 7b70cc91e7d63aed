import type { TierBounds } from '../core/index.js';

/**
 * The scores a tier covers, in words: "0.90 or more", "from 0.80 to below 0.90", "below 0.70";
 * for a lower-is-better metric "0.10 or less", "above 0.10 up to 0.20", "above 0.30".
 */
export function tierRangeText(bounds: TierBounds, lower: boolean, format: (v: number) => string): string {
  const { threshold, until } = bounds;
  if (threshold !== null && until === null) return `${format(threshold)} or ${lower ? 'less' : 'more'}`;
  if (threshold !== null && until !== null) {
    return lower ? `above ${format(until)} up to ${format(threshold)}` : `from ${format(threshold)} to below ${format(until)}`;
  }
  if (until !== null) return `${lower ? 'above' : 'below'} ${format(until)}`;
  return 'any score';
}
