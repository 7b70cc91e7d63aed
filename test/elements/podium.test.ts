import { expect, fixture, html } from '@open-wc/testing';
import { buildHub, displayWidth, rankBenchmark, type Feed } from '../../src/core/index.js';
import '../../src/elements/podium/podium.js';
import type { FmPodium } from '../../src/elements/podium/podium.js';
import { feed, run } from '../support/feeds.js';
import { $, $$ } from '../support/dom.js';

const podiumFor = async (f: Feed) => {
  const el = await fixture<FmPodium>(html`<fm-podium .feed=${f} benchmark="b"></fm-podium>`);
  await el.updateComplete;
  return el;
};

const three = () => feed([run('hyena', { score: 0.872 }), run('evo', { score: 0.859 }), run('caduceus', { score: 0.859 }), run('dna', { score: 0.8 })]);

/** The rendered width in pixels of each line of the <pre>. */
function lineWidths(pre: HTMLElement): number[] {
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  const widths: number[] = [];
  let range = document.createRange();
  range.setStart(pre, 0);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      if (node.data[i] !== '\n') continue;
      range.setEnd(node, i);
      widths.push(range.getBoundingClientRect().width);
      range = document.createRange();
      range.setStart(node, i + 1);
    }
  }
  range.setEnd(pre, pre.childNodes.length);
  widths.push(range.getBoundingClientRect().width);
  return widths;
}

describe('fm-podium', () => {
  it('draws the top three, ties sharing the step and the medal', async () => {
    const el = await podiumFor(three());
    const lines = el.text.split('\n');
    expect(lines[0]).to.include('🥇 HYENA');
    expect(el.text.match(/🥈/g)).to.have.length(2);
    expect(new Set(lines.map(displayWidth)).size, 'equal display widths').to.equal(1);
    expect($(el, 'pre').textContent).to.equal(el.text);
  });

  it('lines up in the browser too: every rendered line is as wide as the others', async () => {
    const f = feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.7 })]);
    f.models = [{ id: 'a', name: '多模态医学模型' }, { id: 'b', name: 'RadBERT 🩻🧠' }, { id: 'c', name: 'e\u0301le\u0300ve 👩‍🔬' }];
    const el = await podiumFor(f);
    const widths = lineWidths($(el, 'pre'));
    expect(widths.length).to.be.greaterThan(5);
    expect(Math.max(...widths) - Math.min(...widths), `line widths ${widths.join(', ')}`).to.be.below(1);
  });

  it('gives screen readers a plain list instead of the art', async () => {
    const el = await podiumFor(three());
    expect($(el, 'pre').getAttribute('aria-hidden')).to.equal('true');
    // A list without numbers of its own (they clashed with the ranks: "3. 2nd"), naming the metric.
    expect($$(el, 'ul li').map((li) => li.textContent)).to.deep.equal(['1st place: HYENA, score 0.872', '2nd place (tied): CADUCEUS, score 0.859', '2nd place (tied): EVO, score 0.859']);
    // The art is no Tab stop, even when it overflows and scrolls.
    expect($(el, 'pre').tabIndex).to.equal(-1);
  });

  it('scales the art down to fit a phone-wide box', async () => {
    const el = await podiumFor(three());
    el.style.width = '240px';
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    const pre = $(el, 'pre');
    expect(pre.scrollWidth, 'no overflow').to.be.at.most(pre.clientWidth + 1);
    expect(pre.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });

  it('shortens long names in the art, keeping the full name in the list and title', async () => {
    const f = three();
    f.models[0].name = 'HyenaDNA-1M-context-extra-long-checkpoint';
    const el = await podiumFor(f);
    expect(el.text).to.include('HyenaDNA-1M-conte…');
    expect($(el, 'ul li').textContent).to.include('HyenaDNA-1M-context-extra-long-checkpoint');
    expect($(el, 'pre').title).to.include('HyenaDNA-1M-context-extra-long-checkpoint');
  });

  it('draws what there is with one model, and says so with none', async () => {
    const one = await podiumFor(feed([run('solo', { score: 0.5 })]));
    expect(one.text.split('\n')[0]).to.include('🥇 SOLO');
    const none = await podiumFor(feed([]));
    expect($(none, '.status').textContent).to.include('No ranked models on Bench yet');
  });

  it('notes models tied within the top three beyond the three drawn', async () => {
    const el = await podiumFor(feed(['a', 'b', 'c', 'd'].map((m) => run(m, { score: 1 }))));
    expect($(el, 'figcaption').textContent).to.include('and 1 more tied within the top three');
  });

  it('copies the exact text', async () => {
    const el = await podiumFor(three());
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      ($(el, 'button') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(written).to.deep.equal([el.text]);
      expect($(el, '[role="status"]').textContent).to.equal('Copied.');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('takes a ranking directly', async () => {
    const ranking = rankBenchmark(buildHub(three()), 'b');
    const el = await fixture<FmPodium>(html`<fm-podium .ranking=${ranking}></fm-podium>`);
    expect(el.text).to.include('🥇 HYENA');
  });

  it('is accessible (axe), light and dark', async () => {
    const el = await podiumFor(three());
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
