// Malformed feeds in the page: each ends in a visible state (content or an error that names the
// problem), never a blank element, never an uncaught error, and the rest of the page keeps working.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { Feed } from '../../src/core/index.js';
import { malformedFeeds, type MalformedCase } from '../../scripts/lib/malform.mjs';
import { $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

const COUNT = 300;
let cases: MalformedCase[] = [];
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

before(async () => {
  const feed = await (await fetch('/demo/data/hub.feed.json')).json();
  cases = [...malformedFeeds(feed, COUNT, 7)];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe(`fm-leaderboard with ${COUNT} malformed feeds`, () => {
  it('shows content or a visible error for every one, with no uncaught error, and the page keeps working', async function () {
    this.timeout(120_000);
    const page = await fixture<HTMLDivElement>(html`<div>
      <fm-leaderboard></fm-leaderboard>
      <fm-leaderboard-table src="/demo/data/minimal.feed.json"></fm-leaderboard-table>
    </div>`);
    const hub = page.querySelector('fm-leaderboard') as FmLeaderboard;
    const neighbour = page.querySelector('fm-leaderboard-table')!;
    await until(() => $$(neighbour, 'tbody tr').length === 3);
    const outcomes = { content: 0, error: 0 };
    for (const c of cases) {
      if (c.text !== undefined) {
        // Text cases go through fetch, as a file at a URL would.
        const url = URL.createObjectURL(new Blob([c.text], { type: 'application/json' }));
        hub.feed = undefined;
        hub.src = url;
      } else {
        hub.src = undefined;
        hub.feed = c.data as Feed; // untrusted: the element validates whatever it is given
      }
      await until(() => !hub.shadowRoot!.querySelector('.status.loading') && !!hub.shadowRoot!.querySelector('.hub'), 10_000);
      await hub.updateComplete;
      const visible = hub.shadowRoot!.querySelector('.hub')!;
      const error = visible.querySelector('[role="alert"], .status');
      if (visible.querySelector('article.benchmark')) outcomes.content++;
      else {
        expect(error, `${c.kind} at ${c.path}: neither content nor a message`).to.exist;
        expect(error!.textContent!.trim().length, `${c.kind} at ${c.path}: an empty message`).to.be.greaterThan(10);
        outcomes.error++;
      }
      expect(uncaught, `${c.kind} at ${c.path}`).to.deep.equal([]);
    }
    expect($$(neighbour, 'tbody tr'), 'the rest of the page still works').to.have.length(3);
    expect(outcomes.content).to.be.greaterThan(0);
    expect(outcomes.error).to.be.greaterThan(0);
  });
});
