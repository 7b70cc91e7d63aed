// The table of a suite's overall and of a capability index (the suites and index chunks, not the
// hub's first load): one shape, drawn once.
import { html, nothing, type TemplateResult } from 'lit';
import { rankMark } from '../../core/index.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { nameCell, windowedRows } from './leaderboard-overview.js';

/**
 * A table of places (a suite's overall, a capability index): the place with its mark, the model,
 * then numeric cells; its rows windowed past OVERALL_ROWS.
 */
export function placesTable<Entry extends object>(
  window: RowWindow<object>,
  caption: string,
  columns: readonly string[],
  entries: Entry[],
  row: (entry: Entry) => { place: number; name: string; cells: string[] },
): TemplateResult {
  return html`<table part="overall-table" aria-rowcount=${entries.length + 1}>
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>
        ${columns.map((label, i) => html`<th scope="col" class=${i > 1 ? 'num' : nothing}>${label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${windowedRows(window, entries, columns.length, (entry) => {
        const { place, name, cells } = row(entry);
        return html`<td>${place <= 10 ? html`<span class=${place > 3 ? 'mark minor' : 'mark'} aria-hidden="true">${rankMark(place)} </span>` : nothing}${place}</td>
          <th scope="row">${nameCell(name)}</th>
          ${cells.map((cell) => html`<td class="num">${cell}</td>`)}`;
      })}
    </tbody>
  </table>`;
}
