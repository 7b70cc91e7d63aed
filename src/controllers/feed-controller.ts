import type { ReactiveControllerHost } from 'lit';
import { buildHub, formatProblem, hasTranslations, isRelativeReference, loadFeed, parseFeedText, type DroppedResult, type Hub } from '../core/index.js';
import { en, type Messages } from '../i18n/messages.js';
import { resolveLang } from '../internal/format.js';
import type { EarlyFeeds, EarlyResponse } from '../entries/start-feeds.js';

/** An error's title and details in the reader's language (`title` and `details` are the English). */
export type ErrorWords = (t: Messages) => { title: string; details: string[] };

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'error'; title: string; details: string[]; words?: ErrorWords }
  | { status: 'ready'; hub: Hub; dropped: DroppedResult[]; warnings: number; baseUrl: string };

export interface FeedSource {
  /** URL of a feed to fetch. */
  src?: string | null;
  /** A feed object (parsed JSON); wins over `src`. */
  feed?: unknown;
  /** An already indexed feed, e.g. from <fm-leaderboard>; wins over both. */
  hub?: Hub | null;
}

type Localizer = typeof import('../core/text/feed-translations.js');
/** The code that shows a feed's own translations, fetched by the first feed that has some. */
let localizer: Localizer | undefined;
let localizing: Promise<void> | null = null;
/** Whether a hub's feed has translations, worked out once per hub. */
const translatable = new WeakMap<Hub, boolean>();

function hasOwnTranslations(hub: Hub): boolean {
  let known = translatable.get(hub);
  if (known === undefined) translatable.set(hub, (known = hasTranslations(hub.feed)));
  return known;
}

/** Fetches the localizer once; `host` draws again when it is here (a failure is tried again on the next draw). */
function loadLocalizer(host: ReactiveControllerHost): void {
  localizing ??= import('../core/text/feed-translations.js').then(
    (module) => void (localizer = module),
    () => void (localizing = null),
  );
  void localizing.then(() => localizer && host.requestUpdate());
}

/** Feeds larger than this are refused with a message (a page's safety net, configurable). */
export const DEFAULT_MAX_FEED_BYTES = 20 * 1024 * 1024;
const SHOWN_PROBLEMS = 5;

interface SharedLoad {
  state: Promise<FeedState>;
  abort: AbortController;
  /** Elements waiting for it; the last to leave aborts the fetch. */
  users: number;
}
/**
 * Loads in flight, by source: elements with the same `src` on one page (five tables of one feed)
 * share one fetch, parse, validation and index. A load is forgotten once done, so an element
 * added later fetches afresh (from the browser's cache when the server allows).
 */
const loads = new Map<string, SharedLoad>();

/**
 * Turns `src` / `feed` / `hub` into a ranked-ready hub or a visible error. A new source leaves
 * the fetch in flight (stopping it if no other element waits for it), and a late response of an
 * older one is ignored, so stale data never shows. An element taken out of the page while loading
 * keeps waiting: it may be put back, or it was moved.
 */
export class FeedController {
  #state: FeedState = { status: 'idle' };
  /** The last ready state in the reader's language, and what it was made from. */
  #localized: { from: FeedState; lang: string; state: FeedState } | null = null;
  maxBytes = DEFAULT_MAX_FEED_BYTES;
  #request = 0;
  /** Leaves the shared load this element waits for. */
  #leave?: () => void;
  #lastFeed: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with a fetched feed once it is parsed, before it is checked: a hint to start loading what will show it. */
    private readonly parsed?: (data: unknown) => void,
  ) {}

  /**
   * Where the load is; once ready, the hub with the feed's own text (names, descriptions) in the
   * host's language where the feed translates it (the same object while the language stays).
   */
  get state(): FeedState {
    const state = this.#state;
    if (state.status !== 'ready' || !hasOwnTranslations(state.hub)) return state;
    if (!localizer) {
      loadLocalizer(this.host);
      return state; // the feed's own words until the code that translates them is here
    }
    const lang = resolveLang(this.host as unknown as Element);
    if (this.#localized?.from !== state || this.#localized.lang !== lang) {
      const hub = localizer.localizeHub(state.hub, lang);
      this.#localized = { from: state, lang, state: hub === state.hub ? state : { ...state, hub } };
    }
    return this.#localized.state;
  }

  /** Call from the host's willUpdate when a source property changed. */
  set({ src, feed, hub }: FeedSource): void {
    this.#cancel();
    if (hub) return this.#settle({ status: 'ready', hub, dropped: [], warnings: 0, baseUrl: document.baseURI });
    if (feed !== undefined && feed !== null) {
      if (feed === this.#lastFeed && this.#state.status !== 'idle') return; // same object: keep the work done
      this.#lastFeed = feed;
      return this.#settle(fromData(feed, PROPERTY, document.baseURI));
    }
    this.#lastFeed = undefined;
    if (!src) return this.#settle({ status: 'idle' });
    void this.#fetch(src);
  }

  /** What the host will show first: its `suite` (the URL's fm-suite under sync-url), else its `benchmark`'s. */
  #shown(): Shown {
    const host = this.host as ReactiveControllerHost & { suite?: unknown; syncUrl?: unknown; benchmark?: unknown };
    const fromUrl = host.syncUrl === true ? new URLSearchParams(location.search).get('fm-suite') : null;
    const suite = typeof host.suite === 'string' ? host.suite : (fromUrl ?? undefined);
    return { suite, benchmark: typeof host.benchmark === 'string' ? host.benchmark : undefined };
  }

  #cancel(): void {
    this.#request++;
    this.#leave?.();
    this.#leave = undefined;
  }

  #settle(state: FeedState): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  async #fetch(src: string): Promise<void> {
    const request = this.#request;
    const url = new URL(src, document.baseURI).href;
    const key = `${this.maxBytes} ${url}`;
    const abort = new AbortController();
    const load = loads.get(key) ?? { abort, users: 0, state: fetchFeed(src, url, this.maxBytes, abort.signal, this.#shown(), this.parsed) };
    loads.set(key, load);
    const forget = () => loads.get(key) === load && loads.delete(key);
    load.users++;
    this.#leave = () => --load.users > 0 || (load.abort.abort(), forget());
    this.#settle({ status: 'loading', url: src });
    const next = await load.state;
    forget(); // done: an element added later fetches afresh
    if (request !== this.#request) return; // superseded: the newer source decides
    this.#leave = undefined;
    this.#settle(next);
  }
}

/**
 * The response of a fetch of `url` that the page build's entry started before the elements were
 * defined (src/entries/start-feeds.ts), once: a later load fetches afresh. The key stays (as
 * taken), so that an early fetch that comes late does not fetch it a second time.
 */
function takeEarlyFeed(url: string): Promise<EarlyResponse> | undefined {
  const early = (globalThis as Record<symbol, unknown>)[EARLY] as EarlyFeeds | undefined;
  const response = early?.get(url) ?? undefined;
  if (response) early!.set(url, null);
  return response;
}

type Shown = { suite?: string; benchmark?: string };

async function fetchFeed(src: string, url: string, maxBytes: number, signal: AbortSignal, shown: Shown, parsed?: (data: unknown) => void): Promise<FeedState> {
  const fetched = await fetchJson(src, url, maxBytes, signal, { hintSharding: true });
  if (!fetched.ok) return fetched.state;
  startShard(fetched.data, url, shown);
  parsed?.(fetched.data);
  await nextTask(); // parsing and checking a large feed are two tasks, not one long one
  return fromData(fetched.data, src, url);
}

/** A size in an error, digits grouped as in English (an error is said once for every element that shares the load, whatever their languages). */
const count = (n: number) => n.toLocaleString('en');

/** Lets the browser paint and handle input between two long steps. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * An index names its suites' shards: the one shown first (the host's suite, its benchmark's, else
 * the first benchmark's) is fetched at once, while the index is checked and the code that shows
 * it loads; the loader takes the response as the feed controller takes an early feed. Only a
 * relative URL on the index's own origin.
 */
function startShard(data: unknown, indexUrl: string, { suite, benchmark }: Shown): void {
  const { shards, benchmarks } = data as { shards?: unknown; benchmarks?: unknown };
  if (!Array.isArray(shards) || !Array.isArray(benchmarks)) return;
  const of = (b: unknown) => (b as { suite?: unknown } | null)?.suite;
  const wanted = suite ?? of(benchmarks.find((b) => (b as { id?: unknown } | null)?.id === benchmark) ?? benchmarks[0]);
  const ref = shards.find((s) => of(s) === wanted) as { url?: unknown } | undefined;
  if (typeof ref?.url !== 'string' || !isRelativeReference(ref.url)) return;
  fetchEarly(ref.url, indexUrl);
}

/**
 * Starts fetching a shard (`url` relative to the index at `indexUrl`, on its origin, http(s)) for
 * a later `fetchJson` of it to take: its bytes come ahead, its parsing waits until it is used.
 */
export function fetchEarly(relativeUrl: string, indexUrl: string): void {
  const url = new URL(relativeUrl, indexUrl);
  if (url.origin !== new URL(indexUrl).origin || !/^https?:$/.test(url.protocol)) return;
  const early = ((globalThis as Record<symbol, unknown>)[EARLY] ??= new Map()) as EarlyFeeds;
  if (early.has(url.href)) return; // fetched already, or on its way
  const response = fetch(url.href, { headers: { accept: 'application/json' } });
  response.catch(() => undefined); // a failure is the loader's to report
  early.set(url.href, response);
}

const EARLY = Symbol.for('fm-leaderboard.early-feeds');

/**
 * A JSON file fetched and parsed (a feed, or one of its shards), or the visible error that names
 * it: the server's status, a size past `maxBytes` (a guard against hostile input, per file), a
 * syntax error with its line, or a failed request.
 */
export async function fetchJson(
  src: string,
  url: string,
  maxBytes: number,
  signal?: AbortSignal,
  /** `hintSharding`: when it is too large, say how to cut a feed into one file per leaderboard. */
  { hintSharding = false } = {},
): Promise<{ ok: true; data: unknown } | { ok: false; state: Extract<FeedState, { status: 'error' }> }> {
  const fail = (words: ErrorWords) => ({ ok: false as const, state: error(words) as Extract<FeedState, { status: 'error' }> });
  try {
    const response = await (takeEarlyFeed(url) ?? fetch(url, { signal, headers: { accept: 'application/json' } }));
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (!response.ok) return fail((t) => ({ title: t.couldNotLoad(src), details: [t.serverAnswered(status)] }));
    const text = await response.text();
    if (text.length > maxBytes) {
      return fail((t) => ({ title: t.tooLarge(src), details: [t.sizeOverLimit(count(text.length), count(maxBytes)), ...(hintSharding ? [t.shardHint] : [])] }));
    }
    // The page build's entry parsed an index already (to fetch its first shard early).
    const parsed = 'data' in response && response.data !== undefined ? { ok: true as const, data: response.data } : parseFeedText(text);
    return parsed.ok ? { ok: true, data: parsed.data } : fail((t) => ({ title: t.notAFeed(src), details: [t.itIs(parsed.message)] }));
  } catch (e) {
    const message = (e as Error).message;
    return fail((t) => ({ title: t.couldNotLoad(src), details: [t.requestFailed(message)] }));
  }
}

function fromData(data: unknown, name: string, baseUrl: string): FeedState {
  const loaded = loadFeed(data);
  if (!loaded.feed) {
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    const problems = errors.slice(0, SHOWN_PROBLEMS).map(formatProblem);
    const more = errors.length - SHOWN_PROBLEMS;
    return error((t) => ({ title: t.notValidFeed(name === PROPERTY ? t.feedProperty : name), details: more > 0 ? [...problems, t.moreProblems(count(more))] : problems }));
  }
  const warnings = loaded.problems.filter((p) => p.severity === 'warning').length;
  return { status: 'ready', hub: buildHub(loaded.feed), dropped: loaded.dropped, warnings, baseUrl };
}

/** A load's problem in one line, for a message beside other content: "Could not load a.json (HTTP 404 …)". */
export function problemLine(state: Extract<FeedState, { status: 'error' }>, t?: Messages): string {
  const { title, details } = (t && state.words?.(t)) || state;
  return `${title}${details.length > 0 ? ` (${details[0]})` : ''}`;
}

/** The name of a feed given as the `feed` property, in errors. */
const PROPERTY = 'the feed property';

/** An error, in English (`title`, `details`) and in the reader's language (`words`). */
function error(words: ErrorWords): FeedState {
  return { status: 'error', ...words(en), words };
}
