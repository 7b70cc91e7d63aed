// kind="tradeoff" (issue 19): a benchmark's score against model size (parameters, log axis), the
// Pareto frontier (best score for the size) drawn as a step line and listed. A model is placed
// only where its size is known: one stated count. Models without one, or with a family of sizes
// and no word on which one ran, are listed under the chart, not dropped and not guessed.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { linearScale, paretoFrontier, type BenchmarkRanking, type RankedRow } from '../../core/index.js';
import { cssProps } from '../../internal/css-props.js';
import { formatNumber } from '../../internal/format.js';

export const TRADEOFF_HEIGHT = 280;
const M = { top: 16, right: 20, bottom: 48, left: 56 };
const R = 6;

export interface TradeoffPoint {
  row: RankedRow;
  size: number;
  x: number;
  y: number;
  frontier: boolean;
}

export interface Tradeoff {
  ranking: BenchmarkRanking;
  width: number;
  /** Placed models, smallest first: the keyboard's order. */
  points: TradeoffPoint[];
  /** Models not placed, with why. */
  unplaced: Array<{ row: RankedRow; why: string }>;
  xTicks: number[];
  yTicks: number[];
  /** Decimals that tell the y ticks apart. */
  yDecimals: number;
  y: (score: number) => number;
  x: (size: number) => number;
}

/** "7B", "350M", "1.6M": a parameter count as cards write it. */
export function sizeText(n: number, lang: string): string {
  const [unit, scale] = n >= 1e12 ? ['T', 1e12] : n >= 1e9 ? ['B', 1e9] : n >= 1e6 ? ['M', 1e6] : n >= 1e3 ? ['K', 1e3] : ['', 1];
  const v = n / (scale as number);
  return `${formatNumber(v, Number.isInteger(v) || v >= 100 ? 0 : 1, lang)}${unit}`;
}

export function buildTradeoff(ranking: BenchmarkRanking, width: number): Tradeoff | null {
  if (!ranking.primary || ranking.rows.length === 0) return null;
  const placed: Array<{ row: RankedRow; size: number }> = [];
  const unplaced: Tradeoff['unplaced'] = [];
  for (const row of ranking.rows) {
    const counts = (row.model.card?.parameters ?? []).filter((n) => typeof n === 'number' && n > 0);
    if (counts.length === 1) placed.push({ row, size: counts[0] });
    else unplaced.push({ row, why: counts.length === 0 ? 'no size stated' : `sizes ${row.model.card?.params ?? counts.join(', ')}: which one ran is not stated` });
  }
  const lower = ranking.primary.definition.direction === 'lower';
  const logs = placed.map((p) => Math.log10(p.size));
  const scores = placed.map((p) => p.row.score);
  const lo = Math.floor(Math.min(...logs, 9) - 0.25);
  const hi = Math.ceil(Math.max(...logs, lo + 1) + 0.25);
  const span = (hi - lo) || 1;
  const x = (size: number) => M.left + ((Math.log10(size) - lo) / span) * (width - M.left - M.right);
  // The scores' extent with a little room, best at the top in either direction.
  const pad = (Math.max(...scores) - Math.min(...scores)) * 0.1 || 0.01;
  const [s0, s1] = [Math.min(...scores) - pad, Math.max(...scores) + pad];
  const yScale = linearScale(lower ? [s1, s0] : [s0, s1], [TRADEOFF_HEIGHT - M.bottom, M.top], 5);
  const frontier = new Set(paretoFrontier(placed.map((p) => ({ size: p.size, score: p.row.score })), lower));
  const points = placed
    .map((p, i) => ({ ...p, x: x(p.size), y: yScale(p.row.score), frontier: frontier.has(i) }))
    .sort((a, b) => a.size - b.size || a.row.rank - b.row.rank);
  const xTicks: number[] = [];
  for (let e = lo; e <= hi; e++) xTicks.push(10 ** e);
  const yTicks = yScale.ticks(5);
  const step = yTicks.length > 1 ? Math.abs(yTicks[1] - yTicks[0]) : 1;
  return { ranking, width, points, unplaced, xTicks, yTicks, yDecimals: Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)), y: yScale, x };
}

export interface TradeoffView {
  lang: string;
  focus: number;
  tooltip: TradeoffPoint | null;
  onFocus: (index: number) => void;
  onHover: (point: TradeoffPoint | null) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function label(t: Tradeoff, p: TradeoffPoint, lang: string): string {
  const metric = t.ranking.primary!;
  return `${p.row.model.name}: ${metric.id} ${formatNumber(p.row.score, metric.definition.decimals ?? 4, lang)}, ${sizeText(p.size, lang)} parameters, rank ${p.row.rank}${p.frontier ? ', on the frontier' : ''}`;
}

export function renderTradeoff(t: Tradeoff, view: TradeoffView): TemplateResult {
  const metric = t.ranking.primary!;
  const decimals = metric.definition.decimals ?? 4;
  const n = (v: number) => formatNumber(v, decimals, view.lang);
  const front = t.points.filter((p) => p.frontier);
  // The record line: from each frontier point across to the next size, then up to its score.
  const path = front.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : `H${p.x} V${p.y}`)).join(' ') + (front.length > 0 ? ` H${t.width - M.right}` : '');
  const bottom = TRADEOFF_HEIGHT - M.bottom;
  const summary =
    t.points.length === 0
      ? `No model on ${t.ranking.benchmark.name} states a single size, so none is placed.`
      : `${metric.id} against size on ${t.ranking.benchmark.name}: ${t.points.length} of ${t.ranking.rows.length} models placed; the frontier (best score for the size) runs through ${front.map((p) => `${p.row.model.name} (${sizeText(p.size, view.lang)}, ${n(p.row.score)})`).join(', ')}.`;
  return html`<figure part="base" class="tradeoff">
    <figcaption class="summary">${summary}</figcaption>
    ${t.points.length > 0
      ? html`<div class="plot">
          <svg part="svg" width=${t.width} height=${TRADEOFF_HEIGHT} role="group" aria-label=${`${metric.id} against parameters, ${t.ranking.benchmark.name}`}>
            <g class="axis" aria-hidden="true">
              <line x1=${M.left} x2=${t.width - M.right} y1=${bottom} y2=${bottom}></line>
              <line x1=${M.left} x2=${M.left} y1=${M.top} y2=${bottom}></line>
              ${t.xTicks.map(
                (v) => svg`<line x1=${t.x(v)} x2=${t.x(v)} y1=${bottom} y2=${bottom + 5}></line>
                  <text x=${t.x(v)} y=${bottom + 18} text-anchor="middle">${sizeText(v, view.lang)}</text>`,
              )}
              ${t.yTicks.map(
                (v) => svg`<line x1=${M.left - 5} x2=${M.left} y1=${t.y(v)} y2=${t.y(v)}></line>
                  <text x=${M.left - 8} y=${t.y(v) + 4} text-anchor="end">${formatNumber(v, t.yDecimals, view.lang)}</text>`,
              )}
              <text class="better" x=${t.width - M.right} y=${bottom + 36} text-anchor="end">parameters (log scale) →</text>
              <text class="better" x=${M.left} y=${M.top - 4}>↑ ${metric.id}, ${metric.definition.direction === 'lower' ? 'lower' : 'higher'} is better</text>
            </g>
            <path class="frontier" d=${path} aria-hidden="true"></path>
            ${t.points.map(
              (p, i) => svg`<circle
                class=${`dot${p.row.rank === 1 ? ' leader' : ''}${p.frontier ? ' on-frontier' : ''}`}
                cx=${p.x}
                cy=${p.y}
                r=${R}
                role="img"
                aria-label=${label(t, p, view.lang)}
                tabindex=${i === view.focus ? 0 : -1}
                @focus=${() => view.onFocus(i)}
                @blur=${() => view.onHover(null)}
                @keydown=${view.onKeydown}
                @pointerenter=${() => view.onHover(p)}
                @pointerleave=${() => view.onHover(null)}
              ></circle>`,
            )}
          </svg>
          ${view.tooltip
            ? html`<div class="tooltip" part="tooltip" aria-hidden="true" ${cssProps({ left: `${view.tooltip.x}px`, top: `${view.tooltip.y - R - 4}px` })}>
                <strong>${view.tooltip.row.model.name}</strong><br />
                ${metric.id} ${n(view.tooltip.row.score)} · ${sizeText(view.tooltip.size, view.lang)} parameters · rank ${view.tooltip.row.rank}${view.tooltip.frontier ? ' · on the frontier' : ''}
              </div>`
            : nothing}
        </div>`
      : nothing}
    ${t.unplaced.length > 0
      ? html`<p class="note">Not placed: ${t.unplaced.map((u, i) => html`${i > 0 ? '; ' : ''}${u.row.model.name} (${u.why})`)}.</p>`
      : nothing}
    <table class="visually-hidden">
      <caption>
        The frontier of ${metric.id} against size on ${t.ranking.benchmark.name}
      </caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Parameters</th>
          <th scope="col">${metric.id}</th>
          <th scope="col">Rank</th>
        </tr>
      </thead>
      <tbody>
        ${front.map(
          (p) => html`<tr>
            <th scope="row">${p.row.model.name}</th>
            <td>${sizeText(p.size, view.lang)}</td>
            <td>${n(p.row.score)}</td>
            <td>${p.row.rank}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
