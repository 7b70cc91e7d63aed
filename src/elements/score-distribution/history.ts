// kind="history": a benchmark's runs by date, and the record line (the best score so
// far) as a step line; the runs that set a record are marked and named. Direction-aware: for a
// lower-is-better metric, records go down (the axis keeps the best at the top).
import { ticks } from 'd3-array';
import { readMetric, type BenchmarkRanking } from '../../core/index.js';
import type { ChartLabels } from '../../i18n/chart-messages.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { scoreScale, tickDecimals } from './tradeoff.js';
import { XY_MARGIN as M, type XYChart } from './xy-chart.js';

export interface Run {
  model: string;
  time: number;
  date: string;
  value: number;
  record: boolean;
}

/** Every dated run with a value, oldest first, each marked when it beat every earlier one. */
export function runsByDate(ranking: BenchmarkRanking): { runs: Run[]; undated: number } {
  const metric = ranking.primary!;
  const lower = metric.definition.direction === 'lower';
  const runs: Run[] = [];
  let undated = 0;
  for (const row of ranking.rows) {
    for (const result of [row.result, ...row.otherRuns]) {
      const reading = readMetric(result.metrics[metric.id], metric.id);
      if (!('value' in reading)) continue;
      const time = result.date ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(result.date) || result.date.length <= 10 ? result.date : `${result.date}Z`) : NaN;
      if (!Number.isFinite(time)) {
        undated++;
        continue;
      }
      runs.push({ model: row.model.name, time, date: result.date!, value: reading.value, record: false });
    }
  }
  runs.sort((a, b) => a.time - b.time);
  let best: number | null = null;
  for (const run of runs) {
    if (best === null || (lower ? run.value < best : run.value > best)) {
      run.record = true;
      best = run.value;
    }
  }
  return { runs, undated };
}

export function buildHistory(ranking: BenchmarkRanking, width: number, lang: string, t: ChartLabels): XYChart | null {
  const metric = ranking.primary;
  if (!metric || ranking.rows.length === 0) return null;
  const { runs, undated } = runsByDate(ranking);
  const lower = metric.definition.direction === 'lower';
  const n = (v: number) => formatNumber(v, ranking.decimals, lang);
  const day = (time: number) => formatDate(new Date(time).toISOString(), lang);
  const first = runs[0]?.time ?? 0;
  const last = runs.at(-1)?.time ?? 1;
  const pad = (last - first) * 0.05 || 86_400_000;
  const [t0, t1] = [first - pad, last + pad];
  const x = (time: number) => M.left + ((time - t0) / (t1 - t0)) * (width - M.left - M.right);
  const y = scoreScale(runs.length > 0 ? runs.map((r) => r.value) : [0, 1], lower);
  const records = runs.filter((r) => r.record);
  const yTicks = y.ticks(5);
  const line = records.map((r, i) => (i === 0 ? `M${x(r.time)} ${y(r.value)}` : `H${x(r.time)} V${y(r.value)}`)).join(' ') + (records.length > 0 ? ` H${width - M.right}` : '');
  const latest = records.at(-1);
  const count = (v: number) => formatNumber(v, 0, lang);
  const b = ranking.benchmark.name;
  return {
    width,
    name: t.overTime(metric.id, b),
    caption:
      runs.length === 0
        ? t.noneDated(b)
        : t.historyCaption(metric.id, b, count(runs.length), runs.length, day(first), day(last), count(records.length), records.length, n(latest!.value), latest!.model, day(latest!.time)),
    // Ticks labelled by day; a tick whose day the one before it already names is left out.
    xTicks: ticks(t0, t1, Math.max(2, Math.floor(width / 140)))
      .map((t) => ({ at: x(t), label: day(t) }))
      .filter((t, i, all) => i === 0 || t.label !== all[i - 1].label),
    yTicks: yTicks.map((v) => ({ at: y(v), label: formatNumber(v, tickDecimals(yTicks), lang) })),
    xLabel: t.dateAxis,
    yLabel: t.yBetter(metric.id, lower),
    line,
    points: runs.map((r) => ({
      x: x(r.time),
      y: y(r.value),
      label: `${r.model}: ${metric.id} ${n(r.value)}, ${day(r.time)}${r.record ? `, ${t.setRecord}` : ''}`,
      title: r.model,
      detail: `${metric.id} ${n(r.value)} · ${day(r.time)}${r.record ? ` · ${t.setRecord}` : ''}`,
      marked: r.record,
      leader: r === latest,
    })),
    note: undated > 0 ? t.notPlaced(t.undated(count(undated), undated)) : null,
    table: {
      caption: t.recordsOf(metric.id, b),
      columns: [t.dateColumn, t.model, metric.id],
      rows: records.map((r) => [day(r.time), r.model, n(r.value)]),
    },
  };
}
