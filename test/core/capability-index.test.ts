import { expect } from '@open-wc/testing';
import { capabilityIndex } from '../../src/core/index.js';
import { sparseSuite, spearman } from '../../scripts/lib/simulate.mjs';

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
