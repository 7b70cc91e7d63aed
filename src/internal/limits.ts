/**
 * Caps on what is rendered outside the virtualized table, so that a feed with 100,000 results
 * or models cannot make a page unusable. Every cap shows what it left out ("and 9,900 more").
 * One constant each, so that a bundle carries only the ones its elements use.
 */

/** Rows of the overall tables (best score, mean rank) drawn at once; past this they are windowed. */
export const OVERALL_ROWS = 100;
/** Models the compare picker lists in full; past this it is a search whose first COMPARE_MATCHES matches are offered. */
export const COMPARE_PICKER = 200;
export const COMPARE_MATCHES = 25;
/** Models a score distribution row draws as dots; above this it draws a summary (chart-model.ts SUMMARY). */
export const CHART_DOTS = 300;
/** Other runs in a details row. */
export const OTHER_RUNS_SHOWN = 200;
/** Groups per stratified table in a details row. */
export const SUBGROUPS_SHOWN = 50;
/** Excluded runs listed under a table. */
export const EXCLUDED_SHOWN = 50;
/** Metrics in the cheat sheet. */
export const SHEET_METRICS = 200;

/** "and 9,900 more", for a note under a capped list (empty when nothing was left out). */
export function moreText(total: number, shown: number, noun: string): string {
  const rest = total - shown;
  return rest > 0 ? `and ${rest.toLocaleString('en')} more ${noun} not shown` : '';
}
