/**
 * Caps on what is rendered outside the virtualized table, so that a feed with 100,000 results
 * or models cannot make a page unusable. Every cap shows what it left out ("and 9,900 more").
 */
export const LIMITS = {
  /** Rows of the overall tables (best score, mean rank) drawn at once; past this they are windowed. */
  overallRows: 100,
  /** Models offered in the compare picker at once (a filter narrows the rest). */
  comparePicker: 200,
  /** Models a score distribution row draws as dots; above this it draws a summary (chart-model.ts SUMMARY). */
  chartDots: 300,
  /** Other runs in a details row. */
  otherRuns: 200,
  /** Groups per stratified table in a details row. */
  subgroups: 50,
  /** Excluded runs listed under a table. */
  excluded: 50,
  /** Metrics in the cheat sheet. */
  sheetMetrics: 200,
} as const;

/** "and 9,900 more", for a note under a capped list (empty when nothing was left out). */
export function moreText(total: number, shown: number, noun: string): string {
  const rest = total - shown;
  return rest > 0 ? `and ${rest.toLocaleString('en')} more ${noun} not shown` : '';
}
