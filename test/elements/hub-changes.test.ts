// Rank changes in the whole hub (issue 19): previous-src / .previousFeed, the header's sentence,
// each table's marks; and each table's own facets kept in the URL with sync-url.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { expandResults, type Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

let current: Feed;
/** The built-in feed as it stood before its newest day of results (as the demo compares). */
let older: Feed;
before(async () => {
  // Read as the element reads it: fields a benchmark shares (a day's `date`) put back in its results.
  current = expandResults((await (await fetch('/demo/data/hub.feed.json')).json()) as Feed);
  older = { ...current, generated: '2025-12-18', results: current.results.filter((r) => r.date && r.date.slice(0, 10) < '2025-12-19') };
});

async function hub(attributes = '', previousFeed?: Feed): Promise<FmLeaderboard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<fm-leaderboard ${attributes} src="/demo/data/hub.feed.json"></fm-leaderboard>`;
  const el = wrapper.querySelector('fm-leaderboard') as FmLeaderboard & { previousFeed?: unknown };
  if (previousFeed) el.previousFeed = previousFeed;
  await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
  return el;
}

/** Each table's rows as "name mark" ("Evo 2 new", "DNABERT-2 ▼2", "HyenaDNA"), by benchmark. */
const tableMarks = (el: FmLeaderboard) =>
  Object.fromEntries(
    $$(el, 'fm-leaderboard-table').map((t) => [
      t.getAttribute('benchmark'),
      $$(t, 'tr[part="row"]').map((row) => `${row.querySelector('.model-name')!.textContent} ${row.querySelector('.move [aria-hidden]')?.textContent ?? ''}`.trim()),
    ]),
  );

describe('the hub’s rank changes', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('says what changed since the older feed, and each table marks how its rows moved', async function () {
    this.timeout(20_000);
    const el = await hub('', older);
    await until(() => el.shadowRoot!.querySelector('.changes') !== null);
    expect($(el, '.changes').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Since Dec 18, 2025: 4 new models (Caduceus, Evo 2, Brain-JEPA and 1 more), 6 ranks moved. Each table shows how ranks moved (▲ up, ▼ down).',
    );
    await until(() => $$(el, 'fm-leaderboard-table').some((t) => $$(t, '.move').length > 0));
    const marks = tableMarks(el);
    expect(marks['BM-DNA-ENHANCER']).to.deep.equal(['HyenaDNA', 'Caduceus new', 'Evo 2 new', 'DNABERT-2 ▼2', 'kmer_k6 ▼2']);
  });

  it('finds nothing changed against the same feed', async function () {
    this.timeout(20_000);
    const el = await hub('', current);
    await until(() => el.shadowRoot!.querySelector('.changes') !== null);
    expect($(el, '.changes').textContent!.trim()).to.equal('No rank changed since the previous feed.');
  });

  it('says why when previous-src cannot be read, and shows the hub as before', async function () {
    this.timeout(20_000);
    const el = await hub('previous-src="/no/such/last-month.json"');
    await until(() => el.shadowRoot!.querySelector('.changes.error') !== null);
    const error = $(el, '.changes.error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('No rank changes: Could not load /no/such/last-month.json').and.include('404');
    expect($$(el, 'fm-leaderboard-table').length).to.be.greaterThan(3);
  });

  for (const theme of ['light', 'dark']) {
    it(`is axe clean with the sentence and the marks, ${theme}`, async function () {
      this.timeout(30_000);
      const el = await hub(`theme="${theme}" sections="header benchmarks"`, older);
      await until(() => el.shadowRoot!.querySelector('.changes') !== null && $$(el, 'fm-leaderboard-table').some((t) => $$(t, '.move').length > 0));
      await expect(el).to.be.accessible();
    });
  }

  it('keeps a table’s own facet choice in the URL with sync-url, and reads it from there', async function () {
    this.timeout(20_000);
    history.replaceState(null, '', `${location.pathname}?${encodeURIComponent('fm-f:BM-DNA-ENHANCER')}=${encodeURIComponent('size:ge10b')}`);
    const el = await hub('sync-url');
    const table = $$(el, 'fm-leaderboard-table').find((t) => t.getAttribute('benchmark') === 'BM-DNA-ENHANCER')!;
    await until(() => $$(table, 'tr[part="row"]').length === 1);
    expect($$(table, 'tr[part="row"] .model-name').map((n) => n.textContent)).to.deep.equal(['Evo 2']);
    // Other tables are not filtered by it.
    const other = $$(el, 'fm-leaderboard-table').find((t) => t.getAttribute('benchmark') === 'robustness_testing')!;
    expect($$(other, 'tr[part="row"]').length).to.be.greaterThan(1);
    ($(table, 'details[part="facets"]') as HTMLDetailsElement).open = true;
    const input = $$(table, '.facet[aria-label="Licence"] input')[0] as HTMLInputElement;
    input.click();
    await until(() => (new URLSearchParams(location.search).get('fm-f:BM-DNA-ENHANCER') ?? '').includes('licence'));
    expect(new URLSearchParams(location.search).get('fm-f:BM-DNA-ENHANCER')).to.match(/^licence:\w+;size:ge10b$|^size:ge10b;licence:\w+$/);
  });
});
