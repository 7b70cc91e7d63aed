import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

// A large feed is ranked in a task of its own; its benchmark sections are drawn as they come
// near the viewport, a batch a task (issue 16): the page answers in between, and every model
// stays findable.

/** `models` models × 6 benchmarks, one run each: 6 × models results. */
function large(models: number): Feed {
  const benchmarks = Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, name: `Bench ${i}`, primary_metric: 'acc' }));
  return {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    benchmarks,
    models: [],
    results: benchmarks.flatMap((b, i) => Array.from({ length: models }, (_, m) => ({ id: `${b.id}-${m}`, benchmark: b.id, model: `m${m}`, metrics: { acc: ((m * 7919 + i * 104729) % 10007) / 10007 } }))),
  };
}

/** Every element in the tree of `root`, through shadow roots. */
function composed(root: Element): Element[] {
  const out: Element[] = [root];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

const busy = (el: FmLeaderboard) => $$(el, 'article.benchmark[aria-busy="true"]').length;

const drawn = (el: FmLeaderboard) => $$(el, 'article.benchmark:not([aria-busy])').map((a) => a.id);

describe('fm-leaderboard: a large feed drawn near the viewport, a batch a task', () => {
  it('says it is ranking, draws the sections near the viewport, and the others as the reader comes near them', async function () {
    this.timeout(30_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(1000)}></fm-leaderboard>`);
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('Ranking 6,000 results.');
    expect(el.complete).to.equal(false);
    expect(el.drawing).to.equal(true);
    await until(() => el.rankings.length === 6, 10_000);
    await el.updateComplete;
    // Ranked: the header and overall view are there, the sections follow.
    expect($(el, '[part="overall-table"]')).to.exist;
    expect(busy(el), 'sections still to draw').to.be.greaterThan(2);
    expect($(el, '#fm-b-b5 [role="status"]').textContent).to.equal('1,000 models, drawn as you scroll near.');
    await until(() => !el.drawing, 20_000);
    const first = drawn(el);
    expect(first[0]).to.equal('fm-b-b0');
    expect(busy(el), 'sections far below the viewport wait').to.be.greaterThan(0);
    expect(el.complete).to.equal(false);
    // A pending section keeps about its drawn height, so that the page does not jump.
    expect($(el, '#fm-b-b5').getBoundingClientRect().height).to.be.greaterThan(600);
    // The reader scrolls down: each section is drawn as it comes near.
    for (const id of ['fm-b-b3', 'fm-b-b5']) {
      $(el, `#${id}`).scrollIntoView();
      await until(() => drawn(el).includes(id), 10_000);
    }
    $(el, '#fm-compare').scrollIntoView();
    await until(() => el.complete, 10_000);
    expect($$(el, 'fm-leaderboard-table')).to.have.length(6);
    expect($$(el, 'fm-score-distribution')).to.have.length(6);
    // Windowed tables, summarised charts, pending and drawn sections: still accessible.
    await expect(el).to.be.accessible();
    window.scrollTo(0, 0);
  });

  it('draws the section a fragment link names first, and lands on it', async function () {
    this.timeout(30_000);
    const before = location.hash;
    history.replaceState(null, '', '#fm-b-b5');
    try {
      const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(1000)}></fm-leaderboard>`);
      await until(() => !!el.shadowRoot!.querySelector('#fm-b-b5 fm-leaderboard-table'), 20_000);
      // b5 is the last section: it was drawn out of turn, while others still waited.
      expect(busy(el), 'other sections still to draw').to.be.greaterThan(0);
      await until(() => !el.drawing, 20_000);
      await new Promise((r) => setTimeout(r, 100));
      const top = $(el, '#fm-b-b5').getBoundingClientRect().top;
      expect(top).to.be.within(-2, 120);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
      window.scrollTo(0, 0);
    }
  });

  it('keeps every model findable: the rows not drawn are find-in-page text, and a find draws its section', async function () {
    this.timeout(30_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(1000)}></fm-leaderboard>`);
    await until(() => !el.drawing && $$(el, '#fm-b-b5 .find-text p').length > 0, 20_000);
    // A pending section: all its rows, in blocks the browser searches but does not show.
    const blocks = $$(el, '#fm-b-b5 .find-text p');
    expect(blocks).to.have.length(20);
    expect(blocks.every((p) => p.getAttribute('hidden') === 'until-found')).to.equal(true);
    const ranking = el.rankings.find((r) => r.benchmark.id === 'b5')!;
    const last = ranking.rows.at(-1)!;
    expect(blocks.at(-1)!.textContent).to.include(`${last.rank}. ${last.model.name}`);
    // A drawn section's windowed table: the rows it does not draw are there too.
    const firstTable = $(el, '#fm-b-b0 fm-leaderboard-table');
    expect($$(firstTable, 'tr[part="row"]').length).to.be.below(100);
    expect($$(el, '#fm-b-b0 .find-text p').map((p) => p.textContent).join('\n')).to.include(`${el.rankings[0].rows[500].rank}. ${el.rankings[0].rows[500].model.name}`);
    // The browser found a row in block 19 of the pending section: it fires beforematch, then shows
    // the block. The section is drawn, and the block stays the same node, which the browser scrolls to.
    const found = blocks[19];
    found.dispatchEvent(new Event('beforematch', { bubbles: true }));
    found.removeAttribute('hidden');
    await until(() => drawn(el).includes('fm-b-b5'));
    await el.updateComplete;
    expect(found.isConnected, 'the found block is kept').to.equal(true);
    expect($(el, '#fm-b-b5 fm-leaderboard-table')).to.exist;
    expect(found.getBoundingClientRect().height, 'the found block shows').to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('draws every section before the page is printed', async function () {
    this.timeout(30_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(1000)}></fm-leaderboard>`);
    await until(() => !el.drawing, 20_000);
    expect(el.complete).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.complete).to.equal(true);
    expect(busy(el)).to.equal(0);
  });

  it('stops when removed and goes on when put back', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('fm-leaderboard') as FmLeaderboard;
    el.feed = large(1000);
    // Without the overall table (whose row window would update the hub on its own when put back).
    el.sections = 'header benchmarks';
    container.append(el);
    await until(() => el.rankings.length === 6, 10_000);
    el.remove();
    const pendingWhileAway = busy(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(busy(el), 'nothing drawn while detached').to.equal(pendingWhileAway);
    container.append(el);
    await until(() => !el.drawing && drawn(el).length > 0, 20_000);
    expect(drawn(el)[0]).to.equal('fm-b-b0');
    // Moved once all that was due is drawn: the sections further down still come as the reader does.
    el.remove();
    container.append(el);
    await el.updateComplete;
    $(el, '#fm-b-b5').scrollIntoView();
    await until(() => drawn(el).includes('fm-b-b5'), 10_000);
    window.scrollTo(0, 0);
  });

  it('past 1,000 results, ranks at once and draws the overview before any section', async function () {
    this.timeout(20_000);
    // Not through fixture(), which waits for a frame: this looks before the first one.
    const el = document.createElement('fm-leaderboard') as FmLeaderboard;
    el.feed = large(250);
    document.body.append(el);
    await el.updateComplete;
    // 1,500 results: ranked in the task that read them, the overview drawn, every section waiting.
    expect(el.rankings).to.have.length(6);
    expect($(el, '[part="overall-table"]')).to.exist;
    expect(busy(el)).to.equal(6);
    await until(() => drawn(el).includes('fm-b-b0'), 10_000);
    expect(busy(el)).to.be.lessThan(6);
    el.remove();
  });

  it('draws a small feed at once, every row of every table (which finds and prints)', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(40)}></fm-leaderboard>`);
    expect(el.rankings).to.have.length(6);
    expect(el.complete).to.equal(true);
    expect(el.drawing).to.equal(false);
    expect(busy(el)).to.equal(0);
    const tables = $$(el, 'fm-leaderboard-table');
    await Promise.all(tables.map((t) => (t as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(tables.map((t) => $$(t, 'tr[part="row"]').length)).to.deep.equal([40, 40, 40, 40, 40, 40]);
    expect($$(el, '.find-text'), 'no find-in-page text needed').to.have.length(0);
  });

  it('costs what the viewport shows, not what the feed holds: as many elements at 170 models as at 1,700', async function () {
    this.timeout(60_000);
    const counts: number[] = [];
    for (const models of [170, 1700]) {
      const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(models)}></fm-leaderboard>`);
      await until(() => !el.drawing, 20_000);
      const parts = () => [...composed(el)].filter((n) => n.localName.startsWith('fm-'));
      await until(() => parts().every((p) => !(p as unknown as { isUpdatePending: boolean }).isUpdatePending), 10_000);
      await new Promise((r) => setTimeout(r, 200));
      // Past 250 rows in all, every table is windowed: its search still finds any model.
      const tables = $$(el, 'fm-leaderboard-table');
      expect(tables.length).to.be.greaterThan(0);
      for (const t of tables) expect($$(t, 'tr[part="row"]').length, 'rows drawn').to.be.within(5, 60);
      counts.push(composed(el).length);
      const search = $(tables[0], 'input[type="search"]') as HTMLInputElement;
      search.value = `m${models - 1}`;
      search.dispatchEvent(new InputEvent('input'));
      await until(() => $$(tables[0], 'tr[part="row"] .model-name').map((n) => n.textContent!.trim()).join() === `m${models - 1}`);
    }
    expect(counts[0], 'elements at 170 models').to.be.below(8000);
    expect(counts[1], 'elements at 1,700 models').to.be.below(8000);
    expect(Math.abs(counts[1] - counts[0]) / counts[1], `elements ${counts.join(' vs ')}`).to.be.below(0.2);
  });
});
