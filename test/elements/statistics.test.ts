// Which differences are real, in the elements: tie groups in the table (sorting, CSV), the
// podium's "statistically tied with #1", the quick comparison that claims no lead within the
// noise, the compare view's sentence and rank changes within the noise.
import { expect, fixture, html } from '@open-wc/testing';
import type { Feed } from '../../src/core/index.js';
import '../../src/elements/leaderboard/leaderboard.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import '../../src/elements/podium/podium.js';
import '../../src/elements/score-distribution/score-distribution.js';
import type { FmScoreDistribution } from '../../src/elements/score-distribution/score-distribution.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { tableToCsv } from '../../src/elements/leaderboard-table/table-export.js';
import type { FmPodium } from '../../src/elements/podium/podium.js';
import { loadChunks } from '../support/chunks.js';
import { feed, run } from '../support/feeds.js';
import { $, $$, header } from '../support/dom.js';

before(loadChunks);

/**
 * Four models on a proportion scored on 400 items each: binomial errors of about 0.015, so
 * 0.90 and 0.89 cannot be told apart, nor 0.80 and 0.79, but the two pairs can.
 */
function fourOn400(): Feed {
  const f = feed([run('a', { score: 0.9 }, { n_test: 400, id: 'ra' }), run('b', { score: 0.89 }, { n_test: 400, id: 'rb' }), run('c', { score: 0.8 }, { n_test: 400, id: 'rc' }), run('d', { score: 0.79 }, { n_test: 400, id: 'rd' })]);
  f.metrics!.score = { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 }, proportion: true };
  return f;
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(done()).to.equal(true);
};

describe('tie groups in <fm-leaderboard-table>', () => {
  const table = async (f: Feed) => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${f} benchmark="b"></fm-leaderboard-table>`);
    await el.updateComplete;
    return el;
  };

  it('shows a Group column of letters, ± from the item count, and the decimals the errors justify', async () => {
    const el = await table(fourOn400());
    const groups = $$(el, 'tr[part="row"] .group').map((g) => g.textContent!.trim());
    expect(groups).to.deep.equal(['a', 'a', 'b', 'b']);
    const first = $$(el, 'tr[part="row"]')[0].textContent!;
    expect(first).to.include('0.90 ± 0.03');
    expect($$(el, 'tr[part="row"] [title*="binomial"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('sorts by group and exports it', async () => {
    const el = await table(fourOn400());
    header(el, 'Group').click();
    await el.updateComplete;
    header(el, 'Group').click(); // descending: group b first
    await el.updateComplete;
    const lines = tableToCsv(el.shown!).trimEnd().split('\r\n');
    expect(lines[0]).to.equal('model_id,Rank,Model,score,Group,Tier,Dataset,Date');
    expect(lines.slice(1).map((l) => l.split(',')[4])).to.deep.equal(['b', 'b', 'a', 'a']);
  });

  it('leaves the column out where no result has a standard error', async () => {
    const el = await table(feed([run('a', { score: 0.9 }), run('b', { score: 0.8 })]));
    expect($$(el, 'button.sort').map((b) => b.textContent!.trim())).to.not.include('Group');
  });
});

describe('statistically tied with #1', () => {
  it('the podium says so under the art and in its places', async () => {
    const el = await fixture<FmPodium>(html`<fm-podium .feed=${fourOn400()} benchmark="b"></fm-podium>`);
    await el.updateComplete;
    expect($(el, '.tie').textContent).to.equal('Statistically tied with #1 (A): B (2nd); the data cannot tell it from the leader.');
    expect($(el, 'ul.visually-hidden').textContent).to.include('2nd place: B, score 0.89, statistically tied with #1');
  });

  it('the hub claims no lead within the noise, and the compare view says which gaps are real', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${fourOn400()}></fm-leaderboard>`);
    await until(() => $$(el, '.quick').length > 0);
    const quick = $(el, '.quick').textContent!.replace(/\s+/g, ' ');
    expect(quick).to.include('A ranks first');
    expect(quick).to.include('within the noise, not a real lead (95 % CI');
    await until(() => $$(el, '.picker label').length > 0);
    const box = (name: string) => $$(el, '.picker label').find((l) => l.textContent!.trim() === name)!.querySelector('input')!;
    box('A').click();
    box('B').click();
    box('C').click();
    await el.updateComplete;
    const said = $(el, '.differences').textContent!.replace(/\s+/g, ' ');
    expect(said).to.include('No real difference between A and B: 0.01 apart, within the noise (95 % CI');
    expect(said).to.include('A is ahead of C by 0.10 (95 % CI 0.05 to 0.15, from their separate standard errors).');
  });

  it('a paired difference decides: the same gap, paired over items, is real', async () => {
    const f = fourOn400();
    f.results[1].paired = [{ against: 'ra', metric: 'score', n: 400, difference: -0.01, se: 0.004 }];
    const el = await fixture<FmPodium>(html`<fm-podium .feed=${f} benchmark="b"></fm-podium>`);
    await el.updateComplete;
    expect($$(el, '.tie')).to.have.length(0);
  });
});

describe('rank changes within the noise', () => {
  it('marks a move the intervals allow ≈, and the summary counts it apart', async () => {
    const previous = fourOn400();
    previous.results[0].metrics.score = 0.88; // a was 2nd, b 1st
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${fourOn400()} .previousFeed=${previous}></fm-leaderboard>`);
    await until(() => $$(el, '[part="changes"]').length > 0 && /within the noise/.test($(el, '[part="changes"]').textContent!));
    expect($(el, '[part="changes"]').textContent!.replace(/\s+/g, ' ')).to.include('2 moves within the noise, not counted as real (≈)');
    const table = el.shadowRoot!.querySelector('fm-leaderboard-table')!;
    await until(() => $$(table, 'tr[part="row"]').some((r) => r.textContent!.includes('≈')));
  });
});

describe('a suite’s overall with intervals', () => {
  it('a large suite keeps the interval column while they are worked out, then fills it', async () => {
    const results = [];
    for (let b = 0; b < 3; b++) for (let m = 0; m < 2000; m++) results.push(run(`m${m}`, { score: ((m * 7919 + b * 104729) % 1000) / 1000 }, { benchmark: `b${b}` }));
    results.push(run('m0', { score: 0.5 }, { benchmark: 'other' }));
    const f = feed(results);
    f.benchmarks = [...[0, 1, 2].map((b) => ({ id: `b${b}`, name: `B${b}`, primary_metric: 'score', suite: 's' })), { id: 'other', name: 'Other', primary_metric: 'score', suite: 't' }];
    f.suites = [{ id: 's', name: 'Big board', overall: { method: 'mean' } }, { id: 't', name: 'Small board' }];
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${f}></fm-leaderboard>`);
    const cells = () => $$(el, '#fm-overall table tbody tr').map((tr) => tr.children[3]?.textContent?.trim());
    await until(() => cells().length > 0);
    expect($$(el, '#fm-overall thead th').map((th) => th.textContent!.trim())).to.include('95 % interval');
    // Spacer rows of the windowed table have no cells.
    await until(() => cells().filter((c) => c !== undefined).every((c) => /^[01]\.\d{3} to [01]\.\d{3}$/.test(c!)));
  });
});

describe('a suite’s capability index stored in the feed', () => {
  it('is shown as the overall’s column at once, however large the suite, and not while results are chosen', async () => {
    const results = [];
    for (let b = 0; b < 3; b++) for (let m = 0; m < 2100; m++) results.push(run(`m${m}`, { score: ((m * 7919 + b * 104729) % 997) / 1000 }, { benchmark: `b${b}` }));
    results.push(run('m0', { score: 0.5 }, { benchmark: 'other' }));
    const f = feed(results);
    f.benchmarks = [...[0, 1, 2].map((b) => ({ id: `b${b}`, name: `B${b}`, primary_metric: 'score', suite: 's' })), { id: 'other', name: 'Other', primary_metric: 'score', suite: 't' }];
    // Stored values no fit would give, to see that they are the ones shown.
    const models = Array.from({ length: 2100 }, (_, m) => [`m${m}`, 1.23, 1, 2] as [string, number, number, number]);
    f.suites = [{ id: 's', name: 'Big board', overall: { method: 'mean' }, capability_index: { resamples: 200, models } }, { id: 't', name: 'Small board' }];
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${f}></fm-leaderboard>`);
    const indexCells = () => $$(el, '#fm-overall tbody tr').filter((tr) => tr.children.length > 3).map((tr) => tr.lastElementChild!.textContent!.trim());
    await until(() => indexCells().length > 0 && indexCells().every((c) => c === '1.23 (1.00 to 2.00)'));
    expect($$(el, '#fm-overall thead th').at(-1)!.textContent!.trim()).to.equal('Capability index (95 % interval)');
    // A choice of results ranks the suite again: what the feed stored of the whole no longer holds.
    el.facets = { reported: ['unknown'] };
    await until(() => $$(el, '#fm-overall thead th').length > 0 && $$(el, '#fm-overall thead th').at(-1)!.textContent!.trim() !== 'Capability index (95 % interval)');
  });
});

describe('a suite’s capability index', () => {
  it('is fitted in slices when the reader switches to it, then shown best first with intervals and coverage', async () => {
    const results = [];
    // 30 models on 4 benchmarks; model m scores higher the larger m; models 0–4 ran one benchmark.
    for (let b = 0; b < 4; b++) for (let m = 0; m < 30; m++) if (m >= 5 || b === 0) results.push(run(`m${m}`, { score: Math.min(0.98, 0.1 + m / 40 + ((m * 31 + b * 17) % 7) / 100 - b / 20) }, { benchmark: `b${b}` }));
    results.push(run('m0', { score: 0.5 }, { benchmark: 'other' }));
    const f = feed(results);
    f.benchmarks = [...[0, 1, 2, 3].map((b) => ({ id: `b${b}`, name: `B${b}`, primary_metric: 'score', suite: 's' })), { id: 'other', name: 'Other', primary_metric: 'score', suite: 't' }];
    f.suites = [{ id: 's', name: 'Board', overall: { method: 'mean' } }, { id: 't', name: 'Small board' }];
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${f}></fm-leaderboard>`);
    await until(() => $$(el, '#fm-overall .switch button').length === 3);
    // A suite this small is fitted at once, in slices: the ranking's last column, "…" until then.
    expect($$(el, '#fm-overall thead th').at(-1)!.textContent!.trim()).to.equal('Capability index (95 % interval)');
    const indexCells = () => $$(el, '#fm-overall tbody tr').map((tr) => tr.lastElementChild?.textContent?.trim() ?? '');
    await until(() => indexCells().length > 0 && indexCells().every((c) => /^-?\d+\.\d{2} \(-?\d+\.\d{2} to -?\d+\.\d{2}\)$/.test(c)));
    const button = $$(el, '#fm-overall .switch button').find((b) => b.textContent!.includes('Capability index'))!;
    button.click();
    await until(() => $$(el, '#fm-overall table caption').some((c) => c.textContent === 'Capability index'));
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const rows = $$(el, '#fm-overall table tbody tr').filter((tr) => tr.children.length === 5).map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0][1]).to.equal('M29');
    expect(rows.map((r) => r[4])).to.include('4 of 4');
    rows.forEach((r) => expect(r[3]).to.match(/^-?\d+\.\d{2} to -?\d+\.\d{2}$/));
    const text = $(el, '#fm-overall').textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('A capability index: one number per model, fitted over the 4 benchmarks');
    expect(text).to.include('No index, fewer than 2 benchmarks run: M0 (1 of 4), M1 (1 of 4), M2 (1 of 4), M3 (1 of 4), M4 (1 of 4).');
  });
});

describe('a frontier that admits doubt', () => {
  it('marks the models whose place on the size frontier is within the noise, and says so', async () => {
    const f = fourOn400();
    f.models = [
      { id: 'a', name: 'A', params: '7B', parameters: [7e9] },
      { id: 'b', name: 'B', params: '3B', parameters: [3e9] },
      { id: 'c', name: 'C', params: '1B', parameters: [1e9] },
      { id: 'd', name: 'D', params: '13B', parameters: [13e9] },
    ];
    const el = await fixture<FmScoreDistribution>(html`<fm-score-distribution kind="tradeoff" benchmark="b" .feed=${f}></fm-score-distribution>`);
    await until(() => $$(el, 'circle.dot').length === 4);
    const labels = $$(el, 'circle.dot').map((c) => c.getAttribute('aria-label'));
    // C (1B, 0.80) and B (3B, 0.89) are surely on; A (7B, 0.90) is on, but only by 0.01, within the noise.
    expect(labels.find((l) => l!.startsWith('A:'))).to.include('on the frontier, within the noise');
    expect(labels.find((l) => l!.startsWith('C:'))).to.match(/on the frontier$/);
    expect($$(el, 'circle.dot.doubtful')).to.have.length(1);
    expect($(el, 'figcaption').textContent).to.include('1 model is on or off the frontier within the noise (dashed ring)');
  });
});

describe('flags', () => {
  it('a flagged model or result is marked ⚠ with its reason, in the table, the CSV and the static page', async () => {
    const f = fourOn400();
    f.models = [{ id: 'a', name: 'A', flags: [{ kind: 'not_reproducible', reason: 'weights withdrawn' }] }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }, { id: 'd', name: 'D' }];
    f.results[2].flags = [{ kind: 'contaminated', reason: 'test set in the training data' }];
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${f} benchmark="b"></fm-leaderboard-table>`);
    await el.updateComplete;
    const marks = $$(el, 'tr[part="row"] .flag').map((m) => m.getAttribute('aria-label'));
    expect(marks).to.deep.equal(['caution: not reproducible: weights withdrawn', 'caution: contaminated: test set in the training data']);
    const lines = tableToCsv(el.shown!).trimEnd().split('\r\n');
    expect(lines[0].endsWith(',flags')).to.equal(true);
    expect(lines[1].endsWith(',not reproducible: weights withdrawn')).to.equal(true);
    expect(lines[2].endsWith(',')).to.equal(true);
    await expect(el).to.be.accessible();
    // The reason is there to read, not only to hover: in the row's details.
    $$(el, 'tr[part="row"] button[aria-expanded]')[0].click();
    await until(() => $$(el, '.details-body').length > 0);
    const caution = $$(el, '.details-body .facts > div').find((d) => d.querySelector('dt')!.textContent === '⚠ Caution')!;
    expect(caution.querySelector('dd')!.textContent).to.equal('not reproducible: weights withdrawn');
  });
});
