// <fm-score-distribution kind="tradeoff"> (issue 19): score against model size with the Pareto
// frontier, on the built-in hub: who is placed, who is listed and why, keyboard, text alternative.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/score-distribution/score-distribution.js';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

async function chart(benchmark: string | null, theme = 'light'): Promise<FmScoreDistribution> {
  const el = await fixture<FmScoreDistribution>(
    html`<fm-score-distribution kind="tradeoff" benchmark=${benchmark ?? ''} theme=${theme} src="/demo/data/hub.feed.json"></fm-score-distribution>`,
  );
  if (!benchmark) el.removeAttribute('benchmark');
  await until(() => !!el.shadowRoot?.querySelector('.xy, .status:not(.loading)'), 10_000);
  await el.updateComplete;
  return el;
}

describe('fm-score-distribution kind="tradeoff"', () => {
  it('places the models with one stated size, lists the others with why, and names the frontier', async () => {
    const el = await chart('BM-DNA-PROMOTER');
    const points = $$(el, 'circle.dot').map((c) => c.getAttribute('aria-label'));
    expect(points).to.deep.equal([
      'DNABERT-2: AUROC 0.8357, 117M parameters, rank 4, on the frontier',
      'Caduceus: AUROC 0.8594, 150M parameters, rank 2, on the frontier',
    ]);
    const note = $(el, '.note').textContent!.replace(/\s+/g, ' ');
    expect(note).to.include('HyenaDNA (sizes ~1.6M - 7B variants: which one ran is not stated)');
    expect(note).to.include('Evo 2 (sizes 1B / 7B / 40B: which one ran is not stated)');
    expect(note).to.include('kmer_k6 (no size stated)');
    expect($(el, 'figcaption').textContent).to.include('2 of 5 models placed; the frontier (best score for the size) runs through DNABERT-2 (117M, 0.8357), Caduceus (150M, 0.8594)');
    expect($$(el, 'table.visually-hidden tbody th').map((th) => th.textContent)).to.deep.equal(['DNABERT-2', 'Caduceus']);
    // The frontier line steps up from the smaller model to the better one.
    expect($(el, 'path.step-line').getAttribute('d')).to.match(/^M[\d.]+ [\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
  });

  it('leaves a model off the frontier when a smaller one scores as well or better', async () => {
    const el = await chart('robustness_testing');
    const labels = $$(el, 'circle.dot').map((c) => c.getAttribute('aria-label')!);
    expect(labels.filter((l) => l.endsWith('on the frontier'))).to.deep.equal(['Geneformer: robustness_score 0.9995, 10M parameters, rank 1, on the frontier']);
    expect(labels).to.have.length(3);
  });

  it('is one tab stop; arrows move from size to size and show the tooltip', async () => {
    const el = await chart('BM-DNA-PROMOTER');
    expect($$(el, 'circle[tabindex="0"]')).to.have.length(1);
    ($(el, 'circle[tabindex="0"]') as unknown as HTMLElement).focus();
    await el.updateComplete;
    expect($(el, '.tooltip').textContent).to.include('DNABERT-2');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^Caduceus/);
    expect($(el, '.tooltip').textContent).to.include('Caduceus');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^DNABERT-2/);
  });

  it('asks for a benchmark when it has none', async () => {
    const el = await chart(null);
    expect($(el, '.status.error').textContent).to.include('kind="tradeoff" draws one benchmark');
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe), ${theme}`, async () => {
      const el = await chart('BM-DNA-PROMOTER', theme);
      await expect(el).to.be.accessible();
    });
  }

  it('inside the hub: a benchmark whose models state a size switches its chart to score against size', async function () {
    this.timeout(20_000);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => el.complete && $$(el, 'fm-score-distribution').length > 0, 10_000);
    const section = $(el, '#fm-b-bm-dna-promoter');
    const buttons = [...section.querySelectorAll('.switch button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Score distribution', 'Score against size', 'Score over time']);
    expect([...$(el, '#fm-b-dna-classification').querySelectorAll('.switch button')].map((b) => b.textContent), 'no model there states a size').to.deep.equal(['Score distribution', 'Score over time']);
    expect([...$(el, '#fm-b-robustness-testing').querySelectorAll('.switch button')].map((b) => b.textContent)).to.include('Robustness probes');
    buttons[1].click();
    await el.updateComplete;
    const chart = section.querySelector('fm-score-distribution') as FmScoreDistribution;
    await chart.updateComplete;
    expect(chart.getAttribute('kind')).to.equal('tradeoff');
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    expect($$(chart, 'circle.dot')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

/** Four agents on one benchmark with what each run cost; "free" reports no cost. */
function costFeed() {
  const run = (id: string, score: number, cost?: number) => ({ id: `r-${id}`, benchmark: 'b', model: id, metrics: { score, ...(cost !== undefined ? { cost_usd: cost } : {}) } });
  return {
    version: '1.0',
    metrics: {
      score: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } },
      cost_usd: { name: 'Cost (USD)', direction: 'lower', range: { min: 0, max: null }, unit: 'USD', decimals: 2 },
    },
    benchmarks: [{ id: 'b', name: 'Agents', primary_metric: 'score', shown_metrics: ['cost_usd'] }],
    models: [],
    results: [run('cheap', 0.3, 8), run('mid', 0.55, 60), run('dear', 0.5, 900), run('best', 0.75, 180), run('free', 0.2)],
  };
}

describe('the cost of a run: a column that never ranks, and score against cost with its frontier', () => {
  it('kind="tradeoff" x-metric="cost_usd": each run placed at its cost, the frontier the best score for the cost', async () => {
    const el = await fixture<FmScoreDistribution>(html`<fm-score-distribution kind="tradeoff" x-metric="cost_usd" benchmark="b" .feed=${costFeed()}></fm-score-distribution>`);
    await until(() => !!el.shadowRoot?.querySelector('.xy'), 5000);
    const labels = $$(el, 'circle.dot').map((c) => c.getAttribute('aria-label'));
    expect(labels).to.deep.equal([
      'cheap: score 0.3000, 8 USD Cost (USD), rank 4, on the frontier',
      'mid: score 0.5500, 60 USD Cost (USD), rank 2, on the frontier',
      'best: score 0.7500, 180 USD Cost (USD), rank 1, on the frontier',
      'dear: score 0.5000, 900 USD Cost (USD), rank 3',
    ]);
    expect($(el, '.note').textContent).to.include('free (no cost_usd)');
    expect($(el, 'figcaption').textContent).to.include('4 of 5 models placed; the frontier (best score for the cost)');
    expect($(el, '.xy').textContent).to.include('Cost (USD) (log scale)');
  });

  it('in the hub: a cost column described as not ranking, and a "Score against Cost (USD)" chart', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${costFeed()}></fm-leaderboard>`);
    await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
    const table = $(el, 'fm-leaderboard-table') as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    const header = $$(table, 'thead th').find((th) => th.textContent!.includes('cost_usd'))!;
    expect(header.querySelector('[title]')!.getAttribute('title')).to.equal('Cost (USD); lower is better (shown; does not rank). Shift adds a sort key.');
    // Ranked by score alone: the cheapest run is not put first, and a run without a cost still ranks.
    expect($$(table, 'tr[part="row"] .model-name').map((n) => n.textContent!.trim())).to.deep.equal(['BEST', 'MID', 'DEAR', 'CHEAP', 'FREE'].map((n) => n.toLowerCase()));
    expect($$(table, 'tr[part="row"] td.col-metric-cost-usd').map((td) => td.textContent!.trim())).to.deep.equal(['180.00', '60.00', '900.00', '8.00', '—']);
    const button = $$(el, 'article.benchmark .switch button').find((b) => b.textContent === 'Score against Cost (USD)') as HTMLButtonElement;
    button.click();
    await until(() => !!el.shadowRoot!.querySelector('fm-score-distribution[kind="tradeoff"][x-metric="cost_usd"]'), 5000);
  });
});
