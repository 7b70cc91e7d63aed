import { expect } from '@open-wc/testing';
import { DEFAULT_TIERS, tierFor, tierScale, type Benchmark, type MetricDefinition } from '../../src/core/index.js';

const higher: MetricDefinition = { name: 'AUROC', direction: 'higher', range: { min: 0, max: 1 } };
const rate: MetricDefinition = { name: 'Hallucination rate', direction: 'lower', range: { min: 0, max: 1 } };
const mse: MetricDefinition = { name: 'MSE', direction: 'lower', range: { min: 0, max: null } };
const bench = (targets?: Record<string, number>): Benchmark => ({ id: 'b', name: 'B', targets });
const tierOf = (b: Benchmark, m: MetricDefinition, score: number) => tierFor(tierScale(b, m, DEFAULT_TIERS), score)?.id ?? null;

describe('rule 5: tiers', () => {
  it('use the page defaults 0.90 / 0.80 / 0.70 without targets', () => {
    const scores = [0.95, 0.9, 0.89, 0.8, 0.75, 0.7, 0.69, 0];
    expect(scores.map((s) => tierOf(bench(), higher, s))).to.deep.equal([
      'excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'developing', 'developing',
    ]);
    expect(tierScale(bench(), higher, DEFAULT_TIERS).source).to.equal('tiers');
  });

  it("use the benchmark's targets where declared; other tiers keep their thresholds", () => {
    const b = bench({ good: 0.85, excellent: 0.9 });
    expect([0.91, 0.86, 0.84, 0.7, 0.69].map((s) => tierOf(b, higher, s))).to.deep.equal([
      'excellent', 'good', 'fair', 'fair', 'developing',
    ]);
    expect(tierScale(b, higher, DEFAULT_TIERS).source).to.equal('targets');
  });

  it('use the feed tiers when given', () => {
    const tiers = [{ id: 'gold', label: 'Gold', min: 0.5 }, { id: 'rest', label: 'Rest' }];
    expect(tierFor(tierScale(bench(), higher, tiers), 0.6)?.id).to.equal('gold');
    expect(tierFor(tierScale(bench(), higher, tiers), 0.4)?.id).to.equal('rest');
  });

  it('are direction-aware: for a lower-is-better rate the 0–1 scale is mirrored', () => {
    expect([0.05, 0.1, 0.15, 0.25, 0.5].map((s) => tierOf(bench(), rate, s))).to.deep.equal([
      'excellent', 'excellent', 'good', 'fair', 'developing',
    ]);
    expect(tierScale(bench(), rate, DEFAULT_TIERS).source).to.equal('mirrored');
  });

  it('treat targets of a lower-is-better metric as upper limits', () => {
    const b = bench({ excellent: 0.1, good: 0.2 });
    expect([0.05, 0.15, 0.3].map((s) => tierOf(b, mse, s))).to.deep.equal(['excellent', 'good', 'developing']);
  });

  it('award nothing for an unbounded lower-is-better metric without targets', () => {
    const scale = tierScale(bench(), mse, DEFAULT_TIERS);
    expect(scale.source).to.equal('none');
    expect(tierFor(scale, 0.01)).to.equal(null);
  });

  it('put the 0–1 scale into a 0–100 range by the same shares, either direction', () => {
    const percent: MetricDefinition = { name: 'Accuracy (%)', direction: 'higher', range: { min: 0, max: 100 } };
    expect([95, 90, 85, 72, 69].map((s) => tierOf(bench(), percent, s))).to.deep.equal(['excellent', 'excellent', 'good', 'fair', 'developing']);
    const errorPercent: MetricDefinition = { name: 'Error (%)', direction: 'lower', range: { min: 0, max: 100 } };
    expect([5, 10, 15, 28, 31].map((s) => tierOf(bench(), errorPercent, s))).to.deep.equal(['excellent', 'excellent', 'good', 'fair', 'developing']);
    // A range within −1…1 keeps the thresholds as they are (a correlation of 0.9 is excellent).
    const correlation: MetricDefinition = { name: 'Correlation', direction: 'higher', range: { min: -1, max: 1 } };
    expect(tierOf(bench(), correlation, 0.9)).to.equal('excellent');
    expect(tierOf(bench(), correlation, 0.85)).to.equal('good');
  });

  it('award nothing for a higher-is-better metric declared with no upper bound, unless it has targets', () => {
    const unknownScale: MetricDefinition = { name: 'Score', direction: 'higher', range: { min: null, max: null } };
    expect(tierScale(bench(), unknownScale, DEFAULT_TIERS).source).to.equal('none');
    expect(tierOf(bench(), unknownScale, 20.9)).to.equal(null);
    expect(tierOf(bench({ excellent: 30, good: 20 }), unknownScale, 20.9)).to.equal('good');
    // Without a declared range the 0–1 scale applies as before.
    expect(tierOf(bench(), { name: 'x', direction: 'higher' }, 0.91)).to.equal('excellent');
  });

  it('skip a tier whose own threshold would sit above a declared target', () => {
    // good is declared below the default fair threshold: fair can no longer be awarded.
    const b = bench({ excellent: 0.75, good: 0.65 });
    const scale = tierScale(b, higher, DEFAULT_TIERS);
    expect(scale.steps.map((s) => s.tier.id)).to.deep.equal(['excellent', 'good', 'developing']);
  });

  it('give no tier below every threshold when the scale has no catch-all', () => {
    const tiers = [{ id: 'pass', label: 'Pass', min: 0.5 }];
    expect(tierFor(tierScale(bench(), higher, tiers), 0.2)).to.equal(null);
  });
});
