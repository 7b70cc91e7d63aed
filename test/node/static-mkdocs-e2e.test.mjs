// End to end (issue 18): `fm-leaderboard render --format md` of the built-in hub, built by a real
// MkDocs Material site (Debian's mkdocs): the site's search finds every model and benchmark, and
// each table shows, cell by cell, the ranks, names, scores and tiers the element shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from './cli-helper.mjs';
import { launch, open, ROOT, serve } from './e2e-helper.mjs';
import { copyWebBuild } from '../../scripts/lib/web-build.mjs';

const FEED = join(ROOT, 'demo/data/hub.feed.json');

/** A MkDocs Material site of one page, `index.md`; returns the built site's folder. */
function buildSite(markdown) {
  const dir = mkdtempSync(join(tmpdir(), 'fm-static-mkdocs-'));
  mkdirSync(join(dir, 'docs/assets'), { recursive: true });
  writeFileSync(join(dir, 'docs/index.md'), markdown);
  copyFileSync(FEED, join(dir, 'docs/assets/hub.feed.json'));
  copyWebBuild(join(dir, 'docs/js'));
  writeFileSync(
    join(dir, 'mkdocs.yml'),
    ['site_name: Leaderboards', 'theme:', '  name: material', '  font: false', 'markdown_extensions:', '  - admonition', '  - md_in_html', '  - attr_list', '  - tables', ''].join('\n'),
  );
  const run = spawnSync('mkdocs', ['build', '--quiet', '-f', join(dir, 'mkdocs.yml'), '-d', join(dir, 'site')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr || run.error?.message);
  return join(dir, 'site');
}

describe('render --format md in a real MkDocs Material site', () => {
  let browser;
  let site;
  let feed;
  before(async () => {
    const rendered = cli('render', FEED, '--format', 'md');
    assert.equal(rendered.code, 0, rendered.err);
    const dir = buildSite(rendered.out);
    site = await serve(dir);
    site.dir = dir;
    feed = JSON.parse(readFileSync(FEED, 'utf8'));
    browser = await launch();
  });
  after(async () => {
    site?.server.close();
    await browser?.close();
  });

  it("puts every model and every benchmark in the site's search index", () => {
    const index = JSON.parse(readFileSync(join(site.dir, 'search/search_index.json'), 'utf8'));
    const text = index.docs.map((d) => `${d.title} ${d.text}`).join('\n');
    const entered = new Set(feed.results.map((r) => r.model.toLowerCase()));
    const models = feed.models.filter((m) => entered.has(m.id.toLowerCase()));
    assert.ok(models.length >= 10);
    for (const m of models) assert.ok(text.includes(m.name ?? m.id), `model ${m.name ?? m.id}`);
    for (const b of feed.benchmarks) assert.ok(text.includes(b.name), `benchmark ${b.name}`);
    // In the page's sections, one entry per heading: the benchmarks are found where they are.
    assert.ok(index.docs.some((d) => d.location.includes('#') && d.title.includes('DNA Enhancer Classification')));
  });

  it('shows, in each table, the ranks, names, scores and tiers the element shows for the same feed', async () => {
    const { page, errors } = await open(browser, `${site.url}/`);
    // The element on the same page, from the classic build, beside the static tables.
    await page.addScriptTag({ url: `${site.url}/js/fm-leaderboard.classic.js` });
    await page.evaluate(() => {
      const el = document.createElement('fm-leaderboard');
      el.setAttribute('lang', 'en');
      el.setAttribute('src', 'assets/hub.feed.json');
      document.body.append(el);
    });
    await page.waitForFunction(() => document.querySelector('fm-leaderboard')?.complete && document.querySelector('fm-leaderboard').shadowRoot.querySelectorAll('fm-leaderboard-table').length === 7);
    const compared = await page.evaluate(() => {
      const squeeze = (text) => text.replace(/\s+/g, '');
      const live = (cell) => {
        const copy = cell.cloneNode(true);
        copy.querySelectorAll('.visually-hidden, .controls, .links, .crown, .chip, .arrow').forEach((n) => n.remove());
        return squeeze(copy.textContent);
      };
      const still = (cell, column) => {
        const text = cell.textContent;
        if (column === 'Model') return squeeze(text.split(' 👑')[0].split(' (baseline)')[0].split(' · ')[0]);
        return squeeze(text.replace(/\(ranks ([^)]*)\)/, '$1'));
      };
      const mismatches = [];
      let cells = 0;
      const hub = document.querySelector('fm-leaderboard').shadowRoot;
      for (const table of hub.querySelectorAll('fm-leaderboard-table')) {
        const anchor = table.closest('article').id;
        // The static table: the first table after the section's anchor in the MkDocs page.
        const mark = document.getElementById(anchor);
        const tables = [...document.querySelectorAll('article table')];
        const staticTable = tables.find((t) => mark && mark.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
        if (!staticTable) {
          mismatches.push(`${anchor}: no static table`);
          continue;
        }
        const liveTable = table.shadowRoot.querySelector('table');
        const columns = [...liveTable.querySelectorAll('thead th')].map(live);
        const staticColumns = [...staticTable.querySelectorAll('thead th')].map((th) => squeeze(th.textContent));
        if (staticColumns.join() !== columns.join()) mismatches.push(`${anchor}: columns ${staticColumns} ≠ ${columns}`);
        const liveRows = [...liveTable.querySelectorAll('tr[part="row"]')];
        const staticRows = [...staticTable.querySelectorAll('tbody tr')];
        if (liveRows.length !== staticRows.length) mismatches.push(`${anchor}: ${staticRows.length} rows ≠ ${liveRows.length}`);
        liveRows.forEach((row, r) =>
          [...row.children].forEach((cell, c) => {
            cells++;
            const want = live(cell);
            const got = staticRows[r] ? still(staticRows[r].children[c], columns[c]) : '';
            if (got !== want) mismatches.push(`${anchor} row ${r + 1} ${columns[c]}: "${got}" ≠ "${want}"`);
          }),
        );
      }
      return { mismatches, cells };
    });
    assert.deepEqual(compared.mismatches, []);
    assert.ok(compared.cells > 150, `${compared.cells} cells compared`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
