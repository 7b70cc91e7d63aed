import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildHub, formatProblem, loadFeed, parseFeedText, type DroppedResult, type Hub } from '../core/index.js';

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'error'; title: string; details: string[] }
  | { status: 'ready'; hub: Hub; dropped: DroppedResult[]; warnings: number; baseUrl: string };

export interface FeedSource {
  /** URL of a feed to fetch. */
  src?: string | null;
  /** A feed object (parsed JSON); wins over `src`. */
  feed?: unknown;
  /** An already indexed feed, e.g. from <fm-leaderboard>; wins over both. */
  hub?: Hub | null;
}

/** Feeds larger than this are refused with a message (a page's safety net, configurable). */
export const DEFAULT_MAX_FEED_BYTES = 20 * 1024 * 1024;
const SHOWN_PROBLEMS = 5;

/**
 * Turns `src` / `feed` / `hub` into a ranked-ready hub or a visible error. A new source aborts
 * the fetch in flight, and a late response of an older one is ignored, so stale data never shows.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'idle' };
  maxBytes = DEFAULT_MAX_FEED_BYTES;
  private request = 0;
  private abort: AbortController | null = null;
  private lastFeed: unknown = undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Call from the host's willUpdate when a source property changed. */
  set({ src, feed, hub }: FeedSource): void {
    this.cancel();
    if (hub) return this.settle({ status: 'ready', hub, dropped: [], warnings: 0, baseUrl: document.baseURI });
    if (feed !== undefined && feed !== null) {
      if (feed === this.lastFeed && this.state.status !== 'idle') return; // same object: keep the work done
      this.lastFeed = feed;
      return this.settle(this.fromData(feed, 'the feed property', document.baseURI));
    }
    this.lastFeed = undefined;
    if (!src) return this.settle({ status: 'idle' });
    void this.fetch(src);
  }

  private cancel(): void {
    this.request++;
    this.abort?.abort();
    this.abort = null;
  }

  private settle(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async fetch(src: string): Promise<void> {
    const request = this.request;
    const abort = (this.abort = new AbortController());
    const url = new URL(src, document.baseURI).href;
    this.settle({ status: 'loading', url: src });
    let next: FeedState;
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        next = error(`Could not load ${src}`, [`The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`]);
      } else {
        const text = await response.text();
        next =
          text.length > this.maxBytes
            ? error(`${src} is too large`, [`It has ${text.length.toLocaleString('en')} characters; the limit is ${this.maxBytes.toLocaleString('en')}.`])
            : this.fromText(text, src, url);
      }
    } catch (e) {
      if (request !== this.request) return; // superseded: the newer source decides
      next = error(`Could not load ${src}`, [`${(e as Error).message || 'The request failed'} (offline, blocked by CORS, or the connection was cut).`]);
    }
    if (request === this.request) this.settle(next);
  }

  private fromText(text: string, name: string, baseUrl: string): FeedState {
    const parsed = parseFeedText(text);
    return parsed.ok ? this.fromData(parsed.data, name, baseUrl) : error(`${name} is not a feed`, [`It is ${parsed.message}.`]);
  }

  private fromData(data: unknown, name: string, baseUrl: string): FeedState {
    const loaded = loadFeed(data);
    if (!loaded.feed) {
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      const details = errors.slice(0, SHOWN_PROBLEMS).map(formatProblem);
      if (errors.length > SHOWN_PROBLEMS) details.push(`…and ${errors.length - SHOWN_PROBLEMS} more problems.`);
      return error(`${name} is not a valid leaderboard feed`, details);
    }
    const warnings = loaded.problems.filter((p) => p.severity === 'warning').length;
    return { status: 'ready', hub: buildHub(loaded.feed), dropped: loaded.dropped, warnings, baseUrl };
  }
}

function error(title: string, details: string[]): FeedState {
  return { status: 'error', title, details };
}
