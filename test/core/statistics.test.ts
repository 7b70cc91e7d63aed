import { expect } from '@open-wc/testing';
import {
  binomialError,
  buildHub,
  meanStandardError,
  normalCdf,
  normalQuantile,
  pairedDifference,
  rankBenchmark,
  tieGroupLabel,
  tieGroups,
  validateFeed,
  type Tested,
} from '../../src/core/index.js';
import { seededRandom as random } from '../../scripts/lib/random.mjs';
import { simulateEval as simulate, trueDifference } from '../../scripts/lib/simulate.mjs';
import { feed, run } from '../support/feeds.js';

describe('the normal distribution', () => {
  it('has the textbook quantiles and probabilities', () => {
    expect(normalQuantile(0.975)).to.be.closeTo(1.959964, 1e-6);
    expect(normalQuantile(0.5)).to.equal(0);
    expect(normalQuantile(0.005)).to.be.closeTo(-2.575829, 1e-6);
    expect(normalCdf(1.959964)).to.be.closeTo(0.975, 1e-6);
    expect(normalCdf(-3)).to.be.closeTo(0.0013499, 1e-6);
    expect(normalCdf(normalQuantile(0.2))).to.be.closeTo(0.2, 1e-6);
  });
});

describe('meanStandardError()', () => {
  it('is the sample standard deviation over √n, missing items left out', () => {
    const { mean, se, n } = meanStandardError([1, 0, 1, 1, null, NaN]);
    expect(n).to.equal(4);
    expect(mean).to.equal(0.75);
    expect(se).to.be.closeTo(Math.sqrt(0.25 / 4), 1e-12); // sample variance 0.25
  });

  it('clustered: the plain error when each item is its own cluster, larger when a cluster moves together', () => {
    const scores = [1, 1, 1, 0, 0, 0, 1, 0];
    const plain = meanStandardError(scores);
    expect(meanStandardError(scores, [0, 1, 2, 3, 4, 5, 6, 7]).se).to.be.closeTo(plain.se, 1e-12);
    const together = meanStandardError(scores, ['p', 'p', 'p', 'q', 'q', 'q', 'r', 'r']);
    expect(together.se).to.be.greaterThan(plain.se);
  });
});

describe('pairedDifference()', () => {
  it('gives the mean difference, its interval and p over the items both have', () => {
    const a = [1, 1, 0, 1, 1, 0, 1, 1, null];
    const b = [1, 0, 0, 1, 0, 0, 1, 0, 1];
    const d = pairedDifference(a, b);
    expect(d.n).to.equal(8);
    expect(d.difference).to.equal(3 / 8);
    const se = Math.sqrt((3 * (1 - 3 / 8) ** 2 + 5 * (3 / 8) ** 2) / 7 / 8);
    expect(d.se).to.be.closeTo(se, 1e-12);
    expect(d.ci[0]).to.be.closeTo(3 / 8 - 1.959964 * se, 1e-6);
    expect(d.ci[1]).to.be.closeTo(3 / 8 + 1.959964 * se, 1e-6);
    expect(d.p).to.be.closeTo(2 * normalCdf(-(3 / 8) / se), 1e-9);
    expect(pairedDifference(a, b, { level: 0.5 }).ci[1] - 3 / 8).to.be.closeTo(0.67449 * se, 1e-5);
  });

  it('refuses lists that are not aligned, and fewer than two shared items', () => {
    expect(() => pairedDifference([1, 0], [1])).to.throw(RangeError, /aligned/);
    expect(() => pairedDifference([1, null], [null, 1])).to.throw(RangeError, /at least two/);
    expect(() => pairedDifference([1, 0], [1, 0], { level: 1 })).to.throw(RangeError, /level/);
  });

  it('is calibrated on simulated evals with items of shared difficulty', () => {
    const next = random(7);
    const runs = 400;
    const n = 300;
    let falseAlarms = 0;
    for (let k = 0; k < runs; k++) {
      const [a, b] = simulate(next, n, 0.5, 0.5);
      if (pairedDifference(a, b).p < 0.05) falseAlarms++;
    }
    // About 5 % of equal pairs called different (binomial sd of the rate over 400 runs: 1.1 %).
    expect(falseAlarms / runs).to.be.within(0.025, 0.08);

    const truth = trueDifference(0.7, 0.3);
    let found = 0;
    let covered = 0;
    const ratios: number[] = [];
    for (let k = 0; k < runs; k++) {
      const [a, b] = simulate(next, 1000, 0.7, 0.3);
      const d = pairedDifference(a, b);
      if (d.p < 0.05) found++;
      if (d.ci[0] <= truth && truth <= d.ci[1]) covered++;
      ratios.push(d.se / Math.hypot(meanStandardError(a).se, meanStandardError(b).se));
    }
    expect(found / runs, `a real gap of ${(100 * truth).toFixed(1)} points on 1,000 items`).to.be.greaterThan(0.9);
    expect(covered / runs, 'the 95 % interval covers the truth').to.be.within(0.92, 0.98);
    ratios.sort((x, y) => x - y);
    expect(ratios[runs / 2], 'paired narrower than unpaired').to.be.lessThan(0.8);
  });
});

describe('binomialError()', () => {
  const accuracy = { name: 'Accuracy', direction: 'higher' as const, range: { min: 0, max: 1 }, proportion: true };

  it('is √(p(1−p)/n) on the metric range, and never 0 at the ends', () => {
    expect(binomialError(0.672, accuracy, 125)?.se).to.be.closeTo(Math.sqrt((0.672 * 0.328) / 125), 1e-12);
    expect(binomialError(67.2, { ...accuracy, range: { min: 0, max: 100 } }, 125)?.se).to.be.closeTo(100 * Math.sqrt((0.672 * 0.328) / 125), 1e-9);
    expect(binomialError(1, accuracy, 50)?.se).to.be.greaterThan(0);
    expect(binomialError(0.5, accuracy, 50)?.basis).to.equal('binomial');
  });

  it('needs a proportion, a finite range and an item count', () => {
    expect(binomialError(0.5, { ...accuracy, proportion: false }, 50)).to.equal(null);
    expect(binomialError(0.5, { ...accuracy, range: { min: 0, max: null } }, 50)).to.equal(null);
    expect(binomialError(0.5, accuracy, undefined)).to.equal(null);
  });
});

describe('tie groups', () => {
  const row = (score: number, se: number | null, id = `t${score}`): Tested => ({ result: { id, benchmark: 'b', model: id, metrics: {} }, score, se });

  it('letter runs of models the data cannot tell apart', () => {
    const groups = tieGroups([row(0.9, 0.01), row(0.89, 0.01), row(0.88, 0.01), row(0.7, 0.01), row(0.69, 0.01)], 'score');
    expect(groups.map((g) => g && tieGroupLabel(g))).to.deep.equal(['a', 'a', 'a', 'b', 'b']);
  });

  it('a model between two that differ shares a letter with each', () => {
    // 0.90 ~ 0.87 and 0.87 ~ 0.84, but 0.90 and 0.84 differ.
    const groups = tieGroups([row(0.9, 0.012), row(0.87, 0.012), row(0.84, 0.012)], 'score');
    expect(groups.map((g) => g && tieGroupLabel(g))).to.deep.equal(['a', 'a–b', 'b']);
  });

  it('no standard error: no group', () => {
    const groups = tieGroups([row(0.9, 0.01), row(0.8, null), row(0.7, 0.01)], 'score');
    expect(groups[1]).to.equal(null);
    expect(groups.map((g) => g && tieGroupLabel(g))).to.deep.equal(['a', null, 'b']);
  });

  it('a paired difference overrides the two separate errors', () => {
    const a = row(0.8, 0.02, 'A');
    const b = row(0.79, 0.02, 'B');
    expect(tieGroups([a, b], 'score').map((g) => g && tieGroupLabel(g))).to.deep.equal(['a', 'a']);
    a.result.paired = [{ against: 'B', metric: 'score', n: 1000, difference: 0.01, se: 0.002 }];
    expect(tieGroups([a, b], 'score').map((g) => g && tieGroupLabel(g))).to.deep.equal(['a', 'b']);
  });

  it('letters run past z', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(1 - i * 0.1, 0.001));
    expect(tieGroupLabel(tieGroups(rows, 'score')[27]!)).to.equal('ab');
  });
});

describe('ranking with derived standard errors', () => {
  const proportionFeed = (results: Parameters<typeof feed>[0]) =>
    feed(results, { metrics: { score: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 }, proportion: true } } });

  it('a proportion with an item count gets a binomial error, an interval and a group', () => {
    const hub = buildHub(proportionFeed([run('a', { score: 0.9 }, { n_test: 400 }), run('b', { score: 0.88 }, { n_test: 400 }), run('c', { score: 0.5 })]));
    const rows = rankBenchmark(hub, 'b').rows;
    expect(rows[0].error?.basis).to.equal('binomial');
    expect(rows[0].error?.se).to.be.closeTo(0.015, 1e-12);
    expect(rows[0].interval![0]).to.be.closeTo(0.9 - 1.959964 * 0.015, 1e-9);
    expect(rows[2].error).to.equal(null);
    expect(rows.map((r) => r.group && tieGroupLabel(r.group))).to.deep.equal(['a', 'a', null]);
  });

  it('the dataset size stands in for a missing n_test; a stated se wins', () => {
    const f = proportionFeed([run('a', { score: 0.5 }, { dataset: 'd' }), run('b', { score: { value: 0.4, se: 0.01, n: 900, se_method: 'items' } })]);
    f.datasets = [{ id: 'd', n_samples: 100 }];
    const rows = rankBenchmark(buildHub(f), 'b').rows;
    expect(rows[0].error).to.deep.equal({ se: 0.05, basis: 'binomial', n: 100 });
    expect(rows[1].error).to.deep.equal({ se: 0.01, basis: 'items', n: 900 });
  });

  it('a metric that is not a proportion derives nothing', () => {
    const rows = rankBenchmark(buildHub(feed([run('a', { score: 0.9 }, { n_test: 400 })])), 'b').rows;
    expect(rows[0].error).to.equal(null);
    expect(rows[0].group).to.equal(null);
  });
});

describe('validateFeed() on the statistics fields', () => {
  const messages = (data: unknown) => validateFeed(data).problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

  it('names a broken paired record, an unknown method and a non-boolean proportion', () => {
    const f = feed([run('a', { score: { value: 0.5, se_method: 'guess' as never, n: 0 } }, { id: 'x', paired: [{ against: 'y', metric: 'score', n: 0, difference: 'big' as never, se: 0.1 }] })]);
    (f.metrics!.score as { proportion?: unknown }).proportion = 'yes';
    const found = messages(f);
    expect(found).to.include.members([
      'error /results/0/metrics/score/se_method: expected one of "reported", "items", "clustered", "binomial", got "guess"',
      'error /results/0/metrics/score/n: must be at least 1, got 0',
      'error /results/0/paired/0/difference: expected a number, got "big"',
      'error /results/0/paired/0/n: must be at least 1, got 0',
      'error /metrics/score/proportion: expected true or false, got "yes"',
    ]);
  });

  it('warns of a paired record against an unknown result or another benchmark', () => {
    const f = feed([
      run('a', { score: 0.5 }, { id: 'x', paired: [{ against: 'nope', metric: 'score', n: 10, difference: 0.1, se: 0.1 }, { against: 'z', metric: 'score', n: 10, difference: 0.1, se: 0.1 }] }),
      run('b', { score: 0.5 }, { id: 'z', benchmark: 'other' }),
    ]);
    const found = messages(f);
    expect(found).to.include('warning /results/0/paired/0/against: unknown result "nope"; this paired difference is not used');
    expect(found).to.include('warning /results/0/paired/1/against: result "z" is of another benchmark; this paired difference is not used');
  });
});
