// The static page (`fm-leaderboard render`, issue 18) says what the element shows: the same
// sections, and in every benchmark table the same columns and, cell by cell, the same ranks,
// names, numbers, tiers, datasets and dates, in the same order.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { buildHub, type Feed } from '../../src/core/index.js';
import { staticPage, toHtml } from '../../src/render/index.js';
import { $, $$, until } from '../support/dom.js';

/** A cell's visible text without white space (the element's hidden helper text and row buttons left out). */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, .controls, .links, .crown, .chip, .arrow').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, '');
}

/** The static cell's text the same way: its name alone in the Model column, "(ranks a–b)" as the element's "a–b". */
function staticCellText(cell: Element, column: string): string {
  const text = cell.textContent ?? '';
  if (column === 'Model') return text.split(' 👑')[0].split(' (baseline)')[0].split(' · ')[0].replace(/\s+/g, '');
  return text.replace(/\(ranks ([^)]*)\)/, '$1').replace(/\s+/g, '');
}

/**
 * Runs `check` on each leaderboard the element shows: a feed of several (suites) shows one at a
 * time, so each is shown by an element of its own (`suite`); a feed of one, once.
 */
async function eachPart(feed: Feed, check: (el: FmLeaderboard) => void): Promise<void> {
  const ids = (feed.suites ?? []).map((suite) => suite.id);
  if (ids.length > 0 && feed.benchmarks.some((b) => !b.suite)) ids.push('-');
  for (const id of ids.length > 0 ? ids : [undefined]) {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="en" suite=${id ?? ''} .feed=${feed}></fm-leaderboard>`);
    await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
    await Promise.all(($$(el, 'fm-leaderboard-table') as Array<HTMLElement & { updateComplete: Promise<unknown> }>).map((t) => t.updateComplete));
    check(el);
    el.remove();
  }
}

/** The renderer's own output, in a test page: it escapes feed text itself (tested in test/node/render.test.mjs). */
function staticCopy(feed: Feed): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = toHtml(staticPage(buildHub(feed), { lang: 'en' }));
  document.body.append(page);
  return page;
}

for (const [name, url] of [
  ['the built-in hub', '/demo/data/hub.feed.json'],
  ['the imported evaluation results', '/demo/data/formats.feed.json'],
] as const) {
  describe(`the static page of ${name} and the element`, () => {
    let feed: Feed;
    let page: HTMLElement;
    before(async function () {
      feed = (await (await fetch(url)).json()) as Feed;
      page = staticCopy(feed);
    });
    after(() => page.remove());

    it('have the same sections in the same order (each leaderboard’s in its own view)', async function () {
      this.timeout(30_000);
      const sections = (root: ParentNode) => [...root.querySelectorAll('section[id^="fm-b-"], article[id^="fm-b-"]')].map((s) => s.id);
      const seen: string[] = [];
      await eachPart(feed, (el) => {
        const shown = sections(el.shadowRoot!);
        expect(sections(page).filter((id) => shown.includes(id))).to.deep.equal(shown);
        seen.push(...shown);
      });
      expect([...seen].sort()).to.deep.equal(sections(page).sort());
      expect(sections(page).length).to.be.greaterThan(2);
    });

    it('show every benchmark table with the same columns and, cell by cell, the same values', async function () {
      this.timeout(30_000);
      let cells = 0;
      await eachPart(feed, (el) => (cells += compareTables(el, page)));
      expect(cells).to.be.greaterThan(100);
    });

    it('rank the same podium and lead the same quick comparison', async function () {
      this.timeout(30_000);
      await eachPart(feed, (el) => {
        for (const article of $$(el, 'article.benchmark')) {
          const quick = article.querySelector('.quick');
          if (!quick) continue;
          const still = page.querySelector(`section#${article.id} .fm-note-tip`)!;
          expect(still, article.id).to.exist;
          const words = (node: Element) => node.textContent!.replace(/^\s*(Quick comparison)?/, '').replace(/\s+/g, '');
          expect(words(still)).to.equal(words(quick));
        }
      });
    });
  });
}

/** Compares every table the element shows with the static page's, cell by cell; returns the cells compared. */
function compareTables(el: FmLeaderboard, page: HTMLElement): number {
  let cells = 0;
  for (const table of $$(el, 'fm-leaderboard-table')) {
    const anchor = table.closest('article')!.id;
    const live = $(table, 'table');
    const still = page.querySelector(`section#${anchor} table`)!;
    expect(still, anchor).to.exist;
    const columns = [...live.querySelectorAll('thead th')].map(cellText);
    expect([...still.querySelectorAll('thead th')].map(cellText), `${anchor} columns`).to.deep.equal(columns);
    const liveRows = [...live.querySelectorAll('tr[part="row"]')];
    const stillRows = [...still.querySelectorAll('tbody tr')];
    expect(stillRows.length, `${anchor} rows`).to.equal(liveRows.length);
    liveRows.forEach((row, r) => {
      [...row.children].forEach((cell, c) => {
        expect(staticCellText(stillRows[r].children[c], columns[c]), `${anchor} row ${r + 1} ${columns[c]}`).to.equal(cellText(cell));
        cells++;
      });
    });
  }
  return cells;
}
