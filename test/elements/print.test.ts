// Printing (issue 18): a printed page shows every row of every table and every section of the hub,
// without toolbars and row buttons. Print is emulated (`emulateMedia`), as a print preview does it:
// the elements follow the print media query, not only the `beforeprint` event.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/elements/leaderboard/leaderboard.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

/** `models` models on each of `benchmarks` benchmarks, one run each. */
function feedOf(models: number, benchmarks = 1): Feed {
  const list = Array.from({ length: benchmarks }, (_, i) => ({ id: `b${i}`, name: `Bench ${i}`, primary_metric: 'acc' }));
  return {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    benchmarks: list,
    models: [],
    results: list.flatMap((b, i) => Array.from({ length: models }, (_, m) => ({ id: `${b.id}-${m}`, benchmark: b.id, model: `m${m}`, metrics: { acc: ((m * 7919 + i * 104729) % 10007) / 10007 } }))),
  };
}

const visible = (el: Element) => getComputedStyle(el).display !== 'none';

/** Every <button> under `root`, through shadow roots. */
function composedButtons(root: Element): HTMLButtonElement[] {
  const out: HTMLButtonElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child instanceof HTMLButtonElement) out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root.shadowRoot!);
  return out;
}

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  const nextFrames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  };

  it('a windowed table of 1,000 rows prints 1,000 rows, and goes back to its window on screen', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${feedOf(1000)}></fm-leaderboard-table>`);
    await until(() => $$(el, 'tr[part="row"]').length > 0);
    // Rows are measured in the frame after they are drawn, and the window follows their heights.
    await nextFrames(3);
    const onScreen = $$(el, 'tr[part="row"]').length;
    expect(onScreen, 'windowed on screen').to.be.below(100);
    await emulateMedia({ media: 'print' });
    await until(() => $$(el, 'tr[part="row"]').length === 1000);
    await el.updateComplete;
    const rows = $$(el, 'tr[part="row"]');
    expect(rows.map((r) => r.querySelector('.model-name')!.textContent).filter((n, i, all) => all.indexOf(n) === i)).to.have.length(1000);
    // The table's box holds them all: the last row is below the first by about 999 rows.
    const first = rows[0].getBoundingClientRect();
    const last = rows[999].getBoundingClientRect();
    expect(last.top - first.top).to.be.greaterThan(999 * first.height * 0.9);
    expect(visible($(el, '.toolbar')), 'toolbar').to.equal(false);
    expect(visible($(el, 'button.toggle')), 'row buttons').to.equal(false);
    await emulateMedia({ media: 'screen' });
    await until(() => $$(el, 'tr[part="row"]').length === onScreen);
  });

  it('the hub prints every section of a large feed, each table with every row', async function () {
    this.timeout(60_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${feedOf(400, 3)}></fm-leaderboard>`);
    await until(() => !el.drawing, 20_000);
    expect(el.complete, 'some sections wait for the reader').to.equal(false);
    await emulateMedia({ media: 'print' });
    await until(() => el.complete, 20_000);
    const tables = $$(el, 'fm-leaderboard-table') as FmLeaderboardTable[];
    await until(() => tables.every((t) => t.updateComplete) && $$(el, 'article.benchmark fm-leaderboard-table').length === 3, 20_000);
    for (const table of $$(el, 'article.benchmark fm-leaderboard-table') as FmLeaderboardTable[]) {
      await until(() => $$(table, 'tr[part="row"]').length === 400, 20_000);
    }
    // No control is printed: the hub's, the tables' row buttons, the podiums' Copy, the ⓘ triggers
    // (a sort button is the column's header: it stays, as its label).
    const buttons = composedButtons(el).filter((b) => !b.matches('.sort'));
    expect(buttons.length, 'buttons on screen').to.be.greaterThan(20);
    expect(buttons.filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim())).to.deep.equal([]);
  });

  it('every table of the demo hub fits an A4 page (718 px between margins), its last column included', async function () {
    this.timeout(30_000);
    await setViewport({ width: 718, height: 1000 });
    try {
      const el = await fixture<FmLeaderboard>(html`<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>`);
      await until(() => el.complete && $$(el, 'fm-leaderboard-table').length === 7, 10_000);
      await emulateMedia({ media: 'print' });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
      for (const table of $$(el, 'fm-leaderboard-table')) {
        const box = table.getBoundingClientRect();
        const cells = [...$(table, 'thead tr').children];
        expect(cells.length).to.be.greaterThan(3);
        const last = cells.at(-1)!.getBoundingClientRect();
        expect(last.right, `${table.getAttribute('benchmark')}: its last column (${cells.length} columns)`).to.be.at.most(box.right + 1);
      }
      // The widest: robustness_testing, eleven columns.
      expect(Math.max(...$$(el, 'fm-leaderboard-table').map((t) => $(t, 'thead tr').children.length))).to.equal(11);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
