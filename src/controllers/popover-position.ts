// Where a popover's panel goes: positioned by Floating UI (flip and shift at the viewport's
// edges, no taller than the room there, which the panel's CSS reads as --_fm-available-height to
// scroll inside; an arrow), again on any scroll or resize. A chunk of its own (Floating UI is
// 6 kB of gzip): popover-controller.ts loads it when a reader reaches for a trigger.
import { arrow, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

/** Places `panel` beside `trigger` (fixed), and its arrow. */
export async function position(trigger: HTMLElement, panel: HTMLElement, arrowElement: HTMLElement | null, placement: Placement): Promise<void> {
  const { x, y, placement: placed, middlewareData } = await computePosition(trigger, panel, {
    strategy: 'fixed',
    placement,
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
  panel.dataset.placement = placed;
  if (arrowElement && middlewareData.arrow) {
    const side = placed.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
    const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
    const { x: ax, y: ay } = middlewareData.arrow;
    Object.assign(arrowElement.style, { left: ax != null ? `${ax}px` : '', top: ay != null ? `${ay}px` : '', right: '', bottom: '', [opposite]: '-6px' });
  }
}

/**
 * Calls `update` now and whenever the panel may have to move: a scroll anywhere in the page
 * (captured, so scroll boxes count), a resize of the window, the trigger or the panel, or of the
 * page (content above the trigger drawn or removed). Returns the function that stops it.
 * (Floating UI's autoUpdate does this and more, for 650 B gzip of the 60 kB bundle.)
 */
export function follow(trigger: HTMLElement, panel: HTMLElement, update: () => void): () => void {
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
