// The matrix chunk: a suite's models × benchmarks, each cell shaded by where the score sits in its
// metric's range, every column sortable, columns the reader can hide, and the average recomputed
// over the columns kept (the Open LLM Leaderboard's "average of visible columns"). Rows past
// OVERALL_ROWS are windowed like the overall table.
import type { SuiteLabels } from '../../render/suite-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { compareText, rankMark, standing, type BenchmarkRanking, type RankedRow, type ResolvedModel } from '../../core/index.js';
import { cssProps } from '../../internal/css-props.js';
import { formatNumber } from '../../internal/format.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { nameCell, scroller, windowedRows } from './leaderboard-overview.js';

export interface MatrixChoice {
  /** Benchmark ids whose columns are hidden. */
  hidden: ReadonlySet<string>;
  /** A benchmark id, 'average' or 'model'; null: by average, best first. */
  sort: { column: string; descending: boolean } | null;
}

export interface MatrixView {
  /** The labels in the hub's language. */
  t: SuiteLabels;
  rankings: BenchmarkRanking[];
  /** The suite's overall when it is one of its benchmarks: its column comes first and is not averaged with its own parts. */
  overallId: string | null;
  lang: string;
  window: RowWindow<object>;
  choice: MatrixChoice;
  onChoice: (choice: MatrixChoice) => void;
}

interface Cell {
  row: RankedRow;
  /** Where the score sits, 0 (worst) to 1 (best): in the metric's range, else between the column's worst and best. */
  position: number;
}

interface MatrixRow {
  model: ResolvedModel;
  cells: Map<string, Cell>;
  /** Over the visible columns the model has: the mean score (one shared scale) or mean position. */
  average: number | null;
  counted: number;
  place: number;
}

const cellsOf = new WeakMap<BenchmarkRanking[], MatrixRow[]>();

/** One row per model with its cell in each benchmark (built once per suite). */
function matrixRows(rankings: BenchmarkRanking[]): MatrixRow[] {
  let rows = cellsOf.get(rankings);
  if (rows) return rows;
  const byModel = new Map<ResolvedModel, MatrixRow>();
  for (const r of rankings) {
    if (!r.primary || r.rows.length === 0) continue;
    const scores = r.rows.map((row) => row.score);
    const [lo, hi] = [Math.min(...scores), Math.max(...scores)];
    const lower = r.primary.definition.direction === 'lower';
    for (const row of r.rows) {
      const spread = hi > lo ? (row.score - lo) / (hi - lo) : 1;
      const position = standing(row.score, r.primary.definition) ?? (lower ? 1 - spread : spread);
      const entry = byModel.get(row.model) ?? { model: row.model, cells: new Map(), average: null, counted: 0, place: 0 };
      entry.cells.set(r.benchmark.id, { row, position: Math.min(Math.max(position, 0), 1) });
      byModel.set(row.model, entry);
    }
  }
  rows = [...byModel.values()];
  cellsOf.set(rankings, rows);
  return rows;
}

/** True when every column's metric has the same range and direction: their scores average as they are. */
function oneScale(columns: BenchmarkRanking[]): boolean {
  const key = (r: BenchmarkRanking) => JSON.stringify([r.primary?.definition.range ?? null, r.primary?.definition.direction]);
  return columns.every((c) => key(c) === key(columns[0]) && c.primary?.definition.range);
}

/** The rows in the order shown, with the average and place over the visible columns. */
function arrange(all: MatrixRow[], columns: BenchmarkRanking[], raw: boolean, choice: MatrixChoice): MatrixRow[] {
  const lowerRaw = raw && columns[0]?.primary?.definition.direction === 'lower';
  for (const row of all) {
    const values = columns.flatMap((c) => {
      const cell = row.cells.get(c.benchmark.id);
      return cell ? [raw ? cell.row.score : cell.position] : [];
    });
    row.counted = values.length;
    row.average = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  // Best average first (more columns first on equal averages); a row with none of the columns last.
  const better = (a: MatrixRow, b: MatrixRow) =>
    (a.average === null ? 1 : 0) - (b.average === null ? 1 : 0) || (lowerRaw ? 1 : -1) * ((a.average ?? 0) - (b.average ?? 0)) || b.counted - a.counted;
  const byAverage = [...all].sort((a, b) => better(a, b) || compareText(a.model.name, b.model.name));
  byAverage.forEach((row, i) => (row.place = i > 0 && better(byAverage[i - 1], row) === 0 ? byAverage[i - 1].place : i + 1));
  const sort = choice.sort;
  if (!sort || sort.column === 'average') return sort && !sort.descending ? byAverage.reverse() : byAverage;
  const sign = sort.descending ? -1 : 1;
  if (sort.column === 'model') return byAverage.sort((a, b) => -sign * compareText(a.model.name, b.model.name));
  // A benchmark column: by position (best first when descending); rows without a score last.
  return byAverage.sort((a, b) => {
    const x = a.cells.get(sort.column)?.position;
    const y = b.cells.get(sort.column)?.position;
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
    return sign * (x - y);
  });
}

function sortButton(view: MatrixView, column: string, label: unknown): TemplateResult {
  const sort = view.choice.sort ?? { column: 'average', descending: true };
  const active = sort.column === column;
  const next = { column, descending: active ? !sort.descending : column !== 'model' };
  return html`<button type="button" class="sort" @click=${() => view.onChoice({ ...view.choice, sort: next })}>${label}<span aria-hidden="true">${active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span></button>`;
}

function ariaSort(view: MatrixView, column: string): 'ascending' | 'descending' | typeof nothing {
  const sort = view.choice.sort ?? { column: 'average', descending: true };
  return sort.column === column ? (sort.descending ? 'descending' : 'ascending') : nothing;
}

function columnChooser(view: MatrixView, all: BenchmarkRanking[], shown: number): TemplateResult {
  const toggle = (id: string, on: boolean) => {
    const hidden = new Set(view.choice.hidden);
    if (on) hidden.delete(id);
    else hidden.add(id);
    view.onChoice({ ...view.choice, hidden });
  };
  return html`<details class="matrix-columns">
    <summary>${view.t.columnsShown(formatNumber(shown, 0, view.lang), formatNumber(all.length, 0, view.lang))}</summary>
    <div class="matrix-column-actions">
      <button type="button" @click=${() => view.onChoice({ ...view.choice, hidden: new Set() })}>${view.t.showAll}</button>
      <button type="button" @click=${() => view.onChoice({ ...view.choice, hidden: new Set(all.map((c) => c.benchmark.id)) })}>${view.t.hideAll}</button>
    </div>
    <ul>
      ${all.map(
        (c) => html`<li><label><input type="checkbox" .checked=${!view.choice.hidden.has(c.benchmark.id)} @change=${(e: Event) => toggle(c.benchmark.id, (e.target as HTMLInputElement).checked)} /> ${c.benchmark.name}</label></li>`,
      )}
    </ul>
  </details>`;
}

export function renderMatrix(view: MatrixView): TemplateResult {
  const all = view.rankings.filter((r) => r.primary && r.rows.length > 0);
  const columns = all.filter((c) => !view.choice.hidden.has(c.benchmark.id));
  columns.sort((a, b) => Number(b.benchmark.id === view.overallId) - Number(a.benchmark.id === view.overallId));
  // The overall is averaged only when it is the one column shown.
  const averaged = columns.length > 1 ? columns.filter((c) => c.benchmark.id !== view.overallId) : columns;
  const raw = oneScale(averaged);
  const rows = arrange(matrixRows(view.rankings), averaged, raw, view.choice);
  const { t } = view;
  const averageLabel = raw ? t.average : t.meanPositionInRange;
  const table = html`<table class="matrix" part="matrix" aria-rowcount=${rows.length + 1}>
    <caption class="visually-hidden">${t.matrixCaption(averageLabel)}</caption>
    <thead>
      <tr>
        <th scope="col">${t.placeColumn}</th>
        <th scope="col" aria-sort=${ariaSort(view, 'model')}>${sortButton(view, 'model', t.model)}</th>
        <th scope="col" class="num" aria-sort=${ariaSort(view, 'average')}>${sortButton(view, 'average', averageLabel)}</th>
        ${columns.map((c) => html`<th scope="col" class="num" aria-sort=${ariaSort(view, c.benchmark.id)}>${sortButton(view, c.benchmark.id, c.benchmark.id === view.overallId ? html`${c.benchmark.name} <span class="muted">${t.overallMark}</span>` : c.benchmark.name)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${windowedRows(view.window, rows, columns.length + 3, (row) => {
        return html`<td>${row.place <= 3 ? html`<span class="mark" aria-hidden="true">${rankMark(row.place)} </span>` : nothing}${row.place}</td>
          <th scope="row">${nameCell(row.model.name)}</th>
          <td class="num">${row.average === null ? '—' : formatNumber(row.average, 3, view.lang)}${row.counted < averaged.length ? html` <span class="muted">(${t.ofCount(formatNumber(row.counted, 0, view.lang), formatNumber(averaged.length, 0, view.lang))})</span>` : nothing}</td>
          ${columns.map((c) => {
            const cell = row.cells.get(c.benchmark.id);
            if (!cell) return html`<td class="num heat-none"><span aria-hidden="true">—</span><span class="visually-hidden">${t.notRun}</span></td>`;
            const digits = c.decimals;
            return html`<td class="num heat" ${cssProps({ '--_fm-heat-level': `${Math.round(cell.position * 100)}%` })}>${formatNumber(cell.row.score, digits, view.lang)}</td>`;
          })}`;
      })}
    </tbody>
  </table>`;
  return html`<div class="matrix-view">
    ${columnChooser(view, all, columns.length)}
    <p class="muted">${t.shading(averageLabel, averaged.length < columns.length, !raw)}</p>
    ${scroller(rows.length, t.modelsByBenchmark, table)}
  </div>`;
}
