// The table body in two forms: a real <table> (every row in the DOM: prints, copies, finds) and,
// for many rows, an ARIA grid whose rows a RowWindow keeps to what is on screen.
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RankedRow } from '../../core/index.js';
import type { Column, TableContext } from './table-columns.js';
import { renderDetails } from './table-details.js';
import type { RowWindow } from './row-window.js';
import type { SortState } from './table-sort.js';

export interface BodyView {
  ctx: TableContext;
  columns: Column[];
  rows: RankedRow[];
  sort: SortState[];
  open: Set<string>;
  pinned: Set<string>;
  /** Which rows the virtual form renders. */
  window: RowWindow<RankedRow>;
  caption: string;
  onSort: (column: Column, additive: boolean) => void;
  onToggle: (row: RankedRow) => void;
  onPin: (row: RankedRow) => void;
}

/** aria-sort for a column: only the first sort key's header carries it; ranking order = Rank ascending. */
function ariaSort(view: BodyView, column: Column): string | typeof nothing {
  const first = view.sort[0] ?? { column: 'rank', direction: 'ascending' };
  return first.column === column.id ? first.direction : nothing;
}

function sortButton(view: BodyView, column: Column): TemplateResult {
  const index = view.sort.findIndex((k) => k.column === column.id);
  const key = view.sort[index];
  const arrow = key ? (key.direction === 'ascending' ? '▲' : '▼') : '↕';
  return html`<button
    type="button"
    class="sort"
    part="sort-button"
    title=${`${column.description}. Sort by ${column.label}; Shift adds it as a further key.`}
    @click=${(e: MouseEvent) => view.onSort(column, e.shiftKey)}
  >
    ${column.label}<span class="arrow" aria-hidden="true">${arrow}${view.sort.length > 1 && key ? index + 1 : ''}</span>
  </button>`;
}

const detailsId = (row: RankedRow) => `details-${row.model.key.replace(/[^a-z0-9_-]/gi, '_')}`;

/** The first cell's controls: open details, pin to the top. */
function rowControls(view: BodyView, row: RankedRow): TemplateResult {
  const open = view.open.has(row.model.key);
  const pinned = view.pinned.has(row.model.id);
  return html`<button
      type="button"
      class="icon toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId(row)}
      aria-label=${`Details of ${row.model.name}`}
      @click=${() => view.onToggle(row)}
    >
      <span aria-hidden="true">${open ? '▾' : '▸'}</span></button
    ><button
      type="button"
      class="icon pin"
      aria-pressed=${pinned ? 'true' : 'false'}
      aria-label=${`Pin ${row.model.name} to the top`}
      data-model=${row.model.key}
      @click=${() => view.onPin(row)}
    >
      <span aria-hidden="true">📌</span>
    </button>`;
}

/** The model cell: the row's controls, then the name block, which wraps at word boundaries. */
function modelCell(view: BodyView, row: RankedRow, column: Column): TemplateResult {
  return html`<div class="model-cell"><span class="controls">${rowControls(view, row)}</span><span class="model-text">${column.cell(row, view.ctx)}</span></div>`;
}

function cellClass(column: Column): string {
  return `${column.numeric ? 'num' : ''} col-${column.id.replace(/[^a-z0-9]/gi, '-')}`;
}

function rowClass(view: BodyView, row: RankedRow): string {
  return `${row.rank <= 3 ? `podium-${row.rank}` : ''} ${view.pinned.has(row.model.id) ? 'pinned' : ''}`;
}

export function renderPlainTable(view: BodyView): TemplateResult {
  const { columns, rows, ctx } = view;
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${view.caption}>
    <table part="table">
      <caption class="visually-hidden">${view.caption}</caption>
      <thead>
        <tr part="header">
          ${columns.map((c) => html`<th scope="col" class=${cellClass(c)} aria-sort=${ariaSort(view, c)}>${sortButton(view, c)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr part="row" class=${rowClass(view, row)}>
              ${columns.map((c) =>
                c.id === 'model'
                  ? html`<th scope="row" part="cell" class=${cellClass(c)}>${modelCell(view, row, c)}</th>`
                  : html`<td part="cell" class=${cellClass(c)}>${c.cell(row, ctx)}</td>`,
              )}
            </tr>
            ${view.open.has(row.model.key)
              ? html`<tr class="details" id=${detailsId(row)}>
                  <td colspan=${columns.length}>${renderDetails(row, ctx)}</td>
                </tr>`
              : nothing}`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Grid columns for the virtual form, where rows are not table rows and must align by CSS. */
function gridTemplate(columns: Column[]): string {
  return columns.map((c) => (c.id === 'model' ? 'minmax(14rem, 2fr)' : c.id === 'rank' ? '6rem' : c.id === 'tier' ? '9rem' : 'minmax(6.5rem, 1fr)')).join(' ');
}

export function renderVirtualTable(view: BodyView): TemplateResult {
  const { columns, rows, ctx } = view;
  const slice = view.window.slice(rows);
  const shown = rows.slice(slice.start, slice.end);
  // aria-rowindex counts the header (1) and every open details row above.
  const isOpen = (row: RankedRow) => view.open.has(row.model.key);
  let openAbove = 0;
  let openTotal = 0;
  if (view.open.size > 0) {
    rows.forEach((row, i) => {
      if (!isOpen(row)) return;
      openTotal++;
      if (i < slice.start) openAbove++;
    });
  }
  const indexOf: number[] = [];
  let next = slice.start + openAbove + 2;
  for (const row of shown) {
    indexOf.push(next);
    next += isOpen(row) ? 2 : 1;
  }
  const rowCount = rows.length + 1 + openTotal;
  return html`<div
    class="scroll virtual"
    data-window
    part="table"
    role="table"
    aria-label=${view.caption}
    aria-rowcount=${rowCount}
    aria-colcount=${columns.length}
    ${cssProps({ '--_fm-columns': gridTemplate(columns) })}
  >
    <div role="rowgroup" class="vhead">
      <div role="row" part="header" class="vrow" aria-rowindex="1">
        ${columns.map((c) => html`<div role="columnheader" class=${`vcell ${cellClass(c)}`} aria-sort=${ariaSort(view, c)}>${sortButton(view, c)}</div>`)}
      </div>
    </div>
    <div role="rowgroup" class="vbody" data-window-body ${cssProps({ '--_fm-before': `${slice.before}px`, '--_fm-after': `${slice.after}px` })}>
      ${repeat(
        shown,
        // Keyed by position: a scroll keeps each row's DOM (and focus), and a new order (a sort)
        // updates the rows in place instead of building new ones (a third of the re-sort time).
        (_row, i) => slice.start + i,
        (row, i) =>
          html`<div class="vitem" role="presentation">
            <div role="row" part="row" class=${`vrow ${rowClass(view, row)}`} aria-rowindex=${indexOf[i]}>
              ${columns.map(
                (c) =>
                  html`<div role=${c.id === 'model' ? 'rowheader' : 'cell'} part="cell" class=${`vcell ${cellClass(c)}`}>
                    ${c.id === 'model' ? modelCell(view, row, c) : c.cell(row, ctx)}
                  </div>`,
              )}
            </div>
            ${isOpen(row)
              ? html`<div role="row" class="details" aria-rowindex=${indexOf[i] + 1} id=${detailsId(row)}>
                  <div role="cell" aria-colspan=${columns.length}>${renderDetails(row, ctx)}</div>
                </div>`
              : nothing}
          </div>`,
      )}
    </div>
  </div>`;
}
