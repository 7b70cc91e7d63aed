import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feed, Result } from '../../src/core/index.js';
import type { FmRowToggleDetail } from '../../src/events/index.js';
import { tableToCsv, tableToJson } from '../../src/elements/leaderboard-table/table-export.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, header, headerLabel, modelOrder, record, tableFor, until } from '../support/elements.js';
import { loadChunks } from '../support/chunks.js';

// A row's details are a chunk of their own: here before the tests open rows.
before(loadChunks);

function hubLike(): Feed {
  const f = feed(
    [
      run('HyenaDNA', { score: 0.7883, acc: 0.672 }, { id: 'best', date: '2025-12-18', stratified: { site: { A: { score: 0.8, N: 70 }, B: { score: 0.7, N: 50 } } } }),
      run('hyenadna', { score: 0.7365, acc: 0.679 }, { id: 'older', date: '2025-11-27' }),
      run('evo2', { score: 0.7453, acc: 0.618 }),
      run('dummy', { score: 0.5, acc: 0.5 }, { probes: { noise: { grid: [40, 20, 0], unit: 'dB', series: { logit: { mean: [0.99, 0.9, 0.7], rAUC: 0.93 } } } } }),
    ],
    { benchmark: { secondary_metrics: ['acc'] } },
  );
  f.models = [
    { id: 'hyenadna', name: 'HyenaDNA', aliases: ['hyena-dna-v1'] },
    { id: 'evo2', name: 'Évo 2' },
    { id: 'dummy', name: 'Baseline', type: 'baseline' },
  ];
  return f;
}

const type = async (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
};

describe('fm-leaderboard-table: filtering', () => {
  it('searches names and aliases as you type, and counts what is shown', async () => {
    const el = await tableFor(hubLike());
    expect($(el, '[part="count"]').textContent).to.equal('3 of 3 models');
    await type($(el, 'input[type="search"]') as HTMLInputElement, 'dna-v1');
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['HyenaDNA']);
    expect($(el, '[part="count"]').textContent).to.equal('1 of 3 models');
  });

  it('ignores accents and case in the search', async () => {
    const el = await tableFor(hubLike());
    await type($(el, 'input[type="search"]') as HTMLInputElement, 'EVO');
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['Évo 2']);
  });

  it('hides baselines with a toggle', async () => {
    const el = await tableFor(hubLike());
    const toggle = $$(el, '.toolbar input[type="checkbox"]')[0] as HTMLInputElement;
    toggle.click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['HyenaDNA', 'Évo 2']);
    expect($(el, '[part="count"]').textContent).to.equal('2 of 3 models');
  });

  it('hides and shows an optional column with the column chooser', async () => {
    const el = await tableFor(hubLike());
    const labels = () => $$(el, 'thead button.sort').map(headerLabel);
    expect(labels()).to.include('acc');
    const box = $$(el, '.columns input[type="checkbox"]').find((i) => i.parentElement!.textContent!.includes('acc')) as HTMLInputElement;
    box.click();
    await el.updateComplete;
    expect(labels()).to.not.include('acc');
    expect(labels()).to.include.members(['Rank', 'Model', 'score']);
  });
});

describe('fm-leaderboard-table: details', () => {
  it('opens a row to show the other runs, the stratified table and the probes', async () => {
    const el = await tableFor(hubLike());
    const events = record<FmRowToggleDetail>(el, 'fm-row-toggle');
    const toggle = $$(el, 'button.toggle')[0];
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${toggle.getAttribute('aria-controls')}`);
    expect(details.textContent).to.include('Other runs of HyenaDNA (1)').and.include('older');
    expect(details.textContent).to.include('By site');
    expect(events).to.deep.equal([{ model: 'hyenadna', open: true }]);
    await expect(el).to.be.accessible();
  });

  it('shows the probe figures as tables in the details of a model that has them (the table alone)', async () => {
    const el = await tableFor(hubLike());
    $$(el, 'button.toggle')[2].click();
    await el.updateComplete;
    const probe = $(el, 'table.probe');
    expect(probe.textContent).to.include('Robustness probe: noise (dB)').and.include('0.930');
  });

  it('opens and closes from the keyboard', async () => {
    const el = await tableFor(hubLike());
    const events = record<FmRowToggleDetail>(el, 'fm-row-toggle');
    $$(el, 'button.toggle')[1].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events).to.deep.equal([
      { model: 'evo2', open: true },
      { model: 'evo2', open: false },
    ]);
    expect($$(el, 'tr.details')).to.have.length(0);
  });
});

describe('fm-leaderboard-table: pinning', () => {
  it('keeps a pinned model at the top while the rest sorts', async () => {
    const el = await tableFor(hubLike());
    const pins = $$(el, 'button.pin');
    pins[2].click(); // Baseline
    await el.updateComplete;
    expect(modelOrder(el)[0]).to.equal('Baseline');
    header(el, 'acc').click();
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['Baseline', 'HyenaDNA', 'Évo 2']);
    expect($$(el, 'button.pin').find((b) => b.getAttribute('aria-pressed') === 'true')!.getAttribute('aria-label')).to.equal('Pin Baseline to the top');
  });
});

describe('fm-leaderboard-table: many rows', () => {
  function big(n: number): Feed {
    const results: Result[] = Array.from({ length: n }, (_, i) => run(`m${i}`, { score: (i * 7919) % 10007 / 10007 }));
    const f = feed(results);
    return f;
  }

  it('keeps the DOM bounded for 10,000 rows and says how many rows there are', async () => {
    const el = await tableFor(big(10_000));
    await until(() => $$(el, 'tr[part="row"]').length > 0);
    expect($$(el, 'tr').length, 'row elements in the DOM').to.be.below(120);
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('10001');
    expect($$(el, 'tr[part="row"]')[0].getAttribute('aria-rowindex')).to.equal('2');
    expect($(el, '.scroll').classList.contains('windowed')).to.be.true;
  });

  it('still sorts and filters the whole list when windowed', async () => {
    const el = await tableFor(big(5_000));
    header(el, 'score').click();
    await el.updateComplete;
    await until(() => $$(el, 'tr[part="row"] .model-name').length > 0);
    const firstScore = Math.max(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 10007 / 10007));
    expect($$(el, 'tr[part="row"]')[0].textContent).to.include(firstScore.toFixed(4));
    await type($(el, 'input[type="search"]') as HTMLInputElement, 'M4999');
    await el.updateComplete;
    expect($(el, '[part="count"]').textContent).to.equal('1 of 5,000 models');
  });

  it('renders small tables plainly, every row in the DOM, columns sized by their content', async () => {
    const el = await tableFor(big(150));
    expect($$(el, 'tr[part="row"]')).to.have.length(150);
    expect($$(el, 'tr.spacer')).to.have.length(0);
    expect(getComputedStyle($(el, 'table')).tableLayout).to.equal('auto');
  });

  it('keeps column widths while rows scroll by when windowed', async () => {
    const el = await tableFor(big(3_000));
    await until(() => $$(el, 'tr[part="row"]').length > 0);
    expect(getComputedStyle($(el, 'table')).tableLayout).to.equal('fixed');
    const widths = () => $$(el, 'thead th').map((th) => Math.round(th.getBoundingClientRect().width));
    const before = widths();
    const scroller = $(el, '.scroll');
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await el.updateComplete;
    expect(widths()).to.deep.equal(before);
  });

  it('is accessible (axe) when windowed', async () => {
    const el = await tableFor(big(500));
    await until(() => $$(el, 'tr[part="row"]').length > 0);
    await expect(el).to.be.accessible();
  });
});

describe('fm-leaderboard-table: what it shows, and view state', () => {
  it('exports what it shows as CSV: filtered and sorted rows, shown columns, plain values', async () => {
    const f = hubLike();
    f.models[0].name = '=HYPERLINK("http://evil.example")';
    const el = await tableFor(f);
    header(el, 'acc').click();
    await el.updateComplete;
    const lines = tableToCsv(el.shown!).trimEnd().split('\r\n');
    expect(lines[0]).to.equal('model_id,Rank,Model,score,Tier,acc,Dataset,Date');
    expect(lines[1]).to.equal(`hyenadna,1,"'=HYPERLINK(""http://evil.example"")",0.7883,Fair,0.672,,2025-12-18`);
    expect(lines).to.have.length(4);
  });

  it('exports JSON with numbers as numbers and no medals, without hidden columns', async () => {
    const el = await tableFor(hubLike());
    await type($(el, 'input[type="search"]') as HTMLInputElement, 'evo');
    await el.updateComplete;
    expect(JSON.parse(tableToJson(el.shown!))).to.deep.equal([{ model_id: 'evo2', Rank: 2, Model: 'Évo 2', score: 0.7453, Tier: 'Fair', acc: 0.618, Dataset: null, Date: null }]);
    const chooser = $$(el, '.columns input[type="checkbox"]') as HTMLInputElement[];
    chooser.filter((box) => box.parentElement!.textContent!.trim() !== 'acc').forEach((box) => box.click());
    await el.updateComplete;
    expect(JSON.parse(tableToJson(el.shown!))).to.deep.equal([{ model_id: 'evo2', Rank: 2, Model: 'Évo 2', score: 0.7453, acc: 0.618 }]);
  });

  it('shows nothing until a ranking is shown, then the benchmark it shows', async () => {
    const el = await tableFor(hubLike(), 'no-such-benchmark');
    expect(el.shown).to.equal(null);
    el.benchmark = 'b';
    await el.updateComplete;
    expect(el.shown!.benchmark).to.equal('b');
    expect(el.shown!.rows.map((r) => r.model.name)).to.deep.equal(modelOrder(el));
  });

  it('puts a page’s own controls at the end of its toolbar (the actions slot), and offers no export of its own', async () => {
    const el = await tableFor(hubLike());
    expect($$(el, 'button').some((b) => /export/i.test(b.textContent!))).to.equal(false);
    const mine = document.createElement('button');
    mine.slot = 'actions';
    mine.textContent = 'Download';
    el.append(mine);
    await el.updateComplete;
    expect(mine.assignedSlot?.closest('.toolbar')).to.equal($(el, '.toolbar'));
  });

  it('fires fm-filter-change on search and baseline toggle, not when set from code', async () => {
    const el = await tableFor(hubLike());
    const events = record(el, 'fm-filter-change');
    el.query = 'x';
    await el.updateComplete;
    expect(events).to.have.length(0);
    await type($(el, 'input[type="search"]') as HTMLInputElement, 'hyena');
    ($$(el, '.toolbar input[type="checkbox"]')[0] as HTMLInputElement).click();
    expect(events).to.deep.equal([
      { query: 'hyena', hideBaselines: false },
      { query: 'hyena', hideBaselines: true },
    ]);
  });

  it('takes its sort and search from properties, as a linked view restores them', async () => {
    const f = hubLike();
    const el = await tableFor(f);
    el.sortKeys = [{ column: 'metric:acc', direction: 'ascending' }];
    el.query = 'a';
    await el.updateComplete;
    expect(modelOrder(el)).to.deep.equal(['Baseline', 'HyenaDNA']);
    expect(header(el, 'acc').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  });
});
