import { expect } from '@open-wc/testing';
import { DEFAULT_TIERS, modelMatches, ordinal, rankMark, sortRows, tierBounds, tierScale, type ResolvedModel } from '../../src/core/index.js';
import { safeHref } from '../../src/internal/safe-href.js';
import { describeSort, nextSort } from '../../src/elements/leaderboard-table/table-sort.js';

describe('rankMark() and ordinal()', () => {
  it('gives the page marks: medals, 🏅 for 4–5, 🎖️ for 6–10, then #n', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 11, 250].map(rankMark)).to.deep.equal(['🥇', '🥈', '🥉', '🏅', '🏅', '🎖️', '🎖️', '#11', '#250']);
  });
  it('writes English ordinals, 11th to 13th included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).to.deep.equal(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });
});

describe('sortRows()', () => {
  const items = [{ v: 10 }, { v: 9 }, { v: undefined }, { v: 100 }, { v: Number.NaN }, { v: 9 }];
  it('compares numbers as numbers and puts missing values last, both ways', () => {
    expect(sortRows(items, [{ value: (i) => i.v, descending: false }]).map((i) => i.v)).to.deep.equal([9, 9, 10, 100, undefined, Number.NaN]);
    expect(sortRows(items, [{ value: (i) => i.v, descending: true }]).map((i) => i.v)).to.deep.equal([100, 10, 9, 9, undefined, Number.NaN]);
  });
  it('is stable and uses later keys for ties', () => {
    const rows = [{ a: 1, b: 'x', id: 1 }, { a: 1, b: 'y', id: 2 }, { a: 0, b: 'z', id: 3 }, { a: 1, b: 'x', id: 4 }];
    expect(sortRows(rows, [{ value: (r) => r.a, descending: true }]).map((r) => r.id)).to.deep.equal([1, 2, 4, 3]);
    expect(sortRows(rows, [{ value: (r) => r.a, descending: true }, { value: (r) => r.b, descending: true }]).map((r) => r.id)).to.deep.equal([2, 1, 4, 3]);
  });
  it('orders text naturally: "Model 2" before "Model 10"', () => {
    expect(sortRows(['Model 10', 'model 2', 'Model 1'], [{ value: (s) => s, descending: false }])).to.deep.equal(['Model 1', 'model 2', 'Model 10']);
  });
});

describe('modelMatches()', () => {
  const model: ResolvedModel = { key: 'evo2', id: 'evo2', name: 'Évo 2', baseline: false, spellings: ['EVO2'], card: { id: 'evo2', aliases: ['arc-evo'] } };
  it('matches name, id, aliases and spellings, ignoring case and accents; every word must match', () => {
    expect(['evo', 'ÉVO 2', 'arc', 'EVO2', '', 'evo arc'].map((q) => modelMatches(model, q))).to.deep.equal([true, true, true, true, true, true]);
    expect(['hyena', 'evo hyena'].map((q) => modelMatches(model, q))).to.deep.equal([false, false]);
  });
});

describe('tierBounds()', () => {
  it('gives each tier its inclusive threshold and the next tier up', () => {
    const scale = tierScale({ id: 'b', name: 'B' }, { name: 'm', direction: 'higher' }, DEFAULT_TIERS);
    expect(tierBounds(scale).map((b) => [b.tier.id, b.threshold, b.until])).to.deep.equal([
      ['excellent', 0.9, null],
      ['good', 0.8, 0.9],
      ['fair', 0.7, 0.8],
      ['developing', null, 0.7],
    ]);
  });
});

describe('nextSort()', () => {
  const score = { id: 'score', label: 'Score', firstDirection: 'descending' as const };
  const name = { id: 'name', label: 'Name', firstDirection: 'ascending' as const };
  it('first press: best first; second: reversed; another column: replaces', () => {
    const one = nextSort([], score, false);
    expect(one).to.deep.equal([{ column: 'score', direction: 'descending' }]);
    expect(nextSort(one, score, false)).to.deep.equal([{ column: 'score', direction: 'ascending' }]);
    expect(nextSort(one, name, false)).to.deep.equal([{ column: 'name', direction: 'ascending' }]);
  });
  it('with Shift: adds a key, or reverses the one already there', () => {
    const two = nextSort(nextSort([], score, false), name, true);
    expect(two).to.deep.equal([{ column: 'score', direction: 'descending' }, { column: 'name', direction: 'ascending' }]);
    expect(nextSort(two, name, true)[1].direction).to.equal('descending');
    expect(describeSort(two, (id) => (id === 'score' ? 'Score' : 'Name'))).to.equal('Sorted by Score, descending, then by Name, ascending.');
  });
});

describe('safeHref()', () => {
  const base = 'https://lab.example/feeds/feed.json';
  it('keeps http(s) and resolves relative links against the feed', () => {
    expect(safeHref('https://arxiv.org/abs/1', base)).to.equal('https://arxiv.org/abs/1');
    expect(safeHref('../papers/x.pdf', base)).to.equal('https://lab.example/papers/x.pdf');
    expect(safeHref('HTTP://EXAMPLE.ORG', base)).to.equal('http://example.org/');
  });
  it('refuses every other scheme, however it is written', () => {
    const evil = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    expect(evil.map((u) => safeHref(u, base))).to.deep.equal(evil.map(() => null));
  });
});
