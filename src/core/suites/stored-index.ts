// A suite's capability index stored in the feed (`suite.capability_index`, written by the CLI's
// `--index`): what a fit gives, kept as rows of [model id, index, low, high], and read back as a
// fit of the same data, so that a reader shows it without fitting again. It is read back only
// while it fits the data: the same models given an index (two benchmarks or more), none other.
import { modelKey } from '../identity.js';
import type { CapabilityIndex } from '../stats/capability-index.js';
import type { StoredIndex } from '../types.js';
import type { SuiteIndexScores } from './suite-index.js';

/** Decimals kept: an index is shown with two. */
const round = (v: number) => Math.round(v * 10_000) / 10_000;

/** The rows to store of a fit of `data` (models given no index left out). */
export function storeIndex(data: SuiteIndexScores, fit: CapabilityIndex, resamples: number): StoredIndex {
  const models: StoredIndex['models'] = [];
  data.models.forEach((model, m) => {
    const index = fit.index[m];
    const ci = fit.ci[m];
    if (index !== null && ci) models.push([model.id, round(index), round(Math.min(ci[0], index)), round(Math.max(ci[1], index))]);
  });
  return { resamples, models };
}

/**
 * The stored index as a fit of `data`, in its models' order; null when it does not fit the data
 * (a model with two benchmarks or more that it lacks, or one it lists that has fewer).
 */
export function storedIndexFit(stored: StoredIndex, data: SuiteIndexScores, minBenchmarks = 2): CapabilityIndex | null {
  const rows = new Map(stored.models.map((row) => [modelKey(row[0]), row]));
  const coverage = data.scores.map((row) => row.reduce<number>((n, x) => n + (x === null ? 0 : 1), 0));
  let used = 0;
  const index: Array<number | null> = [];
  const ci: Array<[number, number] | null> = [];
  for (let m = 0; m < data.models.length; m++) {
    const row = rows.get(data.models[m].key);
    if ((coverage[m] >= minBenchmarks) !== !!row) return null;
    index.push(row ? row[1] : null);
    ci.push(row ? [row[2], row[3]] : null);
    if (row) used++;
  }
  if (used !== rows.size) return null;
  return { index, ci, coverage, benchmarks: [] };
}
