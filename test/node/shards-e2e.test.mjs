// End to end: the built bundle in a real page on loopback, given the HAL datastore as one file and
// as an index with a shard per suite. Each suite's shard is fetched when the suite is shown (a
// couple ahead when idle), the element ranks every suite and the overview across suites exactly
// as it ranks the one-file twin, and a broken shard shows its error with a retry while the other
// suites keep working.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildHub, loadFeed, suiteParts } from '../../dist/core/index.js';
import { cli } from './cli-helper.mjs';
import { launch, open, ROOT, serve } from './e2e-helper.mjs';
import { copyWebBuild } from '../../scripts/lib/web-build.mjs';
import { writeDatastore } from '../../scripts/lib/generate-datastore.mjs';

const HAL = join(ROOT, '../shared/fixtures/suites/every-eval-ever-hal');

/** Holds back the page's requests for `pattern` (the shards) until the returned function is called. */
async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** What `probe(arg)` returns in the page once it is truthy (Playwright polls it each frame). */
const until = async (page, probe, arg) => (await page.waitForFunction(probe, arg, { timeout: 10_000 })).jsonValue();

describe('a sharded feed in the element', () => {
  let browser;
  let site;
  let dir;
  let suites;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-shards-e2e-'));
    copyWebBuild(join(dir, 'js'));
    assert.equal(cli('import', HAL, '-o', join(dir, 'one.json'), '-q', '--shards', 'never').code, 0);
    assert.equal(cli('import', HAL, '-o', join(dir, 'feed.json'), '-q', '--shards', 'always').code, 0);
    const page = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shards</title><script type="module" src="js/fm-leaderboard.js"></script></head><body>${src}</body></html>`;
    writeFileSync(join(dir, 'twins.html'), page('<fm-leaderboard id="one" src="one.json"></fm-leaderboard><fm-leaderboard id="sharded" src="feed.json"></fm-leaderboard>'));
    writeFileSync(join(dir, 'sharded.html'), page('<fm-leaderboard id="sharded" src="feed.json"></fm-leaderboard>'));
    writeFileSync(join(dir, 'favicon.ico'), ''); // the browser asks for it; a 404 would be a console error
    writeFileSync(join(dir, 'two.html'), page('<fm-leaderboard id="a" src="feed.json"></fm-leaderboard><fm-leaderboard id="b" src="feed.json?again"></fm-leaderboard>'));
    writeFileSync(join(dir, 'one.html'), page('<fm-leaderboard id="one" src="one.json"></fm-leaderboard>'));
    writeFileSync(join(dir, 'previous.html'), page('<fm-leaderboard id="a" src="feed.json" previous-src="one.json"></fm-leaderboard><fm-leaderboard id="b" src="one.json" previous-src="feed.json"></fm-leaderboard>'));
    const tables = (src) => `<fm-leaderboard-table id="${src}" src="${src}.json" benchmark="hal-usaco/USACO"></fm-leaderboard-table>`;
    writeFileSync(join(dir, 'tables.html'), page(`${tables('one')}${tables('feed')}`).replace('fm-leaderboard.js', 'fm-leaderboard-table.js'));
    suites = suiteParts(buildHub(loadFeed(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8'))).feed)).map((p) => p.id);
    site = await serve(dir);
    browser = await launch();
  });
  after(async () => {
    site?.server.close();
    await browser?.close();
  });

  /** Shows `suite` in the element `id` and returns its rankings' rows once they are that suite's. */
  const rowsOf = async (page, id, suite) => {
    await page.evaluate(([id, suite]) => (document.getElementById(id).suite = suite), [id, suite]);
    return until(
      page,
      ([id, suite]) => {
        const r = document.getElementById(id).rankings;
        return r.length > 0 && r.every((x) => x.benchmark.suite === suite) && r.flatMap((x) => x.rows.map((row) => [x.benchmark.id, row.model.id, row.rank, row.score]));
      },
      [id, suite],
    );
  };

  it('fetches the shown suite’s shard (and a couple ahead when idle), not every shard', async () => {
    const page = await browser.newPage();
    const fetched = [];
    page.on('request', (r) => r.url().endsWith('.json') && fetched.push(r.url().split('/').pop()));
    await page.goto(`${site.url}/sharded.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.getElementById('sharded').shadowRoot?.querySelector('fm-leaderboard-table')).catch(async (error) => {
      // Say what the hub shows instead, and what was fetched, so that a failure can be read.
      const shown = await page.evaluate(() => document.getElementById('sharded').shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(-700));
      throw new Error(`${error.message}\nthe hub shows: ${shown}\nfetched: ${fetched.join(', ')}`);
    });
    // The two ahead are fetched when the page is idle (at the latest 3 s after the table): wait
    // for them rather than for a fixed time, which a busy machine may not give; then no more.
    for (let waited = 0; fetched.length < 4 && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    await page.waitForTimeout(500);
    assert.deepEqual(fetched, ['feed.json', 'feed.hal-assistantbench.json', 'feed.hal-corebench-hard.json', 'feed.hal-gaia.json']);
    assert.ok((await rowsOf(page, 'sharded', 'hal-usaco')).length > 0);
    assert.equal(fetched.at(-1), 'feed.hal-usaco.json');
    await page.close();
  });

  it('preloads the suite view’s files when the entry sees an index of shards (once; and a one-file feed does not)', async () => {
    const { page, errors } = await open(browser, `${site.url}/sharded.html`);
    await until(page, () => document.getElementById('sharded').rankings?.length > 0);
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href.split('/').pop()));
    // The suite view's chunk and the shard reader's, each a file the page fetched.
    assert.ok(preloaded.some((f) => /^suite-view-.*\.js$/.test(f)) && preloaded.some((f) => /^shard-fetch-.*\.js$/.test(f)), preloaded.join(', '));
    for (const file of preloaded) assert.ok(requested.includes(file), `${file} was preloaded but not fetched`);
    assert.deepEqual(errors, []);
    // Two elements given an index: preloaded once. (The second hub is below the first, so its
    // tables wait until the reader scrolls near: its rankings are what says it has loaded.)
    await page.goto(`${site.url}/two.html`);
    await until(page, () => ['a', 'b'].every((id) => document.getElementById(id).rankings?.length > 0));
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href.split('/').pop())), preloaded);
    await page.goto(`${site.url}/one.html`);
    await until(page, () => document.getElementById('one').rankings?.length > 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=modulepreload]').length), 0);
    await page.close();
  });

  it('parses the index once: the entry hands the element the index it read to find the first shard', async () => {
    const page = await browser.newPage();
    // Counts the parses of text that holds a list of shards (the index; a shard holds none).
    await page.addInitScript(() => {
      const parse = JSON.parse;
      window.__indexParses = 0;
      JSON.parse = function (text, ...rest) {
        if (typeof text === 'string' && text.includes('"shards"')) window.__indexParses++;
        return parse.call(this, text, ...rest);
      };
    });
    await page.goto(`${site.url}/sharded.html`);
    await until(page, () => document.getElementById('sharded').rankings?.length > 0);
    assert.equal(await page.evaluate(() => window.__indexParses), 1);
    await page.close();
  });

  it('ranks every suite, and the overview across suites, as its one-file twin does', async () => {
    const { page, errors } = await open(browser, `${site.url}/twins.html`);
    for (const suite of suites) {
      const one = await rowsOf(page, 'one', suite);
      const sharded = await rowsOf(page, 'sharded', suite);
      assert.ok(one?.length > 0, suite);
      assert.deepEqual(sharded, one, suite);
    }
    const across = async (id) => {
      await page.evaluate((id) => (document.getElementById(id).suite = '*'), id);
      return until(page, (id) => {
        const rows = [...document.getElementById(id).shadowRoot.querySelectorAll('#fm-across tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim());
        return rows.length > 0 && rows;
      }, id);
    };
    const one = await across('one');
    assert.ok(one.length > 5);
    assert.deepEqual(await across('sharded'), one);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a table of one benchmark given the index fetches that benchmark’s shard and shows the rows of its one-file twin', async () => {
    const page = await browser.newPage();
    const fetched = [];
    page.on('request', (r) => r.url().endsWith('.json') && fetched.push(r.url().split('/').pop()));
    await page.goto(`${site.url}/tables.html`, { waitUntil: 'networkidle' });
    const rows = (id) =>
      until(page, (id) => {
        const cells = [...(document.getElementById(id).shadowRoot?.querySelectorAll('tbody tr[part="row"]') ?? [])].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim());
        return cells.length > 0 && cells;
      }, id);
    const one = await rows('one');
    assert.ok(one.length > 3);
    assert.deepEqual(await rows('feed'), one);
    assert.deepEqual(fetched.filter((f) => f.startsWith('feed.')).sort(), ['feed.hal-usaco.json', 'feed.json']);
    await page.close();
  });

  it('rank changes since an older feed compare the suite shown, whether either feed is in shards', async () => {
    const { page, errors } = await open(browser, `${site.url}/previous.html`);
    const sentence = (id) => until(page, (id) => document.getElementById(id).shadowRoot?.querySelector('.changes')?.textContent.replace(/\s+/g, ' ').trim(), id);
    // The same results before and after: nothing moved, and no model of another suite is "no longer ranked".
    assert.match(await sentence('a'), /^No rank changed since /);
    assert.match(await sentence('b'), /^No rank changed since /);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the header and switcher while the shown suite’s shard loads, and keeps the same ones once the suite is ranked', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const release = await holdBack(page, /\/feed\.[^/]+\.json$/);
    await page.goto(`${site.url}/sharded.html`);
    const loading = await until(page, () => {
      const root = document.getElementById('sharded').shadowRoot;
      const status = root?.querySelector('[part="status"].loading');
      if (!status || !root.querySelector('header') || !root.querySelector('nav.suites')) return false;
      window.__drawn = { header: root.querySelector('header'), switcher: root.querySelector('nav.suites') };
      return status.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.match(loading, /HAL/, loading);
    release();
    await until(page, () => document.getElementById('sharded').rankings.length > 0);
    const kept = await page.evaluate(() => {
      const root = document.getElementById('sharded').shadowRoot;
      return { header: root.querySelector('header') === window.__drawn.header, switcher: root.querySelector('nav.suites') === window.__drawn.switcher, loading: !!root.querySelector('[part="status"].loading') };
    });
    assert.deepEqual(kept, { header: true, switcher: true, loading: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('while a large suite is ranked, says how many of its results (an index holds none itself)', async () => {
    // Two generated leaderboards of 5,600 results each: past 5,000 a suite is ranked in a task after the one that read it.
    const store = join(dir, 'large-store');
    writeDatastore(store, { leaderboards: 2, models: 700, benchmarks: 8, pool: 5003 });
    assert.equal(cli('import', store, '-o', join(dir, 'large.json'), '-q', '--shards', 'always').code, 0);
    writeFileSync(join(dir, 'large.html'), readFileSync(join(dir, 'sharded.html'), 'utf8').replace('src="feed.json"', 'src="large.json"'));
    const page = await browser.newPage();
    const release = await holdBack(page, /\/large\.[^/]+\.json$/);
    await page.goto(`${site.url}/large.html`);
    // Every status the hub shows from here on, as it is drawn.
    await until(page, () => {
      const root = document.getElementById('sharded').shadowRoot;
      if (!root?.querySelector('[part="status"].loading')) return false;
      window.__said = [];
      new MutationObserver(() => {
        const status = root.querySelector('[part="status"]')?.textContent.replace(/\s+/g, ' ').trim();
        if (status && window.__said.at(-1) !== status) window.__said.push(status);
      }).observe(root, { childList: true, subtree: true, characterData: true });
      return true;
    });
    release();
    await until(page, () => document.getElementById('sharded').rankings.length > 0);
    const said = await page.evaluate(() => window.__said);
    assert.ok(said.some((s) => /^Ranking 5,600 results/.test(s)), said.join(' | '));
    assert.ok(!said.some((s) => /^Ranking 0 results/.test(s)), said.join(' | '));
    await page.close();
  });

  it('a shard that fails shows its error, naming the file, with a retry; the other suites keep working', async () => {
    const gaia = join(dir, 'feed.hal-gaia.json');
    renameSync(gaia, `${gaia}.away`);
    try {
      const { page } = await open(browser, `${site.url}/sharded.html`);
      await page.evaluate(() => (document.getElementById('sharded').suite = 'hal-gaia'));
      const alert = await until(page, () => document.getElementById('sharded').shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim());
      assert.match(alert, /Could not load feed\.hal-gaia\.json\.\s*The server answered HTTP 404/);
      assert.match(alert, /Try again/);
      const target = await page.evaluate(() => document.getElementById('sharded').shadowRoot.querySelector('button.retry').getBoundingClientRect().height);
      assert.ok(target >= 24, `the retry is ${target} px tall`);
      // The switcher stays, and another suite shows.
      assert.ok((await rowsOf(page, 'sharded', 'hal-usaco')).length > 0);
      // Back to GAIA, the file restored: the retry loads it.
      renameSync(`${gaia}.away`, gaia);
      await page.evaluate(() => (document.getElementById('sharded').suite = 'hal-gaia'));
      await page.waitForFunction(() => document.getElementById('sharded').shadowRoot.querySelector('button.retry'));
      await page.evaluate(() => document.getElementById('sharded').shadowRoot.querySelector('button.retry').click());
      assert.ok((await rowsOf(page, 'sharded', 'hal-gaia')).length > 0);
      await page.close();
    } finally {
      try {
        renameSync(`${gaia}.away`, gaia);
      } catch {
        // restored above
      }
    }
  });
});
