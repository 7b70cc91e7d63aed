// Limits: a feed size cap with a clear message, and caps on what renders outside the virtualized
// table, each saying what it left out.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { OVERALL_ROWS, COMPARE_MATCHES, CHART_DOTS } from '../../src/internal/limits.js';
import { SUMMARY } from '../../src/elements/score-distribution/chart-model.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

describe('limits', () => {
  it('refuses a feed over max-feed-bytes, saying how large it is and what the limit is', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard max-feed-bytes="1000" src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => $$(el, '[role="alert"]').length > 0);
    expect($(el, '[role="alert"]').textContent!.replace(/\s+/g, ' ')).to.match(/hub\.feed\.json is too large\. It has [\d,]+ characters; the limit is 1,000\./);
  });

  it('windows the overall table, caps the compare picker and summarises the chart for 5,000 models', async function () {
    this.timeout(60_000);
    const big = feed(Array.from({ length: 5000 }, (_, i) => run(`m${i}`, { score: ((i * 7919) % 10007) / 10007 })));
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${big}></fm-leaderboard>`);
    await until(() => el.rankings.length === 1, 20_000);
    await el.updateComplete;
    // The overall table is windowed past OVERALL_ROWS: every model, only the rows in view drawn.
    const overall = $(el, '[part="overall-table"]');
    expect(overall.getAttribute('aria-rowcount')).to.equal('5001');
    const drawn = $$(el, '[part="overall-table"] tbody tr[data-window-item]');
    expect(drawn.length).to.be.within(5, OVERALL_ROWS);
    expect(drawn[0].getAttribute('aria-rowindex')).to.equal('2');
    const scroller = $(el, '#fm-overall [data-window]') as HTMLElement;
    expect(scroller.getAttribute('role')).to.equal('region');
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => $$(el, '[part="overall-table"] tbody tr[data-window-item]').some((r) => r.getAttribute('aria-rowindex') === '5001'), 5000);
    const last = $$(el, '[part="overall-table"] tbody tr[data-window-item]').at(-1)!;
    expect(last.querySelector('td')!.textContent!.trim()).to.equal('5000');
    expect($(el, '#fm-overall').textContent).not.to.include('not shown');
    // Past COMPARE_PICKER models the picker is a search: the first matches, not 5,000 checkboxes.
    expect($$(el, '.picker input')).to.have.length(COMPARE_MATCHES);
    expect($(el, '.compare [role="status"]').textContent!.trim()).to.equal('25 of 5,000 models shown; type to narrow the list.');
    const filter = $(el, '.compare input[type="search"]') as HTMLInputElement;
    filter.value = 'M4999';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect($$(el, '.picker label').map((l) => l.textContent!.trim())).to.deep.equal(['M4999']);
    expect($(el, '.compare [role="status"]').textContent!.trim()).to.equal('1 model found.');
    // A chosen model stays listed while the search moves on.
    ($(el, '.picker input') as HTMLInputElement).click();
    filter.value = 'M12';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const labels = $$(el, '.picker label').map((l) => l.textContent!.trim());
    expect(labels).to.include('M4999');
    expect(labels.filter((l) => l.startsWith('M12'))).to.have.length(COMPARE_MATCHES);
    const chart = $(el, 'fm-score-distribution');
    await until(() => $$(chart, 'circle.dot').length > 0, 20_000);
    // Past CHART_DOTS the chart summarises: the best and the last as dots, bars for the rest.
    expect($$(chart, 'circle.dot')).to.have.length(SUMMARY.leaders + SUMMARY.last);
    expect($(chart, '.note').textContent).to.include('5,000 models: the 10 best and the 3 last as dots, the bars count the models at each score.');
  });
});

describe('the score distribution past CHART_DOTS models: a summary whose cost follows the chart, not the feed', () => {
  const ranked = (n: number) => feed(Array.from({ length: n }, (_, i) => run(`m${i}`, { score: ((i * 7919) % 10007) / 10007 })));

  async function chartOf(n: number) {
    const el = await fixture<HTMLElement>(html`<fm-score-distribution benchmark="b" .feed=${ranked(n)}></fm-score-distribution>`);
    await until(() => $$(el, 'circle.dot').length > 0, 20_000);
    return el;
  }

  it('draws every model up to the limit, and a summary of the same size at 1,000 and 10,000 models', async function () {
    this.timeout(60_000);
    const full = await chartOf(CHART_DOTS);
    expect($$(full, 'circle.dot')).to.have.length(CHART_DOTS);
    expect($$(full, 'rect.bin')).to.have.length(0);
    // The hidden table lists the best and the last, and where the rest lie (the table beside has every number).
    expect($$(full, '.visually-hidden table')).to.have.length(2);
    expect($$(full, '.visually-hidden table')[0].querySelectorAll('tbody tr')).to.have.length(SUMMARY.leaders + SUMMARY.last);
    const listed = await chartOf(SUMMARY.listed);
    expect($$(listed, '.visually-hidden table')).to.have.length(1);
    expect($$(listed, '.visually-hidden table tbody tr')).to.have.length(SUMMARY.listed);
    const sizes: number[] = [];
    for (const n of [1000, 10000]) {
      const el = await chartOf(n);
      const count = el.shadowRoot!.querySelectorAll('*').length;
      sizes.push(count);
      expect($$(el, 'circle.dot')).to.have.length(13);
      // Bars count every model.
      expect($$(el, 'rect.bin').length).to.be.greaterThan(10);
      expect(count, 'elements in the chart').to.be.below(1000);
    }
    expect(Math.abs(sizes[1] - sizes[0]), 'elements at 1,000 vs 10,000 models').to.be.below(100);
  });

  it('gives screen readers the drawn models and where the rest lie, read from the ranking', async function () {
    this.timeout(60_000);
    const el = await chartOf(1001);
    const [dotsTable, spread] = $$(el, '.visually-hidden table');
    expect(dotsTable.querySelector('caption')!.textContent!.trim()).to.equal('Scores on Bench (score): the 10 best and the 3 last of 1,001 models');
    const ranks = [...dotsTable.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(ranks).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '999', '1000', '1001']);
    const rows = [...spread.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.map((r) => r[0])).to.deep.equal(['Best', 'Top 10 %', 'Top 25 %', 'Median', 'Bottom 25 %', 'Bottom 10 %', 'Last']);
    expect(rows.map((r) => r[1])).to.deep.equal(['1', '101', '251', '501', '751', '901', '1001']);
    // Scores fall from the best place to the last.
    const scores = rows.map((r) => Number(r[2]));
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    await expect(el).to.be.accessible();
  });
});
