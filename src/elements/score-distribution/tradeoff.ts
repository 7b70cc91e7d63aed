// kind="tradeoff": a benchmark's score against model size (parameters, log axis) or a
// metric its runs report (x-metric: the cost of a run), the Pareto frontier (best score for the
// size or cost) drawn as a step line and listed. A model is placed only where its size is known
// (one stated count) or its run reports the metric; the others are listed under the chart with
// the reason, not dropped and not guessed.
import { frontierDoubt, linearScale, paretoFrontier, pointValue, type BenchmarkRanking, type MetricRef, type RankedRow } from '../../core/index.js';
import type { ChartLabels } from '../../i18n/chart-messages.js';
import { formatNumber } from '../../internal/format.js';
import { XY_HEIGHT, XY_MARGIN as M, type XYChart } from './xy-chart.js';

/** "7B", "350M", "1.6M": a parameter count as cards write it. */
export function sizeText(n: number, lang: string): string {
  const [unit, scale] = n >= 1e12 ? ['T', 1e12] : n >= 1e9 ? ['B', 1e9] : n >= 1e6 ? ['M', 1e6] : n >= 1e3 ? ['K', 1e3] : ['', 1];
  const v = n / (scale as number);
  return `${formatNumber(v, Number.isInteger(v) || v >= 100 ? 0 : 1, lang)}${unit}`;
}

/** Decimals that tell ticks `step` apart. */
export const tickDecimals = (ticks: number[]) => (ticks.length > 1 ? Math.max(0, Math.ceil(-Math.log10(Math.abs(ticks[1] - ticks[0])) - 1e-9)) : 2);

/** The scores' extent with a little room, best at the top in either direction. */
export function scoreScale(scores: number[], lower: boolean) {
  const pad = (Math.max(...scores) - Math.min(...scores)) * 0.1 || 0.01;
  const [s0, s1] = [Math.min(...scores) - pad, Math.max(...scores) + pad];
  return linearScale(lower ? [s1, s0] : [s0, s1], [XY_HEIGHT - M.bottom, M.top], 5);
}

/** The frontier's models in the caption: all of a few; of many, the ends (the hidden table lists every one). */
function frontierText(names: string[], t: ChartLabels, lang: string): string {
  return names.length <= FRONTIER_NAMED ? names.join(', ') : t.frontierMany(names.slice(0, 3).join(', '), names.slice(-3).join(', '), formatNumber(names.length, 0, lang));
}
const FRONTIER_NAMED = 8;

/** What a trade-off chart puts across: model size (a card's one stated count) or a metric the runs report (cost). */
interface Axis {
  /** "parameters", "Cost (USD)". */
  name: string;
  /** "size", "cost": the frontier is the best score for it. */
  noun: string;
  /** A row's place on the axis, or why it has none. */
  read(row: RankedRow): number | string;
  text(value: number): string;
}

function sizeAxis(lang: string, t: ChartLabels): Axis {
  return {
    name: t.parameters,
    noun: t.sizeNoun,
    read: (row) => {
      const counts = (row.model.card?.parameters ?? []).filter((n) => typeof n === 'number' && n > 0);
      if (counts.length === 1) return counts[0];
      return counts.length === 0 ? t.noSize : t.sizesNotSaid(row.model.card?.params ?? counts.join(', '));
    },
    text: (v) => sizeText(v, lang),
  };
}

function metricAxis(metric: MetricRef, lang: string, t: ChartLabels): Axis {
  const unit = metric.definition.unit ? ` ${metric.definition.unit}` : '';
  return {
    name: metric.definition.name || metric.id,
    noun: metric.id.replace(/_usd$/, ''),
    read: (row) => {
      const value = pointValue(row.result.metrics[metric.id]);
      if (value === undefined || value === null) return t.noValue(metric.id);
      return value > 0 ? value : t.notAboveZero(metric.id, formatNumber(value, 2, lang));
    },
    text: (v) => `${formatNumber(v, v < 1 ? Math.min(3, Math.ceil(-Math.log10(v))) : 0, lang)}${unit}`,
  };
}

/**
 * A benchmark's score against model size, or against `xMetric` (a metric its runs report, such as
 * the cost of a run), on a log axis, with the Pareto frontier: the best score for the size or cost.
 */
export function buildTradeoff(ranking: BenchmarkRanking, width: number, lang: string, t: ChartLabels, xMetric?: MetricRef): XYChart | null {
  const metric = ranking.primary;
  if (!metric || ranking.rows.length === 0) return null;
  const axis = xMetric ? metricAxis(xMetric, lang, t) : sizeAxis(lang, t);
  const placed: Array<{ row: RankedRow; size: number }> = [];
  const unplaced: string[] = [];
  for (const row of ranking.rows) {
    const at = axis.read(row);
    if (typeof at === 'number') placed.push({ row, size: at });
    else unplaced.push(`${row.model.name} (${at})`);
  }
  const lower = metric.definition.direction === 'lower';
  const n = (v: number) => formatNumber(v, ranking.decimals, lang);
  const logs = placed.map((p) => Math.log10(p.size));
  const lo = Math.floor(Math.min(...logs, xMetric ? Infinity : 9) - 0.25);
  const hi = Math.ceil(Math.max(...logs, lo + 1) + 0.25);
  const x = (size: number) => M.left + ((Math.log10(size) - lo) / (hi - lo || 1)) * (width - M.left - M.right);
  const y = scoreScale(placed.length > 0 ? placed.map((p) => p.row.score) : [0, 1], lower);
  const onFrontier = new Set(paretoFrontier(placed.map((p) => ({ size: p.size, score: p.row.score })), lower));
  // Models whose place on the frontier (on it or off it) their score's interval could change.
  const doubt = frontierDoubt(placed.map((p) => ({ size: p.size, score: p.row.score, interval: p.row.interval })), lower);
  const points = placed.map((p, i) => ({ ...p, frontier: onFrontier.has(i), doubtful: doubt.has(i) })).sort((a, b) => a.size - b.size || a.row.rank - b.row.rank);
  const doubtful = points.filter((p) => p.doubtful).length;
  const noise = (p: { frontier: boolean; doubtful: boolean }) => (p.doubtful ? t.withinNoise(p.frontier ? t.onFrontier : t.offFrontier) : p.frontier ? t.onFrontier : '');
  const count = (v: number) => formatNumber(v, 0, lang);
  const front = points.filter((p) => p.frontier);
  const yTicks = y.ticks(5);
  const xTicks: XYChart['xTicks'] = [];
  if (placed.length > 0) for (let e = lo; e <= hi; e++) xTicks.push({ at: x(10 ** e), label: axis.text(10 ** e) });
  // The frontier: from each of its models across to the next size, then up to its score.
  const line = front.map((p, i) => `${i === 0 ? 'M' : 'H'}${x(p.size)}${i === 0 ? ` ${y(p.row.score)}` : ` V${y(p.row.score)}`}`).join(' ') + (front.length > 0 ? ` H${width - M.right}` : '');
  const per = axis.name;
  const b = ranking.benchmark.name;
  return {
    width,
    name: t.against(metric.id, axis.name, b),
    caption:
      placed.length === 0
        ? t.noneSized(b, xMetric ? axis.name : null)
        : t.frontierCaption(metric.id, axis.noun, b, count(placed.length), count(ranking.rows.length), frontierText(front.map((p) => `${p.row.model.name} (${axis.text(p.size)}, ${n(p.row.score)})`), t, lang)) +
          (doubtful > 0 ? ` ${t.frontierDoubt(count(doubtful), doubtful)}` : ''),
    xTicks,
    yTicks: yTicks.map((v) => ({ at: y(v), label: formatNumber(v, tickDecimals(yTicks), lang) })),
    xLabel: t.logScale(axis.name),
    yLabel: t.yBetter(metric.id, lower),
    line,
    points: points.map((p) => ({
      x: x(p.size),
      y: y(p.row.score),
      label: `${p.row.model.name}: ${metric.id} ${n(p.row.score)}, ${axis.text(p.size)} ${per}, ${t.rankN(p.row.rank)}${noise(p) ? `, ${noise(p)}` : ''}`,
      title: p.row.model.name,
      detail: `${metric.id} ${n(p.row.score)} · ${axis.text(p.size)} ${per} · ${t.rankN(p.row.rank)}${noise(p) ? ` · ${noise(p)}` : ''}`,
      marked: p.frontier,
      doubtful: p.doubtful,
      leader: p.row.rank === 1,
    })),
    note: unplaced.length > 0 ? t.notPlaced(unplaced.join('; ')) : null,
    table: {
      caption: t.frontierTable(metric.id, axis.noun, b),
      columns: [t.model, xMetric ? axis.name : t.parametersColumn, metric.id, t.rank],
      rows: front.map((p) => [p.row.model.name, axis.text(p.size), n(p.row.score), String(p.row.rank)]),
    },
  };
}
