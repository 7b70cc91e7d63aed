// Drawing the chart with lit's svg templates (one renderer; d3 only computes scales and ticks).
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import { formatNumber } from '../../internal/format.js';
import { tierWords } from '../../internal/tier-text.js';
import type { ChartLabels } from '../../i18n/chart-messages.js';
import type { RankedRow } from '../../core/index.js';
import { DOT_RADIUS, MARGIN, SUMMARY, type ChartRow, type Dot } from './chart-model.js';

export interface ChartView {
  lang: string;
  /** The labels in `lang`. */
  t: ChartLabels;
  /** Focusable dot per row (index into `focusOrder(row)`). */
  focus: Map<number, number>;
  tooltip: { row: number; dot: Dot } | null;
  onFocusDot: (row: number, index: number) => void;
  onHover: (row: number, dot: Dot | null) => void;
  onKeydown: (row: number, event: KeyboardEvent) => void;
}

/** The ranked dots of a row, left to right: the keyboard's order. */
export function focusOrder(row: ChartRow): Dot[] {
  return row.dots.filter((d) => d.kind !== 'other-run').sort((a, b) => a.x - b.x || a.row.rank - b.row.rank);
}

const value = (row: ChartRow, v: number, lang: string) => formatNumber(v, row.ranking.decimals, lang);

function dotLabel(row: ChartRow, dot: Dot, lang: string, t: ChartLabels): string {
  const tier = dot.row.tier ? `, ${tierWords(dot.row.tier, t).label}` : '';
  const base = dot.row.model.baseline ? t.baselineMark : '';
  return `${dot.row.model.name}${base}: ${value(row, dot.value, lang)}${tier}, ${t.rankN(dot.row.rank)}`;
}

function axis(row: ChartRow, width: number, lang: string, t: ChartLabels): TemplateResult {
  const y = MARGIN.top + row.height;
  return svg`<g class="axis" aria-hidden="true">
    <line x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y} y2=${y}></line>
    ${row.ticks.map(
      (t) => svg`<line x1=${row.x(t)} x2=${row.x(t)} y1=${y} y2=${y + 5}></line>
        <text x=${row.x(t)} y=${y + 18} text-anchor="middle">${formatNumber(t, row.tickDecimals, lang)}</text>`,
    )}
    <text class="better" x=${width - MARGIN.right} y=${y + 34} text-anchor="end">${t.xBetter(row.ranking.primary!.id, row.ranking.primary!.definition.direction === 'lower')}</text>
  </g>`;
}

function dots(row: ChartRow, rowIndex: number, view: ChartView): TemplateResult {
  const order = focusOrder(row);
  const active = order[view.focus.get(rowIndex) ?? order.length - 1];
  return svg`<g class="dots" transform=${`translate(0 ${MARGIN.top})`}>
    ${row.dots.map((dot) => {
      if (dot.kind === 'other-run') {
        return svg`<circle class="other-run" aria-hidden="true" cx=${dot.x} cy=${dot.y} r=${DOT_RADIUS / 2}></circle>`;
      }
      const index = order.indexOf(dot);
      return svg`<circle
        class=${`dot ${dot.kind}`}
        cx=${dot.x}
        cy=${dot.y}
        r=${dot.kind === 'leader' ? DOT_RADIUS + 1 : DOT_RADIUS}
        role="img"
        aria-label=${dotLabel(row, dot, view.lang, view.t)}
        tabindex=${dot === active ? 0 : -1}
        @focus=${() => view.onFocusDot(rowIndex, index)}
        @blur=${() => view.onHover(rowIndex, null)}
        @pointerenter=${() => view.onHover(rowIndex, dot)}
        @pointerleave=${() => view.onHover(rowIndex, null)}
        @keydown=${(e: KeyboardEvent) => view.onKeydown(rowIndex, e)}
      ></circle>`;
    })}
  </g>`;
}

function bands(row: ChartRow): TemplateResult {
  const height = row.height;
  return svg`<g class="bands" aria-hidden="true">
    ${row.bands.map(
      (b) => svg`<rect class=${`band tier-${b.tier.id}`} x=${b.x0} y=${MARGIN.top} width=${b.x1 - b.x0} height=${height}></rect>
        ${b.x1 - b.x0 > 56 ? svg`<text class="band-label" x=${b.x0 + 4} y=${MARGIN.top - 8}>${b.tier.label}</text>` : nothing}`,
    )}
  </g>`;
}

/** A summary's bars: how many models score at each point of the axis (the numbers are in the hidden table). */
function bins(row: ChartRow): TemplateResult | typeof nothing {
  if (row.bins.length === 0) return nothing;
  const most = Math.max(...row.bins.map((b) => b.count));
  const bottom = MARGIN.top + row.height;
  return svg`<g class="bins" aria-hidden="true">
    ${row.bins.map((b) => {
      const h = Math.max(1, (b.count / most) * (row.height - 4));
      return svg`<rect class="bin" x=${b.x0} y=${bottom - h} width=${b.x1 - b.x0 - 1} height=${h}></rect>`;
    })}
  </g>`;
}

function tooltip(row: ChartRow, view: ChartView, rowIndex: number): TemplateResult | typeof nothing {
  const tip = view.tooltip;
  if (!tip || tip.row !== rowIndex) return nothing;
  const { dot } = tip;
  // Above the whole swarm, not above the dot: dots stacked at the same score stay in sight.
  const position = cssProps({ left: `${dot.x}px`, top: `${MARGIN.top - 4}px` });
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${position}>
    <strong>${dot.row.model.name}</strong>${dot.kind === 'other-run' ? view.t.anotherRun : ''}<br />
    ${row.ranking.primary!.id} ${value(row, dot.value, view.lang)}${dot.row.tier ? html` · ${tierWords(dot.row.tier, view.t).label}` : nothing} · ${view.t.rankN(dot.row.rank)}
  </div>`;
}

/** One benchmark: the SVG (title, description, bands, axis, dots) and its tooltip. */
export function renderRow(row: ChartRow, rowIndex: number, width: number, view: ChartView): TemplateResult {
  const r = row.ranking;
  const primary = r.primary!;
  const leader = r.rows[0];
  const height = MARGIN.top + row.height + MARGIN.bottom;
  const { t } = view;
  const desc = t.scoresDesc(formatNumber(r.rows.length, 0, view.lang), primary.id, primary.definition.direction === 'lower', leader.model.name, value(row, leader.score, view.lang));
  return html`<div class="plot">
    <svg part="svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} role="group" aria-labelledby=${`title-${rowIndex}`} aria-describedby=${`desc-${rowIndex}`}>
      <title id=${`title-${rowIndex}`}>${t.scoresOn(r.benchmark.name)}</title>
      <desc id=${`desc-${rowIndex}`}>${desc}</desc>
      ${bands(row)} ${bins(row)} ${axis(row, width, view.lang, view.t)} ${dots(row, rowIndex, view)}
    </svg>
    ${tooltip(row, view, rowIndex)}
  </div>`;
}

/**
 * The same numbers as a table, for screen readers (visually hidden). Past SUMMARY.listed models it
 * lists the best and the last, then where the rest lie: the score at the best, the median, the
 * last and the places between, so that its size follows the chart, not the feed.
 */
export function renderDataTable(row: ChartRow, lang: string, t: ChartLabels): TemplateResult {
  const r = row.ranking;
  const summary = r.rows.length > SUMMARY.listed;
  const shown = summary ? [...r.rows.slice(0, SUMMARY.leaders), ...r.rows.slice(-SUMMARY.last)] : r.rows;
  const otherRuns = new Map<RankedRow, string[]>();
  for (const d of row.dots) if (d.kind === 'other-run') otherRuns.set(d.row, [...(otherRuns.get(d.row) ?? []), value(row, d.value, lang)]);
  // The tables sit in a visually hidden box: a table ignores width: 1px, and a wide hidden table
  // would widen the page (a phone scrolled sideways).
  return html`<div class="visually-hidden"><table>
    <caption>
      ${t.scoresCaption(r.benchmark.name, r.primary!.id, summary ? { leaders: SUMMARY.leaders, last: SUMMARY.last, models: formatNumber(r.rows.length, 0, lang) } : null)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.rank}</th>
        <th scope="col">${t.model}</th>
        <th scope="col">${r.primary!.id}</th>
        <th scope="col">${t.tier}</th>
        <th scope="col">${t.otherRuns}</th>
      </tr>
    </thead>
    <tbody>
      ${shown.map(
        (x) => html`<tr>
          <td>${x.rank}</td>
          <th scope="row">${x.model.name}${x.model.baseline ? t.baselineMark : ''}</th>
          <td>${value(row, x.score, lang)}</td>
          <td>${x.tier ? tierWords(x.tier, t).label : t.unrated}</td>
          <td>${(otherRuns.get(x) ?? []).join(', ')}</td>
        </tr>`,
      )}
    </tbody>
  </table>
  ${summary ? distributionTable(row, lang, t) : nothing}</div>`;
}

const PLACES: Array<[keyof ChartLabels['places'], number]> = [
  ['best', 0],
  ['top10', 0.1],
  ['top25', 0.25],
  ['median', 0.5],
  ['bottom25', 0.75],
  ['bottom10', 0.9],
  ['last', 1],
];

/** Where every model of a summary lies: the score at each place of the ranking. */
function distributionTable(row: ChartRow, lang: string, t: ChartLabels): TemplateResult {
  const rows = row.ranking.rows;
  return html`<table>
    <caption>
      ${t.spreadCaption(formatNumber(rows.length, 0, lang), row.ranking.primary!.id)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.placeColumn}</th>
        <th scope="col">${t.rank}</th>
        <th scope="col">${row.ranking.primary!.id}</th>
      </tr>
    </thead>
    <tbody>
      ${PLACES.map(([place, share]) => {
        const at = rows[Math.round(share * (rows.length - 1))];
        return html`<tr>
          <th scope="row">${t.places[place]}</th>
          <td>${at.rank}</td>
          <td>${value(row, at.score, lang)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
