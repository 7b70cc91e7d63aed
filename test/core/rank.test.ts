import { expect } from '@open-wc/testing';
import { buildHub, rankAll, rankBenchmark, type BenchmarkRanking, type Feed } from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';

const rank = (f: Feed, benchmark = 'b') => rankBenchmark(buildHub(f), benchmark);
/** "model:rank" per row, in order: the shape every rule below is checked against. */
const table = (r: BenchmarkRanking) => r.rows.map((row) => `${row.model.id}:${row.rank}`);

describe('rule 1: the declared primary metric ranks', () => {
  it('rankBenchmark() orders by the declared primary, not by another metric', () => {
    const r = rank(feed([run('a', { score: 0.7, acc: 0.99 }), run('b', { score: 0.9, acc: 0.1 })]));
    expect(r.primary?.id).to.equal('score');
    expect(r.primary?.declared).to.equal(true);
    expect(table(r)).to.deep.equal(['b:1', 'a:2']);
  });

  it('without a declared primary, falls back to the metric most results report', () => {
    const f = feed([run('a', { acc: 0.5, score: 0.9 }), run('b', { acc: 0.8 }), run('c', { acc: 0.7 })], {
      benchmark: { primary_metric: undefined },
    });
    const r = rank(f);
    expect(r.primary).to.include({ id: 'acc', declared: false });
    expect(table(r)).to.deep.equal(['b:1', 'c:2', 'a:3']);
  });

  it('the fallback breaks an equal count alphabetically', () => {
    const f = feed([run('a', { score: 0.1, acc: 0.9 }), run('b', { score: 0.9, acc: 0.1 })], {
      benchmark: { primary_metric: undefined },
    });
    expect(rank(f).primary?.id).to.equal('acc');
  });

  it('a declared primary that no result reports excludes every result, with the reason', () => {
    const r = rank(feed([run('a', { acc: 0.9 })], { benchmark: { primary_metric: 'F1 (macro)' } }));
    expect(r.rows).to.deep.equal([]);
    expect(r.excluded.map((e) => e.reason)).to.deep.equal(['no F1 (macro) value']);
  });
});

describe('rule 2: direction per metric', () => {
  it('for a lower-is-better primary, the lowest wins', () => {
    const r = rank(feed([run('a', { mse: 0.3 }), run('b', { mse: 0.1 }), run('c', { mse: 0.2 })], { benchmark: { primary_metric: 'mse' } }));
    expect(table(r)).to.deep.equal(['b:1', 'c:2', 'a:3']);
  });

  it('negative values and zero order correctly in both directions', () => {
    const higher = rank(feed([run('a', { score: -0.5 }), run('b', { score: 0 }), run('c', { score: -0.1 })]));
    expect(table(higher)).to.deep.equal(['b:1', 'c:2', 'a:3']);
    const lower = rank(feed([run('a', { err: -0.5 }), run('b', { err: 0 })], { benchmark: { primary_metric: 'err' } }));
    expect(table(lower)).to.deep.equal(['a:1', 'b:2']);
  });

  it('a metric the catalogue does not describe ranks higher-is-better', () => {
    const r = rank(feed([run('a', { kappa: 0.2 }), run('b', { kappa: 0.4 })], { benchmark: { primary_metric: 'kappa' } }));
    expect(r.primary?.definition.direction).to.equal('higher');
    expect(table(r)).to.deep.equal(['b:1', 'a:2']);
  });
});

describe('rule 3: best run per model, identity merged', () => {
  it('keeps one row per model, its best run, with the other runs best first', () => {
    const r = rank(feed([run('a', { score: 0.5 }, { id: 'a1' }), run('a', { score: 0.8 }, { id: 'a2' }), run('a', { score: 0.6 }, { id: 'a3' }), run('b', { score: 0.7 })]));
    expect(table(r)).to.deep.equal(['a:1', 'b:2']);
    expect(r.rows[0].result.id).to.equal('a2');
    expect(r.rows[0].otherRuns.map((x) => x.id)).to.deep.equal(['a3', 'a1']);
  });

  it('treats ids that differ only in case as one model (HyenaDNA / hyenadna)', () => {
    const f = feed([run('HyenaDNA', { score: 0.7883 }), run('hyenadna', { score: 0.7365 }), run('evo2', { score: 0.7453 })]);
    f.models = [{ id: 'hyenadna', name: 'HyenaDNA' }, { id: 'evo2', name: 'Evo 2' }];
    const r = rank(f);
    expect(r.rows.map((row) => `${row.model.name}:${row.score}`)).to.deep.equal(['HyenaDNA:0.7883', 'Evo 2:0.7453']);
    expect(r.rows[0].model.spellings).to.deep.equal(['HyenaDNA', 'hyenadna']);
    expect(r.rows[0].otherRuns).to.have.length(1);
  });

  it('follows aliases to the model card', () => {
    const f = feed([run('MOD-GENEFORMER', { score: 0.6 }), run('geneformer', { score: 0.9 })]);
    f.models = [{ id: 'MOD-GENEFORMER', name: 'Geneformer', aliases: ['geneformer'] }];
    const r = rank(f);
    expect(r.rows).to.have.length(1);
    expect(r.rows[0].model.name).to.equal('Geneformer');
    expect(r.rows[0].score).to.equal(0.9);
  });

  it('a model with no card keeps its id as its name', () => {
    const f = feed([run('kmer_k6', { score: 0.7 })]);
    f.models = [];
    expect(rank(f).rows[0].model.name).to.equal('kmer_k6');
  });

  it('between equal runs of one model, the earlier run counts', () => {
    const r = rank(feed([run('a', { score: 0.9 }, { id: 'late', date: '2025-12-19' }), run('a', { score: 0.9 }, { id: 'early', date: '2025-11-27' })]));
    expect(r.rows[0].result.id).to.equal('early');
  });

  it('the best run is chosen with the tie-breakers too', () => {
    const r = rank(feed([run('a', { score: 0.9, err: 0.3 }, { id: 'worse' }), run('a', { score: 0.9, err: 0.1 }, { id: 'better' })], { benchmark: { secondary_metrics: ['err'] } }));
    expect(r.rows[0].result.id).to.equal('better');
  });

  it('all runs of one model give a single row', () => {
    const r = rank(feed([run('a', { score: 0.1 }), run('A', { score: 0.2 }), run('a ', { score: 0.3 })]));
    expect(table(r)).to.deep.equal(['a:1']);
    expect(r.rows[0].otherRuns).to.have.length(2);
    expect(r.runs).to.equal(3);
  });
});

describe('rule 4: ties share a rank; secondary metrics break them', () => {
  it('gives full ties the same rank and skips the next (1, 2, 2, 4)', () => {
    const r = rank(feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.8 }), run('d', { score: 0.7 })]));
    expect(table(r)).to.deep.equal(['a:1', 'b:2', 'c:2', 'd:4']);
    expect(r.rows.map((x) => x.tied)).to.deep.equal([false, true, true, false]);
  });

  it('ties at the top share first place', () => {
    const r = rank(feed([run('a', { score: 1 }), run('b', { score: 1 }), run('c', { score: 0.5 })]));
    expect(table(r)).to.deep.equal(['a:1', 'b:1', 'c:3']);
  });

  it('breaks a primary tie by the first secondary metric, and says which', () => {
    const r = rank(feed([run('a', { score: 0.8, acc: 0.5 }), run('b', { score: 0.8, acc: 0.7 })], { benchmark: { secondary_metrics: ['acc'] } }));
    expect(table(r)).to.deep.equal(['b:1', 'a:2']);
    expect(r.rows[1].decidedBy).to.equal('acc');
    expect(r.rows[1].tied).to.equal(false);
  });

  it('each secondary metric keeps its own direction', () => {
    const r = rank(feed([run('a', { score: 0.8, err: 0.2 }), run('b', { score: 0.8, err: 0.1 })], { benchmark: { secondary_metrics: ['err'] } }));
    expect(table(r)).to.deep.equal(['b:1', 'a:2']);
  });

  it('goes to the next secondary only when the earlier ones tie', () => {
    const r = rank(
      feed([run('a', { score: 0.8, acc: 0.6, err: 0.3 }), run('b', { score: 0.8, acc: 0.6, err: 0.2 }), run('c', { score: 0.8, acc: 0.5, err: 0.0 })], {
        benchmark: { secondary_metrics: ['acc', 'err'] },
      }),
    );
    expect(table(r)).to.deep.equal(['b:1', 'a:2', 'c:3']);
    expect(r.rows.map((x) => x.decidedBy)).to.deep.equal([null, 'err', 'acc']);
  });

  it('what is still tied stays tied, listed by model name', () => {
    const f = feed([run('zeta', { score: 0.7453, acc: 0.618 }), run('alpha', { score: 0.7453, acc: 0.618 })], { benchmark: { secondary_metrics: ['acc'] } });
    const r = rank(f);
    expect(table(r)).to.deep.equal(['alpha:1', 'zeta:1']);
  });

  it('a result missing a secondary metric sorts after those that have it', () => {
    const r = rank(feed([run('a', { score: 0.8 }), run('b', { score: 0.8, acc: 0.1 })], { benchmark: { secondary_metrics: ['acc'] } }));
    expect(table(r)).to.deep.equal(['b:1', 'a:2']);
  });

  it('the order does not depend on the order of the results', () => {
    const runs = [run('a', { score: 0.8 }), run('b', { score: 0.8 }), run('c', { score: 0.9 }), run('d', { score: 0.1 })];
    const forward = table(rank(feed(runs)));
    expect(table(rank(feed([...runs].reverse())))).to.deep.equal(forward);
  });
});

describe('rule 6: results that cannot rank are excluded, with the reason', () => {
  it('lists a missing, null or non-finite primary value', () => {
    const r = rank(feed([run('a', { acc: 0.9 }, { id: 'm' }), run('b', { score: null }, { id: 'n' }), run('c', { score: Number.NaN }, { id: 'x' }), run('d', { score: 0.5 })]));
    expect(table(r)).to.deep.equal(['d:1']);
    expect(r.excluded.map((e) => `${e.result.id}: ${e.reason}`)).to.deep.equal([
      'm: no score value',
      'n: score was not computed (null)',
      'x: score is not a finite number (NaN)',
    ]);
  });

  it('a model with one usable run still ranks on it', () => {
    const r = rank(feed([run('a', { score: null }, { id: 'skip' }), run('a', { score: 0.4 }, { id: 'keep' })]));
    expect(r.rows[0].result.id).to.equal('keep');
    expect(r.excluded.map((e) => e.result.id)).to.deep.equal(['skip']);
  });
});

describe('edge cases', () => {
  it('a one-model benchmark has one row at rank 1', () => {
    expect(table(rank(feed([run('a', { score: 0.1 })])))).to.deep.equal(['a:1']);
  });

  it('an empty benchmark has no rows and no exclusions, and keeps its declared primary', () => {
    const r = rank(feed([]));
    expect(r.rows).to.deep.equal([]);
    expect(r.excluded).to.deep.equal([]);
    expect(r.primary?.id).to.equal('score');
  });

  it('a benchmark whose results report no number has no primary, and excludes them', () => {
    const r = rank(feed([run('a', { score: null })], { benchmark: { primary_metric: undefined } }));
    expect(r.primary).to.equal(null);
    expect(r.excluded.map((e) => e.reason)).to.deep.equal(['reports no numeric metric']);
  });

  it('buildHub() resolves each result to its model once, by index, in result order, across benchmarks', () => {
    const f = feed([
      run('HyenaDNA', { score: 0.7 }),
      run('evo2', { acc: 0.4 }, { benchmark: 'ghost' }),
      run('hyena', { score: 0.6 }),
      run('newcomer', { acc: 0.5 }, { benchmark: 'ghost' }),
      run('hyenadna', { score: 0.5 }),
    ]);
    f.models = [{ id: 'hyenadna', name: 'HyenaDNA', aliases: ['hyena'] }, { id: 'evo2' }];
    const hub = buildHub(f);
    const names = (benchmark: string) => hub.modelsByBenchmark.get(benchmark)!.map((i) => hub.models[i].id);
    expect(names('b')).to.deep.equal(['hyenadna', 'hyenadna', 'hyenadna']);
    expect(names('ghost')).to.deep.equal(['evo2', 'newcomer']);
    expect(hub.resultsByBenchmark.get('ghost')!.map((r) => r.model)).to.deep.equal(['evo2', 'newcomer']);
    expect(hub.models[hub.modelsByBenchmark.get('b')![0]].spellings).to.deep.equal(['HyenaDNA', 'hyena', 'hyenadna']);
    expect(hub.model('EVO2')).to.equal(hub.models[1]);
  });

  it('a model with no usable run on a benchmark gets no row there, and shares no state with another benchmark', () => {
    const f = feed([run('a', { score: null }), run('b', { score: 0.2 }), run('a', { score: 0.9 }, { benchmark: 'c' }), run('b', { score: 0.1 }, { benchmark: 'c' })]);
    f.benchmarks.push({ id: 'c', name: 'C', primary_metric: 'score' });
    const [b, c] = rankAll(buildHub(f));
    expect(table(b)).to.deep.equal(['b:1']);
    expect(table(c)).to.deep.equal(['a:1', 'b:2']);
    expect(c.rows[0].otherRuns).to.deep.equal([]);
  });

  it('rankAll() ranks defined benchmarks in feed order, then undefined ones by fallback', () => {
    const f = feed([run('a', { acc: 0.4 }, { benchmark: 'ghost' }), run('a', { score: 0.5 })]);
    const all = rankAll(buildHub(f));
    expect(all.map((r) => `${r.benchmark.id}:${r.defined}`)).to.deep.equal(['b:true', 'ghost:false']);
    expect(all[1].primary).to.include({ id: 'acc', declared: false });
    expect(all[1].benchmark.name).to.equal('ghost');
  });
});

describe('shown metrics (a run’s cost): listed beside the ranking, never ranking', () => {
  it('a shown metric does not break a tie, and comes as `shown` where a ranked row reports it', () => {
    const r = rank(feed([run('a', { score: 0.8, err: 0.9 }), run('b', { score: 0.8, err: 0.1 }), run('c', { score: 0.5 })], { benchmark: { shown_metrics: ['err', 'mse', 'err'] } }));
    expect(table(r)).to.deep.equal(['a:1', 'b:1', 'c:3']);
    expect(r.shown.map((m) => [m.id, m.definition.direction])).to.deep.equal([['err', 'lower']]);
  });

  it('a metric that ranks or breaks ties is not listed again as shown', () => {
    const r = rank(feed([run('a', { score: 0.8, err: 0.9 })], { benchmark: { secondary_metrics: ['err'], shown_metrics: ['err', 'score'] } }));
    expect(r.shown).to.deep.equal([]);
  });
});
