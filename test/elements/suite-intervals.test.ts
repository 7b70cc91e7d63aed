// A large suite's overall intervals: worked out after its first table, in slices, to the same
// values the core gives in one call; given up when the reader moves to another suite first, and
// worked out again on coming back.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { buildHub, overallIntervals, overallIntervalSteps, partHub, rankAll, suiteParts, suiteStanding, type Feed, type Result } from '../../src/core/index.js';
import { $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';
import { suitesChunk } from '../../src/elements/leaderboard/hub-chunks.js';

before(async () => {
  await loadChunks();
  await suitesChunk.get();
});

/** Suite "big": 600 models on 3 benchmarks (1,800 ranked rows, past what is worked out at once); suite "small": 2 models. */
function feed(): Feed {
  let n = 0;
  const result = (model: string, benchmark: string, score: number): Result => ({ id: `r${++n}`, model, benchmark, metrics: { score } });
  const results: Result[] = [];
  for (let m = 0; m < 600; m++) for (let b = 0; b < 3; b++) results.push(result(`m${m}`, `big/${b}`, ((m * 37 + b * 101) % 997) / 997));
  results.push(result('a', 'small/x', 0.4), result('b', 'small/x', 0.6));
  return {
    version: '1.0',
    metrics: { score: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    suites: [
      { id: 'big', name: 'Big', overall: { method: 'mean' } },
      { id: 'small', name: 'Small' },
    ],
    benchmarks: [...[0, 1, 2].map((b) => ({ id: `big/${b}`, name: `B${b}`, primary_metric: 'score', suite: 'big' })), { id: 'small/x', name: 'X', primary_metric: 'score', suite: 'small' }],
    models: [],
    results,
  };
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The overall table's rows as drawn: the model's name and its interval cell. */
const intervalCells = (el: FmLeaderboard) =>
  $$(el, '#fm-overall table tbody tr')
    .filter((tr) => tr.children.length > 3) // not the spacers of the rows out of view
    .map((tr) => [text(tr.children[1]), text(tr.children[3])]);

describe('a large suite’s overall intervals', () => {
  it('the steps yield once per resample and return what overallIntervals returns', () => {
    const hub = buildHub(feed());
    const s = suiteStanding(hub.suites[0], rankAll(partHub(hub, suiteParts(hub)[0])));
    const steps = overallIntervalSteps(s, { resamples: 50 });
    const yielded: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded.push(step.value);
    expect(yielded).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(step.value).to.deep.equal(overallIntervals(s, { resamples: 50 }));
  });

  it('shows "…" with the first table, then the core’s intervals', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="en" .feed=${feed()}></fm-leaderboard>`);
    await until(() => intervalCells(el).length > 0, 5000);
    // Drawn with the first table, before any slice ran.
    expect(intervalCells(el).every(([, cell]) => cell === '…')).to.equal(true);
    await until(() => intervalCells(el)[0][1] !== '…', 10000);
    const hub = buildHub(feed());
    const s = suiteStanding(hub.suites[0], rankAll(partHub(hub, suiteParts(hub)[0])));
    const expected = overallIntervals(s);
    const cells = intervalCells(el);
    expect(cells.length).to.be.greaterThan(10);
    for (const [name, cell] of cells) {
      const entry = s.entries.find((e) => e.model.name === name)!;
      const [low, high] = expected.get(entry.model)!;
      expect(cell, name).to.equal(`${low.toFixed(3)} to ${high.toFixed(3)}`);
    }
  });

  it('moving to another suite before they are done, and back, they still come', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="en" .feed=${feed()}></fm-leaderboard>`);
    await until(() => intervalCells(el).length > 0, 5000);
    el.suite = 'small'; // (the work for "Big" is given up, not left to run behind the reader's back)
    await until(() => el.complete && text(el.shadowRoot!.querySelector('#fm-suite-heading')!) === 'Small', 5000);
    el.suite = 'big';
    await until(() => intervalCells(el).length > 0 && intervalCells(el)[0][1] !== '…', 10000);
    expect(intervalCells(el)[0][1]).to.match(/^0\.\d{3} to 0\.\d{3}$/);
  });
});
