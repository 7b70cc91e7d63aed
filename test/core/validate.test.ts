import { expect } from '@open-wc/testing';
import { formatProblem, loadFeed, validateFeed, type Feed } from '../../src/core/index.js';
import { clone, feed, run } from '../support/feeds.js';

const good = (): Feed =>
  feed([run('a', { score: 0.9, err: 0.1 }, { id: 'x1', date: '2025-11-27' }), run('b', { score: 0.8 }, { id: 'x2' })]);

const messages = (data: unknown, severity: 'error' | 'warning' = 'error') =>
  validateFeed(data)
    .problems.filter((p) => p.severity === severity)
    .map(formatProblem);

describe('validateFeed() accepts', () => {
  it('the minimal hand-written feed in demo/ with no problem at all', async () => {
    const minimal: unknown = await (await fetch(new URL('../../demo/data/minimal.feed.json', import.meta.url))).json();
    const report = validateFeed(minimal);
    expect(report.problems.map(formatProblem), 'problems').to.deep.equal([]);
    expect(report.valid).to.equal(true);
  });

  it('a feed with unknown extra fields anywhere', () => {
    const data = clone(good()) as unknown as Record<string, any>;
    data.x_lab = { anything: true };
    data.results[0].x_note = 'kept';
    data.benchmarks[0].x_owner = 'lab';
    expect(messages(data)).to.deep.equal([]);
  });

  it('any 1.x version', () => {
    expect(messages({ ...good(), version: '1.7' })).to.deep.equal([]);
  });

  it('metric values as numbers, null (not computed), {value, se} and {value, ci}', () => {
    const data = feed([
      run('a', { score: 0.9 }),
      run('b', { score: null }),
      run('c', { score: { value: 0.8, se: 0.01 } }),
      run('d', { score: { value: 0.7, ci: [0.65, 0.75] } }),
    ]);
    expect(messages(data)).to.deep.equal([]);
  });

  it('both date forms the hubs use, as ISO 8601', () => {
    const data = feed([run('a', { score: 1 }, { date: '2025-11-27' }), run('b', { score: 1 }, { date: '2025-12-19T12:00:13.671201' })]);
    expect(messages(data)).to.deep.equal([]);
  });
});

describe('validateFeed() reports, with the exact JSON Pointer', () => {
  const cases: Array<[string, (f: any) => void, string]> = [
    ['a number given as a string', (f) => (f.results[0].metrics.score = '0.9'), '/results/0/metrics/score: expected a number, null or {"value": …}, got "0.9"'],
    ['a missing result id', (f) => delete f.results[1].id, '/results/1/id: is required'],
    ['an empty model id', (f) => (f.results[0].model = '  '), '/results/0/model: must not be empty'],
    // Blank by any white space JavaScript trims, not only ASCII spaces (the check looks at the first character before trimming).
    ['a benchmark id of no-break and ideographic spaces', (f) => (f.results[0].benchmark = '\u00a0\u3000\t'), '/results/0/benchmark: must not be empty'],
    ['metrics that are not an object', (f) => (f.results[0].metrics = [0.9]), '/results/0/metrics: expected an object, got an array'],
    ['a result without metrics', (f) => delete f.results[0].metrics, '/results/0/metrics: is required'],
    ['a date that is not ISO 8601', (f) => (f.results[0].date = '27/11/2025'), '/results/0/date: expected an ISO 8601 date such as "2025-11-27", got "27/11/2025"'],
    ['a metric direction that is neither higher nor lower', (f) => (f.metrics.score.direction = 'up'), '/metrics/score/direction: expected one of "higher", "lower", got "up"'],
    ['a metric without a direction', (f) => delete f.metrics.err.direction, '/metrics/err/direction: is required (one of "higher", "lower")'],
    ['a range with min above max', (f) => (f.metrics.score.range = { min: 1, max: 0 }), '/metrics/score/range: min (1) is above max (0)'],
    ['a benchmark without a name', (f) => delete f.benchmarks[0].name, '/benchmarks/0/name: is required'],
    ['secondary metrics that are not strings', (f) => (f.benchmarks[0].secondary_metrics = ['err', 3]), '/benchmarks/0/secondary_metrics/1: expected a string, got 3'],
    ['shown metrics that are not a list', (f) => (f.benchmarks[0].shown_metrics = 'cost_usd'), '/benchmarks/0/shown_metrics: expected an array, got "cost_usd"'],
    ['results that are not a list', (f) => (f.results = {}), '/results: expected an array, got an object'],
    ['a missing models list', (f) => delete f.models, '/models: is required'],
    ['a duplicate result id', (f) => (f.results[1].id = 'x1'), '/results/1/id: duplicate result id "x1" (already at /results/0/id)'],
    ['model ids that differ only in case', (f) => f.models.push({ id: 'A' }), '/models/2/id: duplicate model id or alias (ids ignore case) "A" (already at /models/0/id)'],
    ['an alias that names another model', (f) => (f.models[1].aliases = ['a']), '/models/1/aliases/0: duplicate model id or alias (ids ignore case) "a" (already at /models/0/id)'],
    ['a standard error below zero', (f) => (f.results[0].metrics.score = { value: 0.9, se: -1 }), '/results/0/metrics/score/se: expected a standard error ≥ 0, got -1'],
    ['an interval that misses its value', (f) => (f.results[0].metrics.score = { value: 0.9, ci: [0.5, 0.6] }), '/results/0/metrics/score/ci: the interval [0.5, 0.6] must contain the value 0.9'],
    ['targets in the wrong order for a higher-is-better metric', (f) => (f.benchmarks[0].targets = { excellent: 0.8, good: 0.9 }), '/benchmarks/0/targets/good: "good" (0.9) must be below "excellent" (0.8) because higher is better'],
    ['a target for a tier that does not exist', (f) => (f.benchmarks[0].targets = { great: 0.9 }), '/benchmarks/0/targets/great: unknown tier "great"; the tiers are "excellent", "good", "fair", "developing"'],
    ['tiers that are not ordered best first', (f) => (f.tiers = [{ id: 'low', label: 'Low', min: 0.5 }, { id: 'high', label: 'High', min: 0.9 }, { id: 'rest', label: 'Rest' }]), '/tiers/1/min: tiers go from best to worst: 0.9 must be below 0.5'],
    ['a stratified cell that is not a number', (f) => (f.results[0].stratified = { site: { A: { score: 'high' } } }), '/results/0/stratified/site/A/score: expected a number, got "high"'],
    ['a probe curve whose length differs from its grid', (f) => (f.results[0].probes = { noise: { grid: [0, 1, 2], series: { logit: { mean: [1, 0.9] } } } }), '/results/0/probes/noise/series/logit/mean: has 2 values but the probe\'s grid has 3'],
    ['a key with a slash, escaped as ~1', (f) => (f.results[0].metrics['F1/macro'] = 'x'), '/results/0/metrics/F1~1macro: expected a number, null or {"value": …}, got "x"'],
  ];
  for (const [what, breakIt, expected] of cases) {
    it(what, () => {
      const data = clone(good());
      breakIt(data);
      expect(messages(data), what).to.include(expected);
    });
  }

  it('a value that is not an object at all', () => {
    expect(messages([1, 2])).to.deep.equal(['(the feed): expected an object, got an array']);
    expect(messages('{"version": "1.0"}')).to.deep.equal(['(the feed): expected an object, got "{\\"version\\": \\"1.0\\"}"']);
  });

  it('an unknown major version, clearly and alone', () => {
    const report = validateFeed({ version: '2.0', anything: 'else' });
    expect(report.problems.map(formatProblem)).to.deep.equal([
      '/version: unsupported feed version "2.0": this reader understands version 1.x',
    ]);
  });

  it('every problem at once, not just the first', () => {
    const data = clone(good()) as any;
    data.results[0].metrics.score = '0.9';
    data.results[1].date = 'yesterday';
    delete data.benchmarks[0].name;
    data.metrics.err.direction = 'down';
    expect(validateFeed(data).errors).to.have.length(4);
  });

  it('a long string shortened in the message, with its length', () => {
    const data = clone(good()) as any;
    data.results[0].metrics.score = 'x'.repeat(10_000);
    const [message] = messages(data);
    expect(message).to.match(/got "x{40}…" \(10000 characters\)$/);
  });
});

describe('validateFeed() warns, without failing,', () => {
  it('on a result that names an unknown benchmark or model', () => {
    const data = feed([run('a', { score: 1 }), run('ghost', { score: 1 }, { benchmark: 'nowhere' })]);
    data.models = data.models.filter((m) => m.id !== 'ghost');
    const report = validateFeed(data);
    expect(report.valid).to.equal(true);
    expect(report.warnings.map(formatProblem)).to.deep.equal([
      '/results/1/benchmark: unknown benchmark "nowhere"; the result is listed under other benchmarks',
      '/results/1/model: unknown model "ghost"; its id is shown as its name',
    ]);
  });

  it('not on a model id written in another case (identity ignores case)', () => {
    const data = feed([run('a', { score: 1 }), run('A', { score: 0.5 })]);
    expect(validateFeed(data).warnings).to.deep.equal([]);
  });

  it('on a metric the catalogue does not describe, once per metric', () => {
    const data = feed([run('a', { score: 1, kappa: 0.3 }), run('b', { score: 1, kappa: 0.2 })]);
    expect(messages(data, 'warning')).to.deep.equal([
      '/results/0/metrics/kappa: metric "kappa" is not described in /metrics; it is treated as higher is better',
    ]);
  });

  it('on a link that is not http(s)', () => {
    const data = good();
    data.models[0].links = [{ label: 'Paper', url: 'javascript:alert(1)' }];
    expect(messages(data, 'warning')).to.deep.equal([
      '/models/0/links/0/url: only http(s) links are followed; "javascript:alert(1)" will show as text',
    ]);
  });
});

describe('loadFeed()', () => {
  it('drops only the results with errors, and lists them', () => {
    const data = clone(good()) as any;
    data.results.push({ id: 'bad', benchmark: 'b', model: 'a', metrics: { score: 'NaN' } });
    const loaded = loadFeed(data);
    expect(loaded.feed?.results.map((r) => r.id)).to.deep.equal(['x1', 'x2']);
    expect(loaded.dropped).to.have.length(1);
    expect(loaded.dropped[0].id).to.equal('bad');
    expect(formatProblem(loaded.dropped[0].problems[0])).to.equal(
      '/results/2/metrics/score: expected a number, null or {"value": …}, got "NaN"',
    );
  });

  it('rejects the feed when an error is outside the results', () => {
    const data = clone(good()) as any;
    delete data.benchmarks[0].id;
    const loaded = loadFeed(data);
    expect(loaded.feed).to.equal(null);
    expect(loaded.problems.map(formatProblem)).to.include('/benchmarks/0/id: is required');
  });
});

describe('validateFeed() on suites (leaderboards inside a feed)', () => {
  const withSuites = (): Record<string, any> => {
    const data = clone(good()) as unknown as Record<string, any>;
    data.suites = [{ id: 's1', name: 'Suite one', organisation: 'Lab', evaluator_relationship: 'third_party', overall: { method: 'benchmark', benchmark: 'b' } }];
    data.benchmarks[0].suite = 's1';
    return data;
  };

  it('accepts suites, a benchmark in one, an overall that is one of its benchmarks, and entries of a model', () => {
    const data = withSuites();
    data.benchmarks.push({ id: 'b-part', name: 'Part', suite: 's1', part_of: 'b' });
    data.models = [{ id: 'm · scaffold', base_model: 'm', configuration: 'scaffold' }];
    data.suites.push({ id: 's2', name: 'Suite two', overall: { method: 'borda' } });
    expect(messages(data)).to.deep.equal([]);
    expect(messages(data, 'warning').filter((m) => /suite|part_of/.test(m))).to.deep.equal([]);
  });

  it('reports a duplicate suite id, a bad overall, and an overall outside its suite', () => {
    const data = withSuites();
    data.suites.push({ id: 's1', name: 'Again' }, { id: 's3', name: 'Three', overall: { method: 'median' } }, { id: 's4', name: 'Four', overall: { method: 'benchmark', benchmark: 'b' } });
    expect(messages(data)).to.deep.equal([
      '/suites/2/overall/method: expected one of "benchmark", "mean", "mean-rank", "borda", got "median"',
      '/suites/1/id: duplicate suite id "s1" (already at /suites/0/id)',
      '/suites/3/overall/benchmark: "b" is not a benchmark of suite "s4"',
    ]);
    const noBenchmark = withSuites();
    noBenchmark.suites[0].overall = { method: 'benchmark' };
    expect(messages(noBenchmark)).to.deep.equal(['/suites/0/overall/benchmark: is required']);
  });

  it('warns where a benchmark names a suite or a whole that the feed does not have', () => {
    const data = withSuites();
    data.benchmarks[0].suite = 'nope';
    data.benchmarks[0].part_of = 'b';
    expect(messages(data, 'warning').filter((m) => /suite|part_of/.test(m))).to.deep.equal([
      '/benchmarks/0/suite: unknown suite "nope"; the benchmark is listed under no suite',
      '/benchmarks/0/part_of: "b" is not another benchmark of the feed; the benchmark is shown on its own',
    ]);
  });
});

describe('validateFeed() on flags', () => {
  it('names a flag without its kind or reason, on a model or a result', () => {
    const f = feed([run('a', { score: 0.5 }, { flags: [{ kind: 'preliminary' } as never] })]);
    f.models[0].flags = [{ reason: 'why' } as never];
    const found = validateFeed(f).problems.map((p) => `${p.path}: ${p.message}`);
    expect(found).to.include.members(['/results/0/flags/0/reason: is required', '/models/0/flags/0/kind: is required']);
  });
});
