import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Feed } from '../../src/core/index.js';
import '../../src/elements/metric-explainer/metric-explainer.js';
import type { FmMetricExplainer } from '../../src/elements/metric-explainer/metric-explainer.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

function sample(): Feed {
  const f = feed(
    [run('a', { score: 0.91, err: 0.2 }, { n_train: 100, n_test: 20 }), run('b', { score: 0.84, err: 0.1 }, { n_train: 100, n_test: 40 }), run('c', { score: null })],
    { benchmark: { secondary_metrics: ['err'], targets: { excellent: 0.95, good: 0.85 }, description: 'Finds the thing.' } },
  );
  f.metrics!.score = { ...f.metrics!.score, description: 'How often it is right.', example: 'A score of 0.9 means 9 in 10.' };
  return f;
}

const explainer = (f: Feed, attrs: { metric?: string; benchmark?: string; mode?: string } = {}) =>
  fixture<FmMetricExplainer>(
    html`<fm-metric-explainer .feed=${f} metric=${attrs.metric ?? 'score'} benchmark=${attrs.benchmark ?? 'b'} mode=${attrs.mode ?? 'popover'}></fm-metric-explainer>`,
  );

const panel = (el: FmMetricExplainer) => $(el, '[popover]');
const trigger = (el: FmMetricExplainer) => $(el, 'button.trigger') as HTMLButtonElement;
const isOpen = (el: FmMetricExplainer) => panel(el).matches(':popover-open');
/** Waits for the panel's fade-in to end, so axe measures its final colours. */
const settled = async (el: FmMetricExplainer) => {
  await el.updateComplete;
  await Promise.all(panel(el).getAnimations({ subtree: true }).map((a) => a.finished));
};

describe('fm-metric-explainer: popover', () => {
  it('opens on click with the metric, its range, direction, example and the benchmark’s tiers', async () => {
    const el = await explainer(sample());
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).getAttribute('aria-controls')).to.equal('panel');
    trigger(el).click();
    await until(() => isOpen(el));
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    const text = panel(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Score').and.include('How often it is right.').and.include('0 to 1').and.include('Higher is better');
    expect(text).to.include('A score of 0.9 means 9 in 10.');
    expect(text).to.include("from Bench's own targets").and.include('0.95 or more').and.include('from 0.85 to below 0.95');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('opens with Enter or Space; Escape closes it and puts focus back on the trigger', async () => {
    const el = await explainer(sample());
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(el));
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el));
    expect(el.shadowRoot!.activeElement, 'focus on the trigger').to.equal(trigger(el));
    await sendKeys({ press: 'Space' });
    await until(() => isOpen(el));
    expect(el.open).to.equal(true);
  });

  it('closes on a click outside, not on a click inside', async () => {
    const el = await explainer(sample());
    trigger(el).click();
    await until(() => isOpen(el));
    panel(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(isOpen(el)).to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(() => !isOpen(el));
  });

  it('stays inside the viewport at its edges (shift and flip)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="position: fixed; right: 0; bottom: 0">
      <fm-metric-explainer .feed=${sample()} metric="score" benchmark="b"></fm-metric-explainer>
    </div>`);
    const el = wrap.querySelector('fm-metric-explainer')!;
    await el.updateComplete;
    trigger(el).click();
    await until(() => isOpen(el) && panel(el).style.top !== '');
    await new Promise((r) => requestAnimationFrame(r));
    const box = panel(el).getBoundingClientRect();
    expect(box.left, 'left').to.be.at.least(0);
    expect(box.right, 'right').to.be.at.most(window.innerWidth);
    expect(box.top, 'top').to.be.at.least(0);
    expect(box.bottom, 'flipped above the trigger').to.be.at.most(trigger(el).getBoundingClientRect().top);
  });

  it('opens on hover after a short delay, and closes when the pointer leaves', async () => {
    const el = await explainer(sample());
    const r = trigger(el).getBoundingClientRect();
    const start = performance.now();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await until(() => isOpen(el), 2000);
    // Not at once: after the hover delay (measured, since moving the mouse itself takes time).
    expect(performance.now() - start, 'opened after the delay').to.be.at.least(300);
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => !isOpen(el), 2000);
  });

  it('says so when the feed does not describe the metric; lower-is-better tiers are mirrored', async () => {
    const el = await explainer(sample(), { metric: 'err' });
    trigger(el).click();
    await until(() => isOpen(el));
    await el.updateComplete;
    const text = panel(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Lower is better').and.include('0.10 or less');
    const unknown = await explainer(sample(), { metric: 'kappa' });
    trigger(unknown).click();
    await until(() => isOpen(unknown));
    await unknown.updateComplete;
    expect(panel(unknown).textContent).to.include('The feed does not describe this metric.');
  });

  it('closes and stops listening when removed while open', async () => {
    const el = await explainer(sample());
    trigger(el).click();
    await until(() => isOpen(el));
    el.remove();
    expect(el.open).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  });
});

describe('fm-metric-explainer: sheet and benchmark', () => {
  it('mode="sheet" lists every metric the feed uses, with what it measures', async () => {
    const el = await explainer(sample(), { mode: 'sheet', benchmark: '' });
    const titles = $$(el, '.sheet-entry .title strong').map((t) => t.textContent);
    expect(titles).to.deep.equal(['Score', 'Error rate']);
    expect($(el, '.sheet').textContent).to.include('How often it is right.');
    await expect(el).to.be.accessible();
  });

  it('mode="benchmark" states the rules as applied: primary, tie-breakers, best run, exclusions', async () => {
    const el = await explainer(sample(), { mode: 'benchmark' });
    const text = $(el, '.benchmark').textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Finds the thing.');
    expect(text).to.include('Ranked by score (higher is better).');
    expect(text).to.include('Equal score scores are separated by err (lower is better); models still equal share a rank.');
    expect(text).to.include('One row per model: its best run counts (3 runs from 2 models)');
    expect(text).to.include('1 run was left out: no usable score value');
    expect(text).to.include('about 130 samples per run');
    await expect(el).to.be.accessible();
  });

  it('mode="benchmark" says when the primary metric is the fallback', async () => {
    const f = sample();
    delete f.benchmarks[0].primary_metric;
    const el = await explainer(f, { mode: 'benchmark' });
    expect($(el, '.rules').textContent).to.include('declares no primary metric');
  });

  it('names an unknown benchmark', async () => {
    const el = await explainer(sample(), { mode: 'benchmark', benchmark: 'nope' });
    expect($(el, '[role="alert"]').textContent).to.include('No benchmark “nope” in this feed; it has: b.');
  });

  it('is accessible in dark mode, open', async () => {
    const el = await explainer(sample());
    el.theme = 'dark';
    trigger(el).click();
    await until(() => isOpen(el));
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
