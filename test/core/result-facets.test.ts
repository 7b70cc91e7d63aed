// Facets of results: who reported each (first- or third-party) and its cautions; a hub filtered by
// them is ranked again over the results it keeps.
import { expect } from '@open-wc/testing';
import { buildHub, filterHub, hasResultChoice, matchesFacets, rankBenchmark, readFacets, resultChoiceText, resultFacets, resultRelationship, writeFacets, type Feed } from '../../src/core/index.js';

/** Model a reports its own 0.9 on b1 and was measured 0.6 by a lab; c is flagged; d has no stated reporter in the unsuited benchmark. */
function feed(): Feed {
  return {
    version: '1.0',
    suites: [{ id: 'lab', name: 'Lab', evaluator_relationship: 'third_party', overall: { method: 'mean' } }],
    benchmarks: [
      { id: 'b1', name: 'B1', suite: 'lab', primary_metric: 'acc' },
      { id: 'b2', name: 'B2', primary_metric: 'acc' },
    ],
    models: [{ id: 'a' }, { id: 'b' }, { id: 'c', flags: [{ kind: 'contaminated', reason: 'test set in the training data' }] }, { id: 'd' }],
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    results: [
      { id: 'a-self', benchmark: 'b1', model: 'a', metrics: { acc: 0.9 }, evaluator_relationship: 'first_party' },
      { id: 'a-lab', benchmark: 'b1', model: 'a', metrics: { acc: 0.6 } },
      { id: 'b-lab', benchmark: 'b1', model: 'b', metrics: { acc: 0.7 } },
      { id: 'c-lab', benchmark: 'b1', model: 'c', metrics: { acc: 0.8 } },
      { id: 'd-b2', benchmark: 'b2', model: 'd', metrics: { acc: 0.5 } },
      { id: 'b-b2', benchmark: 'b2', model: 'b', metrics: { acc: 0.4 }, flags: [{ kind: 'preliminary', reason: 'one seed' }] },
    ],
  } as Feed;
}

describe('resultRelationship()', () => {
  it('is the result’s own, else its suite’s, else undefined', () => {
    const hub = buildHub(feed());
    const byId = new Map(hub.feed.results.map((r) => [r.id, r]));
    expect(resultRelationship(hub, byId.get('a-self')!)).to.equal('first_party');
    expect(resultRelationship(hub, byId.get('a-lab')!)).to.equal('third_party');
    expect(resultRelationship(hub, byId.get('d-b2')!)).to.equal(undefined);
  });
});

describe('resultFacets()', () => {
  it('counts the models with a result of each value, third-party first and "not stated" last', () => {
    const facets = resultFacets(buildHub(feed()));
    expect(facets.map((f) => f.id)).to.deep.equal(['reported', 'caution']);
    expect(facets[0].values.map((v) => [v.value, v.label, v.count])).to.deep.equal([
      ['third_party', 'third-party', 3],
      ['first_party', 'self-reported', 1],
      ['unknown', 'not stated', 2],
    ]);
    // c is flagged as a model (its one result), b on one of its results.
    expect(facets[1].values.map((v) => [v.value, v.count])).to.deep.equal([
      ['none', 3],
      ['flagged', 2],
    ]);
  });

  it('leaves out a facet with nothing to choose', () => {
    const data = feed();
    data.results = data.results.filter((r) => r.benchmark === 'b1' && r.model !== 'c' && r.id !== 'a-self');
    expect(resultFacets(buildHub(data))).to.deep.equal([]);
  });
});

describe('filterHub()', () => {
  it('is the same hub when no result facet is chosen (model facets do not re-rank)', () => {
    const hub = buildHub(feed());
    expect(filterHub(hub, {})).to.equal(hub);
    expect(filterHub(hub, { licence: ['open'] })).to.equal(hub);
    expect(hasResultChoice({ licence: ['open'] })).to.equal(false);
    expect(hasResultChoice({ caution: ['none'] })).to.equal(true);
  });

  it('ranks again over the results kept: without the self-reported score, the third-party run ranks', () => {
    const hub = buildHub(feed());
    const all = rankBenchmark(hub, 'b1');
    expect(all.rows.map((r) => [r.model.id, r.result.id, r.rank])).to.deep.equal([
      ['a', 'a-self', 1],
      ['c', 'c-lab', 2],
      ['b', 'b-lab', 3],
    ]);
    const thirdParty = rankBenchmark(filterHub(hub, { reported: ['third_party'] }), 'b1');
    expect(thirdParty.rows.map((r) => [r.model.id, r.result.id, r.rank])).to.deep.equal([
      ['c', 'c-lab', 1],
      ['b', 'b-lab', 2],
      ['a', 'a-lab', 3],
    ]);
  });

  it('hides flagged results and every result of a flagged model', () => {
    const hub = filterHub(buildHub(feed()), { caution: ['none'] });
    expect(hub.feed.results.map((r) => r.id)).to.deep.equal(['a-self', 'a-lab', 'b-lab', 'd-b2']);
    expect(rankBenchmark(hub, 'b2').rows.map((r) => r.model.id)).to.deep.equal(['d']);
    // The models, benchmarks and suites stay: a benchmark may be left empty, not undefined.
    expect(hub.models.length).to.equal(4);
    expect(hub.benchmark('b1').name).to.equal('B1');
  });

  it('keeps the results whose reporter is not stated only when "not stated" is chosen', () => {
    const hub = filterHub(buildHub(feed()), { reported: ['unknown'] });
    expect(hub.feed.results.map((r) => r.id)).to.deep.equal(['d-b2', 'b-b2']);
  });
});

describe('result facets in text', () => {
  it('go through the URL form with the model facets', () => {
    const selection = readFacets('licence:open;reported:third_party,first_party;caution:none');
    expect(selection).to.deep.equal({ licence: ['open'], reported: ['third_party', 'first_party'], caution: ['none'] });
    expect(readFacets(writeFacets(selection))).to.deep.equal(selection);
  });

  it('say what a choice leaves', () => {
    expect(resultChoiceText({ reported: ['third_party'], caution: ['none'] })).to.equal('only third-party results; flagged results hidden');
    expect(resultChoiceText({ reported: ['first_party', 'unknown'] })).to.equal('only self-reported or unattributed results');
    expect(resultChoiceText({ caution: ['none', 'flagged'] })).to.equal('');
  });

  it('are not model facets: a model matches whatever result facet is chosen', () => {
    const hub = buildHub(feed());
    expect(matchesFacets(hub.model('c'), { caution: ['none'] })).to.equal(true);
  });
});
