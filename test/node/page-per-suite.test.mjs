// End to end: `fm-leaderboard page --per-suite` on the nine HAL leaderboards of
// ../shared/fixtures/suites, in a real MkDocs Material site: an index page linking one page per
// leaderboard, each page's static copy ranking that leaderboard as the core does, and with
// JavaScript the element on each page showing that leaderboard.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildHub, partHub, rankAll, suiteParts, suiteStanding } from '../../dist/core/index.js';
import { cli } from './cli-helper.mjs';
import { launch, open, ROOT, serve } from './e2e-helper.mjs';
import { copyWebBuild } from '../../scripts/lib/web-build.mjs';

const HAL = join(ROOT, '../shared/fixtures/suites/every-eval-ever-hal');

describe('fm-leaderboard page --per-suite in a real MkDocs Material site', () => {
  let browser;
  let site;
  let dir;
  let hub;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-page-suites-'));
    mkdirSync(join(dir, 'site'));
    site = await serve(join(dir, 'site'));
    copyWebBuild(join(dir, 'docs/js'));
    const config = ['site_name: Suites', `site_url: ${site.url}/`, 'theme:', '  name: material', '  font: false', 'extra_javascript:', '  - js/fm-leaderboard.classic.js', 'markdown_extensions:', '  - admonition', '  - md_in_html', ''];
    writeFileSync(join(dir, 'mkdocs.yml'), config.join('\n'));
    const feedFile = join(dir, 'hal.feed.json');
    assert.equal(cli('import', HAL, '-o', feedFile, '-q').code, 0);
    const made = cli('page', feedFile, '-o', join(dir, 'docs/leaderboards.md'), '--per-suite', '-q');
    assert.equal(made.code, 0, made.err);
    assert.match(made.err, /9 leaderboard pages/);
    const run = spawnSync('mkdocs', ['build', '--quiet', '-f', join(dir, 'mkdocs.yml'), '-d', join(dir, 'site')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.error?.message);
    hub = buildHub(JSON.parse(readFileSync(join(dir, 'docs/leaderboards.feed.json'), 'utf8')));
    browser = await launch();
  });
  after(async () => {
    site?.server.close();
    await browser?.close();
  });

  it('the index links every leaderboard’s page, and each link resolves', async () => {
    const { page } = await open(browser, `${site.url}/leaderboards/`, { javaScriptEnabled: false });
    const links = await page.evaluate(() => [...document.querySelectorAll('article a')].filter((a) => /\/leaderboards\/hal-/.test(a.href)).map((a) => [a.textContent.trim(), a.href]));
    assert.deepEqual(
      links.map(([text]) => text),
      hub.suites.map((s) => s.name),
    );
    for (const [, href] of links) assert.equal((await fetch(href)).status, 200, href);
    // Its static copy: the leaderboards with their leaders, and the overview across them.
    const text = await page.evaluate(() => document.querySelector('fm-leaderboard .fm-static').textContent);
    assert.match(text, /Across leaderboards/);
    assert.match(text, /Princeton SAgE Team · third-party evaluation/);
    await page.close();
  });

  it('each leaderboard’s page: without JavaScript its own tables and overall, as the core ranks them; with it the element shows that leaderboard', async () => {
    for (const part of suiteParts(hub)) {
      const url = `${site.url}/leaderboards/${part.id}/`;
      const rankings = rankAll(partHub(hub, part));
      const { page } = await open(browser, url, { javaScriptEnabled: false });
      const copy = await page.evaluate(() => ({
        sections: [...document.querySelectorAll('fm-leaderboard section[id^="fm-b-"]')].map((s) => [s.querySelector('h1, h2, h3, h4')?.textContent, s.querySelectorAll(':scope > table tbody tr').length]),
        overall: document.querySelector('fm-leaderboard section[id^="fm-overall-"]')?.textContent ?? '',
      }));
      assert.deepEqual(
        copy.sections,
        rankings.map((r) => [r.benchmark.name, r.rows.length]),
        part.id,
      );
      const leader = suiteStanding(part.suite, rankings).entries[0].model.name;
      assert.ok(copy.overall.includes(leader), `${part.id}: ${copy.overall}`);
      await page.close();
    }
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/leaderboards/hal-gaia/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.complete);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('fm-leaderboard').shadowRoot;
      return { pressed: root.querySelector('nav.suites button[aria-pressed="true"]')?.firstElementChild.textContent, tables: [...root.querySelectorAll('fm-leaderboard-table')].map((t) => t.getAttribute('benchmark')) };
    });
    assert.deepEqual(shown, { pressed: 'GAIA', tables: ['hal-gaia/GAIA', 'hal-gaia/GAIA - GAIA Level 1', 'hal-gaia/GAIA - GAIA Level 2', 'hal-gaia/GAIA - GAIA Level 3'] });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
