import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';

// A large feed is ranked in a task of its own and its benchmark sections are drawn a batch a
// task (issue 16): the page answers in between, and everything still arrives.

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

describe('fm-leaderboard: a large feed drawn a batch a task', () => {
  it('says it is ranking, then draws the sections over several tasks until all are there', async function () {
    this.timeout(30_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(1000)}></fm-leaderboard>`);
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('Ranking 6,000 results.');
    expect(el.complete).to.equal(false);
    await until(() => el.rankings.length === 6, 10_000);
    await el.updateComplete;
    // Ranked: the header and overall view are there, the sections follow.
    expect($(el, '[part="overall-table"]')).to.exist;
    expect(busy(el), 'sections still to draw').to.be.greaterThan(0);
    expect($(el, '#fm-b-b5 [role="status"]').textContent).to.equal('Drawing 1,000 models…');
    await until(() => el.complete, 20_000);
    await el.updateComplete;
    expect(busy(el)).to.equal(0);
    expect($$(el, 'fm-leaderboard-table')).to.have.length(6);
    expect($$(el, 'fm-score-distribution')).to.have.length(6);
    // Windowed overall table, summarised charts, batched sections: still accessible.
    await expect(el).to.be.accessible();
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
      await until(() => el.complete, 20_000);
      await new Promise((r) => setTimeout(r, 100));
      const top = $(el, '#fm-b-b5').getBoundingClientRect().top;
      expect(top).to.be.within(-2, 120);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('stops when removed and goes on when put back', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('fm-leaderboard') as FmLeaderboard;
    el.feed = large(1000);
    container.append(el);
    await until(() => el.rankings.length === 6, 10_000);
    el.remove();
    const drawnWhileAway = busy(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(busy(el), 'nothing drawn while detached').to.equal(drawnWhileAway);
    container.append(el);
    await until(() => el.complete, 20_000);
    expect($$(el, 'fm-leaderboard-table')).to.have.length(6);
  });

  it('draws a small feed at once, every row of every table (which finds and prints)', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(40)}></fm-leaderboard>`);
    expect(el.rankings).to.have.length(6);
    expect(el.complete).to.equal(true);
    expect(busy(el)).to.equal(0);
    const tables = $$(el, 'fm-leaderboard-table');
    await Promise.all(tables.map((t) => (t as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(tables.map((t) => $$(t, 'tr[part="row"]').length)).to.deep.equal([40, 40, 40, 40, 40, 40]);
  });

  it('costs what the viewport shows, not what the feed holds: as many elements at 170 models as at 1,700', async function () {
    this.timeout(60_000);
    const counts: number[] = [];
    for (const models of [170, 1700]) {
      const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${large(models)}></fm-leaderboard>`);
      await until(() => el.complete, 20_000);
      const parts = () => [...composed(el)].filter((n): n is HTMLElement & { updateComplete: Promise<boolean> } => n.localName.startsWith('fm-'));
      await until(() => parts().every((p) => !(p as unknown as { isUpdatePending: boolean }).isUpdatePending), 10_000);
      await new Promise((r) => setTimeout(r, 200));
      // Past 250 rows in all, every table is windowed: its search still finds any model.
      const tables = $$(el, 'fm-leaderboard-table');
      for (const t of tables) expect($$(t, 'tr[part="row"]').length, 'rows drawn').to.be.within(5, 60);
      counts.push(composed(el).length);
      const search = $(tables[5], 'input[type="search"]') as HTMLInputElement;
      search.value = `m${models - 1}`;
      search.dispatchEvent(new InputEvent('input'));
      await until(() => $$(tables[5], 'tr[part="row"] .model-name').map((n) => n.textContent!.trim()).join() === `m${models - 1}`);
    }
    expect(counts[0], 'elements at 170 models').to.be.below(8000);
    expect(counts[1], 'elements at 1,700 models').to.be.below(8000);
    expect(Math.abs(counts[1] - counts[0]) / counts[1], `elements ${counts.join(' vs ')}`).to.be.below(0.2);
  });
});
