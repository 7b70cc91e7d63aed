import { expect } from '@open-wc/testing';
import {
  bestScorePerModel,
  buildHub,
  groupByModality,
  hubStats,
  meanRanks,
  podium,
  quickComparison,
  rankAll,
  rankBenchmark,
  tierDistribution,
  type Feed,
} from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';

const ranked = (f: Feed, id = 'b') => rankBenchmark(buildHub(f), id);

/** Two benchmarks: `b` (score, higher) and `e` (err, lower is better). */
function twoBenchmarks(): Feed {
  const f = feed([
    run('a', { score: 0.9 }),
    run('b', { score: 0.8 }),
    run('c', { score: 0.7 }),
    run('a', { err: 0.3 }, { benchmark: 'e' }),
    run('b', { err: 0.05 }, { benchmark: 'e' }),
  ]);
  f.benchmarks.push({ id: 'e', name: 'Errors', primary_metric: 'err', modality: 'Text', task: 'Generation' });
  f.benchmarks[0].modality = 'Genomics';
  f.benchmarks[0].task = 'Classification';
  return f;
}

describe('quickComparison()', () => {
  it('gives the leader, the gap to second and the spread', () => {
    const q = quickComparison(ranked(feed([run('a', { score: 0.925 }), run('b', { score: 0.91 }), run('c', { score: 0.85 })])));
    expect(q.leaders.map((r) => r.model.id)).to.deep.equal(['a']);
    expect(q.runnerUp?.model.id).to.equal('b');
    expect(q.gap).to.be.closeTo(0.015, 1e-9);
    expect(q.spread).to.be.closeTo(0.075, 1e-9);
  });

  it('with a tie at the top, names every leader and measures the gap to the next place', () => {
    const q = quickComparison(ranked(feed([run('a', { score: 1 }), run('b', { score: 1 }), run('c', { score: 0.98 })])));
    expect(q.leaders).to.have.length(2);
    expect(q.runnerUp?.model.id).to.equal('c');
    expect(q.gap).to.be.closeTo(0.02, 1e-9);
  });

  it('gap and spread are positive for a lower-is-better metric', () => {
    const q = quickComparison(ranked(feed([run('a', { err: 0.1 }), run('b', { err: 0.3 })], { benchmark: { primary_metric: 'err' } })));
    expect(q.gap).to.be.closeTo(0.2, 1e-9);
  });

  it('one model: no runner-up, no gap, no spread', () => {
    expect(quickComparison(ranked(feed([run('a', { score: 1 })])))).to.include({ runnerUp: null, gap: null, spread: null });
  });
});

describe('podium()', () => {
  it('gives the top three places', () => {
    const p = podium(ranked(feed([run('a', { score: 4 }), run('b', { score: 3 }), run('c', { score: 2 }), run('d', { score: 1 })])));
    expect(p.map((x) => `${x.rank}:${x.rows.map((r) => r.model.id).join('+')}`)).to.deep.equal(['1:a', '2:b', '3:c']);
  });

  it('tied models share a step; a rank skipped by a tie leaves no step', () => {
    const p = podium(ranked(feed([run('a', { score: 4 }), run('b', { score: 3 }), run('c', { score: 3 }), run('d', { score: 1 })])));
    expect(p.map((x) => `${x.rank}:${x.rows.map((r) => r.model.id).join('+')}`)).to.deep.equal(['1:a', '2:b+c']);
  });

  it('with fewer than three models, gives what there is', () => {
    expect(podium(ranked(feed([run('a', { score: 1 })])))).to.have.length(1);
    expect(podium(ranked(feed([])))).to.deep.equal([]);
  });
});

describe('hubStats()', () => {
  it('counts benchmarks, distinct models after identity merge, and evaluations', () => {
    const f = feed([run('HyenaDNA', { score: 1 }), run('hyenadna', { score: 0.5 }), run('evo2', { score: 0.7 })]);
    expect(hubStats(buildHub(f))).to.deep.equal({ benchmarks: 1, models: 2, evaluations: 3 });
  });
});

describe('groupByModality()', () => {
  it('groups modality → task → benchmark, unclassified last, undefined benchmarks apart', () => {
    const f = twoBenchmarks();
    f.benchmarks.unshift({ id: 'u', name: 'Unclassified' });
    f.results.push(run('a', { score: 1 }, { benchmark: 'ghost' }));
    const g = groupByModality(buildHub(f));
    expect(g.groups.map((m) => `${m.modality}/${m.tasks.map((t) => `${t.task}:${t.benchmarks.map((b) => b.id)}`)}`)).to.deep.equal([
      'Genomics/Classification:b',
      'Text/Generation:e',
      'null/null:u',
    ]);
    expect(g.otherBenchmarkIds).to.deep.equal(['ghost']);
  });
});

describe('tierDistribution()', () => {
  it('counts one tier per model per benchmark, zero counts included', () => {
    const hub = buildHub(twoBenchmarks());
    const d = tierDistribution(hub, rankAll(hub));
    expect(d.tiers.map((t) => `${t.tier.id}:${t.count}`)).to.deep.equal(['excellent:2', 'good:1', 'fair:2', 'developing:0']);
    expect(d.total).to.equal(5);
    expect(d.unrated).to.equal(0);
  });
});

describe('bestScorePerModel()', () => {
  it("picks each model's best standing, direction-aware, labelled with its benchmark", () => {
    const hub = buildHub(twoBenchmarks());
    const best = bestScorePerModel(rankAll(hub));
    // b: error rate 0.05 (standing 0.95) beats its score 0.8; a: score 0.9 beats error 0.3.
    expect(best.map((e) => `${e.place}:${e.model.id}:${e.ranking.benchmark.id}:${e.row.score}`)).to.deep.equal([
      '1:b:e:0.05',
      '2:a:b:0.9',
      '3:c:b:0.7',
    ]);
  });
});

describe('meanRanks()', () => {
  it('averages rank over the benchmarks each model entered, with the count', () => {
    const hub = buildHub(twoBenchmarks());
    const means = meanRanks(rankAll(hub));
    // a: 1st on b, 2nd on e; b: 2nd on b, 1st on e; c entered b only, 3rd.
    expect(means.map((m) => `${m.place}:${m.model.id}:${m.meanRank}/${m.entered}`)).to.deep.equal([
      '1:a:1.5/2',
      '1:b:1.5/2',
      '3:c:3/1',
    ]);
  });

  it('ties share a place; at equal means, more benchmarks entered comes first', () => {
    const f = twoBenchmarks();
    f.results.push(run('d', { err: 0.5 }, { benchmark: 'e' })); // d: rank 3 of 3 on e
    const means = meanRanks(rankAll(buildHub(f)));
    expect(means.map((m) => `${m.place}:${m.model.id}`)).to.deep.equal(['1:a', '1:b', '3:c', '3:d']);
  });

  it('with requireAll, keeps only models that entered every benchmark', () => {
    const means = meanRanks(rankAll(buildHub(twoBenchmarks())), { requireAll: true });
    expect(means.map((m) => m.model.id)).to.deep.equal(['a', 'b']);
  });
});
