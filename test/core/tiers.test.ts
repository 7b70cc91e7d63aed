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
