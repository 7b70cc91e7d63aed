// Fitting each suite's capability index to store it in the feed (the CLI's `--index`). Apart from
// stored-index.ts, which a page loads to read a stored index back, so that pages never carry it.
import { buildHub, type Hub } from '../hub.js';
import { rankAll } from '../ranking/rank.js';
import { capabilityIndex } from '../stats/capability-index.js';
import type { Feed, StoredIndex } from '../types.js';
import { storeIndex } from './stored-index.js';
import { suiteIndexScores } from './suite-index.js';
import { suiteStanding } from './suite-standing.js';

/** Resamples of a stored fit: as many as a reader's own. */
export const STORED_RESAMPLES = 200;

/**
 * The capability index of suite `suiteId` of `hub`, fitted for storing (null when fewer than two
 * of its benchmarks can be placed): what `--index` writes into the feed.
 */
export function fitSuiteIndex(hub: Hub, suiteId: string, minBenchmarks = 2): StoredIndex | null {
  const suite = hub.suite(suiteId);
  if (!suite) return null;
  const rankings = rankAll(hub).filter((r) => r.benchmark.suite === suiteId);
  const data = suiteIndexScores(suiteStanding(suite, rankings));
  if (data.columns.length < minBenchmarks) return null;
  return storeIndex(data, capabilityIndex(data.scores, { bootstrap: STORED_RESAMPLES, minBenchmarks }), STORED_RESAMPLES);
}

/** The feed with each suite's capability index stored on it (where it has one). */
export function withStoredIndexes(feed: Feed): Feed {
  if (!feed.suites?.length) return feed;
  const hub = buildHub(feed);
  return {
    ...feed,
    suites: feed.suites.map((suite) => {
      const { capability_index: _, ...rest } = suite;
      const stored = fitSuiteIndex(hub, suite.id);
      return stored ? { ...rest, capability_index: stored } : rest;
    }),
  };
}
