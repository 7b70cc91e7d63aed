import { nice, ticks } from 'd3-array';

/** A linear map from a domain of values to a range of pixels, with nice bounds and ticks. */
export interface LinearScale {
  (value: number): number;
  /** [start, end] as mapped to range[0] and range[1] (end < start for a reversed axis). */
  domain(): [number, number];
  ticks(count: number): number[];
}

/**
 * d3-array's `nice` and `ticks` choose round bounds and tick values; the map itself is one line.
 * (d3-scale's scaleLinear would bring d3-interpolate, d3-color and d3-format, about 8 KB gzip,
 * for interpolating colours and formatting ticks, neither of which the chart needs.)
 * A domain given high-to-low draws high values on the left.
 */
export function linearScale([from, to]: [number, number], [r0, r1]: [number, number], niceCount = 10): LinearScale {
  const reversed = from > to;
  let [lo, hi] = reversed ? [to, from] : [from, to];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  [lo, hi] = nice(lo, hi, niceCount);
  const [d0, d1] = reversed ? [hi, lo] : [lo, hi];
  const scale = ((value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count: number) => ticks(lo, hi, count);
  return scale;
}
