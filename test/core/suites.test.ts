// A feed of many leaderboards, in the core: its parts (one per suite, then the benchmarks in
// none), each ranked from the feed narrowed to it, and each suite's overall as it declares it.
import { expect } from '@open-wc/testing';
import {
  acrossSuites,
  buildHub,
  meanRanks,
  overallIntervals,
  partHub,
  rankAll,
  rankBenchmark,
  suiteParts,
  suiteStanding,
  type Feed,
  type SuiteOverall,
} from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';
import { coverageSentence as coverageIn, standingSentence as standingIn } from '../../src/render/suite-text.js';
import { enSuites } from '../../src/i18n/suite-messages.js';

// The sentences are the static pages' and the hub's (render/suite-text.ts), in English here.
const standingSentence = (s: Parameters<typeof standingIn>[0]) => standingIn(s, enSuites, 'en');
const coverageSentence = (s: Parameters<typeof coverageIn>[0]) => coverageIn(s, enSuites, 'en');

/**
 * Suite `s` with benchmarks x (score), y (err, lower is better) and z (score), and suite `t` with
 * its own "x" (t/x); `loose` belongs to no suite. Models a, b, c, d entered different ones.
 */
function suites(overall?: SuiteOverall): Feed {
  const f = feed([
    run('a', { score: 0.9 }, { benchmark: 'x' }),
    run('b', { score: 0.8 }, { benchmark: 'x' }),
    run('c', { score: 0.7 }, { benchmark: 'x' }),
    run('a', { err: 0.3 }, { benchmark: 'y' }),
    run('b', { err: 0.1 }, { benchmark: 'y' }),
    run('c', { err: 0.2 }, { benchmark: 'y' }),
    run('a', { score: 0.5 }, { benchmark: 'z' }),
    run('d', { score: 0.6 }, { benchmark: 'z' }),
    run('a', { score: 0.2 }, { benchmark: 't/x' }),
    run('b', { score: 0.4 }, { benchmark: 't/x' }),
    run('c', { score: 0.1 }, { benchmark: 'loose' }),
  ]);
  f.suites = [
    { id: 's', name: 'Suite S', organisation: 'Lab S', ...(overall ? { overall } : {}) },
    { id: 't', name: 'Suite T' },
  ];
  f.benchmarks = [
    { id: 'x', name: 'X', primary_metric: 'score', suite: 's' },
    { id: 'y', name: 'Y', primary_metric: 'err', suite: 's' },
    { id: 'z', name: 'Z', primary_metric: 'score', suite: 's' },
    { id: 't/x', name: 'X', primary_metric: 'score', suite: 't' },
    { id: 'loose', name: 'Loose', primary_metric: 'score' },
  ];
  return f;
}

const names = (entries: Array<{ model: { id: string } }>) => entries.map((e) => e.model.id);

describe('suiteParts() and partHub()', () => {
  it('gives each suite its benchmarks, then the benchmarks in none (defined or only named) as a last part', () => {
    const f = suites();
    f.results.push(run('a', { score: 1 }, { benchmark: 'undefined-one' }));
    const parts = suiteParts(buildHub(f));
    expect(parts.map((p) => [p.id, p.benchmarkIds])).to.deep.equal([
      ['s', ['x', 'y', 'z']],
      ['t', ['t/x']],
      [null, ['loose', 'undefined-one']],
    ]);
  });

  it('is empty for a feed without suites (the hub is one leaderboard, as before)', () => {
    expect(suiteParts(buildHub(feed([run('a', { score: 1 })])))).to.deep.equal([]);
  });

  it('narrows the feed to a part: its benchmarks, results and models only, ranked exactly as in the whole feed', () => {
    const hub = buildHub(suites());
    const [s, t] = suiteParts(hub);
    const sub = partHub(hub, s);
    expect(sub.benchmarks.map((b) => b.id)).to.deep.equal(['x', 'y', 'z']);
    expect(sub.feed.results).to.have.length(8);
    expect(sub.models.map((m) => m.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(sub.suites.map((x) => x.id)).to.deep.equal(['s']);
    for (const id of ['x', 'y', 'z']) {
      const ranks = (r: ReturnType<typeof rankBenchmark>) => r.rows.map((row) => [row.model.id, row.rank, row.score]);
      expect(ranks(rankBenchmark(sub, id)), id).to.deep.equal(ranks(rankBenchmark(hub, id)));
    }
    expect(partHub(hub, s), 'built once').to.equal(sub);
    expect(partHub(hub, t).models.map((m) => m.id)).to.deep.equal(['a', 'b']);
  });
});

describe('suiteStanding()', () => {
  const standing = (overall?: SuiteOverall, part = 0) => {
    const hub = buildHub(suites(overall));
    const p = suiteParts(hub)[part];
    return suiteStanding(p.suite, rankAll(partHub(hub, p)));
  };

  it('"mean": the mean position in each metric’s range, direction-aware, over the benchmarks entered', () => {
    const s = standing({ method: 'mean', min_share: 0 });
    // a: (0.9 + (1 − 0.3) + 0.5) / 3 = 0.7; b: (0.8 + 0.9) / 2 = 0.85; c: (0.7 + 0.8) / 2 = 0.75; d: 0.6.
    expect(names(s.entries)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(s.entries.map((e) => +e.value.toFixed(4))).to.deep.equal([0.85, 0.75, 0.7, 0.6]);
    expect(s.entries.map((e) => e.entered)).to.deep.equal([2, 2, 3, 1]);
    expect(s.declared).to.equal(true);
    expect(standingSentence(s)).to.match(/mean, over the 3 benchmarks a model entered, of where its score sits/);
  });

  it('"mean" leaves out a benchmark whose metric has no bounded range, and says so', () => {
    const f = suites({ method: 'mean' });
    f.benchmarks[2].primary_metric = 'mse';
    f.results.filter((r) => r.benchmark === 'z').forEach((r) => (r.metrics = { mse: 2 }));
    const hub = buildHub(f);
    const s = suiteStanding(hub.suites[0], rankAll(partHub(hub, suiteParts(hub)[0])));
    expect(s.unplaceable.map((r) => r.benchmark.id)).to.deep.equal(['z']);
    expect(names(s.entries)).to.deep.equal(['b', 'a', 'c']);
    expect(standingSentence(s)).to.include('1 benchmark has no bounded range and is left out');
  });

  it('"mean-rank": lower is better, more benchmarks entered breaks a tie', () => {
    const s = standing({ method: 'mean-rank', min_share: 0 });
    // x: a1 b2 c3; y: b1 c2 a3; z: d1 a2 → a 2, b 1.5, c 2.5, d 1.
    expect(names(s.entries)).to.deep.equal(['d', 'b', 'a', 'c']);
    expect(s.entries.map((e) => e.value)).to.deep.equal([1, 1.5, 2, 2.5]);
    expect(s.lowerIsBetter).to.equal(true);
  });

  it('"mean-rank" gives meanRanks\' means, order and places, ties included, on a larger suite', () => {
    // 40 models on 6 benchmarks with scores in tenths (many ties), some models missing some benchmarks.
    const results = [];
    for (let m = 0; m < 40; m++) {
      for (let b = 0; b < 6; b++) if ((m * 7 + b * 3) % 5 !== 0) results.push(run(`m${m}`, { score: ((m * 13 + b * 29) % 11) / 10 }, { benchmark: `b${b}` }));
    }
    const f = feed(results, { suites: [{ id: 's', name: 'S', overall: { method: 'mean-rank', min_share: 0 } }] });
    f.benchmarks = Array.from({ length: 6 }, (_, b) => ({ id: `b${b}`, name: `B${b}`, primary_metric: 'score', suite: 's' }));
    const hub = buildHub(f);
    const rankings = rankAll(partHub(hub, suiteParts(hub)[0]));
    const s = suiteStanding(hub.suites[0], rankings);
    const expected = meanRanks(rankings);
    expect(s.entries.map((e) => [e.model.id, e.value, e.entered, e.place])).to.deep.equal(expected.map((e) => [e.model.id, e.meanRank, e.entered, e.place]));
    expect(new Set(s.entries.map((e) => e.value)).size).to.be.below(s.entries.length); // ties were there to break
  });

  it('"borda": a point for every model ranked below, summed; a benchmark not entered gives none', () => {
    const s = standing({ method: 'borda', min_share: 0 });
    // x: a2 b1 c0; y: b2 c1 a0; z: d1 a0 → a 2, b 3, c 1, d 1 (c and d tie: c entered more).
    expect(s.entries.map((e) => [e.model.id, e.value, e.place])).to.deep.equal([
      ['b', 3, 1],
      ['a', 2, 2],
      ['c', 1, 3],
      ['d', 1, 4],
    ]);
  });

  it('the coverage rule: a model that entered fewer than half the benchmarks is listed apart, not ranked', () => {
    const s = standing({ method: 'mean-rank' });
    expect(names(s.entries)).to.deep.equal(['b', 'a', 'c']);
    expect(s.entries.map((e) => e.place)).to.deep.equal([1, 2, 3]);
    expect(s.minimum).to.equal(2);
    expect(s.apart.map((e) => [e.model.id, e.entered])).to.deep.equal([['d', 1]]);
    expect(coverageSentence(s)).to.equal('A model must have entered at least 2 of the 3 benchmarks to be ranked; 1 model that entered fewer is listed apart, with how many it entered.');
    const strict = standing({ method: 'mean-rank', min_share: 1 });
    expect(names(strict.entries)).to.deep.equal(['a']);
  });

  it('intervals: a bootstrap over the benchmarks, the same on every run, holding each value', () => {
    const s = standing({ method: 'mean', min_share: 0 });
    const intervals = overallIntervals(s);
    expect(overallIntervals(s)).to.deep.equal(intervals);
    for (const e of s.entries.filter((x) => x.entered > 1)) {
      const [low, high] = intervals.get(e.model)!;
      expect(low <= e.value && e.value <= high, e.model.id).to.equal(true);
      expect(high - low).to.be.greaterThan(0);
    }
    // d entered one benchmark: in every resample its value is that one score.
    expect(intervals.get(s.entries.find((e) => e.model.id === 'd')!.model)).to.deep.equal([0.6, 0.6]);
  });

  it('"benchmark": the suite’s own overall benchmark, its parts left out of what is counted', () => {
    const f = suites({ method: 'benchmark', benchmark: 'x' });
    f.benchmarks[1].part_of = 'x';
    const hub = buildHub(f);
    const s = suiteStanding(hub.suites[0], rankAll(partHub(hub, suiteParts(hub)[0])));
    expect(s.method).to.equal('benchmark');
    expect(s.overall?.benchmark.id).to.equal('x');
    expect(names(s.entries)).to.deep.equal(['a', 'b', 'c']);
    expect(s.counted.map((r) => r.benchmark.id)).to.deep.equal(['z']);
  });

  it('a suite that declares none: its one benchmark, else the mean rank, and the sentence says it was chosen', () => {
    const t = standing(undefined, 1);
    expect([t.method, t.declared, t.overall?.benchmark.id]).to.deep.equal(['benchmark', false, 't/x']);
    expect(standingSentence(t)).to.match(/^The leaderboard declares no overall of its own; shown here: “X”/);
    const s = standing();
    expect([s.method, s.declared]).to.deep.equal(['mean-rank', false]);
  });

  it('a declared overall benchmark that has no results falls back to the mean rank', () => {
    const s = standing({ method: 'benchmark', benchmark: 'missing' });
    expect([s.method, s.declared]).to.deep.equal(['mean-rank', false]);
  });
});

describe('acrossSuites()', () => {
  it('keeps models placed in two or more suites, by mean place, with each place', () => {
    const hub = buildHub(suites({ method: 'mean-rank' }));
    const standings = suiteParts(hub)
      .filter((p) => p.suite)
      .map((p) => ({ suite: p.suite, standing: suiteStanding(p.suite, rankAll(partHub(hub, p))) }));
    const across = acrossSuites(standings);
    // s: b1 a2 c3 (d entered too few to be ranked); t: b1 a2 → b 1, a 2; c is in one suite only.
    expect(across.map((e) => [e.model.id, e.meanPlace, e.places.map((p) => `${p.suite?.id}:${p.place}/${p.of}`)])).to.deep.equal([
      ['b', 1, ['s:1/3', 't:1/2']],
      ['a', 2, ['s:2/3', 't:2/2']],
    ]);
  });
});
