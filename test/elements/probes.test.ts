// <fm-score-distribution kind="probes"> (issue 19): the robustness probes of the real hub's
// robustness benchmark, one chart per probe, a curve per model and series, ±std bands.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

async function chart(benchmark: string, theme = 'light'): Promise<FmScoreDistribution> {
  const el = await fixture<FmScoreDistribution>(html`<fm-score-distribution kind="probes" lang="en" benchmark=${benchmark} theme=${theme} src="/demo/data/hub.feed.json"></fm-score-distribution>`);
  await until(() => !!el.shadowRoot?.querySelector('.xy, .status:not(.loading)'), 10_000);
  await el.updateComplete;
  return el;
}

describe('fm-score-distribution kind="probes"', () => {
  it('draws one chart per probe of the ranked runs, a curve per model and series, with ±std bands where given', async () => {
    const el = await chart('robustness_testing');
    const figures = $$(el, 'figure.xy');
    expect(figures.map((f) => f.querySelector('figcaption')!.textContent!.split(' on ')[0])).to.deep.equal(['Probe dropout', 'Probe noise', 'Probe line_noise', 'Probe permutation', 'Probe shift']);
    const dropout = figures[0];
    expect(dropout.querySelectorAll('.curve')).to.have.length(6);
    // logit and embedding give a std at each level; delta_accuracy does not.
    expect(dropout.querySelectorAll('.curve .band')).to.have.length(4);
    expect(figures[3].querySelectorAll('.curve .band'), 'permutation gives no std').to.have.length(0);
    expect(dropout.querySelector('figcaption')!.textContent).to.include('6 curves (Geneformer, Baseline (Random/Majority)) over 6 levels');
    // Every measured point is reachable and named with its level and spread.
    const labels = [...dropout.querySelectorAll('circle.dot')].map((c) => c.getAttribute('aria-label')!);
    expect(labels).to.have.length(36);
    expect(labels.some((l) => /^Geneformer, logit: [\d.]+ ± [\d.]+ at 0$/.test(l))).to.equal(true);
    // The hidden table: the levels as columns, a row per curve, rAUC last.
    const head = [...dropout.querySelectorAll('table.visually-hidden thead th')].map((th) => th.textContent);
    expect(head).to.deep.equal(['Curve', '0', '0.05', '0.10', '0.20', '0.30', '0.50', 'rAUC']);
    expect(dropout.querySelectorAll('table.visually-hidden tbody tr')).to.have.length(6);
    // The noise probe's unit is on its axis.
    expect(figures[1].querySelector('.axis')!.textContent).to.include('dB (SNR) →');
  });

  it('says so on a benchmark whose runs have no probes', async () => {
    const el = await chart('BM-DNA-ENHANCER');
    expect($(el, '.status').textContent).to.include('No robustness probes in these results');
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe), ${theme}`, async () => {
      const el = await chart('robustness_testing', theme);
      await expect(el).to.be.accessible();
    });
  }
});
