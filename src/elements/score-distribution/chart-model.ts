// From rankings to what the chart draws: one row per benchmark with its x scale (best on the
// right), tier bands, ticks, and dots placed as a beeswarm so none overlap.
import { CHART_DOTS } from '../../internal/limits.js';
import { beeswarm, linearScale, pointValue, tierBounds, type BenchmarkRanking, type LinearScale, type RankedRow, type Result, type TierDefinition } from '../../core/index.js';

export interface Dot {
  /** The model's best run (a ranked row), or one of its other runs. */
  row: RankedRow;
  run: Result;
  value: number;
  x: number;
  y: number;
  kind: 'leader' | 'model' | 'baseline' | 'other-run';
}

export interface Band {
  tier: TierDefinition;
  x0: number;
  x1: number;
}

/** How many models score within [x0, x1) on the axis (pixels): a summary's bars. */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface ChartRow {
  ranking: BenchmarkRanking;
  x: LinearScale;
  dots: Dot[];
  /** A summary (more models than CHART_DOTS): every model counted in bins, a few drawn as dots. Empty otherwise. */
  bins: Bin[];
  bands: Band[];
  ticks: number[];
  /** Fraction digits for tick labels. */
  tickDecimals: number;
  /** Height of the swarm area (the axis comes below). */
  height: number;
}

export const DOT_RADIUS = 6;
/**
 * In a summary (more than CHART_DOTS models), the best and the last models still drawn as
 * dots. The hidden data table lists every model up to `listed`; past it, these same few and where
 * the rest lie (the table beside the chart has every number; a reader needs the shape here).
 */
export const SUMMARY = { leaders: 10, last: 3, listed: 30 } as const;
export const BIN_WIDTH = 4;
export const MARGIN = { left: 16, right: 24, top: 22, bottom: 44 };

/**
 * The x domain: around the data, padded, widened to a declared range's bound when the data comes
 * close to it; `fullRange` uses the metric's whole bounded range (to compare benchmarks).
 */
function domain(values: number[], ranking: BenchmarkRanking, fullRange: boolean): [number, number] {
  const range = ranking.primary!.definition.range;
  const min = typeof range?.min === 'number' ? range.min : -Infinity;
  const max = typeof range?.max === 'number' ? range.max : Infinity;
  if (fullRange && Number.isFinite(min) && Number.isFinite(max)) return [min, max];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.15;
  lo = Math.max(min, lo - pad);
  hi = Math.min(max, hi + pad);
  return [lo, hi];
}

export function buildRow(ranking: BenchmarkRanking, width: number, options: { fullRange: boolean }): ChartRow | null {
  const primary = ranking.primary;
  if (!primary || ranking.rows.length === 0) return null;
  const metric = primary.id;
  const points: Array<Omit<Dot, 'x' | 'y'>> = [];
  // More models than dots fit: the best and the last as dots, every model counted in bars (cost
  // follows the pixels, not the feed).
  const summary = ranking.rows.length > CHART_DOTS;
  const drawn = summary ? [...ranking.rows.slice(0, SUMMARY.leaders), ...ranking.rows.slice(-SUMMARY.last)] : ranking.rows;
  for (const row of drawn) {
    const kind = row.rank === 1 ? 'leader' : row.model.baseline ? 'baseline' : 'model';
    points.push({ row, run: row.result, value: row.score, kind });
    for (const run of row.otherRuns.slice(0, 5)) {
      const value = pointValue(run.metrics[metric]);
      if (value !== undefined) points.push({ row, run, value, kind: 'other-run' });
    }
  }
  const values = points.map((p) => p.value);
  if (summary) for (const row of ranking.rows) values.push(row.score);
  const [lo, hi] = domain(values, ranking, options.fullRange);
  // Best on the right: a lower-is-better axis runs from high to low.
  const lower = primary.definition.direction === 'lower';
  const x = linearScale(lower ? [hi, lo] : [lo, hi], [MARGIN.left, Math.max(MARGIN.left + 40, width - MARGIN.right)]);
  const xs = points.map((p) => x(p.value));
  const ys = beeswarm(xs, DOT_RADIUS, 2);
  const spread = Math.max(0, ...ys.map(Math.abs));
  const height = Math.max(2 * spread + 2 * DOT_RADIUS + 8, summary ? 48 : 0);
  const dots = points.map((p, i) => ({ ...p, x: xs[i], y: height / 2 + ys[i] }));
  // Draw the faint other runs first, the ranked dots on top.
  dots.sort((a, b) => Number(b.kind === 'other-run') - Number(a.kind === 'other-run'));

  const [d0, d1] = x.domain();
  const clamp = (v: number) => Math.min(Math.max(v, Math.min(d0, d1)), Math.max(d0, d1));
  const bands: Band[] = [];
  if (ranking.tierScale) {
    for (const b of tierBounds(ranking.tierScale)) {
      const from = b.threshold ?? (lower ? Math.max(d0, d1) : Math.min(d0, d1));
      const to = b.until ?? (lower ? Math.min(d0, d1) : Math.max(d0, d1));
      const [x0, x1] = [x(clamp(from)), x(clamp(to))].sort((a, c) => a - c);
      if (x1 - x0 > 0.5) bands.push({ tier: b.tier, x0, x1 });
    }
  }
  const ticks = x.ticks(Math.max(2, Math.min(8, Math.floor(width / 90))));
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  // As many decimals as the step needs (a run of 0.0004 ± 0.0003 has ticks 0.00005 apart).
  const tickDecimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(step))));
  const bins = summary ? countBins(ranking, x) : [];
  return { ranking, x, dots, bins, bands, ticks, tickDecimals, height };
}

/** Every ranked model counted in bins BIN_WIDTH pixels wide, left to right; empty bins left out. */
function countBins(ranking: BenchmarkRanking, x: LinearScale): Bin[] {
  const counts = new Map<number, number>();
  for (const row of ranking.rows) {
    const bin = Math.floor((x(row.score) - MARGIN.left) / BIN_WIDTH);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([bin, count]) => ({ x0: MARGIN.left + bin * BIN_WIDTH, x1: MARGIN.left + (bin + 1) * BIN_WIDTH, count }));
}
