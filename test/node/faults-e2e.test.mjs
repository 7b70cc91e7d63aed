// Faults, end to end, against a loopback server that misbehaves on purpose: a page under a strict
// Content-Security-Policy, and a table fed by 404, 500, non-JSON, wrong type, slow, cut-off and
// cross-origin responses, and by a src changed while a slow fetch is in flight.
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const PAGE = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title><link rel="icon" href="/favicon.ico"><script type="module" src="/dist/fm-leaderboard.bundle.js"></script></head><body>${body}</body></html>`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function listen(handler) {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

function sendFile(res, path, headers = {}) {
  const file = join(ROOT, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404, headers).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
}

let app;
let other;
let browser;
before(async () => {
  app = await listen(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const csp = { 'content-security-policy': CSP };
    if (url.pathname === '/favicon.ico') return res.writeHead(204, csp).end();
    if (url.pathname === '/csp.html') return res.writeHead(200, { 'content-type': 'text/html', ...csp }).end(PAGE('<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>'));
    if (url.pathname === '/table.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE('<fm-leaderboard-table id="t"></fm-leaderboard-table><p id="other">the rest of the page</p>'));
    if (url.pathname === '/fault/404') return res.writeHead(404).end('gone');
    if (url.pathname === '/fault/500') return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (url.pathname === '/fault/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Sign in</h1>');
    if (url.pathname === '/fault/text-plain') return sendFile(res, 'demo/data/minimal.feed.json', { 'content-type': 'text/plain' });
    if (url.pathname === '/fault/slow') return sleep(1500).then(() => sendFile(res, 'demo/data/minimal.feed.json'));
    if (url.pathname === '/fault/slow-hub') return sleep(1500).then(() => sendFile(res, 'demo/data/hub.feed.json'));
    if (url.pathname === '/fault/cut') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"version": "1.0", "benchmarks": [{"id": "b", "na');
      return setTimeout(() => res.socket.destroy(), 50);
    }
    return sendFile(res, url.pathname, url.pathname.startsWith('/dist/') ? csp : {});
  });
  // Another origin that sends no CORS headers.
  other = await listen((req, res) => sendFile(res, '/demo/data/minimal.feed.json'));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  app?.server.close();
  other?.server.close();
});

/** A page with its console errors, uncaught errors and CSP violation reports collected. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const log = { console: [], uncaught: [], violations: [] };
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  // The browser itself logs failed requests; those are the faults under test, not errors of ours.
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource|blocked by CORS policy/.test(m.text()) && log.console.push(m.text()));
  page.on('pageerror', (e) => log.uncaught.push(String(e)));
  await page.goto(`${app.origin}${path}`, { waitUntil: 'networkidle' });
  log.violations = () => page.evaluate(() => window.__violations);
  return { page, log };
}

describe('a strict Content-Security-Policy page', () => {
  it('renders the whole hub with no console error and no violation report, popovers and tooltips included', async () => {
    const { page, log } = await open('/csp.html');
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.shadowRoot?.querySelectorAll('article.benchmark').length === 8, null, { timeout: 10000 });
    await page.click('fm-leaderboard >> fm-metric-explainer >> button.trigger');
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-metric-explainer').shadowRoot.querySelector('[popover]').matches(':popover-open'));
    await page.click('fm-leaderboard >> fm-leaderboard-table >> button.toggle');
    await page.hover('fm-leaderboard >> fm-score-distribution >> circle.dot');
    await page.waitForFunction(() => !!document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-score-distribution').shadowRoot.querySelector('.tooltip'));
    const placed = await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-score-distribution').shadowRoot.querySelector('.tooltip').style.left);
    assert.match(placed, /px$/, 'the tooltip is positioned (through the CSSOM)');
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.console, []);
    assert.deepEqual(log.uncaught, []);
    await page.close();
  });
});

describe('network faults end in a clear state', () => {
  const cases = [
    ['404', '/fault/404', /Could not load \/fault\/404\..*HTTP 404/s],
    ['500', '/fault/500', /HTTP 500/],
    ['an HTML page instead of JSON', '/fault/html', /not valid JSON at line 1, column 1: unexpected "<"/],
    ['a response cut off mid-way', '/fault/cut', /Could not load \/fault\/cut|not valid JSON/],
  ];
  for (const [what, src, message] of cases) {
    it(`${what}: a visible error that names it; the page keeps working`, async () => {
      const { page, log } = await open('/table.html');
      await page.evaluate((s) => document.getElementById('t').setAttribute('src', s), src);
      await page.waitForFunction(() => !!document.getElementById('t').shadowRoot.querySelector('[role="alert"]'), null, { timeout: 10000 });
      assert.match(await page.evaluate(() => document.getElementById('t').shadowRoot.querySelector('[role="alert"]').textContent), message);
      assert.equal(await page.evaluate(() => document.getElementById('other').textContent), 'the rest of the page');
      assert.deepEqual(log.uncaught, []);
      assert.deepEqual(log.console, []);
      await page.close();
    });
  }

  it('a cross-origin feed without CORS headers: a visible error that says so', async () => {
    const { page, log } = await open('/table.html');
    await page.evaluate((s) => document.getElementById('t').setAttribute('src', s), `${other.origin}/feed.json`);
    await page.waitForFunction(() => !!document.getElementById('t').shadowRoot.querySelector('[role="alert"]'), null, { timeout: 10000 });
    assert.match(await page.evaluate(() => document.getElementById('t').shadowRoot.querySelector('[role="alert"]').textContent), /blocked by CORS/);
    assert.deepEqual(log.uncaught, []);
    await page.close();
  });

  it('a JSON feed served as text/plain is still read', async () => {
    const { page, log } = await open('/table.html');
    await page.evaluate(() => document.getElementById('t').setAttribute('src', '/fault/text-plain'));
    await page.waitForFunction(() => document.getElementById('t').shadowRoot.querySelectorAll('tbody tr').length === 3);
    assert.deepEqual(log.uncaught, []);
    await page.close();
  });

  it('a slow response shows the loading state, then the rows', async () => {
    const { page } = await open('/table.html');
    await page.evaluate(() => document.getElementById('t').setAttribute('src', '/fault/slow'));
    await page.waitForFunction(() => !!document.getElementById('t').shadowRoot.querySelector('.status.loading'));
    await page.waitForFunction(() => document.getElementById('t').shadowRoot.querySelectorAll('tbody tr').length === 3, null, { timeout: 10000 });
    await page.close();
  });

  it('src changed while a slow fetch is in flight: the older response never wins', async () => {
    const { page, log } = await open('/table.html');
    await page.evaluate(() => document.getElementById('t').setAttribute('src', '/fault/slow-hub'));
    await sleep(100);
    await page.evaluate(() => document.getElementById('t').setAttribute('src', '/demo/data/minimal.feed.json'));
    await page.waitForFunction(() => document.getElementById('t').shadowRoot.querySelectorAll('tbody tr').length === 3);
    await sleep(2000); // the slow, older response has arrived by now
    const rows = await page.evaluate(() => [...document.getElementById('t').shadowRoot.querySelectorAll('tbody .model-name')].map((n) => n.textContent));
    assert.deepEqual(rows, ['EHR-FM', 'ClinicalBERT', 'Logistic regression']);
    assert.deepEqual(log.uncaught, []);
    await page.close();
  });
});
