// <fm-score-distribution kind="history"> (issue 19): the runs by date and the record line, in
// both directions; small multiples without a benchmark; keyboard; text alternative; axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

/** Four dated runs and one undated; `lower`: the metric is lower-is-better. */
function feedOf(lower: boolean): Feed {
  const values = lower ? [0.5, 0.3, 0.4, 0.2] : [0.5, 0.7, 0.6, 0.8];
  const metric = lower ? 'mse' : 'acc';
  return {
    version: '1.0',
    metrics: { [metric]: { name: metric, direction: lower ? 'lower' : 'higher', decimals: 2 } },
    benchmarks: [{ id: 'b', name: 'Bench', primary_metric: metric }],
    models: [],
    results: [
      { id: 'r1', benchmark: 'b', model: 'alpha', date: '2024-01-01', metrics: { [metric]: values[0] } },
      { id: 'r2', benchmark: 'b', model: 'beta', date: '2024-02-01', metrics: { [metric]: values[1] } },
      { id: 'r3', benchmark: 'b', model: 'gamma', date: '2024-03-01', metrics: { [metric]: values[2] } },
      { id: 'r4', benchmark: 'b', model: 'alpha', date: '2024-04-01', metrics: { [metric]: values[3] } },
      { id: 'r5', benchmark: 'b', model: 'delta', metrics: { [metric]: values[2] } },
    ],
  };
}

async function chart(feed: Feed | string, benchmark: string | null, theme = 'light'): Promise<FmScoreDistribution> {
  const el = await fixture<FmScoreDistribution>(
    typeof feed === 'string'
      ? html`<fm-score-distribution kind="history" theme=${theme} src=${feed}></fm-score-distribution>`
      : html`<fm-score-distribution kind="history" theme=${theme} .feed=${feed}></fm-score-distribution>`,
  );
  if (benchmark) el.benchmark = benchmark;
  await until(() => !!el.shadowRoot?.querySelector('.xy, .status:not(.loading)'), 10_000);
  await el.updateComplete;
  return el;
}

describe('fm-score-distribution kind="history"', () => {
  for (const lower of [false, true]) {
    it(`marks the runs that set a record and steps the record line ${lower ? 'down (lower is better)' : 'up'}`, async () => {
      const el = await chart(feedOf(lower), 'b');
      const metric = lower ? 'mse' : 'acc';
      const labels = $$(el, 'circle.dot').map((c) => c.getAttribute('aria-label'));
      const [v0, v1, v2, v3] = lower ? ['0.50', '0.30', '0.40', '0.20'] : ['0.50', '0.70', '0.60', '0.80'];
      expect(labels).to.deep.equal([
        `alpha: ${metric} ${v0}, Jan 1, 2024, set a record`,
        `beta: ${metric} ${v1}, Feb 1, 2024, set a record`,
        `gamma: ${metric} ${v2}, Mar 1, 2024`,
        `alpha: ${metric} ${v3}, Apr 1, 2024, set a record`,
      ]);
      expect($$(el, 'circle.marked')).to.have.length(3);
      expect($$(el, 'table.visually-hidden tbody tr').map((tr) => [...tr.children].map((c) => c.textContent).join(' '))).to.deep.equal([
        `Jan 1, 2024 alpha ${v0}`,
        `Feb 1, 2024 beta ${v1}`,
        `Apr 1, 2024 alpha ${v3}`,
      ]);
      expect($(el, 'figcaption').textContent).to.include(`4 runs from Jan 1, 2024 to Apr 1, 2024; 3 records, the latest ${v3} by alpha (Apr 1, 2024)`);
      expect($(el, '.note').textContent).to.equal('Not placed: 1 run without a date.');
      // The record line only ever moves up the chart (best at the top, in either direction).
      const ys = [...$(el, 'path.step-line').getAttribute('d')!.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]));
      const first = Number(/^M[\d.]+ ([\d.]+)/.exec($(el, 'path.step-line').getAttribute('d')!)![1]);
      expect([first, ...ys].every((y, i, all) => i === 0 || y < all[i - 1])).to.equal(true);
    });
  }

  it('without a benchmark, draws one small chart per benchmark with dated runs', async function () {
    this.timeout(20_000);
    const el = await chart('/demo/data/hub.feed.json', null);
    const captions = $$(el, 'figure.xy figcaption').map((c) => c.textContent!);
    // The 7 benchmarks with results, each with dated runs (the eighth has no submissions).
    expect(captions, captions.join('\n')).to.have.length(7);
    expect(captions.some((c) => c.startsWith('AUROC over time on DNA Enhancer Classification: 6 runs'))).to.equal(true);
  });

  it('is one tab stop per chart; arrows move in time and show the tooltip', async () => {
    const el = await chart(feedOf(false), 'b');
    expect($$(el, 'circle[tabindex="0"]')).to.have.length(1);
    ($(el, 'circle[tabindex="0"]') as unknown as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^alpha: acc 0.80/);
    expect($(el, '.tooltip').textContent).to.include('set a record');
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe), ${theme}`, async () => {
      const el = await chart('/demo/data/hub.feed.json', 'BM-DNA-ENHANCER', theme);
      await expect(el).to.be.accessible();
    });
  }
});
