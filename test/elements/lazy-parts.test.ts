// Parts loaded on demand, met before their chunk is here (this file does not load the chunks
// first): what the hub and the table show in their place, and that the part follows. What a page
// fetches and when, under a strict CSP and with chunks held back or failing, is tested end to end
// (test/node/chunks-e2e.test.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { facetsChunk } from '../../src/elements/leaderboard/hub-chunks.js';
import { sectionsChunk } from '../../src/elements/leaderboard/benchmark-article.js';
import { detailsChunk } from '../../src/elements/leaderboard-table/details-chunk.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { LazyChunk } from '../../src/internal/lazy.js';
import { feed as feedOf, run } from '../support/feeds.js';

let feed: Feed;
before(async () => {
  feed = (await (await fetch('/demo/data/hub.feed.json')).json()) as Feed;
});

describe('a hub whose parts are not loaded yet', () => {
  it('with a facet choice from the page, shows no unfiltered table while the facets load, then only the chosen models', async () => {
    expect(facetsChunk.value, 'nothing loaded the facets yet').to.equal(undefined);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${feed} .facets=${{ type: ['baseline'] }}></fm-leaderboard>`);
    // Until the chunk is here, a note where the tables will be, and no table.
    if (!facetsChunk.value) {
      expect($$(el, 'table').length).to.equal(0);
      expect($(el, 'div.lazy[data-lazy="model facets"]')?.textContent).to.contain('Loading the model facets');
      expect($$(el, 'details.facet-bar:not([inert])')).to.have.length(0, 'no working bar until its chunk is here');
    }
    await until(() => $$(el, 'table tbody tr').length > 0, 10_000);
    const overall = $$(el, 'table tbody tr').map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    // The built-in hub's one baseline that entered a benchmark.
    expect(overall).to.have.length(1);
    expect(overall[0]).to.contain('Baseline (Random/Majority)');
  });

  it('keeps no room for a facet bar when the models agree on everything the facets read (nothing would come)', async () => {
    const plain = feedOf([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.7 })]);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${plain}></fm-leaderboard>`);
    expect($$(el, '.facet-bar, [data-lazy="model facets"]')).to.have.length(0);
    await facetsChunk.get();
    await el.updateComplete;
    expect($$(el, '.facet-bar')).to.have.length(0);
  });

  it('draws the benchmark sections once their chunk is here, each keeping its heading meanwhile', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${feed}></fm-leaderboard>`);
    const articles = $$(el, 'article.benchmark');
    expect(articles.length).to.equal(8);
    // Each article has its heading (the navigation's targets) whether drawn or not.
    for (const article of articles) expect(article.querySelector('h3, h4, h5, h6')?.textContent?.trim()).to.not.equal('');
    // The first section nearing the viewport brings the chunk (else the page's being idle would).
    articles[0].scrollIntoView();
    await until(() => !!sectionsChunk.value && el.complete && $$(el, 'fm-leaderboard-table').length === 7, 10_000);
    expect($$(el, 'article.benchmark.pending')).to.have.length(0);
  });
});

describe('a table whose row details are not loaded yet', () => {
  it('opens a row at once, with a note until the details come, then the details', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${feed} benchmark="BM-DNA-ENHANCER"></fm-leaderboard-table>`);
    const loaded = !!detailsChunk.value;
    ($(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const cell = () => $(el, 'tr.details td')!;
    // Never empty: the details, or a note that they are coming.
    expect(cell().textContent).to.match(loaded ? /Other runs|No other runs/ : /Loading the row details/);
    await until(() => /Other runs|No other runs/.test(cell().textContent ?? ''), 10_000);
  });
});

describe('a part a prefetch brought', () => {
  it('updates the host that needs it, though the host drew its placeholder before the part came', async () => {
    let arrive: (module: object) => void = () => undefined;
    const chunk = new LazyChunk('a part for this test', () => new Promise<object>((resolve) => (arrive = resolve)));
    let updates = 0;
    const host = { requestUpdate: () => void updates++ };
    // The host draws its placeholder while a prefetch (which knows no host) is under way.
    chunk.prefetch();
    expect(chunk.request(host)).to.equal(undefined);
    arrive({});
    await chunk.get();
    expect(updates).to.equal(1); // the host that asked is told
    // Another host, whose placeholder was drawn from the prefetch alone, comes near the viewport.
    let later = 0;
    chunk.need({ requestUpdate: () => void later++ });
    expect(later).to.equal(1);
  });
});
