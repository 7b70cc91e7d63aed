// Filters by what model cards say (issue 19): the facets of the built-in hub with their counts,
// the hub's facet bar filtering every table (ranks unchanged), the URL round trip, the event.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { buildHub, matchesFacets, modelFacets, readFacets, writeFacets, type Feed, type FacetSelection } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

let feed: Feed;
before(async () => {
  feed = (await (await fetch('/demo/data/hub.feed.json')).json()) as Feed;
});

/** The models that entered a benchmark (those the leaderboard shows). */
const entered = (f: Feed) => {
  const hub = buildHub(f);
  const keys = new Set(f.results.map((r) => hub.model(r.model).key));
  return hub.models.filter((m) => keys.has(m.key));
};

describe('modelFacets()', () => {
  it('lists the built-in hub’s facets with counts, a value per model or several (a family of sizes)', () => {
    const facets = modelFacets(entered(feed));
    const summary = Object.fromEntries(facets.map((f) => [f.id, f.values.map((v) => `${v.value} ${v.count}`)]));
    expect(summary.type).to.deep.equal(['model 10', 'baseline 1']);
    expect(summary.licence).to.deep.equal(['open 9', 'unknown 2']);
    // Evo 2 (1B / 7B / 40B) counts in two buckets; HyenaDNA (1.6M – 7B) in two.
    expect(summary.size).to.deep.equal(['lt100m 3', '100m-1b 4', '1b-10b 2', 'ge10b 1', 'unknown 3']);
    expect(summary.modality[0]).to.equal('DNA_sequence 4');
    expect(summary.modality.at(-1)).to.equal('unknown 2');
  });

  it('leaves out a facet with nothing to choose (one value)', () => {
    const models = entered(feed).filter((m) => !m.baseline);
    expect(modelFacets(models).map((f) => f.id)).to.not.include('type');
  });

  it('matches within a facet by any value, across facets by all', () => {
    const models = entered(feed);
    const names = (selection: FacetSelection) => models.filter((m) => matchesFacets(m, selection)).map((m) => m.name).sort();
    expect(names({ licence: ['unknown'] })).to.deep.equal(['kmer_baseline', 'kmer_k6']);
    expect(names({ size: ['ge10b'] })).to.deep.equal(['Evo 2']);
    expect(names({ size: ['1b-10b', 'ge10b'] })).to.deep.equal(['Evo 2', 'HyenaDNA']);
    expect(names({ size: ['1b-10b'], licence: ['unknown'] })).to.deep.equal([]);
    expect(names({})).to.have.length(11);
  });

  it('writes a selection for the URL and reads it back; nonsense is ignored, not thrown', () => {
    const selection = { licence: ['open', 'restricted'], modality: ['DNA_sequence', 'a,b;c:d'] };
    expect(readFacets(writeFacets(selection))).to.deep.equal(selection);
    expect(readFacets('colour:red;size:%E0%A4%A;;licence:')).to.deep.equal({ size: ['%E0%A4%A'] });
  });
});

describe('the hub’s facet bar', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  async function hub(attributes = ''): Promise<FmLeaderboard> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fm-leaderboard ${attributes} src="/demo/data/hub.feed.json"></fm-leaderboard>`;
    const el = wrapper.querySelector('fm-leaderboard') as FmLeaderboard;
    await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
    return el;
  }

  const tableRows = (el: FmLeaderboard) =>
    Object.fromEntries(
      ($$(el, 'fm-leaderboard-table') as Array<HTMLElement>).map((t) => [t.getAttribute('benchmark'), $$(t, 'tr[part="row"] .model-name').map((n) => n.textContent)]),
    );

  it('filters every table and the overall view at once, ranks unchanged; says how many are shown; Show all undoes it', async function () {
    this.timeout(20_000);
    const el = await hub();
    const events: FacetSelection[] = [];
    el.addEventListener('fm-filter-change', (e) => events.push((e as CustomEvent).detail.facets));
    const before = tableRows(el);
    const box = $$(el, '.facet[aria-label="Licence"] input')[1] as HTMLInputElement;
    expect(box.closest('label')!.textContent).to.match(/not stated\s+\(2\)/);
    box.click();
    await el.updateComplete;
    await Promise.all(($$(el, 'fm-leaderboard-table') as Array<HTMLElement & { updateComplete: Promise<unknown> }>).map((t) => t.updateComplete));
    expect(events.at(-1)).to.deep.equal({ licence: ['unknown'] });
    expect($(el, '.facet-status').textContent).to.match(/2 of 11 models shown/);
    expect($$(el, '.overall tbody th').map((th) => th.textContent!.trim())).to.deep.equal(['kmer_baseline', 'kmer_k6']);
    expect($$(el, '.overall tbody td:first-child').map((td) => td.textContent!.replace(/\D/g, ''))).to.deep.equal(['8', '9']);
    const after = tableRows(el);
    expect(after['BM-DNA-PROMOTER']).to.deep.equal(['kmer_k6']);
    const promoter = $$(el, 'fm-leaderboard-table').find((t) => t.getAttribute('benchmark') === 'BM-DNA-PROMOTER')!;
    expect($(promoter, 'tr[part="row"] .rank-number').textContent).to.match(/^4/);
    // A section where no model is left says so instead of showing an empty table.
    expect($(el, '#fm-b-bm-fmri-granular .status').textContent).to.match(/None of the 2 models ranked here has the facets chosen above/);
    await expect(el).to.be.accessible();
    ($(el, '.facet-status button') as HTMLButtonElement).click();
    await until(() => JSON.stringify(tableRows(el)) === JSON.stringify(before));
    expect(events.at(-1)).to.deep.equal({});
  });

  it('keeps the choice in the URL with sync-url, and reads it from there', async function () {
    this.timeout(20_000);
    history.replaceState(null, '', `${location.pathname}?fm-facets=${encodeURIComponent('size:ge10b')}`);
    const el = await hub('sync-url');
    expect(el.facets).to.deep.equal({ size: ['ge10b'] });
    expect(tableRows(el)['BM-DNA-ENHANCER']).to.deep.equal(['Evo 2']);
    expect(($(el, '.facet-bar') as HTMLDetailsElement).open, 'open while a choice is in effect').to.equal(true);
    ($$(el, '.facet[aria-label="Size"] input')[0] as HTMLInputElement).click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('fm-facets')).to.equal('size:ge10b,lt100m');
  });

  it('is axe clean in dark', async function () {
    this.timeout(20_000);
    const el = await hub('theme="dark"');
    ($(el, '.facet-bar') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });
});
