// The page build's entry (web.ts) starts fetching the feeds its page names (`src` of the hubs and
// tables already in the document) before the elements' code arrives: the feeds and the code come
// over the network together, not one after the other. The feed controller takes the response
// (controllers/feed-controller.ts) through a global key, not a shared module: this code is part of
// the entry file itself, so nothing is fetched before it runs.
const KEY = Symbol.for('fm-leaderboard.early-feeds');

/**
 * What an early fetch gives the element that takes it: the response's status and its text, read
 * once, as it arrives (this code looks into it for an index of shards, and hands over the index
 * it parsed, so that the element does not read or parse it again).
 */
export interface EarlyResponse {
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
  /** The text as parsed here, when this code parsed it (to see an index of shards): not parsed twice. */
  data?: unknown;
}

/** Early fetches by URL; the feed controller sets one to `null` when it takes it. */
export type EarlyFeeds = Map<string, Promise<EarlyResponse> | null>;

/** Fetches `url`, reading its text as soon as it answers (a failure is the element's to report, when it takes the response). */
function fetchReading(url: string): Promise<EarlyResponse> {
  const response = fetch(url, { headers: { accept: 'application/json' } }).then((r): EarlyResponse => {
    if (!r.ok) return r;
    const text = r.text();
    text.catch(() => undefined);
    return { ok: r.ok, status: r.status, statusText: r.statusText, text: () => text };
  });
  response.catch(() => undefined);
  return response;
}

export function startFeeds(doc: Document): void {
  const early = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as EarlyFeeds;
  for (const element of doc.querySelectorAll('fm-leaderboard[src], fm-leaderboard-table[src]')) {
    const url = new URL(element.getAttribute('src')!, doc.baseURI).href;
    if (early.has(url)) continue;
    const response = fetchReading(url);
    early.set(url, response);
    startShard(element, url, response, early);
  }
}

/**
 * The files of the suite view (a feed of suites is shown through it) and of the shard reader,
 * beside this entry: written in by the page build (vite.config.ts, importTogether); none elsewhere.
 */
const SUITE_VIEW_FILES = 'fm-suite-view-files';
let suiteViewPreloaded = false;

/**
 * Asks for the suite view's code as soon as an index of shards is seen, rather than once the
 * index is checked by code that comes later: fetched and compiled while the rest arrives, run
 * only when imported. A hint: where it is not followed, the import fetches them.
 */
function preloadSuiteView(): void {
  if (suiteViewPreloaded) return; // once, however many elements are given an index
  suiteViewPreloaded = true;
  for (const file of SUITE_VIEW_FILES.split(',')) {
    if (!file.endsWith('.js')) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/** An index of shards is small; a feed in one file past this is not parsed twice to find out. */
const INDEX_MAX = 2_000_000;

/**
 * When the feed is an index of shards, the shard the element shows first (its `suite`, the URL's
 * under `sync-url`, its `benchmark`'s, else the first benchmark's) is fetched as soon as the index
 * arrives, on the index's own origin, while the code that checks and shows them is still coming.
 * The feed controller does the same later for elements added afterwards; whoever asks first, the
 * shard is fetched once.
 */
function startShard(element: Element, url: string, response: Promise<EarlyResponse>, early: EarlyFeeds): void {
  response
    .then(async (r) => {
      if (!r.ok) return;
      const text = await r.text();
      if (text.length > INDEX_MAX || !text.includes('"shards"')) return;
      const index = JSON.parse(text) as { shards?: Array<{ suite?: unknown; url?: unknown }>; benchmarks?: Array<{ id?: unknown; suite?: unknown }> };
      r.data = index;
      if (!Array.isArray(index.shards) || !Array.isArray(index.benchmarks)) return;
      preloadSuiteView();
      const fromUrl = element.hasAttribute('sync-url') ? new URLSearchParams(location.search).get('fm-suite') : null;
      const benchmark = element.getAttribute('benchmark');
      const suite = element.getAttribute('suite') ?? fromUrl ?? (index.benchmarks.find((b) => b?.id === benchmark) ?? index.benchmarks[0])?.suite;
      const ref = index.shards.find((s) => s?.suite === suite);
      if (typeof ref?.url !== 'string') return;
      const shard = new URL(ref.url, url);
      if (shard.origin !== new URL(url).origin || !/^https?:$/.test(shard.protocol) || early.has(shard.href)) return;
      early.set(shard.href, fetchReading(shard.href));
    })
    .catch(() => undefined); // not an index, or not JSON: the element says so when it reads it
}
