// How many decimals a score deserves: a feed's fixed `decimals` wins; else as many as the scores'
// standard errors justify (down to the error's first significant digit: a score of 0.6721 with a
// standard error of 0.0046 is shown as 0.672), so that no digit is shown that is only noise.

/** Decimals when neither the feed nor the data says. */
export const DEFAULT_DECIMALS = 4;

/**
 * The decimals for a column of scores: `fixed` when the metric sets it, else those of the median
 * standard error's first significant digit (0 to 6), else `DEFAULT_DECIMALS`.
 */
export function supportedDecimals(fixed: number | undefined, errors: readonly number[]): number {
  if (fixed !== undefined) return fixed;
  const positive = errors.filter((se) => se > 0 && Number.isFinite(se)).sort((a, b) => a - b);
  if (positive.length === 0) return DEFAULT_DECIMALS;
  const median = positive[Math.floor(positive.length / 2)];
  return Math.min(6, Math.max(0, -Math.floor(Math.log10(median))));
}
