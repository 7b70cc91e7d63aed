// Tie groups: which ranked models the data cannot tell apart, as a compact letter display. Two
// models differ when the test of their difference rejects "no difference" at 5 %: paired over the
// items both ran where the feed has their paired difference, else from their two standard errors.
// A group is a longest run of consecutive ranks in which every two models do not differ; each
// group gets a letter (a, b, …, z, aa, ab…) and a model the letters of the groups it is in, so
// two models that share a letter are statistically tied. Models without a standard error are in
// no group. Pairs are tested one by one, not adjusted for the number of comparisons.
import type { PairedRecord, Result } from '../types.js';
import { pValue, Z95 } from '../stats/normal.js';

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
  /** The data tells them apart: |difference| > 1.96 standard errors (p < 0.05). */
  real: boolean;
}

/** |difference| past Z95 standard errors (with no error: any difference at all). */
const differs = (difference: number, se: number) => (se > 0 ? Math.abs(difference) > Z95 * se : difference !== 0);

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
    return { difference: d, se, p: pValue(d, se), paired: n, real: differs(d, se) };
  }
  if (a.se === null || b.se === null) return null;
  const se = Math.hypot(a.se, b.se);
  const difference = a.score - b.score;
  return { difference, se, p: pValue(difference, se), paired: null, real: differs(difference, se) };
}

function pairedRecord(result: Result, against: string, metric: string): PairedRecord | undefined {
  return result.paired?.find((p) => p.against === against && p.metric === metric && usable(p));
}

const usable = (p: PairedRecord) => p.se >= 0 && p.n >= 1;

/**
 * Tie groups of rows in rank order (best first), one per row (null: no standard error). The
 * scan for each row's tied run is O(n·w), w the widest run of rows tied with one row, with the
 * test inlined (tens of millions of pairs at 30,000 rows); the groups from those runs are O(n).
 */
export function tieGroups(rows: readonly Tested[], metric: string): Array<TieGroup | null> {
  const tested: number[] = [];
  rows.forEach((row, i) => {
    if (row.se !== null || row.result.paired?.length) tested.push(i);
  });
  const m = tested.length;
  const out: Array<TieGroup | null> = rows.map(() => null);
  if (m === 0) return out;
  const score = new Float64Array(m);
  const se = new Float64Array(m);
  const pairs: Array<Map<string, PairedRecord> | undefined> = [];
  tested.forEach((i, k) => {
    const row = rows[i];
    score[k] = row.score;
    se[k] = row.se ?? NaN;
    const own = row.result.paired?.filter((p) => p.metric === metric && usable(p));
    pairs[k] = own?.length ? new Map(own.map((p) => [p.against, p])) : undefined;
  });
  const tied = (k: number, j: number): boolean => {
    const pair = pairs[k]?.get(rows[tested[j]].result.id) ?? pairs[j]?.get(rows[tested[k]].result.id);
    if (pair) return !differs(pair.difference, pair.se);
    if (Number.isNaN(se[k]) || Number.isNaN(se[j])) return false;
    const d = score[k] - score[j];
    const variance = se[k] * se[k] + se[j] * se[j];
    return variance > 0 ? d * d <= Z95 * Z95 * variance : d === 0;
  };
  // reach[k]: the last position (in `tested`) that k is tied with, every one between tied too.
  const reach = new Int32Array(m);
  if (pairs.some((p) => p)) {
    for (let k = 0; k < m; k++) {
      let e = k;
      while (e + 1 < m && tied(k, e + 1)) e++;
      reach[k] = e;
    }
  } else {
    // No paired differences: every tested row has an error, and the test is two multiplications.
    // Scores are monotone in rank order, so |score[k] − score[j]| grows with j: every row within
    // Z95·√(se_k² + the smallest se²) of k is tied with it for sure, found by binary search; the
    // scan starts past them.
    const variance = se.map((x) => x * x);
    const least = variance.reduce((a, b) => Math.min(a, b), Infinity);
    for (let k = 0; k < m; k++) {
      const sure = Z95 * Math.sqrt(variance[k] + least);
      let low = k;
      let high = m - 1;
      while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if (Math.abs(score[k] - score[mid]) <= sure) low = mid;
        else high = mid - 1;
      }
      let e = low;
      for (; e + 1 < m; e++) {
        const d = score[k] - score[e + 1];
        const v = variance[k] + variance[e + 1];
        if (v > 0 ? d * d > Z95 * Z95 * v : d !== 0) break;
      }
      reach[k] = e;
    }
  }
  // The longest all-tied run from each start s ends at the largest e with reach[t] ≥ e for every
  // t in [s, e); it never ends before the previous start's, so one pointer and a running minimum
  // of reach (a monotone queue) find them all. A run is a group unless the previous one holds it.
  const starts: number[] = [];
  const ends: number[] = [];
  const queue = new Int32Array(m); // positions in [s, e), their reach increasing
  let head = 0;
  let tail = 0;
  let e = 0;
  for (let s = 0; s < m; s++) {
    if (e < s) {
      e = s;
      head = tail = 0;
    }
    while (head < tail && queue[head] < s) head++;
    while (e + 1 < m && Math.min(head < tail ? reach[queue[head]] : Infinity, reach[e]) >= e + 1) {
      while (head < tail && reach[queue[tail - 1]] >= reach[e]) tail--;
      queue[tail++] = e;
      e++;
    }
    if (ends.length === 0 || e > ends[ends.length - 1]) {
      starts.push(s);
      ends.push(e);
    }
  }
  // Groups are ordered by start and by end, so those holding a row are consecutive.
  let first = 0;
  let last = 0;
  for (let k = 0; k < m; k++) {
    while (ends[first] < k) first++;
    while (last + 1 < starts.length && starts[last + 1] <= k) last++;
    out[tested[k]] = { first, last };
  }
  return out;
}

/** The letters of a group index: a … z, aa, ab … (bijective base 26). */
function groupLetters(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}

/** A row's groups as text: "a", or "a–c" for a row in groups a, b and c. */
export function tieGroupLabel(group: TieGroup): string {
  return group.first === group.last ? groupLetters(group.first) : `${groupLetters(group.first)}–${groupLetters(group.last)}`;
}
