// kind="probes": the robustness probes of a benchmark's ranked runs: for each probe
// (dropout, noise…), each model's metric against the perturbation level, one curve per model and
// series, the mean with a ±std band where the run gives one, the grid's unit on the axis.
import { linearScale, type BenchmarkRanking, type Probe } from '../../core/index.js';
import type { ChartLabels } from '../../i18n/chart-messages.js';
import { formatNumber } from '../../internal/format.js';
import { scoreScale, tickDecimals } from './tradeoff.js';
import { XY_MARGIN as M, type XYChart, type XYPoint } from './xy-chart.js';

/** Room on the right for each curve's label, and the longest model name it shows (the full name is in the point's name and the table). */
const LABELS = 170;
const LABEL_CHARS = 16;
/** Models whose curves a probe chart draws, best-ranked first. */
export const PROBE_MODELS = 10;
const short = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** One chart per probe the benchmark's ranked runs report, in the order first seen. */
export function buildProbes(ranking: BenchmarkRanking, width: number, lang: string, t: ChartLabels): XYChart[] {
  const byProbe = new Map<string, Array<{ model: string; probe: Probe }>>();
  const withProbes = ranking.rows.filter((row) => row.result.probes);
  // A curve per model and series stays readable for a few models: the best-ranked are drawn,
  // and every model's curves are in its details row in the table.
  for (const row of withProbes.slice(0, PROBE_MODELS)) {
    for (const [name, probe] of Object.entries(row.result.probes ?? {})) {
      if (!Array.isArray(probe?.grid) || probe.grid.length === 0) continue;
      byProbe.set(name, [...(byProbe.get(name) ?? []), { model: row.model.name, probe }]);
    }
  }
  const left = withProbes.length - PROBE_MODELS;
  const note = left > 0 ? t.probesDrawn(formatNumber(PROBE_MODELS, 0, lang), formatNumber(left, 0, lang), left) : null;
  return [...byProbe].map(([name, runs]) => ({ ...probeChart(name, runs, width, lang, ranking.benchmark.name, t), note }));
}

function probeChart(name: string, runs: Array<{ model: string; probe: Probe }>, width: number, lang: string, benchmark: string, t: ChartLabels): XYChart {
  const unit = runs.find((r) => r.probe.unit)?.probe.unit;
  const levels = runs.flatMap((r) => r.probe.grid);
  // The table's columns: every level any run measured, in order.
  const allLevels = [...new Set(levels.filter(Number.isFinite))].sort((a, b) => a - b);
  const values = runs.flatMap((r) => Object.values(r.probe.series).flatMap((s) => s.mean.map((m, i) => [m - (s.std?.[i] ?? 0), m + (s.std?.[i] ?? 0)]).flat())).filter(Number.isFinite);
  const x = linearScale([Math.min(...levels), Math.max(...levels)], [M.left, width - M.right - LABELS], 6);
  const y = scoreScale(values.length > 0 ? values : [0, 1], false);
  const n = (v: number) => formatNumber(v, 3, lang);
  const level = (v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : 2, lang)}${unit ? ` ${unit}` : ''}`;
  const curves: NonNullable<XYChart['curves']> = [];
  const points: XYPoint[] = [];
  const rows: string[][] = [];
  for (const { model, probe } of runs) {
    for (const [series, curve] of Object.entries(probe.series)) {
      const at = probe.grid.map((g, i) => [g, curve.mean[i], curve.std?.[i]] as const).filter(([g, m]) => Number.isFinite(g) && Number.isFinite(m));
      if (at.length === 0) continue;
      const d = at.map(([g, m], i) => `${i === 0 ? 'M' : 'L'}${x(g)} ${y(m)}`).join(' ');
      const withStd = at.filter(([, , s]) => typeof s === 'number' && Number.isFinite(s));
      const band =
        withStd.length === at.length
          ? `${at.map(([g, m, s], i) => `${i === 0 ? 'M' : 'L'}${x(g)} ${y(m + s!)}`).join(' ')} ${[...at].reverse().map(([g, m, s]) => `L${x(g)} ${y(m - s!)}`).join(' ')} Z`
          : '';
      // The label goes at the curve's right end, whichever way the grid runs.
      const [endLevel, endMean] = at.reduce((a, b) => (b[0] > a[0] ? b : a));
      curves.push({ d, band, label: `${short(model)} · ${series}`, end: [x(endLevel), y(endMean)], style: curves.length });
      for (const [g, m, s] of at) {
        const spread = typeof s === 'number' ? ` ± ${n(s)}` : '';
        points.push({ x: x(g), y: y(m), label: `${model}, ${series}: ${t.atLevel(`${n(m)}${spread}`, level(g))}`, title: `${model} · ${series}`, detail: t.atLevel(`${n(m)}${spread}`, level(g)), marked: false, leader: false });
      }
      const byLevel = new Map(at.map(([g, m]) => [g, m]));
      rows.push([`${model} · ${series}`, ...allLevels.map((g) => (byLevel.has(g) ? n(byLevel.get(g)!) : '—')), curve.rAUC === undefined ? '—' : n(curve.rAUC)]);
    }
  }
  // Labels of curves that end together are spread apart, a line each.
  const byEnd = [...curves].sort((a, b) => a.end[1] - b.end[1]);
  byEnd.forEach((c, i) => {
    if (i > 0 && c.end[1] - byEnd[i - 1].end[1] < 11) c.end = [c.end[0], byEnd[i - 1].end[1] + 11];
  });
  const xTicks = x.ticks(6);
  const yTicks = y.ticks(5);
  return {
    width,
    name: t.probeName(name, benchmark),
    caption: t.probeCaption(name, benchmark, formatNumber(rows.length, 0, lang), rows.length, runs.map((r) => r.model).join(', '), formatNumber(allLevels.length, 0, lang), unit),
    xTicks: xTicks.map((v) => ({ at: x(v), label: formatNumber(v, tickDecimals(xTicks), lang) })),
    yTicks: yTicks.map((v) => ({ at: y(v), label: formatNumber(v, tickDecimals(yTicks), lang) })),
    xLabel: `${unit ?? t.level} →`,
    yLabel: t.meanScore,
    line: '',
    curves,
    points: points.sort((a, b) => a.x - b.x || a.y - b.y),
    note: null,
    table: { caption: t.probeTable(name), columns: [t.curve, ...allLevels.map(level), 'rAUC'], rows },
  };
}
