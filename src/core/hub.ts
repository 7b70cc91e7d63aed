import { expandResults } from './feed/result-fields.js';
import { DEFAULT_TIERS, undescribedMetric } from './defaults.js';
import { modelKey } from './identity.js';
import type { Benchmark, Feed, MetricDefinition, Model, Result, Suite, TierDefinition } from './types.js';

/** A model after identity is merged: every spelling and alias of one model points here. */
export interface ResolvedModel {
  /** Identity key (case-folded id). */
  key: string;
  /** The model card's id, or the first spelling seen in the results. */
  id: string;
  /** Display name: the card's `name`, else its id. */
  name: string;
  /** True when the card says `type: baseline`. */
  baseline: boolean;
  /** Every id the results use for this model, in the order first seen. */
  spellings: string[];
  /** The model card, when the feed has one. */
  card: Model | null;
}

/** A feed indexed for ranking: lookups by id, results grouped by benchmark. Built in one pass. */
export interface Hub {
  feed: Feed;
  tiers: readonly TierDefinition[];
  /** The leaderboards inside the feed, in feed order (none: the feed is one leaderboard). */
  suites: Suite[];
  /** Defined benchmarks, in feed order. */
  benchmarks: Benchmark[];
  /** Benchmark ids that results name but the feed does not define, in order first seen. */
  otherBenchmarkIds: string[];
  /** Every model that has a card or a result. */
  models: ResolvedModel[];
  resultsByBenchmark: Map<string, Result[]>;
  /** For each benchmark, the model of each of its results (its index in `models`), in the same order. */
  modelsByBenchmark: Map<string, number[]>;
  metric(id: string): MetricDefinition;
  /** A defined benchmark, or a stand-in `{ id, name: id }` for an undefined one. */
  benchmark(id: string): Benchmark;
  /** The suite of that id, if the feed has one. */
  suite(id: string): Suite | undefined;
  isDefined(benchmarkId: string): boolean;
  /** Resolves any spelling or alias; unknown ids become a card-less model. */
  model(id: string): ResolvedModel;
  /** Set when a choice of results left some out (`filterHub`): what the feed stores of the whole, such as a capability index, no longer holds. */
  filtered?: boolean;
}

/** `expanded`: the results are whole already (a hub's own, or a shard's as `readShard` reads them). */
export function buildHub(given: Feed, { expanded = false } = {}): Hub {
  const feed = expanded ? given : expandResults(given); // a feed read without loadFeed may still share result fields
  const metrics = feed.metrics ?? {};
  const benchmarkById = new Map(feed.benchmarks.map((b) => [b.id, b]));
  const suiteById = new Map((feed.suites ?? []).map((s) => [s.id, s]));
  const models: ResolvedModel[] = [];
  /** Identity key (of an id or an alias) → index in `models`. */
  const indexByKey = new Map<string, number>();

  for (const card of feed.models) {
    const key = modelKey(card.id);
    if (indexByKey.has(key)) continue; // a duplicate id; the validator reports it
    const index = models.push({ key, id: card.id, name: card.name?.trim() || card.id, baseline: card.type?.toLowerCase() === 'baseline', spellings: [], card }) - 1;
    indexByKey.set(key, index);
    for (const alias of card.aliases ?? []) {
      if (!indexByKey.has(modelKey(alias))) indexByKey.set(modelKey(alias), index);
    }
  }

  // Results repeat the same few spellings; cache them so the key is computed once per spelling.
  const bySpelling = new Map<string, number>();
  /** The index in `models` of the model a spelling names; an unknown id becomes a card-less model. */
  const resolve = (id: string): number => {
    let index = bySpelling.get(id);
    if (index !== undefined) return index;
    const key = modelKey(id);
    index = indexByKey.get(key);
    if (index === undefined) {
      index = models.push({ key, id, name: id, baseline: false, spellings: [], card: null }) - 1;
      indexByKey.set(key, index);
    }
    bySpelling.set(id, index);
    return index;
  };

  const resultsByBenchmark = new Map<string, Result[]>();
  // Each result's model is resolved here, once, so that ranking does not look it up again.
  const modelsByBenchmark = new Map<string, number[]>();
  const otherBenchmarkIds: string[] = [];
  // Indexed, as the loops over a suite's results on the way to its first table: until the code is
  // optimized, `for…of` makes an iterator result per item (3.7 MB before a 20,000-result suite's).
  const { results: all } = feed;
  for (let i = 0; i < all.length; i++) {
    const result = all[i];
    const id = result.benchmark;
    let results = resultsByBenchmark.get(id);
    if (!results) {
      resultsByBenchmark.set(id, (results = []));
      modelsByBenchmark.set(id, []);
      if (!benchmarkById.has(id)) otherBenchmarkIds.push(id);
    }
    const index = resolve(result.model);
    const { spellings } = models[index];
    if (!spellings.includes(result.model)) spellings.push(result.model);
    results.push(result);
    modelsByBenchmark.get(id)!.push(index);
  }

  return {
    feed,
    tiers: feed.tiers ?? DEFAULT_TIERS,
    suites: feed.suites ?? [],
    benchmarks: feed.benchmarks,
    otherBenchmarkIds,
    models,
    resultsByBenchmark,
    modelsByBenchmark,
    metric: (id) => (Object.hasOwn(metrics, id) ? metrics[id] : undescribedMetric(id)),
    benchmark: (id) => benchmarkById.get(id) ?? { id, name: id },
    suite: (id) => suiteById.get(id),
    isDefined: (id) => benchmarkById.has(id),
    model: (id) => models[resolve(id)],
  };
}
