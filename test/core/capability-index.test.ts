import { expect } from '@open-wc/testing';
import { capabilityIndex } from '../../src/core/index.js';

function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ranks = (xs: number[]) => {
  const r = new Array<number>(xs.length);
  xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]).forEach(([, i], k) => (r[i] = k));
  return r;
};

/** Spearman's rank correlation (no ties in these draws). */
function spearman(a: number[], b: number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mid = (a.length - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (ra[i] - mid) * (rb[i] - mid);
    da += (ra[i] - mid) ** 2;
    db += (rb[i] - mid) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/**
 * A sparse suite where the truth is known: 80 models of ability θ ~ N(0, 1) on 8 benchmarks of
 * rising difficulty; every 8th model ran all 8, the others 3, weaker models the easier ones.
 * A score is σ(a·(θ − d)) plus a little noise.
 */
function sparseSuite(seed: number) {
  const random = seeded(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const difficulty = Array.from({ length: 8 }, (_, b) => -2.5 + (5 * b) / 7);
  const slope = difficulty.map(() => 0.7 + 0.8 * random());
  const theta = Array.from({ length: 80 }, () => gaussian());
  const scores = theta.map((t, m) => {
    const centre = Math.max(0, Math.min(5, Math.round(((t + 2) / 4) * 5 + (random() - 0.5) * 2)));
    const ran = new Set(m % 8 === 0 ? [0, 1, 2, 3, 4, 5, 6, 7] : [centre, centre + 1, centre + 2]);
    return difficulty.map((d, b) => (ran.has(b) ? Math.min(1, Math.max(0, 1 / (1 + Math.exp(-slope[b] * (t - d))) + 0.03 * gaussian())) : null));
  });
  return { theta, scores };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('capabilityIndex()', () => {
  it('orders models by true ability far better than the mean of the scores each has, on sparse suites', () => {
    for (const seed of [1, 2, 3]) {
      const { theta, scores } = sparseSuite(seed);
      const { index } = capabilityIndex(scores, { bootstrap: 0 });
      const mean = scores.map((row) => {
        const ran = row.filter((s): s is number => s !== null);
        return ran.reduce((a, b) => a + b, 0) / ran.length;
      });
      const fitted = spearman(index as number[], theta);
      expect(fitted, `seed ${seed}`).to.be.greaterThan(0.9);
      expect(fitted - spearman(mean, theta), `seed ${seed}`).to.be.greaterThan(0.3);
    }
  });

  it('gives wider intervals to models that ran fewer benchmarks, and the same result every time', () => {
    const { scores } = sparseSuite(4);
    const first = capabilityIndex(scores, { bootstrap: 100 });
    const width = (m: number) => first.ci[m]![1] - first.ci[m]![0];
    const all = first.coverage.flatMap((c, m) => (c === 8 ? [width(m)] : []));
    const three = first.coverage.flatMap((c, m) => (c === 3 ? [width(m)] : []));
    expect(median(three)).to.be.greaterThan(1.3 * median(all));
    first.index.forEach((x, m) => expect(first.ci[m]![0] <= x! && x! <= first.ci[m]![1], `model ${m} inside its interval`).to.equal(true));
    expect(capabilityIndex(scores, { bootstrap: 100 })).to.deep.equal(first);
  });

  it('leaves out a model below the coverage rule, and refuses a ragged table or a score outside 0–1', () => {
    const result = capabilityIndex(
      [
        [0.9, 0.8, null],
        [0.5, null, null],
        [0.4, 0.3, 0.2],
      ],
      { bootstrap: 20 },
    );
    expect(result.index[1]).to.equal(null);
    expect(result.ci[1]).to.equal(null);
    expect(result.coverage).to.deep.equal([2, 1, 3]);
    expect(result.index[0]!).to.be.greaterThan(result.index[2]!);
    expect(() => capabilityIndex([[0.5, 0.2], [0.1]])).to.throw(RangeError, /one entry per benchmark/);
    expect(() => capabilityIndex([[1.5]])).to.throw(RangeError, /0–1/);
  });
});
