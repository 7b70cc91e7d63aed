// The hub on a feed of several leaderboards: one suite at a time, chosen in a switcher (with a
// search past six, and in the URL under sync-url), the suite's overall as it declares it, the
// matrix of models × benchmarks with the average of the columns kept, and the overview across.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { Feed, Result } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';
import { suitesChunk } from '../../src/elements/leaderboard/hub-chunks.js';
import { matrixChunk } from '../../src/elements/leaderboard/suite-overall.js';
import { rankingSlice } from '../../src/elements/leaderboard/suite-shell.js';

before(async () => {
  await loadChunks();
  await Promise.all([suitesChunk.get(), matrixChunk.get()]);
});

let n = 0;
const result = (model: string, benchmark: string, score: number): Result => ({ id: `r${++n}`, model, benchmark, metrics: { score } });

/**
 * Eight leaderboards: "Lab" with three benchmarks and a mean overall (models a, b, c; c skipped
 * one), and seven one-benchmark leaderboards "Other 1"…"Other 7" where a and d ran.
 */
function feed(): Feed {
  const others = Array.from({ length: 7 }, (_, i) => `o${i + 1}`);
  return {
    version: '1.0',
    metrics: { score: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    suites: [
      { id: 'lab', name: 'Lab Board', organisation: 'Lab', evaluator_relationship: 'third_party', url: 'https://example.org/lab', overall: { method: 'mean' } },
      ...others.map((id, i) => ({ id, name: `Other ${i + 1}` })),
    ],
    benchmarks: [
      { id: 'lab/x', name: 'X', primary_metric: 'score', suite: 'lab' },
      { id: 'lab/y', name: 'Y', primary_metric: 'score', suite: 'lab' },
      { id: 'lab/z', name: 'Z', primary_metric: 'score', suite: 'lab' },
      ...others.map((id) => ({ id: `${id}/b`, name: 'B', primary_metric: 'score', suite: id })),
    ],
    models: [],
    results: [
      result('a', 'lab/x', 0.9),
      result('b', 'lab/x', 0.6),
      result('c', 'lab/x', 0.3),
      result('a', 'lab/y', 0.2),
      result('b', 'lab/y', 0.8),
      result('c', 'lab/y', 0.9),
      result('a', 'lab/z', 0.4),
      result('b', 'lab/z', 0.7),
      ...others.flatMap((id) => [result('a', `${id}/b`, 0.5), result('d', `${id}/b`, 0.6)]),
    ],
  };
}

async function hub(attributes: { syncUrl?: boolean; suite?: string } = {}): Promise<FmLeaderboard> {
  const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="en" ?sync-url=${attributes.syncUrl} suite=${attributes.suite ?? ''} .feed=${feed()}></fm-leaderboard>`);
  await until(() => el.complete && !!el.shadowRoot!.querySelector('nav.suites'), 5000);
  return el;
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const switcher = (el: FmLeaderboard) => $$(el, 'nav.suites button');
const pressed = (el: FmLeaderboard) => switcher(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.firstElementChild!.textContent);
const overallRows = (el: FmLeaderboard) => $$(el, '#fm-overall table tbody tr').map((tr) => [...tr.children].map((c) => text(c)));

describe('fm-leaderboard: a feed of several leaderboards', () => {
  it('shows the first leaderboard, its provenance and only its benchmarks', async () => {
    const el = await hub();
    expect(pressed(el)).to.deep.equal(['Lab Board']);
    expect(text($(el, '[part="stats"]'))).to.equal('🏆 8 leaderboards 📊 10 benchmarks 🤖 4 models 📈 22 evaluations');
    expect(text($(el, '[part="suite"]'))).to.include('Lab · third-party evaluation · the leaderboard’s page');
    expect($(el, '[part="suite"] a').getAttribute('href')).to.equal('https://example.org/lab');
    expect($$(el, 'fm-leaderboard-table').map((t) => t.getAttribute('benchmark'))).to.deep.equal(['lab/x', 'lab/y', 'lab/z']);
  });

  it('ranks the suite’s declared overall (mean position in range) with how many benchmarks each entered', async () => {
    const el = await hub();
    // a (0.9 + 0.2 + 0.4) / 3 = 0.5, b (0.6 + 0.8 + 0.7) / 3 = 0.7, c (0.3 + 0.9) / 2 = 0.6.
    const rows = overallRows(el);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).to.deep.equal([
      ['🥇 1', 'b', '0.700', '3 of 3'],
      ['🥈 2', 'c', '0.600', '2 of 3'],
      ['🥉 3', 'a', '0.500', '3 of 3'],
    ]);
    rows.forEach((r) => expect(r[3]).to.match(/^0\.\d{3} to 0\.\d{3}$/));
    expect(text($(el, '#fm-overall'))).to.include('The mean, over the 3 benchmarks a model entered');
    expect(text($(el, '#fm-overall'))).to.include('A model must have entered at least 2 of the 3 benchmarks to be ranked; every model here did.');
    expect(text($(el, '#fm-overall'))).to.include('The 95 % interval shows how much the overall could move');
  });

  it('the metric cheat sheet says how the leaderboard’s overall is computed', async () => {
    const el = await hub();
    (el.shadowRoot!.querySelector('#fm-metrics details') as HTMLDetailsElement).open = true;
    await until(() => !!el.shadowRoot!.querySelector('#fm-metrics fm-metric-explainer')?.shadowRoot?.querySelector('.sheet'), 5000);
    const sheet = $(el, '#fm-metrics fm-metric-explainer').shadowRoot!.querySelector('.sheet-entry')!;
    expect(text(sheet)).to.match(/^Overall rankings \(how each leaderboard’s is computed\) Lab Board The mean, over the 3 benchmarks a model entered/);
    expect(text(sheet)).to.include('A model must have entered at least 2 of the 3 benchmarks to be ranked');
  });

  it('switches leaderboard from the list, finds one by search, and the choice is the `suite` property', async () => {
    const el = await hub();
    expect(switcher(el)).to.have.length(9);
    const search = $(el, 'nav.suites input[type="search"]') as HTMLInputElement;
    search.value = 'other 7';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(switcher(el).map((b) => b.firstElementChild!.textContent)).to.deep.equal(['Other 7']);
    (switcher(el)[0] as HTMLButtonElement).click();
    await until(() => el.complete && pressed(el)[0] === 'Other 7', 5000);
    expect(el.suite).to.equal('o7');
    expect($$(el, 'fm-leaderboard-table').map((t) => t.getAttribute('benchmark'))).to.deep.equal(['o7/b']);
    // A one-benchmark leaderboard's overall is that benchmark: no second copy of its table.
    expect(text($(el, '#fm-overall'))).to.include('The leaderboard declares no overall of its own; shown here: “B”');
    expect($(el, '#fm-overall').querySelector('table')).to.equal(null);
  });

  it('keeps the choice in the URL under sync-url, and opens on the URL’s choice', async () => {
    const before = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?fm-suite=o3`);
      const el = await hub({ syncUrl: true });
      expect(pressed(el)).to.deep.equal(['Other 3']);
      (switcher(el)[0] as HTMLButtonElement).click();
      await until(() => pressed(el)[0] === 'Lab Board', 5000);
      expect(new URLSearchParams(location.search).get('fm-suite')).to.equal('lab');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('matrix: every benchmark a column, sortable, and the average over the columns kept', async () => {
    const el = await hub();
    ($$(el, '#fm-overall .switch button').find((b) => b.textContent!.startsWith('Matrix')) as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('table.matrix'), 5000);
    const rows = () => $$(el, 'table.matrix tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect($$(el, 'table.matrix thead th').map((th) => text(th).replace(/[▼▲]/g, '').trim())).to.deep.equal(['Place', 'Model', 'Average', 'X', 'Y', 'Z']);
    expect(rows()).to.deep.equal([
      ['🥇 1', 'b', '0.700', '0.6000', '0.8000', '0.7000'],
      ['🥈 2', 'c', '0.600 (2 of 3)', '0.3000', '0.9000', '—not run'],
      ['🥉 3', 'a', '0.500', '0.9000', '0.2000', '0.4000'],
    ]);
    // Sort by X (best first), then hide Y: the average is over X and Z only.
    ($$(el, 'table.matrix thead button.sort').find((b) => text(b).startsWith('X')) as HTMLButtonElement).click();
    await el.updateComplete;
    expect(rows().map((r) => r[1])).to.deep.equal(['a', 'b', 'c']);
    expect($$(el, 'table.matrix thead th').find((th) => text(th).startsWith('X'))!.getAttribute('aria-sort')).to.equal('descending');
    const y = $$(el, '.matrix-columns label').find((l) => text(l) === 'Y')!.querySelector('input')!;
    y.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal([
      ['🥇 1', 'a', '0.650', '0.9000', '0.4000'],
      ['🥈 2', 'b', '0.650', '0.6000', '0.7000'],
      ['🥉 3', 'c', '0.300 (1 of 2)', '0.3000', '—not run'],
    ]);
  });

  it('across leaderboards: only models placed in two or more, by mean place', async () => {
    const el = await hub({ suite: '*' });
    expect(pressed(el)).to.deep.equal(['Across leaderboards']);
    // a: Lab 3rd, 2nd in each of seven others; d: 1st in seven others.
    const rows = $$(el, '#fm-across tbody tr').map((tr) => [...tr.children].slice(0, 3).map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['1', 'd', '1.00'],
      ['2', 'a', '2.13'],
    ]);
  });

  it('across leaderboards: a capability index over the leaderboards’ scores, with how many each entered', async () => {
    const el = await hub({ suite: '*' });
    const button = $$(el, '#fm-across .switch button').find((b) => text(b) === 'Capability index')!;
    button.click();
    await until(() => $$(el, '#fm-across table caption').some((c) => c.textContent === 'Capability index'), 5000);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const rows = $$(el, '#fm-across tbody tr').filter((tr) => tr.children.length === 5).map((tr) => [...tr.children].map((c) => text(c)));
    // d scored 0.6 where a scored 0.5 on the seven leaderboards both entered.
    expect(rows.map((r) => [r[1], r[4]])).to.deep.equal([
      ['d', '7 of 8'],
      ['a', '8 of 8'],
    ]);
    expect(text($(el, '#fm-across'))).to.include('fitted over the overall scores of the 8 leaderboards');
    expect(text($(el, '#fm-across'))).to.include('No index, fewer than 2 leaderboards entered: b (1 of 8), c (1 of 8).');
    await expect(el).to.be.accessible();
    $$(el, '#fm-across .switch button')[0].click();
    await until(() => $$(el, '#fm-across tbody tr').length === 2);
  });

  it('across leaderboards ranks one suite after another, saying how far it has come, to the same places', async () => {
    rankingSlice.ms = 0; // a suite a task
    try {
      const statuses = new Set<string>();
      const el = document.createElement('fm-leaderboard') as FmLeaderboard;
      el.lang = 'en';
      el.suite = '*';
      el.feed = feed();
      document.body.append(el);
      const watch = new MutationObserver(() => {
        const status = el.shadowRoot!.querySelector('#fm-across [part="status"]')?.textContent?.trim();
        if (status) statuses.add(status);
      });
      await until(() => !!el.shadowRoot);
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await until(() => !!el.shadowRoot!.querySelector('#fm-across tbody tr'), 5000);
      watch.disconnect();
      const ranking = [...statuses].filter((t) => t.startsWith('Ranking every leaderboard'));
      expect(ranking.length, [...statuses].join(' | ')).to.be.at.least(2);
      expect(ranking.every((t) => /^Ranking every leaderboard: [1-7] of 8…$/.test(t)), ranking.join(' | ')).to.equal(true);
      const rows = $$(el, '#fm-across tbody tr').map((tr) => [...tr.children].slice(0, 3).map((c) => text(c)));
      expect(rows).to.deep.equal([
        ['1', 'd', '1.00'],
        ['2', 'a', '2.13'],
      ]);
      el.remove();
    } finally {
      rankingSlice.ms = 40;
    }
  });

  it('is accessible (axe): the switcher, a suite, its matrix, the overview across', async function () {
    this.timeout(30_000);
    const el = await hub();
    await expect(el).to.be.accessible();
    ($$(el, '#fm-overall .switch button').find((b) => b.textContent!.startsWith('Matrix')) as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('table.matrix'), 5000);
    await expect(el).to.be.accessible();
    el.suite = '*';
    await until(() => !!el.shadowRoot!.querySelector('#fm-across'), 5000);
    await expect(el).to.be.accessible();
  });
});

describe('fm-leaderboard: a model run in several configurations', () => {
  /** "Agent A" run in two scaffolds and its "High" effort in one; "Solo" in one scaffold only. */
  function entries(): Feed {
    const card = (id: string, name: string, base: string, configuration: string) => ({ id, name, base_model: base, configuration });
    return {
      version: '1.0',
      metrics: { score: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
      benchmarks: [{ id: 'b', name: 'B', primary_metric: 'score' }],
      models: [
        card('a-x', 'Agent A · Scaffold X', 'org/a', 'Scaffold X'),
        card('a-y', 'Agent A · Scaffold Y', 'org/a', 'Scaffold Y'),
        card('a-high-x', 'Agent A High · Scaffold X', 'org/a', 'Scaffold X'),
        card('solo-x', 'Solo · Scaffold X', 'org/solo', 'Scaffold X'),
      ],
      results: [result('a-x', 'b', 0.5), result('a-y', 'b', 0.6), result('a-high-x', 'b', 0.7), result('solo-x', 'b', 0.4)],
    };
  }

  it('each configuration ranks as its own row; the compare picker groups a model’s configurations and compares them at once', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${entries()}></fm-leaderboard>`);
    await until(() => el.complete && !!el.shadowRoot!.querySelector('#fm-compare .picker'), 5000);
    expect(el.rankings[0].rows.map((r) => r.model.name)).to.deep.equal(['Agent A High · Scaffold X', 'Agent A · Scaffold Y', 'Agent A · Scaffold X', 'Solo · Scaffold X']);
    const group = $(el, '#fm-compare .picker fieldset');
    expect(text(group.querySelector('legend')!)).to.equal('Agent A');
    // Within the model, each entry by what tells it apart; another entry of the same model keeps its name.
    expect([...group.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(['Scaffold X', 'Scaffold Y', 'Agent A High · Scaffold X']);
    expect($$(el, '#fm-compare .picker > label').map((l) => text(l))).to.deep.equal(['Solo · Scaffold X']);
    (group.querySelector('button') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('#fm-compare table'), 5000);
    expect($$(el, '#fm-compare thead th').slice(1).map((th) => text(th))).to.deep.equal(['Agent A · Scaffold X', 'Agent A · Scaffold Y', 'Agent A High · Scaffold X']);
  });
});
