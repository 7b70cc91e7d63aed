/**
 * A ResizeObserver that delivers each frame's entries in the next animation frame.
 *
 * An element that changes its own size in answer to a resize (a chart growing taller when it
 * gets narrower) makes the browser report "ResizeObserver
 * loop completed with undelivered notifications" as an error event on the page's window, which
 * error monitors on the embedding page record. Delivering a frame later breaks that loop.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => this.flush());
    });
  }

  private flush(): void {
    this.frame = 0;
    const entries = this.pending;
    this.pending = [];
    if (entries.length > 0) this.callback(entries, this);
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
    this.pending = this.pending.filter((e) => e.target !== target);
  }

  disconnect(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
  }
}
