// npm run bench, "First load": a page with <fm-leaderboard src> loading the page build
// (dist/web/fm-leaderboard.js and its chunks) against the same page loading the one-file bundle
// (dist/fm-leaderboard.bundle.js, every part at once: what every page loaded before the page
// build), on the built-in hub and on 29,700 generated results. Each run is a fresh browser context
// (a cold cache), the two builds alternating; files are served gzipped, as a web server would.
// Measured in the page: the JavaScript fetched before the hub's first table cell (gzip bytes, as
// transferred) and the time from navigation to that cell, on loopback and on a throttled network.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { leaderboardFeed } from './generate-feed.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const BUILDS = {
  'page build': '<script type="module" src="/dist/web/fm-leaderboard.js"></script>',
  'one-file bundle': '<script type="module" src="/dist/fm-leaderboard.bundle.js"></script>',
};
/** A throttled network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (about a slow 4G). */
const THROTTLED = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

// In the page: when the hub's first table cell appears (its overall table's, or a benchmark table's).
const WATCH_FIRST_CELL = `(() => {
  const hub = () => document.querySelector('fm-leaderboard')?.shadowRoot;
  const cell = () => hub()?.querySelector('table tbody td') ?? hub()?.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelector('tbody td');
  const look = () => (cell() ? (window.__firstCell = performance.now()) : requestAnimationFrame(look));
  requestAnimationFrame(look);
})();`;

/** A server of the repository's files, gzipped once each, with the generated feeds and the test pages. */
function serve(root, feeds) {
  const gzipped = new Map();
  const send = (res, type, body) => res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(body);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = path.match(/^\/first-load\/(\d)\/(\w+)\.html$/);
    if (page) {
      const script = Object.values(BUILDS)[Number(page[1])];
      return send(res, 'text/html', gzipSync(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first load</title><link rel="icon" href="data:,">${script}</head><body><fm-leaderboard src="/first-load/${page[2]}.json"></fm-leaderboard></body></html>`));
    }
    const feed = path.match(/^\/first-load\/(\w+)\.json$/);
    if (feed && feeds[feed[1]]) return send(res, 'application/json', feeds[feed[1]]);
    const file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
    send(res, TYPES[extname(file)] ?? 'application/octet-stream', gzipped.get(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** One cold load of `build` (an index of BUILDS) on `feed`: { firstCell ms, bytes of JS before it, files }. */
async function loadOnce(browser, url, build, feed, network) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(WATCH_FIRST_CELL);
  await page.goto(`${url}/first-load/${build}/${feed}.html`);
  await page.waitForFunction(() => window.__firstCell !== undefined, null, { timeout: 120_000, polling: 50 });
  const result = await page.evaluate(() => {
    const js = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime < window.__firstCell);
    return { firstCell: window.__firstCell, bytes: js.reduce((sum, e) => sum + e.encodedBodySize, 0), files: js.length };
  });
  await context.close();
  return result;
}

export async function benchFirstLoad({ browser, root, runs, warm, median, out }) {
  const feeds = {
    builtin: gzipSync(readFileSync(join(root, 'demo/data/hub.feed.json'))),
    large: gzipSync(JSON.stringify(leaderboardFeed(4500))),
  };
  const { server, url } = await serve(root, feeds);
  const ms = (v) => `${Math.round(v)} ms`;
  const kb = (v) => `${(v / 1000).toFixed(1)} kB`;
  out();
  out('## First load: the page build against the one-file bundle');
  out();
  out(
    `A page with \`<fm-leaderboard src>\` and one script: the page build (dist/web/fm-leaderboard.js, which fetches its chunks as parts near the viewport) or the one-file bundle (dist/fm-leaderboard.bundle.js, every part at once, as every page loaded before the page build). Each run is a fresh browser context (a cold cache), the two alternating; files served gzipped. JS before first cell: the JavaScript fetched before the hub's first table cell appeared (gzip bytes as transferred). First cell: navigation → that cell in the DOM. Throttled: ${THROTTLED.downloadThroughput * 8 / 1e6} Mbit/s down, ${THROTTLED.latency} ms round trip. Feeds: the built-in hub (${kb(feeds.builtin.length)} gzip) and ${'29,700'} generated results (${kb(feeds.large.length)} gzip).`,
  );
  out();
  out('| feed | network | page build: JS before first cell | one-file: JS before first cell | page build: first cell | one-file: first cell | page build ÷ one-file (first cell) |');
  out('|---|---|---:|---:|---:|---:|---:|');
  for (const [feed, label] of [['builtin', 'built-in hub (35 results)'], ['large', '29,700 results']]) {
    for (const [network, netLabel] of [[null, 'loopback'], [THROTTLED, 'throttled']]) {
      const page = [];
      const one = [];
      for (let i = 0; i < warm + runs; i++) {
        const p = await loadOnce(browser, url, 0, feed, network);
        const o = await loadOnce(browser, url, 1, feed, network);
        if (i >= warm) page.push(p), one.push(o);
      }
      const m = (list, key) => median(list.map((r) => r[key]));
      out(
        `| ${label} | ${netLabel} | ${kb(m(page, 'bytes'))} in ${m(page, 'files')} files | ${kb(m(one, 'bytes'))} in ${m(one, 'files')} file | ${ms(m(page, 'firstCell'))} | ${ms(m(one, 'firstCell'))} | ${(m(page, 'firstCell') / m(one, 'firstCell')).toFixed(2)}× |`,
      );
    }
  }
  server.close();
}
