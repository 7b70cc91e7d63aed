// No leaks: 1,000 cycles of creating, attaching, re-feeding and removing each element leave no
// listeners on window or document, no live ResizeObserver, no pending timer or animation frame,
// no open popover, and no heap growth.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Feed } from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

const CYCLES = 1000;

/** Counts what elements could leave behind on the page. */
function instrument() {
  const live = { listeners: 0, observers: 0, timers: new Set<number>() };
  const restore: Array<() => void> = [];
  // EventTarget keeps one registration per (type, listener, capture); count exactly those.
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const registered = new WeakMap<object, Set<string>>();
    const key = (type: string, options?: boolean | EventListenerOptions) => `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        const keys = registered.get(listener) ?? new Set<string>();
        registered.set(listener, keys);
        if (!keys.has(key(type, options))) live.listeners++;
        keys.add(key(type, options));
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener && registered.get(listener)?.delete(key(type, options))) live.listeners--;
      return remove.call(this, type, listener, options);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  // Timers and animation frames still pending (a callback that ran, or was cancelled, is not).
  const timers = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, raf: window.requestAnimationFrame, caf: window.cancelAnimationFrame };
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = timers.setTimeout.call(window, () => {
      live.timers.delete(id);
      if (typeof fn === 'function') fn(...args);
    }, ms) as unknown as number;
    live.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.timers.delete(id);
    timers.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = timers.raf.call(window, (t) => {
      live.timers.delete(-id);
      fn(t);
    });
    live.timers.add(-id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    live.timers.delete(-id);
    timers.caf.call(window, id);
  };
  restore.push(() => Object.assign(window, { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout, requestAnimationFrame: timers.raf, cancelAnimationFrame: timers.caf }));
  const Native = window.ResizeObserver;
  window.ResizeObserver = class extends Native {
    private counted = true;
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      live.observers++;
    }
    override disconnect(): void {
      if (this.counted) live.observers--;
      this.counted = false;
      super.disconnect();
    }
  };
  restore.push(() => (window.ResizeObserver = Native));
  return { live, restore: () => restore.forEach((r) => r()) };
}

const feeds: Feed[] = [
  feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.7 }), run('d', { score: 0.6 })]),
  feed([run('a', { score: 0.5 }), run('e', { score: 0.95 }), run('f', { score: 0.85 })]),
];

const ELEMENTS: Array<[string, (el: HTMLElement) => Promise<void> | void]> = [
  ['fm-leaderboard-table', () => {}],
  ['fm-podium', () => {}],
  ['fm-score-distribution', () => {}],
  ['fm-tier-badge', () => {}],
  ['fm-metric-explainer', async (el) => {
    el.setAttribute('metric', 'score');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (el as unknown as { show(): Promise<void> }).show();
  }],
  ['fm-leaderboard', () => {}],
];

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const gc = () => (window as unknown as { gc?: () => void }).gc?.();

describe(`no leaks over ${CYCLES} cycles`, () => {
  for (const [tag, exercise] of ELEMENTS) {
    it(`<${tag}>: created, attached, re-fed and removed ${CYCLES} times`, async function () {
      this.timeout(120_000);
      const host = document.createElement('div');
      document.body.append(host);
      // Warm up (first-use caches, style sheets), then measure.
      for (let i = 0; i < 20; i++) await cycle(tag, host, exercise, i);
      gc();
      const heapBefore = heap();
      const probe = instrument();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(tag, host, exercise, i);
        await new Promise((r) => setTimeout(r, 50));
        gc();
        expect(probe.live.listeners, 'listeners left on window and document').to.equal(0);
        expect(probe.live.observers, 'ResizeObservers never disconnected').to.equal(0);
        expect(probe.live.timers.size, 'timers and animation frames still pending').to.equal(0);
        expect(document.querySelectorAll(':popover-open').length + host.querySelectorAll('*').length, 'popovers or nodes left').to.equal(0);
        const growth = heap() - heapBefore;
        expect(growth, `heap growth ${(growth / 1e6).toFixed(2)} MB`).to.be.below(8e6);
      } finally {
        probe.restore();
        host.remove();
      }
    });
  }
});

async function cycle(tag: string, host: HTMLElement, exercise: (el: HTMLElement) => Promise<void> | void, i: number): Promise<void> {
  const el = document.createElement(tag) as HTMLElement & { feed?: unknown; updateComplete?: Promise<unknown> };
  if (tag === 'fm-tier-badge') el.setAttribute('score', String((i % 10) / 10));
  else el.feed = feeds[i % 2];
  host.append(el);
  await el.updateComplete;
  await exercise(el);
  if (tag !== 'fm-tier-badge') el.feed = feeds[(i + 1) % 2];
  await el.updateComplete;
  el.remove();
}
