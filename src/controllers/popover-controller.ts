import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy.js';

/** Floating UI and the code that follows scroll and resize: a chunk of its own, loaded when a reader reaches for a trigger. */
export const positioning = new LazyChunk('popover', () => import('./popover-position.js'));

export interface PopoverParts {
  trigger: () => HTMLElement | null;
  panel: () => HTMLElement | null;
  arrow: () => HTMLElement | null;
}

const HOVER_OPEN_DELAY = 350;
const HOVER_CLOSE_DELAY = 200;

/**
 * A panel anchored to a trigger: opened by click (or hover after a delay), positioned by
 * Floating UI (flip and shift at the viewport's edges, no taller than the room there, which the
 * panel's CSS reads as --_fm-available-height to scroll inside; an arrow), following scroll and resize,
 * shown in the top layer with the Popover API so no overflow or z-index of the page clips it.
 * Escape and a click outside close it; every listener and the position updater stop on close
 * and on disconnect.
 */
export class PopoverController implements ReactiveController {
  open = false;
  /** How it was opened: a hover opening closes when the pointer leaves, a click opening does not. */
  private byHover = false;
  private stopAutoUpdate: (() => void) | null = null;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: PopoverParts,
    private readonly placement: Placement = 'bottom',
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide(false);
  }

  toggle(): void {
    if (this.open && !this.byHover) this.hide(true);
    else void this.show(false);
  }

  async show(byHover: boolean): Promise<void> {
    clearTimeout(this.timer);
    this.byHover = byHover;
    if (this.open) return;
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const panel = this.parts.panel();
    const trigger = this.parts.trigger();
    if (!panel || !trigger || !this.open) return;
    if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
    // Positioned once its chunk is here (a hover or focus on the trigger started it); if it cannot
    // be loaded, the panel still shows its text where the browser puts a popover (mid-screen).
    const place = await positioning.get().catch(() => null);
    if (!place || !this.open) return;
    this.stopAutoUpdate = place.follow(trigger, panel, () => void place.position(trigger, panel, this.parts.arrow(), this.placement));
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    document.addEventListener('keydown', this.onKeydown, true);
    // Move focus in only when there is something to operate inside (links, buttons).
    if (!byHover) panel.querySelector<HTMLElement>('a[href], button, [tabindex]:not([tabindex="-1"])')?.focus();
  }

  /** Closes; `returnFocus` puts focus back on the trigger (after Escape or a toggle). */
  hide(returnFocus: boolean): void {
    clearTimeout(this.timer);
    if (!this.open) return;
    this.open = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    document.removeEventListener('keydown', this.onKeydown, true);
    const panel = this.parts.panel();
    if (panel && typeof panel.hidePopover === 'function' && panel.matches(':popover-open')) panel.hidePopover();
    if (returnFocus) this.parts.trigger()?.focus();
    this.host.requestUpdate();
  }

  /** Pointer entered the trigger or the panel. */
  hoverStart(): void {
    positioning.prefetch();
    clearTimeout(this.timer);
    if (!this.open) this.timer = window.setTimeout(() => void this.show(true), HOVER_OPEN_DELAY);
  }

  /** Pointer left the trigger or the panel. */
  hoverEnd(): void {
    clearTimeout(this.timer);
    if (this.open && this.byHover) this.timer = window.setTimeout(() => this.hide(false), HOVER_CLOSE_DELAY);
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide(false);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // The first Escape closes only this panel, not a dialog the page has around it.
    event.preventDefault();
    event.stopPropagation();
    this.hide(true);
  };
}

