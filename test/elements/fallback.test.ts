// Progressive enhancement (issue 18): an element's children are the page's static copy of the
// leaderboard (`fm-leaderboard render`). They show until the live view is ready, then are neither
// seen nor in the accessibility tree; an error shows above them; without children nothing changes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { buildHub, type Feed } from '../../src/core/index.js';
import { staticPage, toHtml } from '../../src/render/index.js';
import { $, $$, until } from '../support/dom.js';

const FEED = '/demo/data/hub.feed.json';
let feed: Feed;
before(async () => {
  feed = (await (await fetch(FEED)).json()) as Feed;
});

/** The static page's HTML (the renderer's own output: it escapes feed text itself). */
const staticHtml = () => toHtml(staticPage(buildHub(feed), { lang: 'en', headingLevel: 2 }));

/** A feed server that answers when told to, so the loading state can be looked at. */
function heldFeed(): { url: string; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  const url = `/held-${Math.random().toString(36).slice(2)}.json`;
  const original = window.fetch;
  window.fetch = async (input, init) => {
    if (String(input).endsWith(url)) {
      await held;
      window.fetch = original;
      return original(FEED, init);
    }
    return original(input, init);
  };
  return { url, release };
}

describe('the static copy inside the elements', () => {
  it('<fm-leaderboard>: shows the copy while the feed loads, then the live hub only', async function () {
    this.timeout(20_000);
    const { url, release } = heldFeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fm-leaderboard lang="en" src="${url}">${staticHtml()}</fm-leaderboard>`;
    const el = wrapper.querySelector('fm-leaderboard') as FmLeaderboard;
    const copy = el.querySelector('.fm-static')!;
    await el.updateComplete;
    expect(copy.checkVisibility(), 'the copy shows while loading').to.equal(true);
    expect($$(el, '[part="status"]'), 'no "Loading…" over it').to.have.length(0);
    expect(copy.querySelectorAll('table').length).to.be.greaterThan(7);
    release();
    await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
    expect(copy.checkVisibility(), 'the copy is gone once live').to.equal(false);
    expect(copy.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
    // Not read twice: an element that is not rendered is not in the accessibility tree, and
    // axe, which checks what is rendered, passes.
    await expect(el).to.be.accessible();
  });

  it('<fm-leaderboard-table>: the same with one table inside it', async function () {
    this.timeout(20_000);
    const { url, release } = heldFeed();
    const table = staticHtml().match(/<table>[\s\S]*?<\/table>/g)!.find((t) => t.includes('DNA Enhancer Classification: 5 models'))!;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fm-leaderboard-table lang="en" benchmark="BM-DNA-ENHANCER" src="${url}">${table}</fm-leaderboard-table>`;
    const el = wrapper.querySelector('fm-leaderboard-table') as FmLeaderboardTable;
    const copy = el.querySelector('table')!;
    await el.updateComplete;
    expect(copy.checkVisibility()).to.equal(true);
    expect(copy.querySelectorAll('tbody tr')).to.have.length(5);
    release();
    await until(() => $$(el, 'tr[part="row"]').length === 5, 10_000);
    expect(copy.checkVisibility()).to.equal(false);
  });

  it('an error shows above the copy, which stays', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fm-leaderboard-table src="/no/such/feed.json"><table><caption>Copy</caption><tr><td>HyenaDNA</td></tr></table></fm-leaderboard-table>`;
    const el = wrapper.querySelector('fm-leaderboard-table') as FmLeaderboardTable;
    await until(() => !!el.shadowRoot?.querySelector('.status.error'));
    expect($(el, '.status.error').textContent).to.include('404');
    expect(el.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  it('without a copy (white space only), the loading state is as before', async () => {
    const { url, release } = heldFeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fm-leaderboard-table src="${url}">\n  </fm-leaderboard-table>`;
    const el = wrapper.querySelector('fm-leaderboard-table') as FmLeaderboardTable;
    await el.updateComplete;
    expect($(el, '.status.loading').checkVisibility()).to.equal(true);
    release();
  });
});
