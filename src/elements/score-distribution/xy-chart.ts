// The drawing shared by the two-axis charts (kind="tradeoff", kind="history"): axes with their
// ticks, a step line, the points (one tab stop, arrows move, a tooltip), a caption that says what
// the chart shows, a note for what it leaves out, and a small visually hidden table.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import type { ChartLabels } from '../../i18n/chart-messages.js';
import { formatNumber } from '../../internal/format.js';

export const XY_HEIGHT = 280;
export const XY_MARGIN = { top: 16, right: 20, bottom: 48, left: 56 };
const R = 6;
/** Past this many points a chart draws only the marked ones as points (see summarise). */
export const XY_POINTS = 300;
const CELL = 8;

/**
 * A chart of more than XY_POINTS points keeps as points (reachable by keyboard, named) only the
 * marked ones and the leaders; the others are counted per 8 px square and drawn as squares,
 * darker where more fall. Its cost then follows the plot's area, not the feed: at most one
 * square per 64 px², whatever the number of models or runs.
 */
export function summarise(chart: XYChart, unit: 'model' | 'run', t: ChartLabels, lang: string): XYChart {
  if (chart.points.length <= XY_POINTS) return chart;
  const kept = chart.points.filter((p) => p.marked || p.leader || p.doubtful).slice(0, XY_POINTS);
  const cells = new Map<string, { x: number; y: number; n: number }>();
  for (const p of chart.points) {
    if (p.marked || p.leader || p.doubtful) continue;
    const x = Math.floor(p.x / CELL) * CELL;
    const y = Math.floor(p.y / CELL) * CELL;
    const cell = cells.get(`${x} ${y}`) ?? { x, y, n: 0 };
    cell.n++;
    cells.set(`${x} ${y}`, cell);
  }
  const squares = chart.points.length - kept.length;
  const counted = t.shadedSquares(formatNumber(squares, 0, lang), squares, unit, formatNumber(kept.length, 0, lang));
  return { ...chart, points: kept, cells: [...cells.values()], note: chart.note ? `${counted} ${chart.note}` : counted };
}

export interface XYPoint {
  x: number;
  y: number;
  /** The point's accessible name: everything its tooltip says. */
  label: string;
  /** The tooltip's first line (the model) and the rest. */
  title: string;
  detail: string;
  /** Marked: on the frontier, or a run that set a record. */
  marked: boolean;
  /** On or off the frontier within the noise (its score's interval could change it). */
  doubtful?: boolean;
  leader: boolean;
}

export interface XYChart {
  width: number;
  caption: string;
  /** What the SVG group is called. */
  name: string;
  xTicks: Array<{ at: number; label: string }>;
  yTicks: Array<{ at: number; label: string }>;
  xLabel: string;
  yLabel: string;
  /** The step line's SVG path (the frontier, the record line); empty for none. */
  line: string;
  /** Curves, each with its ±std band and a label at its end (kind="probes"). */
  curves?: Array<{ d: string; band: string; label: string; end: [number, number]; style: number }>;
  points: XYPoint[];
  /** Past XY_POINTS, the points not marked, counted per CELL square (see summarise). */
  cells?: Array<{ x: number; y: number; n: number }>;
  note: string | null;
  table: { caption: string; columns: string[]; rows: string[][] };
}

export interface XYView {
  focus: number;
  tooltip: XYPoint | null;
  onFocus: (index: number) => void;
  onHover: (point: XYPoint | null) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

export function renderXY(chart: XYChart, view: XYView, kind: string): TemplateResult {
  const bottom = XY_HEIGHT - XY_MARGIN.bottom;
  const { left } = XY_MARGIN;
  const right = chart.width - XY_MARGIN.right;
  const tip = view.tooltip;
  return html`<figure part="base" class=${`xy ${kind}`}>
    <figcaption class="summary">${chart.caption}</figcaption>
    ${chart.points.length > 0 || chart.cells
      ? html`<div class="plot">
          <svg part="svg" width=${chart.width} height=${XY_HEIGHT} role="group" aria-label=${chart.name}>
            <g class="axis" aria-hidden="true">
              <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
              <line x1=${left} x2=${left} y1=${XY_MARGIN.top} y2=${bottom}></line>
              ${chart.xTicks.map(
                (t) => svg`<line x1=${t.at} x2=${t.at} y1=${bottom} y2=${bottom + 5}></line>
                  <text x=${t.at} y=${bottom + 18} text-anchor=${t.at > chart.width - 32 ? 'end' : 'middle'}>${t.label}</text>`,
              )}
              ${chart.yTicks.map(
                (t) => svg`<line x1=${left - 5} x2=${left} y1=${t.at} y2=${t.at}></line>
                  <text x=${left - 8} y=${t.at + 4} text-anchor="end">${t.label}</text>`,
              )}
              <text class="better" x=${right} y=${bottom + 36} text-anchor="end">${chart.xLabel}</text>
              <text class="better" x=${left} y=${XY_MARGIN.top - 4}>${chart.yLabel}</text>
            </g>
            ${chart.cells
              ? svg`<g aria-hidden="true">${chart.cells.map(
                  (c) => svg`<rect class="bin" x=${c.x} y=${c.y} width=${CELL} height=${CELL} fill-opacity=${c.n >= 10 ? 1 : c.n >= 3 ? 0.6 : 0.3}></rect>`,
                )}</g>`
              : nothing}
            ${chart.line ? svg`<path class="step-line" d=${chart.line} aria-hidden="true"></path>` : nothing}
            ${(chart.curves ?? []).map(
              (c) => svg`<g class=${`curve curve-${c.style % 4}`} aria-hidden="true">
                ${c.band ? svg`<path class="band" d=${c.band}></path>` : nothing}
                <path class="line" d=${c.d}></path>
                <text x=${c.end[0] + 4} y=${c.end[1] + 4}>${c.label}</text>
              </g>`,
            )}
            ${chart.points.map(
              (p, i) => svg`<circle
                class=${`dot${p.leader ? ' leader' : ''}${p.marked ? ' marked' : ''}${p.doubtful ? ' doubtful' : ''}`}
                cx=${p.x}
                cy=${p.y}
                r=${R}
                role="img"
                aria-label=${p.label}
                tabindex=${i === view.focus ? 0 : -1}
                @focus=${() => view.onFocus(i)}
                @blur=${() => view.onHover(null)}
                @keydown=${view.onKeydown}
                @pointerenter=${() => view.onHover(p)}
                @pointerleave=${() => view.onHover(null)}
              ></circle>`,
            )}
          </svg>
          ${tip
            ? html`<div class="tooltip" part="tooltip" aria-hidden="true" ${cssProps({ left: `${tip.x}px`, top: `${tip.y - R - 4}px` })}>
                <strong>${tip.title}</strong><br />${tip.detail}
              </div>`
            : nothing}
        </div>`
      : nothing}
    ${chart.note ? html`<p class="note">${chart.note}</p>` : nothing}
    <table class="visually-hidden">
      <caption>
        ${chart.table.caption}
      </caption>
      <thead>
        <tr>
          ${chart.table.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${chart.table.rows.map(
          ([head, ...cells]) => html`<tr>
            <th scope="row">${head}</th>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/** The keyboard over a chart's points: arrows step, Home and End jump; null for other keys. */
export function nextFocus(event: KeyboardEvent, current: number, count: number): number | null {
  const next = { ArrowRight: current + 1, ArrowUp: current + 1, ArrowLeft: current - 1, ArrowDown: current - 1, Home: 0, End: count - 1 }[event.key];
  return next === undefined ? null : Math.max(0, Math.min(count - 1, next));
}
