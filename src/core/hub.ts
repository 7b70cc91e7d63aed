import { DEFAULT_TIERS, undescribedMetric } from './defaults.js';
import { modelKey } from './identity.js';
import type { Benchmark, Feed, MetricDefinition, Model, Result, TierDefinition } from './types.js';

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
  /** Defined benchmarks, in feed order. */
  benchmarks: Benchmark[];
  /** Benchmark ids that results name but the feed does not define, in order first seen. */
  otherBenchmarkIds: string[];
  /** Every model that has a card or a result. */
  models: ResolvedModel[];
  resultsByBenchmark: Map<string, Result[]>;
  metric(id: string): MetricDefinition;
  /** A defined benchmark, or a stand-in `{ id, name: id }` for an undefined one. */
  benchmark(id: string): Benchmark;
  isDefined(benchmarkId: string): boolean;
  /** Resolves any spelling or alias; unknown ids become a card-less model. */
  model(id: string): ResolvedModel;
}

export function buildHub(feed: Feed): Hub {
  const metrics = feed.metrics ?? {};
  const benchmarkById = new Map(feed.benchmarks.map((b) => [b.id, b]));
  const models: ResolvedModel[] = [];
  const modelByKey = new Map<string, ResolvedModel>();

  for (const card of feed.models) {
    const model: ResolvedModel = {
      key: modelKey(card.id),
      id: card.id,
      name: card.name?.trim() || card.id,
      baseline: card.type?.toLowerCase() === 'baseline',
      spellings: [],
      card,
    };
    if (modelByKey.has(model.key)) continue; // a duplicate id; the validator reports it
    models.push(model);
    modelByKey.set(model.key, model);
    for (const alias of card.aliases ?? []) {
      if (!modelByKey.has(modelKey(alias))) modelByKey.set(modelKey(alias), model);
    }
  }

  // Results repeat the same few spellings; cache them so the key is computed once per spelling.
  const bySpelling = new Map<string, ResolvedModel>();
  const resolve = (id: string): ResolvedModel => {
    const cached = bySpelling.get(id);
    if (cached) return cached;
    const key = modelKey(id);
    let model = modelByKey.get(key);
    if (!model) {
      model = { key, id, name: id, baseline: false, spellings: [], card: null };
      models.push(model);
      modelByKey.set(key, model);
    }
    bySpelling.set(id, model);
    return model;
  };

  const resultsByBenchmark = new Map<string, Result[]>();
  const otherBenchmarkIds: string[] = [];
  for (const result of feed.results) {
    let list = resultsByBenchmark.get(result.benchmark);
    if (!list) {
      list = [];
      resultsByBenchmark.set(result.benchmark, list);
      if (!benchmarkById.has(result.benchmark)) otherBenchmarkIds.push(result.benchmark);
    }
    list.push(result);
    const model = resolve(result.model);
    if (!model.spellings.includes(result.model)) model.spellings.push(result.model);
  }

  return {
    feed,
    tiers: feed.tiers ?? DEFAULT_TIERS,
    benchmarks: feed.benchmarks,
    otherBenchmarkIds,
    models,
    resultsByBenchmark,
    metric: (id) => (Object.hasOwn(metrics, id) ? metrics[id] : undescribedMetric(id)),
    benchmark: (id) => benchmarkById.get(id) ?? { id, name: id },
    isDefined: (id) => benchmarkById.has(id),
    model: resolve,
  };
}
