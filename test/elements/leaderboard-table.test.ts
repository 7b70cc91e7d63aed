import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FmSortChangeDetail } from '../../src/events/index.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, header, modelOrder, record, tableFor, until } from '../support/elements.js';

/** Five models: a tie at 2nd, a baseline, links, a lower-is-better tie-breaker. */
function sample() {
  const f = feed(
    [
      run('alpha', { score: 0.9, err: 0.2, acc: 0.5 }, { date: '2025-01-02' }),
      run('beta', { score: 0.8, err: 0.1, acc: 0.7 }, { date: '2025-03-01' }),
      run('gamma', { score: 0.8, err: 0.1, acc: 0.6 }, { date: '2025-02-01' }),
      run('delta', { score: 0.7, acc: 10 }),
      run('base', { score: 0.4, err: 0.9, acc: 9 }),
    ],
    { benchmark: { secondary_metrics: ['err', 'acc'] } },
  );
  f.models.find((m) => m.id === 'base')!.type = 'baseline';
  return f;
}

describe('fm-leaderboard-table: rendering', () => {
  it('renders one row per model, in ranking order, as a real table', async () => {
    const el = await tableFor(sample());
    expect($(el, 'table'), 'table element').to.exist;
    expect(modelOrder(el)).to.deep.equal(['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'BASE']);
    expect($$(el, 'tbody tr')).to.have.length(5);
  });

  it('shows medals and shared ranks for ties; the leader wears the crown', async () => {
    const f = sample();
    f.benchmarks[0].secondary_metrics = []; // beta and gamma now tie fully
    const el = await tableFor(f);
    const ranks = $$(el, 'tbody .rank').map((r) => r.textContent!.replace(/\s+/g, ''));
    expect(ranks).to.deep.equal(['🥇1', '🥈2=(tied)', '🥈2=(tied)', '🏅4', '🏅5']);
    expect($$(el, '.crown')).to.have.length(1);
    expect($$(el, 'tbody tr')[0].textContent).to.include('👑');
  });

  it('formats numbers for the page language, with fixed decimals', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<div lang="de"><fm-leaderboard-table .feed=${sample()}></fm-leaderboard-table></div>`);
    const table = el.querySelector('fm-leaderboard-table')!;
    await table.updateComplete;
    expect($$(table, 'tbody tr')[0].textContent).to.include('0,9000');
  });

  it('shows ± and the rank range where results carry uncertainty', async () => {
    const el = await tableFor(feed([run('a', { score: { value: 0.9, se: 0.02 } }), run('b', { score: { value: 0.88, se: 0.02 } })]));
    const first = $$(el, 'tbody tr')[0];
    expect(first.textContent).to.include('±');
    expect(first.querySelector('.rank-range')!.textContent).to.equal('1–2');
  });

  it('shows the tier of each row as a badge: icon, label, colour by tier, the range in its title', async () => {
    const el = await tableFor(sample());
    const badges = $$(el, 'tbody [part="badge"]');
    expect(badges).to.have.length(5);
    // Default tiers on 0–1: 0.9 is Excellent, 0.8 Good, 0.7 Fair, 0.4 Developing.
    expect(badges.map((b) => b.dataset.tier)).to.deep.equal(['excellent', 'good', 'good', 'fair', 'developing']);
    expect(badges[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('⭐ Excellent');
    expect(badges[1].title).to.match(/^Good: from 0\.\d+ to below 0\.\d+\./);
    expect(getComputedStyle(badges[0]).backgroundColor).to.not.equal(getComputedStyle(badges[3]).backgroundColor);
  });

  it('renders feed links only when http(s), with rel="noopener noreferrer"', async () => {
    const f = sample();
    f.models[0].links = [
      { label: 'Paper', url: 'https://example.org/p' },
      { label: 'Evil', url: 'javascript:alert(1)' },
      { label: 'Tab', url: 'java\tscript:alert(1)' },
    ];
    const el = await tableFor(f);
    const anchors = $$(el, 'a');
    expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/p']);
    expect(anchors[0].getAttribute('rel')).to.equal('noopener noreferrer');
    expect($$(el, '.unsafe-link').map((s) => s.textContent)).to.deep.equal(['Evil: javascript:alert(1)', 'Tab: java\tscript:alert(1)']);
  });

  it('shows feed text as text, never as HTML', async () => {
    const f = sample();
    f.models[0].name = '<img src=x onerror="window.__pwned=1">';
    const el = await tableFor(f);
    expect($$(el, 'img')).to.have.length(0);
    expect(modelOrder(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
  });
});

describe('fm-leaderboard-table: states', () => {
  it('shows a loading state, then the rows from src', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table src="/demo/data/minimal.feed.json"></fm-leaderboard-table>`);
    expect($(el, '.status.loading').textContent).to.include('Loading leaderboard');
    await until(() => modelOrder(el).length === 3);
    expect(modelOrder(el)).to.deep.equal(['EHR-FM', 'ClinicalBERT', 'Logistic regression']);
  });

  it('names the HTTP status when the feed cannot be fetched', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table src="/no/such/feed.json"></fm-leaderboard-table>`);
    await until(() => $$(el, '[role="alert"]').length > 0);
    expect($(el, '[role="alert"]').textContent).to.include('Could not load /no/such/feed.json').and.to.include('HTTP 404');
  });

  it('names the line and column when the feed is not JSON', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table src="/package.json?x"></fm-leaderboard-table>`);
    el.src = '/README.md';
    await until(() => $$(el, '[role="alert"]').length > 0);
    expect($(el, '[role="alert"]').textContent).to.match(/not valid JSON at line 1, column 1: unexpected "#"/);
  });

  it('lists the validator’s problems with their paths when the feed is invalid', async () => {
    const f = sample() as any;
    delete f.benchmarks[0].name;
    f.metrics.score.direction = 'up';
    const el = await tableFor(f);
    const alert = $(el, '[role="alert"]').textContent!;
    expect(alert).to.include('/benchmarks/0/name: is required');
    expect(alert).to.include('/metrics/score/direction: expected one of "higher", "lower", got "up"');
  });

  it('renders the good results of a feed with a few bad ones, and lists the bad ones', async () => {
    const f = sample() as any;
    f.results[4].metrics.score = 'high';
    const el = await tableFor(f);
    expect(modelOrder(el)).to.have.length(4);
    expect($(el, '.footnotes').textContent).to.include('/results/4/metrics/score');
  });

  it('says "No submissions yet" for a benchmark without results', async () => {
    const f = sample();
    f.benchmarks.push({ id: 'new', name: 'New' });
    const el = await tableFor(f, 'new');
    expect($(el, '.status.empty').textContent).to.include('No submissions yet');
    await expect(el).to.be.accessible();
  });

  it('names an unknown benchmark id and lists the ones the feed has', async () => {
    const el = await tableFor(sample(), 'nope');
    expect($(el, '[role="alert"]').textContent).to.include('No benchmark “nope” in this feed; it has: b.');
  });

  it('a new src wins over a slower older one: stale data never shows', async () => {
    const realFetch = window.fetch;
    let releaseOld!: () => void;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.includes('old')) return realFetch(input, init);
      return new Promise<Response>((resolve) => {
        releaseOld = () => resolve(new Response(JSON.stringify(feed([run('stale', { score: 1 })]))));
      });
    }) as typeof fetch;
    try {
      const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table src="/old.json"></fm-leaderboard-table>`);
      el.src = '/demo/data/minimal.feed.json';
      await until(() => modelOrder(el).length === 3);
      releaseOld();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(modelOrder(el)).to.deep.equal(['EHR-FM', 'ClinicalBERT', 'Logistic regression']);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('fm-leaderboard-table: sorting', () => {
  it('a header press sorts best first, a second press reverses, with aria-sort', async () => {
    const el = await tableFor(sample());
    const events = record<FmSortChangeDetail>(el, 'fm-sort-change');
    header(el, 'acc').click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['DELTA', 'BASE', 'BETA', 'GAMMA', 'ALPHA']);
    expect(header(el, 'acc').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    header(el, 'acc').click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['ALPHA', 'GAMMA', 'BETA', 'BASE', 'DELTA']);
    expect(events.map((e) => e.keys)).to.deep.equal([[{ column: 'metric:acc', direction: 'descending' }], [{ column: 'metric:acc', direction: 'ascending' }]]);
  });

  it('sorts numbers as numbers (10 above 9), never as text', async () => {
    const el = await tableFor(sample());
    header(el, 'acc').click();
    await el.updateComplete;
    expect(modelOrder(el).slice(0, 2)).to.deep.equal(['DELTA', 'BASE']); // acc 10, then 9
  });

  it('a lower-is-better column sorts ascending first; a missing value sorts last both ways', async () => {
    const el = await tableFor(sample());
    header(el, 'err').click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['BETA', 'GAMMA', 'ALPHA', 'BASE', 'DELTA']);
    expect(header(el, 'err').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    header(el, 'err').click();
    await el.updateComplete;
    expect(modelOrder(el).at(-1)).to.equal('DELTA');
  });

  it('Shift+click adds a secondary key; the sort is stable', async () => {
    const el = await tableFor(sample());
    const events = record<FmSortChangeDetail>(el, 'fm-sort-change');
    header(el, 'err').click();
    header(el, 'acc').dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
    await el.updateComplete;
    expect(events.at(-1)!.keys.map((k) => k.column)).to.deep.equal(['metric:err', 'metric:acc']);
    expect(modelOrder(el).slice(0, 2)).to.deep.equal(['BETA', 'GAMMA']); // err ties; acc 0.7 > 0.6
  });

  it('sorts from the keyboard: Enter and Space on a header', async () => {
    const el = await tableFor(sample());
    header(el, 'Model').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['ALPHA', 'BASE', 'BETA', 'DELTA', 'GAMMA']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(modelOrder(el)[0]).to.equal('GAMMA');
  });

  it('announces the sort in a polite live region', async () => {
    const el = await tableFor(sample());
    header(el, 'score').click();
    await el.updateComplete;
    expect($(el, '[role="status"][aria-live="polite"]').textContent).to.equal('Sorted by score, descending.');
  });

  it('the Rank column restores the ranking order; medals never decide the order', async () => {
    const el = await tableFor(sample());
    header(el, 'Model').click();
    header(el, 'Rank').click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'BASE']);
  });

  it('fires no event when properties change from code', async () => {
    const el = await tableFor(sample());
    const events = record(el, 'fm-sort-change');
    el.feed = sample();
    el.benchmark = 'b';
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('is accessible (axe) in light and dark, sorted', async () => {
    const el = await tableFor(sample());
    header(el, 'acc').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
