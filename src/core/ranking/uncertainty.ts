import type { Direction } from '../types.js';

export interface Estimate {
  value: number;
  interval: [number, number] | null;
}

/**
 * Rule 7: for each estimate with an interval, the best and worst rank consistent with the
 * intervals (as Chatbot Arena's upper-bound rank): best = 1 + the number of models whose interval
 * lies wholly above (better than) this one; worst = n − the number wholly below. An estimate
 * without an interval counts as the point [value, value] for the others and gets no range itself.
 * O(n log n): two sorted bound lists and binary search.
 */
export function rankRanges(estimates: readonly Estimate[], direction: Direction): Array<[number, number] | null> {
  if (!estimates.some((e) => e.interval !== null)) return estimates.map(() => null);
  // Bounds oriented so that larger is better, in typed arrays: their sort is numeric and quick.
  const n = estimates.length;
  const lows = new Float64Array(n);
  const highs = new Float64Array(n);
  estimates.forEach(({ value, interval }, i) => {
    const [low, high] = interval ?? [value, value];
    lows[i] = direction === 'lower' ? -high : low;
    highs[i] = direction === 'lower' ? -low : high;
  });
  const sortedLows = lows.slice().sort();
  const sortedHighs = highs.slice().sort();
  return estimates.map(({ interval }, i) => {
    if (interval === null) return null;
    const surelyBetter = n - countBelow(sortedLows, highs[i], true); // others whose low is above my high
    const surelyWorse = countBelow(sortedHighs, lows[i], false); // others whose high is below my low
    return [1 + surelyBetter, n - surelyWorse];
  });
}

/**
 * How many of the ascending `sorted` are below `x` (or at most `x`, with `orEqual`): a binary
 * search. Written here rather than taken from d3-array, whose bisector is 0.3 kB of the table
 * element's 25 kB budget for these few lines.
 */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < x || (orEqual && sorted[mid] === x)) low = mid + 1;
    else high = mid;
  }
  return low;
}
