// Tie groups: which ranked models the data cannot tell apart, as a compact letter display. Two
// models differ when the test of their difference rejects "no difference" at 5 %: paired over the
// items both ran where the feed has their paired difference, else from their two standard errors.
// A group is a longest run of consecutive ranks in which every two models do not differ; each
// group gets a letter (a, b, …, z, aa, ab…) and a model the letters of the groups it is in, so
// two models that share a letter are statistically tied. Models without a standard error are in
// no group. Pairs are tested one by one, not adjusted for the number of comparisons.
import type { PairedRecord, Result } from '../types.js';
import { pValue } from '../stats/normal.js';

/** The level of the tests behind tie groups. */
export const TIE_LEVEL = 0.95;

/** The groups a row is in: `first` to `last` (0-based, consecutive), shown as letters. */
export interface TieGroup {
  first: number;
  last: number;
}

/** What a test of two rows needs: the primary score and its standard error. */
export interface Tested {
  result: Result;
  score: number;
  se: number | null;
}

export interface Difference {
  /** Score of `a` minus score of `b`. */
  difference: number;
  se: number;
  p: number;
  /** Items both were scored on when paired; null for the unpaired test from two errors. */
  paired: number | null;
}

/**
 * The difference of `a` and `b` on `metric` and its test: the paired difference the feed gives
 * (either way round), else the unpaired one from the two standard errors; null without either.
 */
export function testDifference(a: Tested, b: Tested, metric: string): Difference | null {
  const pair = pairedRecord(a.result, b.result.id, metric);
  const back = pair ? null : pairedRecord(b.result, a.result.id, metric);
  if (pair || back) {
    const { difference, se, n } = (pair ?? back)!;
    const d = pair ? difference : -difference;
    return { difference: d, se, p: pValue(d, se), paired: n };
  }
  if (a.se === null || b.se === null) return null;
  const se = Math.hypot(a.se, b.se);
  const difference = a.score - b.score;
  return { difference, se, p: pValue(difference, se), paired: null };
}

function pairedRecord(result: Result, against: string, metric: string): PairedRecord | undefined {
  return result.paired?.find((p) => p.against === against && p.metric === metric && p.se >= 0 && p.n >= 1);
}

/** Whether the data cannot tell `a` and `b` apart at `TIE_LEVEL`. */
export function indistinguishable(a: Tested, b: Tested, metric: string): boolean {
  const test = testDifference(a, b, metric);
  return test !== null && test.p >= 1 - TIE_LEVEL;
}

/**
 * Tie groups of rows in rank order (best first), one per row (null: no standard error). O(n·w),
 * w the widest run of rows tied with one row.
 */
export function tieGroups(rows: readonly Tested[], metric: string): Array<TieGroup | null> {
  const tested: number[] = [];
  rows.forEach((row, i) => {
    if (row.se !== null || row.result.paired?.length) tested.push(i);
  });
  const m = tested.length;
  const out: Array<TieGroup | null> = rows.map(() => null);
  if (m === 0) return out;
  // reach[k]: the last position (in `tested`) that k is tied with, every one between tied too.
  const reach = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    let e = k;
    while (e + 1 < m && indistinguishable(rows[tested[k]], rows[tested[e + 1]], metric)) e++;
    reach[k] = e;
  }
  // The longest all-tied run from each start; a run is a group unless the previous one holds it.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let s = 0; s < m; s++) {
    let e = reach[s];
    for (let t = s + 1; t < e; t++) e = Math.min(e, reach[t]);
    if (ends.length === 0 || e > ends[ends.length - 1]) {
      starts.push(s);
      ends.push(e);
    }
  }
  // Groups are ordered by start and by end, so those holding a row are consecutive.
  let first = 0;
  for (let k = 0; k < m; k++) {
    while (ends[first] < k) first++;
    let last = first;
    while (last + 1 < starts.length && starts[last + 1] <= k) last++;
    out[tested[k]] = { first, last };
  }
  return out;
}

/** The letters of a group index: a … z, aa, ab … (bijective base 26). */
export function groupLetters(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}

/** A row's groups as text: "a", or "a–c" for a row in groups a, b and c. */
export function tieGroupLabel(group: TieGroup): string {
  return group.first === group.last ? groupLetters(group.first) : `${groupLetters(group.first)}–${groupLetters(group.last)}`;
}

/** Whether two rows share a group (are statistically tied). */
export function sameGroup(a: TieGroup | null, b: TieGroup | null): boolean {
  return !!a && !!b && a.first <= b.last && b.first <= a.last;
}
