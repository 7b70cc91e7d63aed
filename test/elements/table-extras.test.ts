// What the full bundle adds to <fm-leaderboard-table> (issue 19): rank changes against an older
// feed (previous-src, .previousFeed), facets in the toolbar, probe curves in a row's details.
// The table loads them as a chunk of their own after its first rows (src/elements/leaderboard-table/extras-chunk.ts).
import { expect, fixture, html } from '@open-wc/testing';
import type { Feed } from '../../src/core/index.js';
import type { FmFilterChangeDetail } from '../../src/events/index.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { $, $$, modelOrder, record, until } from '../support/elements.js';
import { clone, feed, run } from '../support/feeds.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

let hubFeed: Feed;
before(async () => {
  hubFeed = (await (await fetch('/demo/data/hub.feed.json')).json()) as Feed;
});

async function table(template: ReturnType<typeof html>): Promise<FmLeaderboardTable> {
  const el = await fixture<FmLeaderboardTable>(template);
  await until(() => el.currentRanking !== null && el.extras !== undefined);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Each row's model and the movement it shows: visible mark, and the words a screen reader gets. */
const moves = (el: FmLeaderboardTable) =>
  $$(el, 'tr[part="row"]').map((row) => {
    const move = row.querySelector('.move');
    return [row.querySelector('.model-name')!.textContent!.trim(), move?.querySelector('[aria-hidden]')?.textContent ?? '', move?.querySelector('.visually-hidden')?.textContent ?? ''];
  });

describe('fm-leaderboard-table rank changes', () => {
  const before = feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.7 }), run('gone', { score: 0.6 })], { generated: '2026-11-01' });
  const now = feed([run('c', { score: 0.95 }), run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('fresh', { score: 0.5 })]);

  it('marks each row ▲, ▼ or new against .previousFeed, with the old rank in its words', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${now} .previousFeed=${before} benchmark="b"></fm-leaderboard-table>`);
    expect(moves(el)).to.deep.equal([
      ['C', '▲2', ', up 2 from rank 3'],
      ['A', '▼1', ', down 1 from rank 1'],
      ['B', '▼1', ', down 1 from rank 2'],
      ['FRESH', 'new', ', new'],
    ]);
    // The rank cell reads as one: "1, up 2 from rank 3".
    const rankCell = $$(el, 'tr[part="row"] td')[0];
    expect(rankCell.textContent!.replace(/\s+/g, ' ')).to.include('1').and.include('up 2 from rank 3');
    expect($(el, '.previous').textContent).to.equal('Rank changes since Nov 1, 2026');
    await expect(el).to.be.accessible();
  });

  it('loads the older feed from previous-src, and shows no marks without one', async () => {
    const older = clone(hubFeed);
    // The older feed had DNABERT-2 first on the enhancer benchmark: move its score up.
    const dnabert = older.results.find((r) => r.benchmark === 'BM-DNA-ENHANCER' && /dnabert/i.test(r.model))!;
    (dnabert.metrics as Record<string, number>).AUROC = 0.99;
    const url = URL.createObjectURL(new Blob([JSON.stringify(older)], { type: 'application/json' }));
    const el = await table(html`<fm-leaderboard-table src="/demo/data/hub.feed.json" previous-src=${url} benchmark="BM-DNA-ENHANCER"></fm-leaderboard-table>`);
    await until(() => $$(el, '.move').length > 0);
    const marks = Object.fromEntries(moves(el).map(([name, mark]) => [name, mark]));
    expect(marks['DNABERT-2']).to.match(/^▼/);
    expect(marks.HyenaDNA).to.equal('▲1');
    expect($(el, '.previous').textContent).to.equal('Rank changes since the previous feed');
    el.previousSrc = undefined;
    await until(() => $$(el, '.move').length === 0);
    expect(el.shadowRoot!.querySelector('.previous')).to.equal(null);
  });

  it('says why when the older feed cannot be read, and still shows the table', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${now} previous-src="/no/such/old.json" benchmark="b"></fm-leaderboard-table>`);
    await until(() => el.shadowRoot!.querySelector('.previous.error') !== null);
    const error = $(el, '.previous.error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('No rank changes: Could not load /no/such/old.json').and.include('404');
    expect(modelOrder(el)).to.deep.equal(['C', 'A', 'B', 'FRESH']);
    const invalid = await table(html`<fm-leaderboard-table .feed=${now} .previousFeed=${{ version: '1.0' }} benchmark="b"></fm-leaderboard-table>`);
    await until(() => invalid.shadowRoot!.querySelector('.previous.error') !== null);
    expect($(invalid, '.previous.error').textContent).to.include('the feed property is not a valid leaderboard feed');
  });

  it('is axe clean with marks in dark', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${now} .previousFeed=${before} benchmark="b" theme="dark"></fm-leaderboard-table>`);
    await expect(el).to.be.accessible();
  });
});

describe('fm-leaderboard-table facets in the toolbar', () => {
  const open = async (el: FmLeaderboardTable) => {
    ($(el, 'details[part="facets"]') as HTMLDetailsElement).open = true;
    await el.updateComplete;
  };
  const choose = async (el: FmLeaderboardTable, facet: string, label: string) => {
    const input = $$(el, `.facet[aria-label="${facet}"] label`).find((l) => l.textContent!.trim().startsWith(label))!.querySelector('input')!;
    input.click();
    await el.updateComplete;
    await el.updateComplete;
  };

  it('lists the facets of the table’s models with counts, and filters by them, ranks unchanged', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${hubFeed} benchmark="BM-DNA-ENHANCER"></fm-leaderboard-table>`);
    await open(el);
    const facets = $$(el, '.facet').map((f) => [f.getAttribute('aria-label'), [...f.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())]);
    expect(facets.map(([name]) => name)).to.include('Size');
    const events = record<FmFilterChangeDetail>(el, 'fm-filter-change');
    const ranksBefore = Object.fromEntries($$(el, 'tr[part="row"]').map((r) => [r.querySelector('.model-name')!.textContent, r.querySelector('.rank-number')!.textContent]));
    await choose(el, 'Size', '10B and more');
    expect(modelOrder(el)).to.deep.equal(['Evo 2']);
    expect($(el, '[part="count"]').textContent).to.equal('1 of 5 models');
    const rank = $$(el, 'tr[part="row"] .rank-number')[0].textContent;
    expect(rank, 'the rank among all models').to.equal(ranksBefore['Evo 2']);
    expect(events.at(-1)).to.deep.include({ facets: { size: ['ge10b'] } });
    expect($(el, 'details[part="facets"] summary').textContent!.trim()).to.equal('Filter (on)');
    $(el, 'details[part="facets"] fieldset button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(modelOrder(el)).to.have.length(5);
    expect(events.at(-1)).to.deep.include({ facets: {} });
  });

  it('takes a choice from the page through .facets, combined with the search', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${hubFeed} benchmark="BM-DNA-ENHANCER" .facets=${{ licence: ['open'] }}></fm-leaderboard-table>`);
    const open = modelOrder(el);
    expect(open.length).to.be.within(1, 4);
    el.query = open[0].slice(0, 4);
    await el.updateComplete;
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal([open[0]]);
  });

  it('has no Filter when every model has the same facets', async () => {
    const el = await table(html`<fm-leaderboard-table .feed=${feed([run('a', { score: 0.9 }), run('b', { score: 0.8 })])} benchmark="b"></fm-leaderboard-table>`);
    expect(el.shadowRoot!.querySelector('details[part="facets"]')).to.equal(null);
  });

  it('is axe clean with the Filter open, light and dark', async function () {
    this.timeout(20_000);
    for (const theme of ['light', 'dark']) {
      const el = await table(html`<fm-leaderboard-table .feed=${hubFeed} benchmark="BM-DNA-ENHANCER" theme=${theme}></fm-leaderboard-table>`);
      await open(el);
      await expect(el).to.be.accessible();
    }
  });
});

describe('fm-leaderboard-table probe curves in the details', () => {
  for (const theme of ['light', 'dark']) {
    it(`draws a row’s robustness probes as curves, in place of the tables of figures (${theme}, axe)`, async function () {
      this.timeout(20_000);
      const el = await table(html`<fm-leaderboard-table .feed=${hubFeed} benchmark="robustness_testing" theme=${theme}></fm-leaderboard-table>`);
      const row = $$(el, 'tr[part="row"]').find((r) => r.querySelector('.model-name')!.textContent === 'Geneformer')!;
      (row.querySelector('button.toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const chart = $(el, 'tr.details fm-score-distribution') as HTMLElement & { updateComplete: Promise<boolean> };
      expect(chart.getAttribute('kind')).to.equal('probes');
      await until(() => (chart.shadowRoot?.querySelectorAll('g.curve').length ?? 0) > 0);
      const captions = [...chart.shadowRoot!.querySelectorAll('figcaption')].map((c) => c.textContent!);
      expect(captions.join(' ')).to.include('Geneformer').and.not.include('BrainLM');
      expect(el.shadowRoot!.querySelector('table.probe'), 'no tables of figures beside the curves').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
