import { expect } from '@open-wc/testing';
import { buildHub, rankBenchmark, rankRanges } from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';

describe('rule 7: rank ranges from uncertainty', () => {
  it('overlapping intervals give a shared range of ranks', () => {
    const ranges = rankRanges(
      [
        { value: 0.9, interval: [0.85, 0.95] },
        { value: 0.88, interval: [0.84, 0.92] },
        { value: 0.7, interval: [0.68, 0.72] },
      ],
      'higher',
    );
    expect(ranges).to.deep.equal([[1, 2], [1, 2], [3, 3]]);
  });

  it('separated intervals give single ranks', () => {
    const ranges = rankRanges([{ value: 3, interval: [2.9, 3.1] }, { value: 2, interval: [1.9, 2.1] }, { value: 1, interval: [0.9, 1.1] }], 'higher');
    expect(ranges).to.deep.equal([[1, 1], [2, 2], [3, 3]]);
  });

  it('respect a lower-is-better direction', () => {
    const ranges = rankRanges([{ value: 0.1, interval: [0.05, 0.15] }, { value: 0.5, interval: [0.45, 0.55] }], 'lower');
    expect(ranges).to.deep.equal([[1, 1], [2, 2]]);
  });

  it('no interval: no range; the point still bounds the others', () => {
    const ranges = rankRanges([{ value: 0.9, interval: null }, { value: 0.85, interval: [0.8, 0.95] }], 'higher');
    expect(ranges).to.deep.equal([null, [1, 2]]);
  });

  it('agree with the definition, counted pair by pair, on touching and tied intervals', () => {
    // Bounds on a coarse grid, so that many intervals touch or share bounds exactly.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const direction of ['higher', 'lower'] as const) {
      const estimates = Array.from({ length: 60 }, () => {
        const low = Math.floor(next() * 10) / 10;
        const high = low + Math.floor(next() * 4) / 10;
        return { value: low, interval: next() < 0.2 ? null : ([low, high] as [number, number]) };
      });
      const bounds = estimates.map((e) => e.interval ?? [e.value, e.value]);
      const better = (a: number[], b: number[]) => (direction === 'higher' ? a[0] > b[1] : a[1] < b[0]);
      const expected = estimates.map((e, i) =>
        e.interval === null
          ? null
          : [1 + bounds.filter((b) => better(b, bounds[i])).length, estimates.length - bounds.filter((b) => better(bounds[i], b)).length],
      );
      expect(rankRanges(estimates, direction), direction).to.deep.equal(expected);
    }
  });

  it('rankBenchmark() gives rows a range from se or ci, and none without', () => {
    const r = rankBenchmark(
      buildHub(feed([run('a', { score: { value: 0.9, se: 0.02 } }), run('b', { score: { value: 0.88, ci: [0.86, 0.9] } }), run('c', { score: 0.5 })])),
      'b',
    );
    expect(r.rows.map((row) => row.rankRange)).to.deep.equal([[1, 2], [1, 2], null]);
    expect(r.rows[0].interval?.[0]).to.be.closeTo(0.9 - 1.96 * 0.02, 1e-4);
  });
});
