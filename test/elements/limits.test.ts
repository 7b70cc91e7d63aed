// Limits: a feed size cap with a clear message, and caps on what renders outside the virtualized
// table, each saying what it left out.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { LIMITS } from '../../src/internal/limits.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, until } from '../support/dom.js';

describe('limits', () => {
  it('refuses a feed over max-feed-bytes, saying how large it is and what the limit is', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard max-feed-bytes="1000" src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => $$(el, '[role="alert"]').length > 0);
    expect($(el, '[role="alert"]').textContent!.replace(/\s+/g, ' ')).to.match(/hub\.feed\.json is too large\. It has [\d,]+ characters; the limit is 1,000\./);
  });

  it('caps the overall tables, the compare picker and the chart dots for 5,000 models, saying so', async function () {
    this.timeout(60_000);
    const big = feed(Array.from({ length: 5000 }, (_, i) => run(`m${i}`, { score: ((i * 7919) % 10007) / 10007 })));
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${big}></fm-leaderboard>`);
    await until(() => el.rankings.length === 1, 20_000);
    await el.updateComplete;
    expect($$(el, '[part="overall-table"] tbody tr')).to.have.length(LIMITS.overallRows);
    expect($(el, '#fm-overall').textContent).to.include('and 4,900 more models not shown');
    expect($$(el, '.picker input')).to.have.length(LIMITS.comparePicker);
    expect($(el, '.compare').textContent).to.include('and 4,800 more models not shown');
    const filter = $(el, '.compare input[type="search"]') as HTMLInputElement;
    filter.value = 'M4999';
    filter.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect($$(el, '.picker label').map((l) => l.textContent!.trim())).to.deep.equal(['M4999']);
    const chart = $(el, 'fm-score-distribution');
    await until(() => $$(chart, 'circle.dot').length > 0, 20_000);
    expect($$(chart, 'circle.dot')).to.have.length(LIMITS.chartDots);
    expect($(chart, '.note').textContent).to.include('and 3,000 more models not shown');
  });
});
