// End to end: the built one-file bundle in real pages served on loopback, in Debian's Chromium:
// the plain demo/embed.html, and a real MkDocs Material site (examples/mkdocs, built here with
// Debian's mkdocs) whose palette toggle the leaderboard must follow. No console errors allowed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, open as openPage, ROOT, serve } from './e2e-helper.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const open = (url) => openPage(browser, url);

describe('the page build and the one-file bundle in a plain page', () => {
  let site;
  before(async () => (site = await serve(ROOT)));
  after(() => site.server.close());

  for (const [build, script] of [
    ['the page build (dist/web/fm-leaderboard.js and its chunks)', null],
    ['the one-file bundle', '<script type="module" src="../dist/fm-leaderboard.bundle.js"></script>'],
  ]) it(`renders every element of demo/embed.html from ${build}, with no console error`, async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    if (script) {
      await page.route('**/demo/embed.html', async (route) => {
        const html = await (await route.fetch()).text();
        await route.fulfill({ body: html.replace('<script type="module" src="../dist/web/fm-leaderboard.js"></script>', script), contentType: 'text/html' });
      });
    }
    await page.goto(`${site.url}/demo/embed.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelectorAll('tbody tr').length === 5);
    const rows = await page.evaluate(() => [...document.querySelector('fm-leaderboard-table').shadowRoot.querySelectorAll('tbody .model-name')].map((n) => n.textContent));
    assert.deepEqual(rows, ['HyenaDNA', 'Caduceus', 'Evo 2', 'DNABERT-2', 'kmer_k6']);
    // The podium is defined from its own chunk when the page has one.
    await page.waitForFunction(() => document.querySelector('fm-podium').text?.includes('HyenaDNA'));
    assert.match(await page.evaluate(() => document.querySelector('fm-podium').text), /🥇 HyenaDNA/);
    await page.waitForFunction(() => document.querySelectorAll('fm-score-distribution')[0].shadowRoot?.querySelectorAll('circle.dot').length === 5);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the classic-script build in a plain page', () => {
  let site;
  before(async () => (site = await serve(ROOT)));
  after(() => site.server.close());

  it('defines every element from a plain <script src> (no type="module") and renders demo/embed.html', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    // demo/embed.html with its module script swapped for the classic one, in the same place.
    await page.route('**/demo/embed.html', async (route) => {
      const html = await (await route.fetch()).text();
      const classic = html.replace('<script type="module" src="../dist/web/fm-leaderboard.js"></script>', '<script src="../dist/web/fm-leaderboard.classic.js"></script>');
      assert.notEqual(classic, html, 'the page loads the module bundle');
      await route.fulfill({ body: classic, contentType: 'text/html' });
    });
    await page.goto(`${site.url}/demo/embed.html`, { waitUntil: 'networkidle' });
    // The page has charts: their chunk comes too.
    await page.waitForFunction(() => !!customElements.get('fm-score-distribution'));
    const defined = await page.evaluate(() =>
      ['fm-leaderboard', 'fm-leaderboard-table', 'fm-tier-badge', 'fm-podium', 'fm-metric-explainer', 'fm-score-distribution'].filter((tag) => customElements.get(tag)),
    );
    assert.equal(defined.length, 6, defined.join(', '));
    assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="module"]').length), 0);
    assert.equal(await page.evaluate(async () => typeof (await window.fmLeaderboard)?.FmLeaderboard), 'function', 'window.fmLeaderboard is the promise of the entry’s exports');
    await page.waitForFunction(() => document.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelectorAll('tbody tr').length === 5);
    const rows = await page.evaluate(() => [...document.querySelector('fm-leaderboard-table').shadowRoot.querySelectorAll('tbody .model-name')].map((n) => n.textContent));
    assert.deepEqual(rows, ['HyenaDNA', 'Caduceus', 'Evo 2', 'DNABERT-2', 'kmer_k6']);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a real MkDocs Material site', () => {
  let site;
  before(async () => {
    const out = mkdtempSync(join(tmpdir(), 'fm-mkdocs-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-mkdocs-example.mjs'), out], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr || build.stdout);
    site = await serve(out);
  });
  after(() => site?.server.close());

  it('renders the whole hub with no console error', async () => {
    const { page, errors } = await open(`${site.url}/`);
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.shadowRoot?.querySelectorAll('article.benchmark').length === 8, null, { timeout: 10000 });
    const stats = await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('[part="stats"]').textContent.replace(/\s+/g, ' ').trim());
    assert.equal(stats, '📊 7 benchmarks 🤖 11 models 📈 35 evaluations');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("follows the site's palette toggle, light to dark and back", async () => {
    const { page, errors } = await open(`${site.url}/`);
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.shadowRoot?.querySelector('.hub'));
    const colours = () =>
      page.evaluate(() => {
        const hub = document.querySelector('fm-leaderboard').shadowRoot.querySelector('.hub');
        const badge = document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-leaderboard-table').shadowRoot.querySelector('.badge[data-tier]');
        const body = getComputedStyle(document.body);
        return { hub: getComputedStyle(hub).backgroundColor, text: getComputedStyle(hub).color, page: body.backgroundColor, badge: getComputedStyle(badge).backgroundColor };
      });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard').shadowRoot.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelector('.badge[data-tier]'));
    const light = await colours();
    assert.equal(light.hub, light.page, 'the hub uses the site’s light background');
    await page.click('label[title="Switch to dark mode"]');
    await page.waitForFunction((before) => getComputedStyle(document.body).backgroundColor !== before, light.page);
    const dark = await colours();
    assert.equal(dark.hub, dark.page, 'the hub uses the site’s dark background');
    assert.notEqual(dark.text, light.text, 'its text colour follows');
    assert.notEqual(dark.badge, light.badge, 'its tier colours follow');
    await page.click('label[title="Switch to light mode"]');
    await page.waitForFunction((before) => getComputedStyle(document.body).backgroundColor === before, light.page);
    assert.deepEqual(await colours(), light);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a React 19 page', () => {
  let site;
  before(async () => {
    const out = mkdtempSync(join(tmpdir(), 'fm-react-'));
    const vite = join(ROOT, 'node_modules/.bin/vite');
    const build = spawnSync(vite, ['build', '--config', join(ROOT, 'examples/react/vite.config.ts'), '--outDir', out, '--logLevel', 'error'], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr || build.stdout);
    // The page entry's parts loaded on demand are chunks of the React build too.
    assert.ok(readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).length > 3, 'the React build has the chunks');
    site = await serve(out);
  });
  after(() => site?.server.close());

  it('renders the elements and hears their events through React props', async () => {
    const { page, errors } = await open(`${site.url}/`);
    await page.waitForFunction(() => document.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelectorAll('tbody tr').length === 5);
    await page.click('fm-leaderboard-table th:nth-child(3) button.sort');
    await page.waitForFunction(() => document.getElementById('last-sort').textContent === 'Sorted by: metric:AUROC descending');
    await page.selectOption('select', 'robustness_testing');
    await page.waitForFunction(() => document.querySelector('fm-podium').text.includes('Geneformer'));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
