// The one-file bundle, as a page loads it with one <script type="module">: every element must be
// defined by it alone (nothing else is imported in this file) and render from a real feed.
import { expect } from '@open-wc/testing';
import { $$, until } from '../support/dom.js';

const BUNDLE = '/dist/fm-leaderboard.bundle.js';

describe('dist/fm-leaderboard.bundle.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines every element', () => {
    for (const tag of ['fm-leaderboard', 'fm-leaderboard-table', 'fm-tier-badge', 'fm-podium', 'fm-metric-explainer', 'fm-score-distribution']) expect(customElements.get(tag), tag).to.exist;
  });

  it('renders the whole hub from the built-in feed', async () => {
    const el = document.createElement('fm-leaderboard');
    el.setAttribute('src', '/demo/data/hub.feed.json');
    document.body.append(el);
    try {
      await until(() => $$(el, 'article.benchmark').length === 8, 5000);
      expect($$(el, '[part="stats"]')[0].textContent).to.include('35');
    } finally {
      el.remove();
    }
  });

  it('renders a table from the built-in hub feed', async () => {
    const el = document.createElement('fm-leaderboard-table');
    el.setAttribute('src', '/demo/data/hub.feed.json');
    el.setAttribute('benchmark', 'BM-DNA-ENHANCER');
    document.body.append(el);
    try {
      await until(() => $$(el, 'tbody tr').length === 5);
      expect($$(el, 'tbody .model-name').map((n) => n.textContent)).to.deep.equal(['HyenaDNA', 'Caduceus', 'Evo 2', 'DNABERT-2', 'kmer_k6']);
      expect($$(el, 'tbody [part="badge"]')[0].textContent).to.include('Fair');
    } finally {
      el.remove();
    }
  });
});
