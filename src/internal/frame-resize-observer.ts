import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

/**
 * A ResizeObserver that delivers each frame's entries in the next animation frame.
 *
 * @lit-labs/virtualizer measures its rows inside a ResizeObserver callback and resizes its host
 * in the same pass; the browser then reports "ResizeObserver loop completed with undelivered
 * notifications" as an error event on the page's window, which error monitors on the host page
 * record. Delivering a frame later breaks that loop; the virtualizer's measurements are
 * unchanged, only a frame later. The virtualizer offers `provideResizeObserver` for this.
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

provideResizeObserver(FrameResizeObserver as unknown as typeof ResizeObserver);
