// The two-axis charts at a public leaderboard's size (issue 19 with issue 16's rule): past 300
// points, score against size and score over time draw the marked points and count the rest on
// an 8 px grid, so the drawing follows the plot's area, not the feed; the probes chart draws the
// ten best-ranked models.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import type { Feed, Result } from '../../src/core/index.js';
import { seededRandom } from '../../scripts/lib/random.mjs';
import { $, $$, until } from '../support/dom.js';

/** `models` models, each with a stated size and `runsEach` dated runs of one benchmark (with probes if asked). */
function bigFeed(models: number, runsEach = 1, probes = false): Feed {
  const random = seededRandom(7);
  const results: Result[] = [];
  for (let m = 0; m < models; m++) {
    for (let r = 0; r < runsEach; r++) {
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
      const score = Math.round((0.4 + random() * 0.55) * 1e4) / 1e4;
      results.push({
        id: `r${m}-${r}`,
        benchmark: 'b',
        model: `m${m}`,
        date: day,
        metrics: { acc: score },
        ...(probes ? { probes: { noise: { grid: [0, 10, 20], unit: 'dB', series: { logit: { mean: [score, score * 0.9, score * 0.7] } } } } } : {}),
      });
    }
  }
  return {
    version: '1.0',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    benchmarks: [{ id: 'b', name: 'Bench', primary_metric: 'acc' }],
    models: Array.from({ length: models }, (_, m) => ({ id: `m${m}`, parameters: [Math.round(10 ** (6 + random() * 5))] })),
    results,
  };
}

async function chart(feed: Feed, kind: string): Promise<FmScoreDistribution> {
  const el = await fixture<FmScoreDistribution>(html`<div style="width: 900px"><fm-score-distribution .feed=${feed} benchmark="b" kind=${kind} lang="en"></fm-score-distribution></div>`);
  const chartEl = el.querySelector('fm-score-distribution') as FmScoreDistribution;
  await until(() => chartEl.shadowRoot!.querySelector('figure') !== null, 10_000);
  await chartEl.updateComplete;
  return chartEl;
}

/** Elements the chart's shadow tree holds. */
const size = (el: Element) => el.shadowRoot!.querySelectorAll('*').length;

describe('two-axis charts at scale', () => {
  for (const [kind, models, runsEach] of [
    ['tradeoff', 4500, 1],
    ['history', 1500, 3],
  ] as const) {
    it(`kind="${kind}": the marked points stay points, the rest are counted on a grid, and the size does not follow the feed`, async function () {
      this.timeout(60_000);
      const small = await chart(bigFeed(400, runsEach), kind);
      const large = await chart(bigFeed(models, runsEach), kind);
      const points = $$(large, 'circle.dot');
      const squares = $$(large, 'rect.bin');
      // Every point left is marked (the frontier, a record) or a leader, and can be reached.
      expect(points.length).to.be.within(1, 300);
      expect(points.every((p) => /marked|leader/.test(p.getAttribute('class')!))).to.equal(true);
      // Squares: at most one per 8 × 8 px of the plot, and they count every other point.
      const svg = large.shadowRoot!.querySelector('svg')!;
      expect(squares.length).to.be.above(50).and.below((Number(svg.getAttribute('width')) * Number(svg.getAttribute('height'))) / 64);
      const counted = models * runsEach - points.length;
      expect($(large, '.note').textContent).to.include(`${counted.toLocaleString('en')} ${kind === 'tradeoff' ? 'models' : 'runs'} drawn as shaded squares`);
      // The drawing of 4,500 (or 4,500 runs) is not ten times that of 400.
      expect(size(large), `${size(large)} elements against ${size(small)}`).to.be.below(size(small) * 2.5);
      expect(size(large)).to.be.below(3000);
      // The caption names the ends of a long frontier, not every model on it.
      expect($(large, 'figcaption').textContent!.length).to.be.below(700);
      // The keyboard walks the points.
      points[0].focus();
      await sendKeys({ press: 'End' });
      await large.updateComplete;
      expect(large.shadowRoot!.activeElement).to.equal($$(large, 'circle.dot').at(-1));
    });
  }

  it('kind="probes": draws the ten best-ranked models and says where the rest are', async function () {
    this.timeout(30_000);
    const el = await chart(bigFeed(60, 1, true), 'probes');
    expect($$(el, 'g.curve')).to.have.length(10);
    expect($(el, '.note').textContent).to.equal('The 10 best-ranked models are drawn; 50 more models with probes have curves in their details row of the table.');
    expect($$(el, 'table.visually-hidden tbody tr')).to.have.length(10);
  });

  for (const theme of ['light', 'dark']) {
    it(`is axe clean summarised, ${theme}`, async function () {
      this.timeout(30_000);
      const el = await chart(bigFeed(2000), 'tradeoff');
      el.theme = theme as 'light' | 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
