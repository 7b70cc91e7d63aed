// The page build's entry (web.ts) starts fetching the feeds its page names (`src` of the hubs and
// tables already in the document) before the elements' code arrives: the feeds and the code come
// over the network together, not one after the other. The feed controller takes the response
// (controllers/feed-controller.ts) through a global key, not a shared module: this code is part of
// the entry file itself, so nothing is fetched before it runs.
const KEY = Symbol.for('fm-leaderboard.early-feeds');

type EarlyFeeds = Map<string, Promise<Response>>;

export function startFeeds(doc: Document): void {
  const early = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as EarlyFeeds;
  for (const element of doc.querySelectorAll('fm-leaderboard[src], fm-leaderboard-table[src]')) {
    const url = new URL(element.getAttribute('src')!, doc.baseURI).href;
    if (early.has(url)) continue;
    const response = fetch(url, { headers: { accept: 'application/json' } });
    // A failure is the element's to report, when it takes the response.
    response.catch(() => undefined);
    early.set(url, response);
  }
}
