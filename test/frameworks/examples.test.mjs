// Each framework example, built by scripts/examples.mjs, opened in Chromium as a reader would:
// the leaderboard's rows are shown with no console error; where the site renders on the server,
// the static copy is in the HTML (rows without JavaScript); the site's own light/dark toggle
// turns the leaderboard dark and back.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, serve } from '../node/e2e-helper.mjs';
import { EXAMPLES } from './examples.mjs';

const chosen = (process.env.FM_EXAMPLES ?? Object.keys(EXAMPLES).join(',')).split(',');

/** The leaderboard's live rows and surface colour (inside its shadow root). */
const live = () => {
  const hub = document.querySelector('fm-leaderboard');
  const root = hub?.shadowRoot;
  const table = root?.querySelector('fm-leaderboard-table');
  return {
    defined: !!customElements.get('fm-leaderboard'),
    overallRows: root?.querySelectorAll('[part~="overall-table"] tbody tr').length ?? 0,
    tableRows: table?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0,
    scheme: hub ? getComputedStyle(hub).colorScheme : '',
    surface: root?.querySelector('.hub') ? getComputedStyle(root.querySelector('.hub')).backgroundColor : '',
  };
};

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const name of chosen) {
  const example = EXAMPLES[name];
  describe(`the ${name} example`, () => {
    const site = join(ROOT, 'examples', name, example.site);
    let server;
    before(async () => {
      assert.ok(existsSync(site), `${site} is missing: run node scripts/examples.mjs ${name}`);
      server = await serve(site);
    });
    after(() => server?.server.close());

    it('shows the leaderboard with its rows, and no console error', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(server.url + example.page);
      await page.waitForFunction(() => {
        const root = document.querySelector('fm-leaderboard')?.shadowRoot;
        return (root?.querySelectorAll('[part~="overall-table"] tbody tr').length ?? 0) > 0;
      }, null, { timeout: 20_000 });
      const shown = await page.evaluate(live);
      assert.ok(shown.defined && shown.overallRows >= 10, `overall rows: ${shown.overallRows}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    if (example.serverCopy) {
      it('has the static copy in the HTML: rows without JavaScript', async () => {
        const page = await browser.newPage({ javaScriptEnabled: false });
        await page.goto(server.url + example.page);
        const rows = await page.locator('fm-leaderboard table tbody tr').count();
        assert.ok(rows >= 35, `rows in the static copy: ${rows}`);
        await page.close();
      });
    }

    it("follows the site's light/dark toggle, both ways", async () => {
      const page = await browser.newPage({ colorScheme: 'light' });
      await page.goto(server.url + example.page);
      await page.waitForFunction(() => !!document.querySelector('fm-leaderboard')?.shadowRoot?.querySelector('.hub'), null, { timeout: 20_000 });
      const light = await page.evaluate(live);
      await page.click(example.toggle);
      await page.waitForFunction((before) => getComputedStyle(document.querySelector('fm-leaderboard')).colorScheme !== before, light.scheme);
      const dark = await page.evaluate(live);
      assert.equal(dark.scheme, 'dark');
      assert.notEqual(dark.surface, light.surface, 'the surface colour changed');
      await page.click(example.toggle);
      // Back to light: the site's light mark, or (a site that marks only dark) the system's, light here.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('fm-leaderboard')).colorScheme !== 'dark');
      assert.equal((await page.evaluate(live)).surface, light.surface);
      await page.close();
    });
  });
}
