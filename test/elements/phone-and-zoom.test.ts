// Phones and zoom (issue 17): the page never scrolls sideways, and every benchmark table shows a
// row's rank, model and primary score together, at 320, 390 and 768 px on the demo's feed.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/leaderboard/leaderboard.js';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

const SIZES: Array<[number, number]> = [
  [320, 640],
  [390, 844],
  [768, 1024],
];

async function demoHub(): Promise<FmLeaderboard> {
  const el = await fixture<FmLeaderboard>(html`<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>`);
  await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
  const parts = $$(el, 'fm-leaderboard-table, fm-score-distribution, fm-podium') as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
  await Promise.all(parts.map((p) => p.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  return el;
}

describe('phones and zoom: reflow', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of SIZES) {
    it(`at ${width}×${height}: no sideways page scroll, and each table's first row shows rank, model and score`, async function () {
      this.timeout(20_000);
      await setViewport({ width, height });
      const el = await demoHub();
      expect(document.documentElement.scrollWidth, 'page width').to.equal(window.innerWidth);
      const tables = $$(el, 'fm-leaderboard-table');
      expect(tables.length).to.be.greaterThan(5);
      for (const table of tables) {
        const row = $(table, 'tr[part="row"]');
        const [rank, model, score] = [...row.children].map((c) => c.getBoundingClientRect());
        // Inside the viewport and not cut by the table's own scroll box.
        const view = $(table, '.scroll').getBoundingClientRect();
        const name = table.getAttribute('benchmark');
        for (const [what, box] of [
          ['rank', rank],
          ['model', model],
          ['score', score],
        ] as const) {
          expect(box.left, `${name}: ${what} left`).to.be.at.least(Math.max(0, view.left));
          expect(box.right, `${name}: ${what} right`).to.be.at.most(Math.min(window.innerWidth, view.right));
        }
      }
    });

    it(`at ${width}×${height}: names break between words, after - _ /, and inside a word only of 14+ characters`, async function () {
      this.timeout(20_000);
      await setViewport({ width, height });
      const el = await demoHub();
      let words = 0;
      for (const name of $$(el, 'fm-leaderboard-table').flatMap((t) => $$(t, '.model-name'))) {
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/[^\s/_-]{2,13}/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            expect(lines.size, `"${word[0]}" in "${name.textContent}"`).to.equal(1);
            words++;
          }
        }
      }
      expect(words, "words checked").to.be.greaterThan(30);
    });
  }

  it('at 390 px every row of the hub’s tables is one line tall (36 px), names cut with "…" rather than wrapped', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    const el = await demoHub();
    const heights = [...$$(el, '[part="overall-table"] tbody tr:not(.spacer)'), ...$$(el, 'fm-leaderboard-table').flatMap((t) => $$(t, 'tr[part="row"]'))].map((tr) => Math.round(tr.getBoundingClientRect().height));
    expect(heights.length).to.be.greaterThan(30);
    expect(Math.max(...heights), heights.join(' ')).to.be.at.most(38);
    // The longest name is cut in the row and given whole in its details.
    const table = $(el, 'fm-leaderboard-table[benchmark="BM-TOY-CLASS"]') as HTMLElement & { updateComplete: Promise<unknown> };
    const name = $$(table, 'tr[part="row"] .model-name').find((n) => n.textContent!.startsWith('Baseline (Random'))!;
    expect(name.scrollWidth, 'cut short').to.be.greaterThan(name.clientWidth);
    (name.closest('tr')!.querySelector('button.toggle') as HTMLButtonElement).click();
    await table.updateComplete;
    expect($(table, '.details-body dd').textContent).to.include('Baseline (Random/Majority)');
  });

  it('at 390 px a windowed table of 300 models shows rank, name and score of its rows together', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    const results = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, benchmark: 'b', model: `Model ${1000 + i}`, metrics: { acc: { value: 0.9 - i / 1000, se: 0.01 } } }));
    const feed = { version: '1.0', metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } }, benchmarks: [{ id: 'b', name: 'B', primary_metric: 'acc' }], models: [], results };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="padding: 0 1rem"><fm-leaderboard-table .feed=${feed} benchmark="b"></fm-leaderboard-table></div>`);
    const table = wrapper.querySelector('fm-leaderboard-table')! as HTMLElement & { updateComplete: Promise<unknown> };
    await until(() => !!table.shadowRoot!.querySelector('.windowed tr[part="row"]'), 5000);
    await table.updateComplete;
    const view = $(table, '.scroll').getBoundingClientRect();
    for (const row of $$(table, 'tr[part="row"]').slice(0, 10)) {
      const [rank, model, score] = [...row.children].map((c) => c.getBoundingClientRect());
      // The score itself (its ± may run on past the edge, the table scrolls).
      const walker = document.createTreeWalker(row.children[2], NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !/\d/.test(text.textContent!)) text = walker.nextNode();
      const value = document.createRange();
      value.selectNodeContents(text!);
      expect(value.getBoundingClientRect().right - 0.5, `score ${text!.textContent} in view`).to.be.at.most(view.right);
      expect(rank.left + 0.5).to.be.at.least(view.left);
      const name = row.querySelector('.model-name')!;
      expect(name.scrollWidth, `${name.textContent} whole`).to.be.at.most(name.clientWidth);
      expect(model.right).to.be.at.most(score.left + 0.5);
    }
  });

  it('at 390 px three models compared side by side scroll inside the comparison, not the page', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    const el = await demoHub();
    const compare = $(el, '#fm-compare');
    compare.scrollIntoView();
    await until(() => !!compare.querySelector('.picker input') || !!el.shadowRoot!.querySelector('#fm-compare .picker input'), 5000);
    for (const input of $$(el, '#fm-compare .picker input').slice(0, 3)) {
      (input as HTMLInputElement).click();
      await el.updateComplete;
    }
    const table = $(el, '#fm-compare table');
    expect(table.getBoundingClientRect().width, 'the comparison is wider than the screen').to.be.greaterThan(390);
    expect(document.documentElement.scrollWidth).to.equal(window.innerWidth);
  });

  it('at 390 px an opened details row is read without scrolling sideways', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    const el = await demoHub();
    for (const table of $$(el, 'fm-leaderboard-table') as Array<HTMLElement & { updateComplete: Promise<unknown> }>) {
      $(table, 'button.toggle').click();
      await table.updateComplete;
      const body = $(table, '.details-body').getBoundingClientRect();
      const name = table.getAttribute('benchmark');
      expect(body.left, `${name}: details left`).to.be.at.least(0);
      expect(body.right, `${name}: details right`).to.be.at.most(window.innerWidth);
    }
  });

  it('at 320 px the scoring rules ("How are scores calculated?") stay inside their box', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 640 });
    const el = await demoHub();
    for (const details of $$(el, 'details.how')) (details as HTMLDetailsElement).open = true;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (const explainer of $$(el, 'fm-metric-explainer[mode="benchmark"]')) {
      const box = explainer.getBoundingClientRect();
      const over = [...explainer.shadowRoot!.querySelectorAll('dd, dt, p, li, td, th')].filter((n) => n.getBoundingClientRect().right > box.right + 1);
      expect(over.map((n) => n.textContent!.slice(0, 40)), explainer.getAttribute('benchmark')!).to.deep.equal([]);
    }
  });

  it('a score distribution alone at 320 px: its hidden data tables do not widen the page', async function () {
    await setViewport({ width: 320, height: 640 });
    const feed = await (await fetch('/demo/data/hub.feed.json')).json();
    const chart = await fixture<HTMLElement>(html`<fm-score-distribution .feed=${feed} benchmark="robustness_testing"></fm-score-distribution>`);
    // Drawn at its own width (it follows its box), and its data tables are there.
    await until(() => $$(chart, 'circle.dot').length > 0 && Number($(chart, 'svg').getAttribute('width')) <= 320);
    expect($$(chart, '.visually-hidden table').length).to.be.greaterThan(0);
    const wide = [...chart.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > 321).map((n) => `${n.localName}.${n.getAttribute('class')}:${Math.round(n.getBoundingClientRect().right)}`);
    expect(document.documentElement.scrollWidth, wide.join(' ')).to.equal(320);
  });
});

describe('phones and zoom: the metric popover', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // 640×450 is 1280×900 at 200 % zoom.
  for (const [width, height] of [
    [320, 640],
    [640, 450],
  ]) {
    it(`fits a ${width}×${height} viewport and scrolls inside`, async function () {
      this.timeout(20_000);
      await setViewport({ width, height });
      const el = await demoHub();
      const explainer = $(el, '#fm-b-robustness_testing fm-metric-explainer, [id^="fm-b-robustness"] fm-metric-explainer');
      const trigger = $(explainer, 'button.trigger');
      // Sections lay out as they come into view (content-visibility): scroll until it stays in view.
      for (let i = 0; i < 3; i++) {
        trigger.scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
      const at = trigger.getBoundingClientRect();
      expect(at.top, 'the button is in view').to.be.within(0, window.innerHeight - at.height);
      trigger.click();
      await until(() => $(explainer, '[popover]').matches(':popover-open') && $(explainer, '.panel-body').scrollHeight > 0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
      const panel = $(explainer, '[popover]').getBoundingClientRect();
      expect(panel.top, 'top').to.be.at.least(0);
      expect(panel.left, 'left').to.be.at.least(0);
      expect(panel.bottom, 'bottom').to.be.at.most(window.innerHeight);
      expect(panel.right, 'right').to.be.at.most(window.innerWidth);
      const body = $(explainer, '.panel-body');
      expect(body.scrollHeight, 'its text scrolls inside').to.be.greaterThan(body.clientHeight);
      await expect(explainer).to.be.accessible();
      trigger.click();
    });
  }
});

describe('assistive technology: row headers', () => {
  it('names each row header by the model alone, not its buttons and links', async function () {
    this.timeout(20_000);
    const el = await demoHub();
    const table = $(el, 'fm-leaderboard-table[benchmark="BM-FMRI-GRANULAR"]');
    const header = $(table, 'tr[part="row"] th[scope="row"]');
    const name = table.shadowRoot!.getElementById(header.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).to.equal('Brain-JEPA');
    // The label is the name alone: no crown, chips or links inside it.
    expect(name.children.length).to.equal(0);
    await expect(table).to.be.accessible();
  });
});
