// The standard normal distribution's cumulative probability, for p-values from a standard error
// (the central-limit approach of "Adding Error Bars to Evals", Miller 2024); its quantile is in
// normal-quantile.ts (the table needs only this). A dozen lines each: a statistics library would
// bring far more than the page needs.

/** The two-sided 95 % normal quantile: an interval of ±Z95 standard errors, a difference past it real at 5 %. */
export const Z95 = 1.959964;

/** P(Z ≤ z) for a standard normal Z, accurate to about 1e-7: enough for a p-value. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const x = Math.abs(z) / Math.SQRT2;
  // erfc(x) by Numerical Recipes' Chebyshev fit (erfcc), fractional error below 1.2e-7.
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The two-sided p-value of z. */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Two-sided p-value of a difference with its standard error (0 or 1 when the error is 0). */
export function pValue(difference: number, se: number): number {
  if (se > 0) return twoSidedP(difference / se);
  return difference === 0 ? 1 : 0;
}
