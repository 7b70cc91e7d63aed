// The score distribution under the audit of issue 17: a visible focus ring, other runs that can
// be seen, a legend that survives forced colours, an axis caption that fits in right-to-left pages.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/score-distribution/score-distribution.js';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

/** WCAG contrast ratio of two computed colours (`rgb(…)`). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function chart(theme: 'light' | 'dark', dir = 'ltr') {
  const feed = await (await fetch('/demo/data/hub.feed.json')).json();
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 600px">
    <fm-score-distribution .feed=${feed} benchmark="robustness_testing" theme=${theme}></fm-score-distribution>
  </div>`);
  const el = wrapper.querySelector('fm-score-distribution')!;
  await until(() => $$(el, 'circle.dot').length > 0);
  return el;
}

describe('the score distribution under audit', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' } as never);
    await setViewport({ width: 800, height: 600 });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: a focused dot's ring stands out from the dot and the background (≥ 3:1)`, async () => {
      const el = await chart(theme);
      const first = $(el, 'circle.dot[tabindex="0"]');
      first.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      const dot = el.shadowRoot!.activeElement as SVGCircleElement;
      expect(dot.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(dot);
      const background = getComputedStyle($(el, '.chart')).backgroundColor;
      // A two-tone ring: its inner band (the dot's stroke) against the dot, its outer band (the
      // outline) against the background.
      expect(style.outlineStyle).to.equal('solid');
      expect(Number.parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(contrast(style.stroke, style.fill), 'inner ring against the dot').to.be.at.least(3);
      expect(contrast(style.outlineColor, background), 'outer ring against the background').to.be.at.least(3);
      expect(contrast(style.outlineColor, style.stroke), 'outer ring against the inner').to.be.at.least(3);
    });

    it(`${theme}: other runs are visible (≥ 3:1 against the background)`, async () => {
      const el = await chart(theme);
      const other = $(el, 'circle.other-run');
      const style = getComputedStyle(other);
      expect(Number(style.opacity)).to.equal(1);
      expect(contrast(style.stroke, getComputedStyle($(el, '.chart')).backgroundColor)).to.be.at.least(3);
    });
  }

  it('the tooltip sits above the swarm, not over the dots stacked at one score', async () => {
    const el = await chart('light');
    const dots = $$(el, 'circle.dot');
    const lowest = dots.reduce((a, b) => (b.getBoundingClientRect().bottom > a.getBoundingClientRect().bottom ? b : a));
    lowest.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => !!el.shadowRoot!.querySelector('.tooltip'));
    const tip = $(el, '.tooltip').getBoundingClientRect();
    for (const dot of dots) {
      const box = dot.getBoundingClientRect();
      const overlaps = box.left < tip.right && box.right > tip.left && box.top < tip.bottom && box.bottom > tip.top;
      expect(overlaps, 'a dot under the tooltip').to.equal(false);
    }
  });

  it('forced colours: the legend keeps its swatches, and the other runs show', async function () {
    // Slow on a loaded machine (forced-colour emulation, axe over the whole hub): not a speed test.
    this.timeout(30_000);
    await emulateMedia({ forcedColors: 'active' } as never);
    const el = await chart('light');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    for (const swatch of $$(el, '.swatch')) {
      const style = getComputedStyle(swatch);
      const painted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.borderTopStyle !== 'none';
      expect(painted, swatch.className).to.equal(true);
    }
    const other = getComputedStyle($(el, 'circle.other-run'));
    expect(other.stroke).not.to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('the hub at 390 px under forced colours passes axe', async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    await emulateMedia({ forcedColors: 'active' } as never);
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => el.complete && $$(el, 'fm-leaderboard-table').length > 0, 10_000);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('right to left: the axis caption stays inside the chart', async () => {
    const el = await chart('light', 'rtl');
    const svgBox = $(el, 'svg').getBoundingClientRect();
    const caption = $(el, 'text.better').getBoundingClientRect();
    expect(caption.left).to.be.at.least(svgBox.left);
    expect(caption.right).to.be.at.most(svgBox.right + 1);
  });
});
