// The table itself: headers with sort buttons, one row per model (windowed when there are many),
// a details row under each opened model.
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RankedRow } from '../../core/index.js';
import { breakable } from '../../internal/breakable.js';
import { rowId, type Column, type TableContext } from './table-columns.js';
import { detailsChunk, rowDetails } from './details-chunk.js';
import type { RowWindow } from './row-window.js';
import type { SortState } from './table-sort.js';

export interface BodyView {
  /** The table: it updates when the details' chunk arrives. */
  host: { requestUpdate(): void };
  ctx: TableContext;
  columns: Column[];
  rows: RankedRow[];
  /** The keys in effect, never empty: the ranking order is Rank ascending (its header shows ▲). */
  sort: readonly SortState[];
  open: Set<string>;
  pinned: Set<string>;
  /** Which rows are rendered, when `windowed`. */
  window: RowWindow<RankedRow>;
  /** Many rows: render only those near the viewport. */
  windowed: boolean;
  caption: string;
  onSort: (column: Column, additive: boolean) => void;
  onToggle: (row: RankedRow) => void;
  onPin: (row: RankedRow) => void;
}

/** aria-sort for a column: only the first sort key's header carries it. */
function ariaSort(view: BodyView, column: Column): string | typeof nothing {
  return view.sort[0].column === column.id ? view.sort[0].direction : nothing;
}

function sortButton(view: BodyView, column: Column): TemplateResult {
  const index = view.sort.findIndex((k) => k.column === column.id);
  const key = view.sort[index];
  const arrow = key ? (key.direction === 'ascending' ? '▲' : '▼') : '↕';
  return html`<button
    type="button"
    class="sort"
    part="sort-button"
    title=${`${column.description}. ${view.ctx.t.shiftAddsKey}`}
    @click=${(e: MouseEvent) => view.onSort(column, e.shiftKey)}
  >
    ${breakable(column.label)}<span class="arrow" aria-hidden="true">${arrow}${view.sort.length > 1 && key ? index + 1 : ''}</span>
  </button>`;
}


/** The first cell's controls: open details, pin to the top. */
function rowControls(view: BodyView, row: RankedRow): TemplateResult {
  const open = view.open.has(row.model.key);
  const pinned = view.pinned.has(row.model.id);
  return html`<button
      type="button"
      class="icon toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${rowId('details', row)}
      aria-label=${view.ctx.t.detailsOf(row.model.name)}
      @click=${() => view.onToggle(row)}
      @pointerenter=${detailsChunk.prefetch}
      @focus=${detailsChunk.prefetch}
    >
      <span aria-hidden="true">${open ? '▾' : '▸'}</span></button
    ><button
      type="button"
      class="icon pin"
      aria-pressed=${pinned ? 'true' : 'false'}
      aria-label=${view.ctx.t.pinToTop(row.model.name)}
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

/** Column widths of a windowed table (table-layout: fixed), so columns do not jump as rows scroll by. */
function colgroup(columns: Column[]): TemplateResult {
  return html`<colgroup>${columns.map((c) => html`<col class=${cellClass(c)} />`)}</colgroup>`;
}

/** An empty row of the given height: stands for the rows above or below the rendered ones. */
function spacer(columns: Column[], height: number): TemplateResult | typeof nothing {
  return height > 0
    ? html`<tbody aria-hidden="true"><tr class="spacer"><td colspan=${columns.length} ${cssProps({ height: `${height}px` })}></td></tr></tbody>`
    : nothing;
}

/**
 * Tab to a header or cell that is scrolled under the sticky Model column, and the browser, which
 * counts it as in view, leaves it there: scroll it out to just beside the column instead.
 */
function revealBesideStickyColumn({ currentTarget, target }: FocusEvent): void {
  // Header buttons and row cells only: the Model column is sticky itself, a details row spans it.
  const cell = (target as Element).closest('[part=header] th:not(.col-model), [part=row] td');
  const scroller = currentTarget as HTMLElement;
  const column = scroller.querySelector('thead .col-model')!.getBoundingClientRect();
  const box = cell?.getBoundingClientRect();
  if (!box || box.left >= column.right || box.right <= column.left) return;
  // Right to left, the column is stuck at the right: the cell goes to its left.
  scroller.scrollLeft += getComputedStyle(scroller).direction === 'rtl' ? box.right - column.left : box.left - column.right;
}

/**
 * One real <table>: caption, sortable headers, a <tbody> per model (its row and its opened
 * details). Up to `view.windowed` rows every row is in the DOM (prints, copies, finds); above,
 * the RowWindow renders the rows near the viewport between two spacers, and aria-rowcount /
 * aria-rowindex tell assistive technology where they are.
 */
export function renderTable(view: BodyView): TemplateResult {
  const { columns, rows, ctx } = view;
  const slice = view.window.slice(rows, view.windowed);
  const shown = slice.start === 0 && slice.end === rows.length ? rows : rows.slice(slice.start, slice.end);
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
  return html`<div
    class=${view.windowed ? 'scroll windowed' : 'scroll'}
    tabindex="0"
    role="region"
    aria-label=${view.caption}
    data-window
    @focusin=${revealBesideStickyColumn}
  >
    <table part="table" aria-rowcount=${rows.length + 1 + openTotal}>
      <caption class="visually-hidden">${view.caption}</caption>
      ${view.windowed ? colgroup(columns) : nothing}
      <thead>
        <tr part="header" aria-rowindex="1">
          ${columns.map((c) => html`<th scope="col" class=${cellClass(c)} aria-sort=${ariaSort(view, c)}>${sortButton(view, c)}</th>`)}
        </tr>
      </thead>
      ${spacer(columns, slice.before)}
      ${repeat(
        shown,
        // Keyed by position: a scroll keeps each row's DOM (and focus), and a new order (a sort)
        // updates the rows in place instead of building new ones (a third of the re-sort time).
        (_row, i) => slice.start + i,
        (row, i) =>
          html`<tbody data-window-item>
            <tr part="row" class=${rowClass(view, row)} aria-rowindex=${indexOf[i]}>
              ${columns.map((c) =>
                c.id === 'model'
                  ? // Named by the model's name alone, not its buttons and links, as a reader moves along the row.
                    html`<th scope="row" part="cell" class=${cellClass(c)} aria-labelledby=${rowId('name', row)}>${modelCell(view, row, c)}</th>`
                  : html`<td part="cell" class=${cellClass(c)}>${c.cell(row, ctx)}</td>`,
              )}
            </tr>
            ${isOpen(row)
              ? html`<tr class="details" aria-rowindex=${indexOf[i] + 1} id=${rowId('details', row)}>
                  <td colspan=${columns.length}>${rowDetails(row, ctx, view.host)}</td>
                </tr>`
              : nothing}
          </tbody>`,
      )}
      ${spacer(columns, slice.after)}
    </table>
  </div>`;
}
