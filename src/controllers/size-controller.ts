import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FrameResizeObserver } from '../internal/frame-resize-observer.js';

/** The host's content width, kept up to date (a frame late, so re-rendering cannot loop). */
export class SizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new FrameResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
