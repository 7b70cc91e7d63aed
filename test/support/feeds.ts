// Small feed builders for core tests: each test states only what it is about.
import type { Benchmark, Feed, MetricValue, Model, Result } from '../../src/core/index.js';

let counter = 0;

/** A result on benchmark `b` (or `benchmark`), with a fresh id unless given. */
export function run(model: string, metrics: Record<string, MetricValue>, extra: Partial<Result> = {}): Result {
  counter += 1;
  return { id: `r${counter}`, benchmark: 'b', model, metrics, ...extra };
}

/**
 * A valid feed: one benchmark `b` ranked by `score` (higher is better, range 0–1), plus
 * `err` (lower is better) and `acc` (higher) for tie-breaking; models named by their ids.
 */
export function feed(results: Result[], overrides: Partial<Feed> & { benchmark?: Partial<Benchmark> } = {}): Feed {
  const { benchmark, ...rest } = overrides;
  const modelIds = [...new Set(results.map((r) => r.model.toLowerCase()))];
  const models: Model[] = modelIds.map((id) => ({ id, name: id.toUpperCase() }));
  return {
    version: '1.0',
    metrics: {
      score: { name: 'Score', direction: 'higher', range: { min: 0, max: 1 } },
      err: { name: 'Error rate', direction: 'lower', range: { min: 0, max: 1 } },
      acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } },
      mse: { name: 'Mean squared error', direction: 'lower', range: { min: 0, max: null } },
    },
    benchmarks: [{ id: 'b', name: 'Bench', primary_metric: 'score', ...benchmark }],
    models,
    results,
    ...rest,
  };
}

/** A deep copy, for tests that break one field of a valid feed. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
