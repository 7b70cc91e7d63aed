import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feed } from '../../src/core/index.js';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

function sample(): Feed {
  const f = feed([
    run('a', { score: 0.95 }),
    run('a', { score: 0.7 }),
    run('b', { score: 0.86 }),
    run('c', { score: 0.86 }),
    run('d', { score: 0.6 }),
    run('base', { score: 0.5 }),
  ]);
  f.models.find((m) => m.id === 'base')!.type = 'baseline';
  return f;
}

const chart = async (f: Feed, benchmark = 'b') => {
  const el = await fixture<FmScoreDistribution>(html`<fm-score-distribution style="width: 700px" .feed=${f} benchmark=${benchmark}></fm-score-distribution>`);
  await el.updateComplete;
  return el;
};

const cx = (c: Element) => Number(c.getAttribute('cx'));

describe('fm-score-distribution', () => {
  it('draws one dot per model, other runs faint, and the hidden table matches', async () => {
    const el = await chart(sample());
    const dots = $$(el, 'circle.dot');
    expect(dots).to.have.length(5);
    expect($$(el, 'circle.other-run')).to.have.length(1);
    expect($$(el, 'circle.leader')).to.have.length(1);
    expect($$(el, 'circle.baseline')).to.have.length(1);
    const rows = $$(el, '.visually-hidden table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.map((r) => r.slice(0, 3))).to.deep.equal([
      ['1', 'A', '0.9500'],
      ['2', 'B', '0.8600'],
      ['2', 'C', '0.8600'],
      ['4', 'D', '0.6000'],
      ['5', 'BASE (baseline)', '0.5000'],
    ]);
    expect(rows[0][4], 'other runs of A').to.equal('0.7000');
    const labels = dots.map((d) => d.getAttribute('aria-label')).sort();
    expect(labels).to.include('A: 0.9500, Excellent, rank 1');
  });

  it('puts the best on the right, also for a lower-is-better metric', async () => {
    const higher = await chart(sample());
    expect(cx($$(higher, 'circle.leader')[0])).to.be.greaterThan(Math.max(...$$(higher, 'circle.dot:not(.leader)').map(cx)));
    const f = feed([run('a', { err: 0.05 }), run('b', { err: 0.3 }), run('c', { err: 0.2 })], { benchmark: { primary_metric: 'err' } });
    const lower = await chart(f);
    expect(cx($$(lower, 'circle.leader')[0])).to.be.greaterThan(Math.max(...$$(lower, 'circle.dot:not(.leader)').map(cx)));
    expect($(lower, '.better').textContent).to.equal('err, lower is better →');
  });

  it('never lets dots overlap', async () => {
    const f = feed(Array.from({ length: 40 }, (_, i) => run(`m${i}`, { score: 0.8 + (i % 3) * 0.001 })));
    const el = await chart(f);
    const circles = $$(el, 'circle.dot').map((c) => [cx(c), Number(c.getAttribute('cy')), Number(c.getAttribute('r'))]);
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const [x1, y1, r1] = circles[i];
        const [x2, y2, r2] = circles[j];
        expect(Math.hypot(x1 - x2, y1 - y2), `dots ${i} and ${j}`).to.be.at.least(r1 + r2 - 1);
      }
    }
  });

  it('shades the tier bands of the benchmark behind the dots', async () => {
    const el = await chart(sample());
    expect($$(el, 'rect.band').map((r) => r.getAttribute('class'))).to.include.members(['band tier-excellent', 'band tier-good', 'band tier-developing']);
  });

  it('has one tab stop per row; arrows, Home and End move along the dots; focus shows a tooltip', async () => {
    const el = await chart(sample());
    const tabbable = () => $$(el, 'circle[tabindex="0"]');
    expect(tabbable()).to.have.length(1);
    tabbable()[0].focus();
    await el.updateComplete;
    expect($(el, '.tooltip').textContent).to.include('A');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^BASE/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^D:/);
    expect($(el, '.tooltip').textContent).to.include('D');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^A:/);
    expect(tabbable()).to.have.length(1);
  });

  it('shows a tooltip on hover', async () => {
    const el = await chart(sample());
    $$(el, 'circle.dot')[2].dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect($(el, '.tooltip').textContent).to.match(/rank \d/);
  });

  it('without a benchmark, draws one row per benchmark that has results', async () => {
    const f = sample();
    f.benchmarks.push({ id: 'e', name: 'Errors', primary_metric: 'err' }, { id: 'empty', name: 'Empty' });
    f.results.push(run('a', { err: 0.1 }, { benchmark: 'e' }), run('b', { err: 0.2 }, { benchmark: 'e' }));
    const el = await chart(f, '');
    expect($$(el, 'svg')).to.have.length(2);
    expect($$(el, '.row-label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Bench score', 'Errors err']);
    expect($$(el, 'svg title').map((t) => t.textContent)).to.deep.equal(['Scores on Bench', 'Scores on Errors']);
  });

  it('follows its width', async () => {
    const el = await chart(sample());
    await until(() => Number($(el, 'svg').getAttribute('width')) === 700);
    el.style.width = '400px';
    await until(() => Number($(el, 'svg').getAttribute('width')) === 400);
  });

  it('names an unknown benchmark, and says when there is nothing to show', async () => {
    const unknown = await chart(sample(), 'nope');
    expect($(unknown, '[role="alert"]').textContent).to.include('No benchmark “nope”');
    const empty = await chart(feed([]));
    expect($(empty, '.status').textContent).to.include('No scores to show yet');
  });

  it('is accessible (axe), light and dark', async () => {
    const el = await chart(sample());
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
