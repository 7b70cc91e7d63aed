// Windowing for tables of many rows: only the rows near the viewport are in the DOM. Rows differ
// in height (names wrap, details open), so heights are measured after each render (the first
// one's in the next frame, before it is painted) and remembered per row; rows never rendered
// count at the average measured height.
import type { ReactiveController, ReactiveElement } from 'lit';

/** Pixels of rows rendered beyond each edge of the viewport, so that fast scrolling shows no gap. */
const OVERSCAN = 320;
/** The height assumed for rows until one is measured. */
const FIRST_ESTIMATE = 40;

/** The table's default `virtualize-threshold`: up to this many rows every row is in the DOM. */
export const VIRTUALIZE_FROM = 200;

export interface RowSlice {
  /** Index of the first rendered row. */
  start: number;
  /** Index after the last rendered row. */
  end: number;
  /** Heights, in px, of the rows above and below the rendered ones (the spacers). */
  before: number;
  after: number;
}

/**
 * Keeps the rendered slice of `rows` to what the scroll container shows. The host calls
 * `slice(rows, windowed)` in render, marks the scroll container `data-window` and renders one
 * `data-window-item` element per rendered row (the row and whatever belongs to it), with spacers
 * of `before` and `after` pixels around them. A scroll or a resize asks the host to render again.
 */
export class RowWindow<Row extends object> implements ReactiveController {
  readonly #heights = new WeakMap<Row, number>();
  #measuredTotal = 0;
  #measuredCount = 0;
  #rows: readonly Row[] = [];
  /** Heights by index in `rows`, 0 where not measured yet. */
  #sizes = new Float64Array(0);
  #current: RowSlice = { start: 0, end: 0, before: 0, after: 0 };
  #windowed = false;
  /** Where the first row starts, in px from the top of the scroll container's content. */
  #origin = 0;
  #scroller: HTMLElement | null = null;
  #resizes: ResizeObserver | null = null;
  /** Printed (or print emulated), every row is rendered: a page prints what is in the DOM. */
  readonly #print = matchMedia('print');
  readonly #onPrint = () => this.host.requestUpdate();
  readonly #onScroll = () => {
    if (this.#windowed && !sameSlice(this.#compute(), this.#current)) this.host.requestUpdate();
  };
  /** The first row visible before an update, and its distance from the scroll container's top. */
  #anchor: { rows: readonly Row[]; row: Row; offset: number } | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The rows to render now; call from render with the rows in the order shown. All of them unless `windowed`. */
  slice(rows: readonly Row[], windowed: boolean): RowSlice {
    windowed &&= !this.#print.matches;
    if (rows !== this.#rows) {
      // Other rows or another order (a sort, a search, a pin): show them from the top.
      if (this.#scroller && windowed) this.#scroller.scrollTop = 0;
      this.#rows = rows;
      this.#sizes = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) this.#sizes[i] = this.#heights.get(rows[i]) ?? 0;
    }
    this.#windowed = windowed;
    this.#current = windowed ? this.#compute() : { start: 0, end: rows.length, before: 0, after: 0 };
    return this.#current;
  }

  hostUpdate(): void {
    // Remember where the first visible row is, to keep it in place if rows above change height
    // (not while the first rows wait to be measured: nothing is in place yet).
    if (this.#frame !== 0) return;
    this.#anchor = null;
    if (!this.#scroller || !this.#windowed) return;
    const top = this.#scroller.getBoundingClientRect().top;
    const items = this.#items();
    for (let i = 0; i < items.length; i++) {
      const box = items[i].getBoundingClientRect();
      if (box.bottom > top) {
        const row = this.#rows[this.#current.start + i];
        if (row) this.#anchor = { rows: this.#rows, row, offset: box.top - top };
        return;
      }
    }
  }

  hostUpdated(): void {
    // An update can come after the element left the page: listen to nothing until it is back.
    this.#attach(this.host.isConnected ? this.host.renderRoot.querySelector<HTMLElement>('[data-window]') : null);
    if (!this.#scroller || !this.#windowed) return;
    if (this.#measuredCount > 0) return this.#measure();
    // A table's first rows are measured in the next frame, before it is painted: a page of many
    // tables is then laid out once there, not in this task once per table. Later renders (a
    // scroll, a sort, details opening) are measured at once, so that each is in place before paint.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  }

  /** The frame that measures the last render, until it has (0: none waiting). */
  #frame = 0;

  #measure(): void {
    if (!this.#scroller || !this.#windowed) return;
    const items = this.#items();
    const { start } = this.#current;
    const top = this.#scroller.getBoundingClientRect().top;
    const boxes = items.map((item) => item.getBoundingClientRect());
    boxes.forEach((box, i) => {
      if (start + i < this.#rows.length) this.#remember(start + i, box.height);
    });
    if (boxes.length > 0) this.#origin = boxes[0].top - top - this.#scroller.clientTop + this.#scroller.scrollTop - this.#current.before;
    const anchor = this.#anchor;
    this.#anchor = null;
    // Only while the rows are the same: after a sort or a search the view starts afresh.
    const at = anchor?.rows === this.#rows ? this.#rows.indexOf(anchor.row, start) - start : -1;
    if (anchor && at >= 0 && at < boxes.length) {
      const drift = boxes[at].top - top - anchor.offset;
      if (Math.abs(drift) >= 1) this.#scroller.scrollTop += drift;
    }
    // Measured heights or the viewport may call for other rows: render again (before paint).
    if (!sameSlice(this.#compute(), this.#current)) this.host.requestUpdate();
  }

  hostConnected(): void {
    // Moved in the page: listen to the scroll container again.
    if (this.#rows.length > 0) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#attach(null);
  }

  #items(): HTMLElement[] {
    return this.#scroller ? [...this.#scroller.querySelectorAll<HTMLElement>('[data-window-item]')] : [];
  }

  #attach(scroller: HTMLElement | null): void {
    if (scroller === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#print.removeEventListener('change', this.#onPrint);
    this.#resizes?.disconnect();
    this.#resizes = null;
    this.#scroller = scroller;
    if (scroller) {
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#print.addEventListener('change', this.#onPrint);
      // Windowed, the scroller has a fixed height and the columns fixed widths, so rendering other
      // rows does not resize what is observed, except when print starts: the scroller goes and
      // every row comes. The update waits a frame so that it cannot loop the observer.
      this.#resizes = new ResizeObserver(() => requestAnimationFrame(() => this.#windowed && this.host.requestUpdate()));
      this.#resizes.observe(scroller);
    }
  }

  #remember(index: number, height: number): void {
    const row = this.#rows[index];
    const known = this.#heights.get(row);
    if (known === height || height === 0) return;
    if (known === undefined) this.#measuredCount++;
    this.#measuredTotal += height - (known ?? 0);
    this.#heights.set(row, height);
    this.#sizes[index] = height;
  }

  /** The slice for the scroll container's current position and height. */
  #compute(): RowSlice {
    const estimate = this.#measuredCount > 0 ? this.#measuredTotal / this.#measuredCount : FIRST_ESTIMATE;
    // Before the first render there is no container yet: assume it is at most the window's height.
    const viewport = this.#scroller ? this.#scroller.clientHeight : window.innerHeight;
    const top = this.#scroller ? this.#scroller.scrollTop - this.#origin : 0;
    const sizes = this.#sizes;
    const n = sizes.length;
    let y = 0;
    let i = 0;
    while (i < n && y + (sizes[i] || estimate) <= top - OVERSCAN) y += sizes[i++] || estimate;
    const start = i;
    const before = y;
    while (i < n && y < top + viewport + OVERSCAN) y += sizes[i++] || estimate;
    const end = i;
    let after = 0;
    while (i < n) after += sizes[i++] || estimate;
    return { start, end, before, after };
  }
}

function sameSlice(a: RowSlice, b: RowSlice): boolean {
  return a.start === b.start && a.end === b.end && Math.abs(a.before - b.before) < 1 && Math.abs(a.after - b.after) < 1;
}
