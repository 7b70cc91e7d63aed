// When the hub draws each benchmark's section, and how much of it: a large feed draws its
// sections in batches, one batch a task, so that the page answers in between, and windows its
// tables, so that what the hub costs follows the viewport, not the feed (measured in npm run bench).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BenchmarkRanking } from '../../core/index.js';

/** Rows drawn in one task; a section counts its table's rows (or WINDOWED_COST when windowed). */
const ROWS_PER_TASK = 300;
/** About what a windowed section costs, in rows, whatever its size: the rows in view and a chart. */
const WINDOWED_COST = 150;
/**
 * Up to this many rows in all its benchmark tables together, the hub draws every row (which finds
 * and prints); past it, each table of more than WINDOW_FROM rows is windowed.
 */
const HUB_ROWS_IN_FULL = 250;
/** About the rows a windowed table draws for its viewport: a table this short costs no more drawn in full. */
const WINDOW_FROM = 30;

export class SectionSchedule implements ReactiveController {
  /** Benchmark ids in page order, and each one's place in it. */
  private order: string[] = [];
  private place = new Map<string, number>();
  private rowsOf: (id: string) => number = () => 0;
  /** How many sections (in page order) are drawn; the rest show their heading. */
  private drawn = 0;
  /** Sections drawn out of turn (a fragment link to them). */
  private readonly forced = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Row count past which the hub's tables are windowed; undefined: the table's own default. */
  windowFrom: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** A new feed: `order` is the sections' page order; `later` draws none in this task. */
  reset(order: string[], byId: Map<string, BenchmarkRanking>, later: boolean): void {
    this.order = order;
    this.place = new Map(order.map((id, i) => [id, i]));
    this.rowsOf = (id) => byId.get(id)!.rows.length;
    const rows = order.reduce((sum, id) => sum + this.rowsOf(id), 0);
    this.windowFrom = rows > HUB_ROWS_IN_FULL ? WINDOW_FROM : undefined;
    this.forced.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.drawn = later ? 0 : this.batchEnd(0);
  }

  get complete(): boolean {
    return this.drawn >= this.order.length;
  }

  isPending(id: string): boolean {
    return (this.place.get(id) ?? 0) >= this.drawn && !this.forced.has(id);
  }

  /** Draws `id` in the next render, out of turn; false if it is drawn already. */
  force(id: string): boolean {
    if (!this.isPending(id)) return false;
    this.forced.add(id);
    this.host.requestUpdate();
    return true;
  }

  hostConnected(): void {
    if (!this.complete) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostUpdated(): void {
    // The next batch in a task of its own, after the browser has painted this one.
    if (this.complete || this.timer !== undefined || !this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drawn = this.batchEnd(this.drawn);
      this.host.requestUpdate();
    });
  }

  /** Where the batch that starts at `from` ends: about ROWS_PER_TASK rows, at least one section. */
  private batchEnd(from: number): number {
    let rows = 0;
    let end = from;
    while (end < this.order.length) {
      const n = this.rowsOf(this.order[end]);
      rows += n > (this.windowFrom ?? Infinity) ? WINDOWED_COST : n;
      if (end > from && rows > ROWS_PER_TASK) break;
      end++;
    }
    return end;
  }
}
