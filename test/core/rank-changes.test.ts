// Rank movement between two feeds (issue 19): new, dropped, tied, renamed by alias, and the
// hub's summary of new models, new leaders and moved ranks.
import { expect } from '@open-wc/testing';
import { buildHub, changeMark, changeText, hubChanges, rankAll, rankBenchmark, rankChanges, type Feed, type RankChange } from '../../src/core/index.js';
import { feed, run } from '../support/feeds.js';

const ranking = (f: Feed, benchmark = 'b') => rankBenchmark(buildHub(f), benchmark);

/** Each current model's id → its change, written as the table shows it ("▲2", "new", ""). */
function marks(now: Feed, before: Feed): Record<string, string> {
  const changes = rankChanges(ranking(now), ranking(before));
  const current = ranking(now);
  return Object.fromEntries(current.rows.map((row) => [row.model.id, changeMark(changes.byModel.get(row.model.key)!)]));
}

describe('rankChanges()', () => {
  const before = feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.7 }), run('d', { score: 0.6 })]);

  it('gives each row its old rank and how far it moved', () => {
    const now = feed([run('a', { score: 0.7 }), run('b', { score: 0.8 }), run('c', { score: 0.9 }), run('d', { score: 0.6 })]);
    expect(marks(now, before)).to.deep.equal({ c: '▲2', b: '', a: '▼2', d: '' });
    const changes = rankChanges(ranking(now), ranking(before));
    const c = changes.byModel.get('c')!;
    expect(c).to.deep.equal({ previous: 3, moved: 2, real: null });
    expect(changeText(c)).to.equal('up 2 from rank 3');
    expect(changeText(changes.byModel.get('a')!)).to.equal('down 2 from rank 1');
    expect(changeText(changes.byModel.get('b')!)).to.equal('unchanged');
  });

  it('marks a model not ranked before as new, and lists a model no longer ranked as dropped', () => {
    const now = feed([run('a', { score: 0.9 }), run('e', { score: 0.85 }), run('b', { score: 0.8 }), run('c', { score: 0.7 })]);
    expect(marks(now, before)).to.deep.equal({ a: '', e: 'new', b: '▼1', c: '▼1' });
    const changes = rankChanges(ranking(now), ranking(before));
    expect(changes.added.map((m) => m.id)).to.deep.equal(['e']);
    expect(changes.dropped.map((m) => m.id)).to.deep.equal(['d']);
    const e: RankChange = changes.byModel.get('e')!;
    expect(e).to.deep.equal({ previous: null, moved: 0, real: null });
    expect(changeText(e)).to.equal('new');
  });

  it('compares shared ranks: a tie that stays a tie has not moved, one that breaks moves one row', () => {
    const tied = feed([run('a', { score: 0.9 }), run('b', { score: 0.8 }), run('c', { score: 0.8 }), run('d', { score: 0.6 })]);
    // Before: a 1, b 2=, c 2=, d 4. Now: b and c still tied, d climbs past nobody.
    const stillTied = feed([run('a', { score: 0.95 }), run('b', { score: 0.7 }), run('c', { score: 0.7 }), run('d', { score: 0.5 })]);
    expect(marks(stillTied, tied)).to.deep.equal({ a: '', b: '', c: '', d: '' });
    // The tie breaks: c passes b, which drops to 3rd.
    const broken = feed([run('a', { score: 0.95 }), run('b', { score: 0.7 }), run('c', { score: 0.75 }), run('d', { score: 0.5 })]);
    expect(marks(broken, tied)).to.deep.equal({ a: '', c: '', b: '▼1', d: '' });
    // b climbs into a tie for first: competition ranks push c from 2= to 3.
    const newTie = feed([run('a', { score: 0.9 }), run('b', { score: 0.9 }), run('c', { score: 0.8 }), run('d', { score: 0.6 })]);
    expect(marks(newTie, tied)).to.deep.equal({ a: '', b: '▲1', c: '▼1', d: '' });
  });

  it('follows a model renamed with its old id kept as an alias, and one whose old card named the new id', () => {
    // The new card is "dna-bert-2" with alias "dnabert2", the id the old feed used.
    const renamedNow = feed([run('a', { score: 0.9 }), run('dna-bert-2', { score: 0.95 }), run('c', { score: 0.7 })], {
      models: [{ id: 'a' }, { id: 'dna-bert-2', name: 'DNABERT-2', aliases: ['dnabert2'] }, { id: 'c' }],
    });
    const oldNames = feed([run('a', { score: 0.9 }), run('DNABERT2', { score: 0.8 }), run('c', { score: 0.7 })]);
    expect(marks(renamedNow, oldNames)).to.deep.equal({ 'dna-bert-2': '▲1', a: '▼1', c: '' });
    expect(rankChanges(ranking(renamedNow), ranking(oldNames)).dropped).to.deep.equal([]);
    // The other way round: the old card listed the new id as an alias.
    const oldCard = feed([run('a', { score: 0.9 }), run('dnabert2', { score: 0.8 })], { models: [{ id: 'a' }, { id: 'dnabert2', aliases: ['dna-bert-2'] }] });
    const newPlain = feed([run('a', { score: 0.9 }), run('dna-bert-2', { score: 0.95 })]);
    expect(marks(newPlain, oldCard)).to.deep.equal({ 'dna-bert-2': '▲1', a: '▼1' });
    // Case and spelling differences are one model already.
    expect(marks(feed([run('A', { score: 0.9 })]), feed([run('a', { score: 0.9 })]))).to.deep.equal({ a: '' });
  });

  it('counts every row as new against an empty older ranking', () => {
    const now = feed([run('a', { score: 0.9 }), run('b', { score: 0.8 })]);
    const empty = { ...ranking(now), rows: [] };
    expect(Object.values(marks(now, { ...now, results: [] }))).to.deep.equal(['new', 'new']);
    expect(rankChanges(ranking(now), empty).added).to.have.length(2);
  });
});

describe('hubChanges()', () => {
  const two = (results: ReturnType<typeof run>[]) =>
    feed(results, { benchmarks: [{ id: 'b', name: 'Bench', primary_metric: 'score' }, { id: 'c', name: 'Other', primary_metric: 'score' }] });

  it('counts new models, new leaders, moved ranks and models no longer ranked, over every benchmark', () => {
    const before = two([
      run('a', { score: 0.9 }),
      run('b', { score: 0.8 }),
      run('old', { score: 0.5 }),
      run('a', { score: 0.6 }, { benchmark: 'c' }),
      run('b', { score: 0.7 }, { benchmark: 'c' }),
    ]);
    const now = two([
      run('a', { score: 0.9 }),
      run('b', { score: 0.8 }),
      run('new', { score: 0.95 }),
      run('a', { score: 0.6 }, { benchmark: 'c' }),
      run('b', { score: 0.7 }, { benchmark: 'c' }),
      // "b" now also leads nowhere new; "a" enters no new benchmark.
    ]);
    const changes = hubChanges(rankAll(buildHub(now)), rankAll(buildHub(before)));
    expect(changes.newModels.map((m) => m.id)).to.deep.equal(['new']);
    expect(changes.dropped.map((m) => m.id)).to.deep.equal(['old']);
    expect(changes.newLeaders.map((l) => [l.benchmark, l.models.map((m) => m.id)])).to.deep.equal([['Bench', ['new']]]);
    // On Bench a and b each moved down one; on Other nothing moved.
    expect(changes.moved).to.equal(2);
  });

  it('does not call a model new that was ranked before on another benchmark, nor a benchmark new to the feed a new leader', () => {
    const before = two([run('a', { score: 0.9 })]);
    const now = two([run('a', { score: 0.9 }), run('a', { score: 0.5 }, { benchmark: 'c' })]);
    const changes = hubChanges(rankAll(buildHub(now)), rankAll(buildHub(before)));
    expect(changes.newModels).to.deep.equal([]);
    expect(changes.newLeaders).to.deep.equal([]);
    expect(changes.moved).to.equal(0);
  });

  it('finds nothing changed between a feed and itself, on the built-in hub', async () => {
    const hubFeed = (await (await fetch('/demo/data/hub.feed.json')).json()) as Feed;
    const rankings = rankAll(buildHub(hubFeed));
    const changes = hubChanges(rankings, rankAll(buildHub(hubFeed)));
    expect(changes).to.deep.equal({ newModels: [], newLeaders: [], dropped: [], moved: 0, withinNoise: 0 });
  });
});
