// Several elements with the same `src` on one page (a docs page with five tables of one feed)
// fetch, parse, validate and index it once (issue 16).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { feed, run } from '../support/feeds.js';
import { $$, modelOrder, until } from '../support/dom.js';

/** Replaces fetch for URLs containing `shared`: counts the calls and answers when released. */
function holdFetches() {
  const realFetch = window.fetch;
  const calls: Array<{ url: string; signal: AbortSignal | null | undefined }> = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (!url.includes('shared')) return realFetch(input, init);
    calls.push({ url, signal: init?.signal });
    return released.then(() => {
      if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      const f = feed([run('alpha', { score: 0.9 }), run('beta', { score: 0.8 })]);
      f.benchmarks.push({ id: 'c', name: 'C' });
      f.results.push({ id: 'c-alpha', benchmark: 'c', model: 'alpha', metrics: { score: 0.5 } });
      return new Response(JSON.stringify(f));
    });
  }) as typeof fetch;
  return { calls, release, restore: () => (window.fetch = realFetch) };
}

const parts = (root: Element) => [...root.querySelectorAll<FmLeaderboardTable>('fm-leaderboard-table')];

describe('one load for several elements with the same src', () => {
  it('five tables and a hub of one feed fetch it once and all render', async () => {
    const held = holdFetches();
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        ${[1, 2, 3, 4, 5].map((i) => html`<fm-leaderboard-table src="/shared/one.json" benchmark=${i % 2 ? 'b' : 'c'}></fm-leaderboard-table>`)}
        <fm-leaderboard src="/shared/one.json"></fm-leaderboard>
      </div>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(held.calls.map((c) => c.url.replace(location.origin, ''))).to.deep.equal(['/shared/one.json']);
      held.release();
      const tables = parts(page);
      await until(() => tables.every((t) => modelOrder(t).length > 0));
      expect(tables.map((t) => modelOrder(t).join())).to.deep.equal(['ALPHA,BETA', 'ALPHA', 'ALPHA,BETA', 'ALPHA', 'ALPHA,BETA']);
      const hub = page.querySelector('fm-leaderboard')!;
      await until(() => $$(hub, 'fm-leaderboard-table').length === 2);
      expect(held.calls).to.have.length(1);
    } finally {
      held.restore();
    }
  });

  it('keeps loading for the others when one changes its src, and stops the fetch when the last one does', async () => {
    const held = holdFetches();
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <fm-leaderboard-table src="/shared/two.json" benchmark="b"></fm-leaderboard-table>
        <fm-leaderboard-table src="/shared/two.json" benchmark="c"></fm-leaderboard-table>
      </div>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(held.calls).to.have.length(1);
      const [first, second] = parts(page);
      // Taken out and put back, or moved: it keeps waiting, no new fetch.
      first.remove();
      page.append(first);
      await new Promise((r) => setTimeout(r, 50));
      expect(held.calls).to.have.length(1);
      first.src = '/shared/other.json';
      await first.updateComplete;
      expect(held.calls[0].signal!.aborted, 'aborted while one still waits').to.equal(false);
      second.src = '/shared/other.json';
      await second.updateComplete;
      expect(held.calls[0].signal!.aborted, 'aborted when none waits').to.equal(true);
      // Both now share the new load.
      expect(held.calls.map((c) => c.url.replace(location.origin, ''))).to.deep.equal(['/shared/two.json', '/shared/other.json']);
      held.release();
      await until(() => modelOrder(first).length === 2 && modelOrder(second).length === 1);
    } finally {
      held.restore();
    }
  });

  it('a different src, or the same src after the load is done, is fetched on its own', async () => {
    const held = holdFetches();
    held.release();
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <fm-leaderboard-table src="/shared/three.json" benchmark="b"></fm-leaderboard-table>
        <fm-leaderboard-table src="/shared/four.json" benchmark="b"></fm-leaderboard-table>
      </div>`);
      await until(() => parts(page).every((t) => modelOrder(t).length === 2));
      expect(held.calls).to.have.length(2);
      const later = document.createElement('fm-leaderboard-table');
      later.setAttribute('src', '/shared/three.json');
      later.setAttribute('benchmark', 'b');
      page.append(later);
      await until(() => modelOrder(later).length === 2);
      expect(held.calls).to.have.length(3);
    } finally {
      held.restore();
    }
  });
});
