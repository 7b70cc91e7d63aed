import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

// The demo's second built-in feed: `fm-leaderboard import` on the evaluation tools' real files
// (npm run data:formats). What the hub's data cannot show: ± from the tools' standard errors,
// sample counts, parameter counts, and the tools' warnings.
const FORMATS = '/demo/data/formats.feed.json';

async function hub(): Promise<FmLeaderboard> {
  const container = await fixture<HTMLDivElement>(`<div><fm-leaderboard src="${FORMATS}"></fm-leaderboard></div>`);
  const el = container.querySelector('fm-leaderboard')!;
  await until(() => el.rankings.length > 0, 5000);
  await el.updateComplete;
  return el;
}

/**
 * A benchmark's table: the feed holds two leaderboards (a harness group, an Every Eval Ever
 * suite) and benchmarks in neither, and the hub shows one at a time, so show its own first.
 */
async function table(el: FmLeaderboard, id: string): Promise<Element> {
  const feed = await (await fetch(FORMATS)).json();
  el.suite = feed.benchmarks.find((b: { id: string }) => b.id === id)?.suite ?? '-';
  await until(() => el.complete && !!el.shadowRoot!.querySelector(`fm-leaderboard-table[benchmark="${CSS.escape(id)}"]`), 5000);
  return $(el, `fm-leaderboard-table[benchmark="${CSS.escape(id)}"]`)!;
}
const cellText = (t: Element) => [...t.shadowRoot!.querySelectorAll('tbody tr:first-child td, tbody tr:first-child th')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

describe('fm-leaderboard on an imported feed', () => {
  it('draws every benchmark the tools reported, with the standard errors as ±', async () => {
    const el = await hub();
    expect($(el, '[part="stats"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('🏆 2 leaderboards 📊 20 benchmarks 🤖 5 models 📈 20 evaluations');
    // One leaderboard at a time: the switcher's three parts hold the 20 tables between them.
    const parts = $$(el, 'nav.suites button');
    expect(parts.map((b) => b.firstElementChild!.textContent)).to.have.length(4);
    let tables = 0;
    for (const button of parts.slice(0, 3)) {
      (button as HTMLButtonElement).click();
      await until(() => el.complete && button.getAttribute('aria-pressed') === 'true', 5000);
      tables += $$(el, 'fm-leaderboard-table').length;
    }
    expect(tables).to.equal(20);
    const harness = await table(el, 'math_rephrased_full');
    await (harness as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const cells = cellText(harness);
    // The table shows the 95 % half-width, 1.96 × se: 1.96 × 0.000283 ≈ 0.0006.
    expect(cells.join(' | ')).to.match(/0\.0004 ± 0\.0006/);
    const inspect = await table(el, 'input_task');
    await (inspect as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(cellText(inspect).join(' | ')).to.include('±');
    // Every Eval Ever's record has no uncertainty: no ± is invented.
    const eee = await table(el, 'mmlu-pro-leaderboard/MMLU-Pro (overall)');
    await (eee as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(cellText(eee).join(' | ')).not.to.include('±');
    expect(el.shadowRoot!.querySelector('[part="status"][role="alert"]')).to.equal(null);
  });

  it('wraps a long model id without spaces inside its column instead of running over the score', async () => {
    const el = await hub();
    const t = await table(el, 'math_rephrased_full');
    await (t as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const name = t.shadowRoot!.querySelector('tbody .model-name')!;
    const score = t.shadowRoot!.querySelector('tbody tr:first-child td.col-metric-exact-match')!;
    expect(name.textContent).to.equal('RylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1');
    expect(name.getBoundingClientRect().right).to.be.at.most(score.getBoundingClientRect().left + 1);
    expect(name.getClientRects().length, 'lines of the name').to.be.greaterThan(1);
  });

  it('is accessible (axe) on the imported feed, light and dark', async function () {
    this.timeout(30_000);
    const el = await hub();
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await expect(el).to.be.accessible();
  });
});
