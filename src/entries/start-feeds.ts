// The page build's entry (web.ts) starts fetching the feeds its page names (`src` of the hubs and
// tables already in the document) before the elements' code arrives: the feeds and the code come
// over the network together, not one after the other. The feed controller takes the response
// (controllers/feed-controller.ts) through a global key, not a shared module: this code is part of
// the entry file itself, so nothing is fetched before it runs.
const KEY = Symbol.for('fm-leaderboard.early-feeds');

/** Early fetches by URL; the feed controller sets one to `null` when it takes it. */
type EarlyFeeds = Map<string, Promise<Response> | null>;

export function startFeeds(doc: Document): void {
  const early = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as EarlyFeeds;
  for (const element of doc.querySelectorAll('fm-leaderboard[src], fm-leaderboard-table[src]')) {
    const url = new URL(element.getAttribute('src')!, doc.baseURI).href;
    if (early.has(url)) continue;
    const response = fetch(url, { headers: { accept: 'application/json' } });
    // A failure is the element's to report, when it takes the response.
    response.catch(() => undefined);
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

/** An index of shards is small; a feed in one file past this is not read twice to find out. */
const INDEX_MAX = 2_000_000;

/**
 * When the feed is an index of shards, the shard the element shows first (its `suite`, the URL's
 * under `sync-url`, its `benchmark`'s, else the first benchmark's) is fetched as soon as the index
 * arrives, on the index's own origin, while the code that checks and shows them is still coming.
 * The feed controller does the same later for elements added afterwards; whoever asks first, the
 * shard is fetched once.
 */
function startShard(element: Element, url: string, response: Promise<Response>, early: EarlyFeeds): void {
  response
    .then(async (r) => {
      if (!r.ok || Number(r.headers.get('content-length') ?? 0) > INDEX_MAX) return;
      const text = await r.clone().text();
      if (text.length > INDEX_MAX || !text.includes('"shards"')) return;
      const index = JSON.parse(text) as { shards?: Array<{ suite?: unknown; url?: unknown }>; benchmarks?: Array<{ id?: unknown; suite?: unknown }> };
      if (!Array.isArray(index.shards) || !Array.isArray(index.benchmarks)) return;
      preloadSuiteView();
      const fromUrl = element.hasAttribute('sync-url') ? new URLSearchParams(location.search).get('fm-suite') : null;
      const benchmark = element.getAttribute('benchmark');
      const suite = element.getAttribute('suite') ?? fromUrl ?? (index.benchmarks.find((b) => b?.id === benchmark) ?? index.benchmarks[0])?.suite;
      const ref = index.shards.find((s) => s?.suite === suite);
      if (typeof ref?.url !== 'string') return;
      const shard = new URL(ref.url, url);
      if (shard.origin !== new URL(url).origin || !/^https?:$/.test(shard.protocol) || early.has(shard.href)) return;
      const fetched = fetch(shard.href, { headers: { accept: 'application/json' } });
      fetched.catch(() => undefined);
      early.set(shard.href, fetched);
    })
    .catch(() => undefined); // not an index, or not JSON: the element says so when it reads it
}
