// The table under the audit of issue 17: the Rank header at load, target sizes, and
// right-to-left pages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, header, headerLabel, modelOrder } from '../support/elements.js';

function sample() {
  return feed([run('alpha', { score: 0.9 }), run('beta', { score: 0.8 }), run('gamma', { score: 0.8 }), run('delta', { score: 0.7 }), run('eps', { score: 0.6 })]);
}

async function table(dir = 'ltr'): Promise<FmLeaderboardTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}><fm-leaderboard-table .feed=${sample()}></fm-leaderboard-table></div>`);
  const el = wrapper.querySelector('fm-leaderboard-table')!;
  await el.updateComplete;
  return el;
}

/** The box of the characters `from`..`to` of a text node. */
function textBox(node: Node, from: number, to: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return range.getBoundingClientRect();
}

describe('the table under audit', () => {
  it('at load the Rank header says and shows ascending, and its first press reverses the order', async () => {
    const el = await table();
    const rank = header(el, 'Rank');
    expect(rank.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rank.querySelector('.arrow')!.textContent).to.equal('▲');
    rank.click();
    await el.updateComplete;
    expect(rank.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(rank.querySelector('.arrow')!.textContent).to.equal('▼');
    expect(modelOrder(el)[0]).to.equal('EPS');
  });

  it('row buttons are targets of at least 24 × 24 px, and the pin is not faded', async () => {
    const el = await table();
    for (const button of $$(el, 'tr[part="row"] button.icon')) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.className).to.be.at.least(24);
      expect(box.height, button.className).to.be.at.least(24);
    }
    expect(getComputedStyle($(el, 'button.pin')).opacity).to.equal('1');
  });

  it('right to left: the medal stripe at the inline start, ▸ pointing left, "2=" and "5 of 5 models" in order', async () => {
    const el = await table('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    // The stripe: an inset shadow on the right edge of the first cell (a negative x offset).
    const first = $(el, 'tr.podium-1 > :first-child');
    expect(getComputedStyle(first).boxShadow).to.match(/ -4px 0px 0px 0px inset$/);
    expect(getComputedStyle($(el, 'button.toggle')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // "2=": the sign after the number, on the right.
    const tied = $$(el, '.rank-number').find((n) => n.textContent!.includes('='))!;
    const number = textBox(tied.firstChild!, 0, 1);
    const sign = [...tied.querySelectorAll('span')].find((s) => s.textContent === '=')!.getBoundingClientRect();
    expect(sign.left, '"=" right of "2"').to.be.at.least(number.right - 1);
    // "5 of 5 models": the count first, on the left.
    const count = $(el, '.count');
    expect(count.textContent!.trim()).to.equal('5 of 5 models');
    const texts: Text[] = [];
    const walker = document.createTreeWalker(count, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text);
    // One text in the reader's language ("5 of 5 models"): its first "5" left of "models".
    const line = texts.find((t) => t.textContent!.includes('models'))!;
    const at = line.textContent!.indexOf('models');
    expect(textBox(line, line.textContent!.indexOf('5'), line.textContent!.indexOf('5') + 1).left, '"5" left of "models"').to.be.below(textBox(line, at, at + 6).left);
    await expect(el).to.be.accessible();
  });

  it('the Columns menu lies above the sticky header: each box can be clicked', async () => {
    const f = sample();
    f.benchmarks[0].secondary_metrics = ['err'];
    for (const r of f.results) r.metrics.err = 0.1;
    // Narrow, so that the menu opens over the sticky Model header (as in the demo's dna_classification).
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table style="width: 380px" .feed=${f}></fm-leaderboard-table>`);
    const menu = $(el, 'details.columns') as HTMLDetailsElement;
    menu.open = true;
    await el.updateComplete;
    // Each choice (its label) can be clicked where it shows, over the sticky Model header too.
    const choices = $$(el, '.columns label');
    const model = $(el, 'thead th.col-model').getBoundingClientRect();
    const over = choices.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.left < model.right && r.right > model.left && r.top < model.bottom && r.bottom > model.top;
    });
    expect(over.length, 'a choice lies over the sticky Model header').to.be.greaterThan(0);
    for (const choice of choices) {
      const r = choice.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width * 0.75, r.top + r.height / 2);
      expect(!!hit && choice.contains(hit), `${choice.textContent!.trim()} is covered by ${hit?.localName}`).to.equal(true);
    }
  });

  it('a header reached by Tab under the sticky Model column is brought out beside it, left to right and right to left', async () => {
    const response = await fetch('/demo/data/hub.feed.json');
    const hub = await response.json();
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 320px"><fm-leaderboard-table .feed=${hub} benchmark="robustness_testing"></fm-leaderboard-table></div>`,
      );
      const el = wrapper.querySelector('fm-leaderboard-table')!;
      await el.updateComplete;
      const scroller = $(el, '.scroll');
      const sticky = $(el, 'thead .col-model');
      const targets = $$(el, 'thead th:not(.col-model) button.sort');
      expect(targets.length, 'header buttons').to.be.greaterThan(6);
      let covered = 0;
      for (const target of targets) {
        // Scroll so that this header lies under the sticky column, then focus it as Tab would.
        scroller.scrollLeft = 0;
        const cell = target.closest('th')!;
        const shift = dir === 'rtl' ? sticky.getBoundingClientRect().right - cell.getBoundingClientRect().right : cell.getBoundingClientRect().left - sticky.getBoundingClientRect().left;
        if (Math.abs(shift) < sticky.getBoundingClientRect().width) continue; // beside it at the start already
        scroller.scrollLeft = dir === 'rtl' ? -shift : shift;
        const before = cell.getBoundingClientRect();
        const column = sticky.getBoundingClientRect();
        if (before.left >= column.right || before.right <= column.left) continue;
        covered++;
        target.focus();
        const after = cell.getBoundingClientRect();
        const stuck = sticky.getBoundingClientRect();
        expect(after.left >= stuck.right - 0.5 || after.right <= stuck.left + 0.5, `${dir}: ${headerLabel(target)} beside the Model column`).to.equal(true);
      }
      expect(covered, `${dir}: headers put under the sticky column`).to.be.greaterThan(2);
    }
  });

  it('🏅 and 🎖️ (ranks 4–10) are drawn smaller than the podium medals', async () => {
    const el = await table();
    const marks = $$(el, 'tr[part="row"] .mark');
    const size = (m: Element) => m.getBoundingClientRect().height;
    expect(marks.map((m) => m.textContent)).to.deep.equal(['🥇', '🥈', '🥈', '🏅', '🏅']);
    expect(size(marks[3]) / size(marks[0])).to.be.below(0.85);
  });

  it('long metric ids in headers may break after an underscore', async () => {
    const f = sample();
    for (const r of f.results) r.metrics = { robustness_score: r.metrics.score };
    f.benchmarks[0].primary_metric = 'robustness_score';
    f.metrics = { robustness_score: { name: 'Robustness', direction: 'higher', range: { min: 0, max: 1 } } };
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${f}></fm-leaderboard-table>`);
    const button = $$(el, 'button.sort').find((b) => headerLabel(b).replace(/\s/g, '') === 'robustness_score')!;
    expect(button.querySelectorAll('wbr')).to.have.length(1);
  });
});
