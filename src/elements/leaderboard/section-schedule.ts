// When the hub draws each benchmark's section, and how much of it. A small hub draws everything
// at once. A large one draws the sections at the top at once and the others as they come near
// the viewport (or are found, linked to, or printed), a batch a task so that the page answers in
// between, and windows its tables: what the hub costs follows the viewport, not the feed
// (measured in npm run bench).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BenchmarkRanking } from '../../core/index.js';
import { afterPaint } from '../../internal/after-paint.js';

/** Rows drawn in one task; a section counts its table's rows (or WINDOWED_COST when windowed). */
const ROWS_PER_TASK = 300;
/** About what a windowed section costs, in rows, whatever its size: the rows in view and a chart. */
const WINDOWED_COST = 150;
/**
 * Up to this many rows in all its benchmark tables together, the hub draws every section and
 * every row at once (which finds and prints natively); past it, each table of more than
 * WINDOW_FROM rows is windowed and sections wait until they come near the viewport.
 */
const HUB_ROWS_IN_FULL = 250;
/** About the rows a windowed table draws for its viewport: a table this short costs no more drawn in full. */
const WINDOW_FROM = 30;
/** How far from the viewport a section is drawn: a screen ahead, so that scrolling finds it drawn. */
const NEAR = '100% 0px';

export class SectionSchedule implements ReactiveController {
  /** Benchmark ids in page order. */
  private order: string[] = [];
  private rowsOf: (id: string) => number = () => 0;
  private readonly drawn = new Set<string>();
  /** Sections due (near the viewport, found, linked to), drawn a batch a task in page order. */
  private readonly due = new Set<string>();
  /** Cancels the next batch, when one is coming. */
  private cancelNext: (() => void) | undefined;
  private near: IntersectionObserver | null = null;
  /** Row count past which the hub's tables are windowed; undefined: the table's own default. */
  windowFrom: number | undefined;
  /**
   * The rows not drawn are added as find-in-page text (find-text.ts) once the sections near the
   * viewport are drawn, in a task of its own: a reader sees the page first.
   */
  findable = false;
  /** Cancels the find-in-page text's coming, when it is on its way. */
  private cancelFind: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode; isConnected: boolean }) {
    host.addController(this);
  }

  /** A new feed: `order` is the sections' page order; `later` draws none in this task. */
  reset(order: string[], byId: Map<string, BenchmarkRanking>, later: boolean): void {
    this.order = order;
    this.rowsOf = (id) => byId.get(id)!.rows.length;
    const rows = order.reduce((sum, id) => sum + this.rowsOf(id), 0);
    const large = rows > HUB_ROWS_IN_FULL;
    this.windowFrom = large ? WINDOW_FROM : undefined;
    this.drawn.clear();
    this.due.clear();
    this.findable = false;
    this.cancelFind?.();
    this.cancelFind = undefined;
    this.near?.disconnect();
    // The top of a large hub is due at once; the rest when it comes near the viewport.
    const first = large ? this.batch(order) : order;
    for (const id of first) (later ? this.due : this.drawn).add(id);
    if (later) this.schedule();
  }

  /** Every section is drawn. */
  get complete(): boolean {
    return this.drawn.size >= this.order.length;
  }

  /** Sections are due and not drawn yet (a batch is coming in a task of its own). */
  get drawing(): boolean {
    return this.due.size > 0;
  }

  isPending(id: string): boolean {
    return !this.drawn.has(id);
  }

  /** Draws `id` in the next render, out of turn; false if it is drawn already. */
  force(id: string): boolean {
    if (this.drawn.has(id)) return false;
    this.drawn.add(id);
    this.due.delete(id);
    this.host.requestUpdate();
    return true;
  }

  /** Draws every section in the next render (for printing). */
  drawAll(): void {
    for (const id of this.order) this.force(id);
  }

  hostConnected(): void {
    // Put back in the page: watch the pending sections again (hostUpdated), and go on drawing.
    if (!this.complete) this.host.requestUpdate();
    if (this.drawing) this.schedule();
  }

  hostDisconnected(): void {
    this.cancelNext?.();
    this.cancelNext = undefined;
    this.cancelFind?.();
    this.cancelFind = undefined;
    this.near?.disconnect();
    this.near = null;
  }

  hostUpdated(): void {
    if (this.order.length > 0 && !this.findable && !this.drawing && this.cancelFind === undefined && this.host.isConnected) {
      this.cancelFind = afterPaint(() => {
        this.findable = true;
        this.host.requestUpdate();
      });
    }
    if (this.complete) return this.near?.disconnect();
    // Watch the pending sections for coming near the viewport (re-observing one is a no-op).
    this.near ??= new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR });
    for (const section of this.host.renderRoot.querySelectorAll('article.benchmark[aria-busy="true"]')) this.near.observe(section);
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.benchmark;
      if (!entry.isIntersecting || !id) continue;
      this.near!.unobserve(entry.target);
      if (!this.drawn.has(id)) this.due.add(id);
    }
    this.schedule();
  }

  /** The next batch of due sections in a task of its own, after the browser has painted. */
  private schedule(): void {
    if (this.cancelNext !== undefined || this.due.size === 0 || !this.host.isConnected) return;
    this.cancelNext = afterPaint(() => {
      this.cancelNext = undefined;
      const next = this.batch(this.order.filter((id) => this.due.has(id)));
      for (const id of next) {
        this.due.delete(id);
        this.drawn.add(id);
      }
      this.host.requestUpdate();
      this.schedule();
    });
  }

  /** The first of `ids` that make about ROWS_PER_TASK rows (at least one section). */
  private batch(ids: string[]): string[] {
    let rows = 0;
    let end = 0;
    while (end < ids.length) {
      const n = this.rowsOf(ids[end]);
      rows += n > (this.windowFrom ?? Infinity) ? WINDOWED_COST : n;
      if (end > 0 && rows > ROWS_PER_TASK) break;
      end++;
    }
    return ids.slice(0, end);
  }
}
