// End to end (issue 18): `fm-leaderboard page ../shared/fixtures/hub -o docs/leaderboards.md` in
// a real MkDocs Material site (Debian's mkdocs), served at /leaderboards/ (directory URLs), with
// and without Material's instant navigation. Search finds every model and benchmark; without
// JavaScript every table shows its rows; with it the element renders, no console error, the
// static copy is neither seen nor read, and the swap moves nothing much (layout shift ≤ 0.1).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildHub } from '../../dist/core/index.js';
import { hubOutline } from '../../dist/render/index.js';
import { cli } from './cli-helper.mjs';
import { launch, open, ROOT, serve } from './e2e-helper.mjs';
import { copyWebBuild } from '../../scripts/lib/web-build.mjs';

const HUB = join(ROOT, '../shared/fixtures/hub');

/**
 * A MkDocs Material site whose leaderboards.md is made by `page`, built and served on loopback.
 * Its site_url is where it is served: instant navigation needs it (it reads the sitemap).
 */
async function serveSite(features) {
  const dir = mkdtempSync(join(tmpdir(), 'fm-page-mkdocs-'));
  mkdirSync(join(dir, 'site'));
  const site = await serve(join(dir, 'site'));
  mkdirSync(join(dir, 'docs/assets'), { recursive: true });
  copyWebBuild(join(dir, 'docs/js'));
  writeFileSync(join(dir, 'docs/index.md'), '# Home\n\nThe [leaderboards](leaderboards.md) of the hub.\n');
  const config = ['site_name: Hub', `site_url: ${site.url}/`, 'theme:', '  name: material', '  font: false', '  features:', ...features.map((f) => `    - ${f}`), 'extra_javascript:', '  - js/fm-leaderboard.classic.js', 'markdown_extensions:', '  - admonition', '  - md_in_html', ''];
  writeFileSync(join(dir, 'mkdocs.yml'), config.join('\n'));
  const made = cli('page', HUB, '-o', join(dir, 'docs/leaderboards.md'), '-q');
  assert.equal(made.code, 0, made.err);
  const run = spawnSync('mkdocs', ['build', '--quiet', '-f', join(dir, 'mkdocs.yml'), '-d', join(dir, 'site')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr || run.error?.message);
  return site;
}

/** Sums the page's layout shifts from its load (as CLS counts them: not after input). */
const LAYOUT_SHIFT = `window.__shift = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

describe('fm-leaderboard page in a real MkDocs Material site', () => {
  let browser;
  let site;
  let feed;
  before(async () => {
    site = await serveSite(['navigation.sections']);
    browser = await launch();
  });
  after(async () => {
    site?.server.close();
    await browser?.close();
  });

  it('writes the feed beside the page, at a URL that works where MkDocs serves the page', async () => {
    const response = await fetch(`${site.url}/leaderboards.feed.json`);
    assert.equal(response.status, 200);
    const html = await (await fetch(`${site.url}/leaderboards/`)).text();
    assert.match(html, /<fm-leaderboard src="\.\.\/leaderboards\.feed\.json">/);
  });

  it("puts every model and benchmark in the site's search index", async () => {
    feed = await (await fetch(`${site.url}/leaderboards.feed.json`)).json();
    const index = await (await fetch(`${site.url}/search/search_index.json`)).json();
    const text = index.docs.filter((d) => d.location.startsWith('leaderboards/')).map((d) => `${d.title} ${d.text}`).join('\n');
    const entered = new Set(feed.results.map((r) => r.model.toLowerCase()));
    const models = feed.models.filter((m) => entered.has(m.id.toLowerCase()));
    assert.ok(models.length >= 10);
    for (const m of models) assert.ok(text.includes(m.name ?? m.id), `model ${m.name ?? m.id}`);
    for (const b of feed.benchmarks) assert.ok(text.includes(b.name), `benchmark ${b.name}`);
  });

  it('without JavaScript, every benchmark table shows its rows', async () => {
    feed = await (await fetch(`${site.url}/leaderboards.feed.json`)).json();
    // What each section must show: the core's ranking of the same feed.
    const outline = hubOutline(buildHub(feed));
    const expected = Object.fromEntries(outline.rankings.map((r) => [outline.anchors.get(r.benchmark.id), r.rows.length]));
    const { page } = await open(browser, `${site.url}/leaderboards/`, { javaScriptEnabled: false });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('fm-leaderboard section[id^="fm-b-"]')].map((s) => [s.id, [...s.querySelectorAll(':scope > table tbody tr')].filter((tr) => tr.checkVisibility()).length]),
      ),
    );
    assert.deepEqual(shown, expected);
    assert.equal(shown['fm-b-bm-dna-enhancer'], 5);
    assert.ok(Object.values(shown).filter((n) => n > 0).length >= 6);
    await page.close();
  });

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
  it(`with JavaScript at ${width} × ${height}, the element renders, the copy is not seen or read, and the swap shifts the layout by ≤ 0.1`, async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(LAYOUT_SHIFT);
    await page.goto(`${site.url}/leaderboards/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.complete);
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => {
      const el = document.querySelector('fm-leaderboard');
      const copy = el.querySelector('.fm-static');
      return { tables: el.shadowRoot.querySelectorAll('fm-leaderboard-table').length, copyShown: copy.checkVisibility(), copyBoxes: copy.getClientRects().length, shift: window.__shift };
    });
    assert.equal(state.tables, 7);
    assert.equal(state.copyShown, false);
    assert.equal(state.copyBoxes, 0, 'no box: not in the accessibility tree');
    // The accessibility tree names each benchmark once: the live section, not the copy too.
    const tree = await page.locator('body').ariaSnapshot();
    assert.equal(tree.split('\n').filter((line) => /heading "DNA Enhancer Classification/.test(line)).length, 1, tree);
    assert.ok(state.shift <= 0.1, `layout shift ${state.shift}`);
    console.log(`# layout shift at ${width} × ${height}: ${state.shift.toFixed(4)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
  }
});

describe('fm-leaderboard page with Material instant navigation', () => {
  let browser;
  let site;
  before(async () => {
    site = await serveSite(['navigation.instant']);
    browser = await launch();
  });
  after(async () => {
    site?.server.close();
    await browser?.close();
  });

  it('renders the element on a page reached by an instant (in-page) navigation', async () => {
    const { page, errors } = await open(browser, `${site.url}/`);
    await page.evaluate(() => (window.__samePage = true));
    await page.click('article a[href*="leaderboards"]');
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.complete, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no full page load');
    assert.equal(await page.evaluate(() => location.pathname), '/leaderboards/');
    assert.equal(await page.evaluate(() => document.querySelector('fm-leaderboard').shadowRoot.querySelectorAll('fm-leaderboard-table').length), 7);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
