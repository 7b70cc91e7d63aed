import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/tier-badge/tier-badge.js';
import type { FmTierBadge } from '../../src/elements/tier-badge/tier-badge.js';
import { $ } from '../support/elements.js';

const badge = (template: ReturnType<typeof html>) => fixture<FmTierBadge>(template);
const label = (el: FmTierBadge) => $(el, '[part="base"]').textContent!.replace(/\s+/g, ' ').trim();

describe('fm-tier-badge', () => {
  it('shows a tier given directly, icon and text', async () => {
    const el = await badge(html`<fm-tier-badge tier="good"></fm-tier-badge>`);
    expect(label(el)).to.equal('✅ Good');
    expect($(el, '[part="icon"]').getAttribute('aria-hidden'), 'icon hidden from AT').to.equal('true');
  });

  it('places a score on the default scale (0.90 / 0.80 / 0.70)', async () => {
    const labels: string[] = [];
    for (const score of [0.95, 0.85, 0.75, 0.5]) {
      const el = await badge(html`<fm-tier-badge score=${score}></fm-tier-badge>`);
      labels.push(label(el));
    }
    expect(labels).to.deep.equal(['⭐ Excellent', '✅ Good', '🔶 Fair', '📈 Developing']);
  });

  it('uses targets from the attribute (JSON)', async () => {
    const el = await badge(html`<fm-tier-badge score="0.86" targets='{"excellent": 0.95, "good": 0.85}'></fm-tier-badge>`);
    expect(label(el)).to.equal('✅ Good');
    el.score = 0.96;
    await el.updateComplete;
    expect(label(el)).to.equal('⭐ Excellent');
  });

  it('is direction-aware: a low error rate is Excellent', async () => {
    const el = await badge(html`<fm-tier-badge score="0.05" direction="lower" range-min="0" range-max="1"></fm-tier-badge>`);
    expect(label(el)).to.equal('⭐ Excellent');
    expect($(el, '[part="base"]').title).to.equal('Excellent: 0.10 or less. Top-tier, consistently reliable.');
  });

  it('says Unrated, with the reason, for a lower-is-better metric with no bounded range', async () => {
    const el = await badge(html`<fm-tier-badge score="0.05" direction="lower"></fm-tier-badge>`);
    expect(label(el)).to.equal('Unrated');
    expect($(el, '[part="base"]').title).to.equal('No tier scale applies to this metric');
  });

  it('gives the tier range and meaning in the title', async () => {
    const el = await badge(html`<fm-tier-badge score="0.85"></fm-tier-badge>`);
    expect($(el, '[part="base"]').title).to.equal('Good: from 0.80 to below 0.90. Strong performance, real promise.');
    const low = await badge(html`<fm-tier-badge score="0.1"></fm-tier-badge>`);
    expect($(low, '[part="base"]').title).to.equal('Developing: below 0.70. Needs improvement.');
  });

  it('shows a visible message for an unknown tier id', async () => {
    const el = await badge(html`<fm-tier-badge tier="platinum"></fm-tier-badge>`);
    expect(label(el)).to.equal('⚠ Unknown tier “platinum”');
  });

  it('never shows meaning by colour alone: every tier has a text label', async () => {
    for (const tier of ['excellent', 'good', 'fair', 'developing']) {
      const el = await badge(html`<fm-tier-badge tier=${tier}></fm-tier-badge>`);
      expect($(el, '[part="label"]').textContent!.length, tier).to.be.greaterThan(2);
    }
  });

  it('is accessible (axe) for each tier, light and dark', async () => {
    for (const tier of ['excellent', 'good', 'fair', 'developing']) {
      for (const theme of ['light', 'dark']) {
        const el = await badge(html`<fm-tier-badge tier=${tier} theme=${theme}></fm-tier-badge>`);
        await expect(el).to.be.accessible();
      }
    }
  });
});
