// End to end: the page build (dist/web) copied into a site's js/ folder, used by a page two
// folders below it under a strict Content-Security-Policy, from the module entry and from the
// classic loader. Before the hub's first table cell the page fetches the entry and the chunks it
// imports and nothing else; a chart's chunk is fetched when a chart nears the viewport; a chunk
// that fails shows a retry in place, and the retry works.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyWebBuild, firstLoad, lazyChunks, readManifest } from '../../scripts/lib/web-build.mjs';
import { launch, ROOT } from './e2e-helper.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const manifest = readManifest();
const FIRST_LOAD = firstLoad(manifest, 'fm-leaderboard.js');
const CHART = lazyChunks(manifest).find((c) => c.name === 'score-distribution').file;

/** The site: js/ holds the page build; js/a/b/ the pages, the feed and a stylesheet (no inline styles under the CSP). */
function buildSite() {
  const dir = mkdtempSync(join(tmpdir(), 'fm-chunks-'));
  copyWebBuild(join(dir, 'js'));
  mkdirSync(join(dir, 'js/a/b'), { recursive: true });
  copyFileSync(join(ROOT, 'demo/data/hub.feed.json'), join(dir, 'js/a/b/hub.feed.json'));
  writeFileSync(join(dir, 'favicon.ico'), '');
  // The hub starts two screens down, so that no chart is near the viewport until the reader scrolls.
  writeFileSync(join(dir, 'js/a/b/page.css'), '.above { height: 2400px; }');
  const page = (script) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title><link rel="stylesheet" href="page.css">${script}</head>` +
    `<body><div class="above">Above the hub</div><fm-leaderboard src="hub.feed.json"></fm-leaderboard></body></html>`;
  writeFileSync(join(dir, 'js/a/b/module.html'), page('<script type="module" src="../../fm-leaderboard.js"></script>'));
  writeFileSync(join(dir, 'js/a/b/classic.html'), page('<script src="../../fm-leaderboard.classic.js"></script>'));
  writeFileSync(
    join(dir, 'js/a/b/top.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title><script type="module" src="../../fm-leaderboard.js"></script></head>' +
      '<body><fm-leaderboard src="hub.feed.json"></fm-leaderboard></body></html>',
  );
  return dir;
}

/** A static server that sends every page with the strict CSP. */
function serveStrict(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end('not found');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (file.endsWith('.html')) headers['content-security-policy'] = CSP;
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// In the page: the time the first cell of the hub's first table appears, checked every frame.
const WATCH_FIRST_CELL = `(() => {
  // The hub's first table is its overall table; with sections="benchmarks" or benchmark=…, a benchmark's table.
  const hub = () => document.querySelector('fm-leaderboard')?.shadowRoot;
  const cell = () => hub()?.querySelector('table tbody td') ?? hub()?.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelector('tbody td');
  const look = () => (cell() ? (window.__firstCell = performance.now()) : requestAnimationFrame(look));
  requestAnimationFrame(look);
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;

/** The .js files the page fetched (names relative to js/) before `time`, or all of them. */
const scriptsFetched = (page, time = Infinity) =>
  page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < t)
        .map((e) => new URL(e.name).pathname.replace(/^\/js\//, '')),
    time,
  );

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serveStrict(buildSite());
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function openPage(name, setup) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(WATCH_FIRST_CELL);
  await setup?.(page);
  await page.goto(`${site.url}/js/a/b/${name}`);
  await page.waitForFunction(() => window.__firstCell !== undefined, null, { timeout: 10000 });
  return { page, errors };
}

describe('the page build, two folders below a page, under a strict CSP', () => {
  for (const [name, loader] of [
    ['module.html', []],
    ['classic.html', ['fm-leaderboard.classic.js']],
  ]) {
    it(`${name}: fetches only the first load before the first cell, and a chart's chunk only near the viewport`, async () => {
      const { page, errors } = await openPage(name);
      const first = await page.evaluate(() => window.__firstCell);
      assert.deepEqual((await scriptsFetched(page, first)).sort(), [...loader, ...FIRST_LOAD].sort());
      // The entry starts the feed before the elements' chunks have arrived, and the hub uses that response: one fetch.
      const timing = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource');
        return { feeds: entries.filter((e) => e.name.endsWith('/hub.feed.json')).map((e) => e.startTime), chunksEnd: Math.max(...entries.filter((e) => /\/js\/(table|hub)-/.test(e.name)).map((e) => e.responseEnd)) };
      });
      assert.equal(timing.feeds.length, 1, 'the feed is fetched once');
      assert.ok(timing.feeds[0] < timing.chunksEnd, `the feed starts (${timing.feeds[0]} ms) before the elements' chunks have arrived (${timing.chunksEnd} ms)`);
      // The hub's sections are drawn (their chunk comes when the page is idle), but its charts are
      // two screens down: their chunk is not fetched.
      await page.waitForFunction(() => document.querySelector('fm-leaderboard').complete, null, { timeout: 10000 });
      await page.waitForTimeout(300);
      assert.ok(!(await scriptsFetched(page)).includes(CHART), 'no chart chunk before a chart nears the viewport');
      const placeholders = await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelectorAll('[data-lazy="chart"]').length);
      assert.ok(placeholders > 0, 'the charts keep their room');
      // Scroll to the hub: the chunk comes, and the charts draw.
      await page.evaluate(() => document.querySelector('fm-leaderboard').scrollIntoView());
      await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-score-distribution')?.shadowRoot?.querySelector('circle.dot'), null, { timeout: 10000 });
      assert.ok((await scriptsFetched(page)).includes(CHART));
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('draws the first cell of a hub at the top of the page without waiting for any part loaded on demand', async () => {
    // Every chunk outside the first load is held back for 1.5 s: the first cell comes before any of them.
    const lazy = lazyChunks(manifest).map((c) => c.file);
    const { page, errors } = await openPage('top.html', (p) =>
      p.route(
        (url) => lazy.some((file) => url.pathname.endsWith(`/js/${file}`)),
        (route) => setTimeout(() => route.continue().catch(() => undefined), 1500),
      ),
    );
    const first = await page.evaluate(() => window.__firstCell);
    const lazyDone = await page.evaluate(
      (files) => performance.getEntriesByType('resource').filter((e) => files.some((f) => e.name.endsWith(`/js/${f}`))).map((e) => e.responseEnd),
      lazy,
    );
    assert.ok(lazyDone.every((end) => end > first), 'no chunk loaded on demand arrived before the first cell');
    // The sections, below the overall table, come from their chunk (at the latest when the page is
    // idle), and get their podium and explainer from theirs as they near the viewport.
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').complete, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelectorAll('fm-podium').length), 0);
    await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('[data-lazy="podium"]').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-podium')?.text?.includes('🥇'), null, { timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('article :is(h3, h4, h5, h6) > fm-metric-explainer')?.shadowRoot?.querySelector('button.trigger'), null, { timeout: 10000 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const name of ['module.html', 'classic.html']) {
    it(`${name}: says so in the element when the elements' own files cannot be loaded`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.route(/\/js\/table-[^/]*\.js$/, (route) => route.abort('failed'));
      await page.goto(`${site.url}/js/a/b/${name}`);
      await page.waitForFunction(() => document.querySelector('fm-leaderboard > [role="alert"]'), null, { timeout: 10000 });
      const notes = await page.evaluate(() => [...document.querySelectorAll('fm-leaderboard > [role="alert"]')].map((n) => n.textContent));
      assert.equal(notes.length, 1, 'one note, not one from the entry and one from the classic loader');
      assert.match(notes[0], /could not be loaded .*Reload the page/);
      await page.close();
    });
  }

  it('shows a retry where a chunk failed to load, and the retry draws the chart', async () => {
    let failures = 0;
    const { page, errors } = await openPage('module.html', (p) =>
      p.route(`**/js/${CHART}`, (route) => (failures++ === 0 ? route.abort('failed') : route.continue())),
    );
    await page.evaluate(() => document.querySelector('fm-leaderboard').scrollIntoView());
    const alert = () => document.querySelector('fm-leaderboard').shadowRoot.querySelector('[data-lazy="chart"] [role="alert"]');
    await page.waitForFunction(alert, null, { timeout: 10000 });
    assert.match(await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('[data-lazy="chart"] [role="alert"]').textContent), /Could not load the chart/);
    await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('[data-lazy="chart"] [role="alert"] button').click());
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-score-distribution')?.shadowRoot?.querySelector('circle.dot'), null, { timeout: 10000 });
    assert.equal(failures, 2, 'fetched again on retry');
    // The failed fetch is the only console error.
    assert.ok(errors.every((e) => e.includes(CHART) || e.includes('Failed to load resource')), errors.join('\n'));
    await page.close();
  });
});
