// Who reported a result and its cautions, in the hub: the self-reported chip, the bar's "Reported
// by" and "Cautions" facets, which rank again over the results kept, the URL, the CSV export.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { tableToCsv } from '../../src/elements/leaderboard-table/table-export.js';
import type { Feed } from '../../src/core/index.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

/** a reports its own 0.9 on b1, a lab measured it at 0.6; c is flagged; b has a flagged result on b2. */
const feed = (): Feed =>
  ({
    version: '1.0',
    title: 'Provenance',
    benchmarks: [
      { id: 'b1', name: 'Bench one', primary_metric: 'acc' },
      { id: 'b2', name: 'Bench two', primary_metric: 'acc' },
    ],
    models: [{ id: 'a' }, { id: 'b' }, { id: 'c', flags: [{ kind: 'contaminated', reason: 'test set in the training data' }] }, { id: 'd' }],
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    results: [
      { id: 'a-self', benchmark: 'b1', model: 'a', metrics: { acc: 0.9 }, evaluator_relationship: 'first_party', reported_by: 'Lab A' },
      { id: 'a-lab', benchmark: 'b1', model: 'a', metrics: { acc: 0.6 }, evaluator_relationship: 'third_party' },
      { id: 'b-lab', benchmark: 'b1', model: 'b', metrics: { acc: 0.7 }, evaluator_relationship: 'third_party' },
      { id: 'c-lab', benchmark: 'b1', model: 'c', metrics: { acc: 0.8 }, evaluator_relationship: 'third_party' },
      { id: 'd-b2', benchmark: 'b2', model: 'd', metrics: { acc: 0.5 }, evaluator_relationship: 'third_party' },
      { id: 'b-b2', benchmark: 'b2', model: 'b', metrics: { acc: 0.6 }, evaluator_relationship: 'third_party', flags: [{ kind: 'preliminary', reason: 'one seed' }] },
    ],
  }) as Feed;

async function hub(attributes = ''): Promise<FmLeaderboard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<fm-leaderboard ${attributes}></fm-leaderboard>`;
  const el = wrapper.querySelector('fm-leaderboard') as FmLeaderboard;
  el.feed = feed();
  await until(() => el.complete && $$(el, 'fm-leaderboard-table').length === 2 && !!$(el, '.facet-bar:not([inert])'), 10_000);
  return el;
}

const table = (el: FmLeaderboard, id: string) => $$(el, 'fm-leaderboard-table').find((t) => t.getAttribute('benchmark') === id) as FmLeaderboardTable;
const rows = (el: FmLeaderboard, id: string) =>
  $$(table(el, id), 'tr[part="row"]').map((tr) => `${tr.querySelector('.rank-number')!.textContent!.replace(/\D/g, '')} ${tr.querySelector('.model-name')!.textContent}`);
const settled = (el: FmLeaderboard) => Promise.all([el.updateComplete, ...$$(el, 'fm-leaderboard-table').map((t) => (t as FmLeaderboardTable).updateComplete)]);

describe('who reported a result, in the hub', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('marks a self-reported result, and says who reported it in the row’s details', async function () {
    this.timeout(20_000);
    const el = await hub();
    const first = $(table(el, 'b1'), 'tr[part="row"]')!;
    expect(first.querySelector('.model-name')!.textContent).to.equal('a');
    expect(first.querySelector('.chip')!.textContent).to.equal('self-reported');
    expect($$(table(el, 'b1'), 'tr[part="row"] .chip').length, 'only the self-reported row').to.equal(1);
    const csv = tableToCsv(table(el, 'b1').shown!).trimEnd().split('\r\n');
    expect(csv[0]).to.include('evaluator_relationship');
    expect(csv[1]).to.include('first_party');
    expect(csv[2]).to.include('third_party');
    const b1 = table(el, 'b1');
    $$(b1, 'tr[part="row"] button[aria-expanded]')[0].click();
    await until(() => $$(b1, '.details-body').length > 0);
    const reported = $$(b1, '.details-body .facts > div').find((d) => d.querySelector('dt')!.textContent === 'Reported')!;
    expect(reported.querySelector('dd')!.textContent).to.equal('self-reported by the model’s developer, by Lab A');
  });

  it('ranks again over third-party results only: the lab’s own run of a takes its place', async function () {
    this.timeout(20_000);
    const el = await hub();
    expect(rows(el, 'b1')).to.deep.equal(['1 a', '2 c', '3 b']);
    const reported = $(el, '.facet[aria-label="Reported by"]')!;
    expect(reported.textContent).to.match(/third-party\s+\(4\)[\s\S]*self-reported\s+\(1\)/);
    (reported.querySelector('input') as HTMLInputElement).click();
    await until(() => rows(el, 'b1').join() === '1 c,2 b,3 a', 10_000);
    await settled(el);
    expect(el.facets).to.deep.equal({ reported: ['third_party'] });
    expect($(el, '.facet-status')!.textContent).to.match(/4 of 4 models shown, ranked again with only third-party results/);
    expect($$(table(el, 'b1'), '.chip')).to.have.length(0);
    // The value chosen stays in the bar to be unchosen.
    expect($(el, '.facet[aria-label="Reported by"]')!.textContent).to.match(/self-reported/);
    await expect(el).to.be.accessible();
    ($(el, '.facet-status button') as HTMLButtonElement).click();
    await until(() => rows(el, 'b1').join() === '1 a,2 c,3 b', 10_000);
  });

  it('hides flagged results, and every result of a flagged model, from the URL (sync-url)', async function () {
    this.timeout(20_000);
    history.replaceState(null, '', `${location.pathname}?fm-facets=${encodeURIComponent('caution:none')}`);
    const el = await hub('sync-url');
    await until(() => rows(el, 'b2').join() === '1 d', 10_000);
    expect(rows(el, 'b1')).to.deep.equal(['1 a', '2 b']);
    expect($(el, '.facet-status')!.textContent).to.match(/ranked again with flagged results hidden/);
    ($$(el, '.facet[aria-label="Cautions"] input')[1] as HTMLInputElement).click();
    await until(() => new URLSearchParams(location.search).get('fm-facets') === 'caution:none,flagged');
  });
});
