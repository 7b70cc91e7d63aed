import { expect, fixture, html } from '@open-wc/testing';
import type { Feed, Result } from '../../src/core/index.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, until } from '../support/elements.js';
import { loadChunks } from '../support/chunks.js';

// A row's details are a chunk of their own: here before the tests open rows.
before(loadChunks);

/** `n` models (above 200 the table is windowed), every 7th with a name long enough to wrap, so rows differ in height. */
function big(n: number): Feed {
  const results: Result[] = Array.from({ length: n }, (_, i) =>
    run(i % 7 === 3 ? `m${i} ${'with a very long descriptive model name that wraps '.repeat(2)}` : `m${i}`, { score: 1 - i / n }),
  );
  return feed(results);
}

async function tableOf(n: number): Promise<FmLeaderboardTable> {
  const el = await fixture<FmLeaderboardTable>(
    html`<fm-leaderboard-table style="--fm-table-max-height: 400px; width: 700px" .feed=${big(n)} benchmark="b"></fm-leaderboard-table>`,
  );
  await until(() => $$(el, 'tr[part="row"]').length > 0);
  return el;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function scrollTo(el: FmLeaderboardTable, top: number): Promise<HTMLElement> {
  const scroller = $(el, '[data-window]');
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return scroller;
}

/** The body rows whose boxes overlap the scroller's viewport below the sticky header. */
function visibleRows(el: FmLeaderboardTable): HTMLElement[] {
  const scroller = $(el, '.scroll').getBoundingClientRect();
  const headerBottom = $(el, 'thead th').getBoundingClientRect().bottom;
  return $$(el, 'tr[part="row"]').filter((r) => {
    const box = r.getBoundingClientRect();
    return box.bottom > headerBottom && box.top < scroller.bottom;
  });
}

const rowIndex = (row: HTMLElement) => Number(row.getAttribute('aria-rowindex'));

describe('fm-leaderboard-table: row windowing', () => {
  it('renders the rows at the scrolled-to place, contiguous and covering the viewport', async () => {
    const el = await tableOf(10_000);
    const scroller = await scrollTo(el, 0);
    const total = scroller.scrollHeight;
    await scrollTo(el, total / 2);
    const shown = visibleRows(el);
    expect(shown.length, 'rows in view').to.be.above(5);
    const first = rowIndex(shown[0]);
    // Heights are estimated for rows never rendered, so the middle is near, not exactly at, row 5,000.
    expect(first).to.be.within(4000, 6000);
    shown.forEach((row, k) => expect(rowIndex(row)).to.equal(first + k));
    const rendered = $$(el, '[data-window-item]');
    const view = scroller.getBoundingClientRect();
    expect(rendered[0].getBoundingClientRect().top, 'no gap above').to.be.at.most(view.top);
    expect(rendered[rendered.length - 1].getBoundingClientRect().bottom, 'no gap below').to.be.at.least(view.bottom);
    expect($$(el, 'tr').length, 'row elements').to.be.below(60);
  });

  it('reaches the last row at the bottom, flush with the end', async () => {
    const el = await tableOf(3_000);
    let scroller = $(el, '[data-window]');
    // Scrolling to the end until it stays there: measured rows can change the total height.
    for (let i = 0; i < 5; i++) scroller = await scrollTo(el, scroller.scrollHeight);
    const shown = visibleRows(el);
    const last = shown[shown.length - 1];
    expect(rowIndex(last)).to.equal(3001);
    expect(last.textContent!.toLowerCase()).to.include('m2999');
    expect(Math.abs(last.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom)).to.be.below(3);
  });

  it('keeps a reader’s place when the extras arrive after the first rows (they come when the page is idle)', async () => {
    const el = await tableOf(3_000);
    const scroller = await scrollTo(el, 20_000);
    const top = scroller.scrollTop;
    const first = rowIndex(visibleRows(el)[0]);
    // As the extras chunk gives them to a table with no facet chosen: new extras, no row filter.
    el.extras = { rankNote: () => '', toolbar: () => '' };
    await el.updateComplete;
    await frame();
    expect(scroller.scrollTop).to.equal(top);
    expect(rowIndex(visibleRows(el)[0])).to.equal(first);
  });

  it('keeps the first visible row in place when a row above it opens its details', async () => {
    const el = await tableOf(2_000);
    await scrollTo(el, 4000);
    const firstVisible = visibleRows(el)[0];
    const before = firstVisible.getBoundingClientRect().top;
    const label = firstVisible.textContent;
    // A row rendered above the viewport (in the overscan) opens: 100+ px of details appear above.
    const above = $$(el, '[data-window-item]').find((item) => item.getBoundingClientRect().bottom < before - 60)!;
    expect(above, 'a rendered row above the viewport').to.exist;
    (above.querySelector('button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await frame();
    expect(above.querySelector('.details'), 'details opened').to.exist;
    const same = visibleRows(el).find((r) => r.textContent === label)!;
    expect(Math.abs(same.getBoundingClientRect().top - before)).to.be.below(2);
  });

  it('counts opened details rows in aria-rowindex and aria-rowcount', async () => {
    const el = await tableOf(500);
    ($$(el, 'button.toggle')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('502');
    const rows = $$(el, '[data-window-item] > tr');
    expect(rows.slice(0, 3).map(rowIndex)).to.deep.equal([2, 3, 4]);
    expect(rows[1].classList.contains('details')).to.be.true;
  });

  it('starts at the top again after a sort, and raises no ResizeObserver loop error while scrolling', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await tableOf(5_000);
      for (const top of [1500, 9000, 30000, 200]) await scrollTo(el, top);
      const sort = $$(el, 'button.sort').find((b) => b.textContent!.includes('Model'))!;
      sort.click();
      await el.updateComplete;
      await frame();
      expect(visibleRows(el)[0].textContent!.toLowerCase()).to.match(/\bm0\b/);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('follows resizes of its container, also a shrink-to-fit one, with no ResizeObserver loop error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      // A block, an inline-block (sized by its content) and a flex item: the last two let the
      // table's own width decide the container's, the case where a render could resize what is observed.
      for (const style of ['display: block', 'display: inline-block', 'display: flex']) {
        const box = await fixture<HTMLElement>(html`<div style=${`${style}; width: 700px`}></div>`);
        const el = document.createElement('fm-leaderboard-table');
        el.style.setProperty('--fm-table-max-height', '400px');
        el.feed = big(3_000);
        el.benchmark = 'b';
        box.append(el);
        await until(() => $$(el, 'tr[part="row"]').length > 0);
        for (const [width, height, top] of [[420, '300px', 5_000], [900, '600px', 20_000], [600, '250px', 800]] as const) {
          box.style.width = `${width}px`;
          el.style.setProperty('--fm-table-max-height', height);
          await scrollTo(el, top);
          await frame();
          await el.updateComplete;
          const shown = visibleRows(el);
          const view = $(el, '[data-window]').getBoundingClientRect();
          expect(shown.length, `${style}, ${width} px: rows in view`).to.be.at.least(3);
          expect(shown[shown.length - 1].getBoundingClientRect().bottom, `${style}, ${width} px: no gap below`).to.be.at.least(view.bottom - 1);
        }
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('keeps following the scroll after the table is moved to another place in the page', async () => {
    const el = await tableOf(2_000);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    await scrollTo(el, 20_000);
    expect(rowIndex(visibleRows(el)[0])).to.be.above(300);
    elsewhere.remove();
  });

  it('keeps the focus on a pinned row as it moves to the top, plain and windowed', async () => {
    for (const n of [50, 2_000]) {
      const el = await tableOf(n);
      if (n > 200) await scrollTo(el, 300);
      const button = visibleRows(el)[3].querySelector<HTMLButtonElement>('button.pin')!;
      const model = button.dataset.model;
      button.focus();
      button.click();
      await el.updateComplete;
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset.model, `${n} rows: focus follows the row`).to.equal(model);
      expect(focused.getAttribute('aria-pressed')).to.equal('true');
      expect(focused.closest('tr')!.getAttribute('class')).to.include('pinned');
    }
  });
});
