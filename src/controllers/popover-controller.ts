import { arrow, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    this.stopAutoUpdate = follow(trigger, panel, () => void this.position(trigger, panel));
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
    clearTimeout(this.timer);
    if (!this.open) this.timer = window.setTimeout(() => void this.show(true), HOVER_OPEN_DELAY);
  }

  /** Pointer left the trigger or the panel. */
  hoverEnd(): void {
    clearTimeout(this.timer);
    if (this.open && this.byHover) this.timer = window.setTimeout(() => this.hide(false), HOVER_CLOSE_DELAY);
  }

  private async position(trigger: HTMLElement, panel: HTMLElement): Promise<void> {
    const arrowElement = this.parts.arrow();
    const { x, y, placement, middlewareData } = await computePosition(trigger, panel, {
      strategy: 'fixed',
      placement: this.placement,
      middleware: [
        offset(10),
        flip({ padding: 8 }),
        // A small or zoomed screen: the panel is as tall as the room on its side, and scrolls inside.
        size({ padding: 8, apply: ({ availableHeight, elements }) => elements.floating.style.setProperty('--_fm-available-height', `${Math.max(96, availableHeight)}px`) }),
        shift({ padding: 8 }),
        ...(arrowElement ? [arrow({ element: arrowElement, padding: 6 })] : []),
      ],
    });
    // CSSOM, not style attributes: allowed under a strict Content-Security-Policy.
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    panel.dataset.placement = placement;
    if (arrowElement && middlewareData.arrow) {
      const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
      const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
      const { x: ax, y: ay } = middlewareData.arrow;
      Object.assign(arrowElement.style, { left: ax != null ? `${ax}px` : '', top: ay != null ? `${ay}px` : '', right: '', bottom: '', [opposite]: '-6px' });
    }
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

/**
 * Calls `update` now and whenever the panel may have to move: a scroll anywhere in the page
 * (captured, so scroll boxes count), a resize of the window, the trigger or the panel, or of the
 * page (content above the trigger drawn or removed). Returns the function that stops it.
 * (Floating UI's autoUpdate does this and more, for 650 B gzip of the 60 kB bundle.)
 */
function follow(trigger: HTMLElement, panel: HTMLElement, update: () => void): () => void {
  const options = { capture: true, passive: true };
  const sizes = new ResizeObserver(update);
  for (const element of [trigger, panel, document.documentElement]) sizes.observe(element);
  addEventListener('scroll', update, options);
  addEventListener('resize', update);
  update();
  return () => {
    sizes.disconnect();
    removeEventListener('scroll', update, options);
    removeEventListener('resize', update);
  };
}
