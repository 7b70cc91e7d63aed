// The Pareto frontier of score against size (issue 19), against its definition by brute force.
import { expect } from '@open-wc/testing';
import { frontierDoubt, paretoFrontier, type SizedScore } from '../../src/core/index.js';
import { seededRandom as random } from '../../scripts/lib/random.mjs';

/** The definition: no other point is as small or smaller and as good or better, strictly in one. */
function bruteForce(points: SizedScore[], lower: boolean): number[] {
  const better = (a: number, b: number) => (lower ? a < b : a > b);
  const atLeast = (a: number, b: number) => a === b || better(a, b);
  return points
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => !points.some((q, j) => j !== i && q.size <= p.size && atLeast(q.score, p.score) && (q.size < p.size || better(q.score, p.score))))
    .map(({ i }) => i)
    .sort((a, b) => points[a].size - points[b].size || a - b);
}

describe('paretoFrontier()', () => {
  it('keeps the best score for the size', () => {
    const points = [
      { size: 7e9, score: 0.79 },
      { size: 1e8, score: 0.75 },
      { size: 1e8, score: 0.7 },
      { size: 3e7, score: 0.74 },
      { size: 1e10, score: 0.78 },
    ];
    expect(paretoFrontier(points)).to.deep.equal([3, 1, 0]);
    expect(paretoFrontier(points, true)).to.deep.equal([3, 2]);
    expect(paretoFrontier([])).to.deep.equal([]);
  });

  it('agrees with the definition on 2,000 random sets (ties in size and score, both directions)', () => {
    const rand = random(19);
    for (let n = 0; n < 2000; n++) {
      const count = 1 + Math.floor(rand() * 12);
      const points = Array.from({ length: count }, () => ({ size: 10 ** (6 + Math.floor(rand() * 5)), score: Math.round(rand() * 8) / 8 }));
      const lower = rand() < 0.5;
      const got = [...paretoFrontier(points, lower)].sort((a, b) => points[a].size - points[b].size || a - b);
      expect(got, JSON.stringify({ points, lower })).to.deep.equal(bruteForce(points, lower));
    }
  });
});

describe('frontierDoubt()', () => {
  const point = (size: number, score: number, half: number | null) => ({ size, score, interval: half === null ? null : ([score - half, score + half] as [number, number]) });

  it('marks the models whose place on the frontier their intervals could change, and no others', () => {
    const points = [
      point(1e9, 0.5, 0.01), // the smallest: surely on
      point(2e9, 0.52, 0.03), // barely above the first: on, but within the noise
      point(3e9, 0.7, 0.01), // far above: surely on
      point(4e9, 0.69, 0.02), // just below the 3e9 one: off, but could be on
      point(5e9, 0.4, 0.01), // far below: surely off
    ];
    expect(paretoFrontier(points)).to.deep.equal([0, 1, 2]);
    expect([...frontierDoubt(points)].sort()).to.deep.equal([1, 3]);
  });

  it('follows a lower-is-better direction, and without intervals doubts nothing', () => {
    const lower = [point(1e9, 0.5, 0.01), point(2e9, 0.49, 0.02), point(3e9, 0.2, 0.01)];
    expect([...frontierDoubt(lower, true)].sort()).to.deep.equal([1]);
    expect(frontierDoubt(lower.map((p) => ({ ...p, interval: null })), true).size).to.equal(0);
  });
});
