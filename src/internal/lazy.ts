// Parts of the page loaded on demand: each is a dynamic import() that the bundler turns into a
// chunk of its own beside the entry (dist/web/), fetched relative to the module that imports it.
// A part is asked for when it comes near the viewport or the reader reaches for its control
// (hover, focus); until it is there, its place shows a note of the same size; if it fails, a
// retry in place (see importPart).
import { elementMessages } from '../i18n/element-messages.js';
import { en } from '../i18n/messages.js';
import { html, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';

interface Host {
  requestUpdate(): void;
}

/** How many times a part's own file has failed (see importPart). */
const failures = new Map<string, number>();

/**
 * The page build's import of a part loaded on demand: vite.config.ts (importTogether) writes each
 * `import()` past the entry as a call of this, with the part's file last and the files it imports
 * before it, all fetched at once. A browser that keeps a failed import failed (as the HTML
 * standard did until 2026, and Chromium up to 150) would never fetch the file again: so a part
 * whose own file failed is asked for under another key, its URL with "#retry-N", the same request.
 * Once loaded it stays under that key (one instance). The files it imports keep their own URLs,
 * as the parts that import them statically ask for them.
 */
export function importPart(base: string, files: string[]): Promise<unknown> {
  const urls = files.map((file) => new URL(file, base).href);
  const part = urls.pop()!;
  const failed = failures.get(part) ?? 0;
  const own = import(/* @vite-ignore */ failed ? `${part}#retry-${failed}` : part).catch((error: unknown) => {
    failures.set(part, failed + 1);
    throw error;
  });
  return Promise.all([...urls.map((url) => import(/* @vite-ignore */ url)), own]).then((modules) => modules[modules.length - 1]);
}
(globalThis as Record<symbol, unknown>)[Symbol.for('fm-leaderboard.import-part')] = importPart;

/** Every chunk by its label, for the placeholders (`data-lazy`) that NearViewport finds. */
const chunks = new Map<string, LazyChunk<unknown>>();

/** A module loaded once, on demand; after a failure the next request tries again. */
export class LazyChunk<T> {
  /** The module once loaded. */
  value: T | undefined;
  /** The last load failed (and no new one is under way). */
  failed = false;
  #promise: Promise<T> | null = null;
  readonly #waiting = new Set<Host>();

  constructor(
    /** What the reader is told is loading: "chart", "comparison". */
    readonly label: string,
    private readonly load: () => Promise<T>,
  ) {
    chunks.set(label, this);
  }

  /** Starts the load if it is not under way or done; resolves with the module. */
  get(): Promise<T> {
    this.#promise ??= this.load().then(
      (module) => {
        this.value = module;
        this.failed = false;
        this.#notify();
        return module;
      },
      (error: unknown) => {
        this.#promise = null;
        this.failed = true;
        this.#notify();
        throw error;
      },
    );
    return this.#promise;
  }

  /** The module if it is here; else starts the load and updates `host` when it ends either way. */
  request(host: Host): T | undefined {
    if (this.value) return this.value;
    this.#waiting.add(host);
    this.get().catch(() => undefined);
    return undefined;
  }

  /**
   * `host` needs the module (its placeholder came near, or the page is idle): it is updated once
   * the module is here, at once if a prefetch brought it after the host drew its placeholder.
   */
  need(host: Host): void {
    if (this.value) host.requestUpdate();
    else this.request(host);
  }

  /** Starts the load without waiting for it (a reader reaching for the control: hover, focus). */
  readonly prefetch = (): void => void this.get().catch(() => undefined);

  #notify(): void {
    for (const host of this.#waiting) host.requestUpdate();
    this.#waiting.clear();
  }
}

/**
 * The place of a part not loaded yet: `height` keeps its room (so nothing below it moves when it
 * comes), a quiet "Loading the chart…" while it loads, a message with a Retry button if it failed.
 * `data-lazy` names the chunk for the host's NearViewport, which starts the load a screen ahead.
 */
export function lazyPlaceholder(chunk: LazyChunk<unknown>, host: Host, height: string): TemplateResult {
  const t = host instanceof Element ? elementMessages(host as Element & Host).t : en;
  const part = t.partNames[chunk.label] ?? chunk.label;
  return html`<div class="lazy" part="lazy" data-lazy=${chunk.label} ${cssProps({ '--_fm-lazy-height': height })}>
    ${chunk.failed
      ? html`<p role="alert">
          ${t.partFailed(part)}
          <button type="button" @click=${() => chunk.request(host)}>${t.retry}</button>
        </p>`
      : html`<p class="muted" aria-busy="true">${t.loadingPart(part)}</p>`}
  </div>`;
}

/** Runs `run` once the page is idle (at the latest after `timeout` ms); a moment later where the browser cannot tell. */
export function whenIdle(run: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 200);
}

/** How far from the viewport a lazy part starts to load: a screen ahead, so that scrolling finds it drawn. */
const AHEAD = '100% 0px';

/**
 * Watches the host's `[data-lazy]` placeholders after each update and, when one comes within a
 * screen of the viewport, loads its chunk and updates the host. Ends with the host.
 */
export class NearViewport {
  #observer: IntersectionObserver | null = null;
  /** Each watched element and the chunk it named (one element may name another chunk later). */
  #seen = new WeakMap<Element, string>();

  constructor(private readonly host: Host & { renderRoot: ParentNode; addController(c: { hostUpdated(): void; hostDisconnected(): void }): void }) {
    host.addController(this);
  }

  hostUpdated(): void {
    for (const element of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-lazy]')) {
      if (this.#seen.get(element) === element.dataset.lazy) continue;
      this.#seen.set(element, element.dataset.lazy!);
      this.#observer ??= new IntersectionObserver((entries) => this.#onIntersect(entries), { rootMargin: AHEAD });
      // Observed anew: an element already observed is told of its intersection again.
      this.#observer.unobserve(element);
      this.#observer.observe(element);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#seen = new WeakMap();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.#observer?.unobserve(entry.target);
      chunks.get((entry.target as HTMLElement).dataset.lazy!)?.need(this.host);
    }
  }
}
