// A feed of many leaderboards, one leaderboard at a time: the hub shows one suite, ranked from a
// feed narrowed to it, so that the cost of a view follows the suite shown, not the whole feed.
import { buildHub, type Hub, type ResolvedModel } from '../hub.js';
import { cardKeys, spellingIn } from '../shards/shard-models.js';
import type { Feed, Model, Result, StoredIndex, Suite } from '../types.js';

/** One view of a feed of suites: a suite, or the benchmarks that belong to none (`suite` null). */
export interface SuitePart {
  /** The suite's id; null for the benchmarks outside every suite. */
  id: string | null;
  suite: Suite | null;
  /** The benchmarks shown (defined ones in feed order, then ids only results name). */
  benchmarkIds: string[];
}

const partsOf = new WeakMap<Hub, SuitePart[]>();

/**
 * The feed's suites in feed order, each with its benchmarks, then (if any) a last part of the
 * benchmarks in no suite or in a suite the feed does not list. Empty for a feed without suites.
 */
export function suiteParts(hub: Hub): SuitePart[] {
  let parts = partsOf.get(hub);
  if (parts) return parts;
  parts = hub.suites.map((suite) => ({ id: suite.id, suite, benchmarkIds: [] as string[] }));
  if (parts.length > 0) {
    const byId = new Map(parts.map((p) => [p.id, p]));
    const rest: SuitePart = { id: null, suite: null, benchmarkIds: [] };
    for (const b of hub.benchmarks) ((b.suite && byId.get(b.suite)) || rest).benchmarkIds.push(b.id);
    rest.benchmarkIds.push(...hub.otherBenchmarkIds);
    parts = parts.filter((p) => p.benchmarkIds.length > 0);
    if (rest.benchmarkIds.length > 0) parts.push(rest);
  }
  partsOf.set(hub, parts);
  return parts;
}

const hubsOf = new WeakMap<Hub, Map<SuitePart, Hub>>();

/**
 * The hub of one part: the feed narrowed to its suite, benchmarks, their results and the cards
 * and datasets they use (built once per part, on first use). Every rule ranks it as it would
 * rank the whole feed: a benchmark's ranking does not depend on the other benchmarks.
 *
 * For an index whose suite's results are in a shard, `shard` gives them (as `readShard` keeps
 * them), with its models' cards and the suite's stored capability index if the shard has them:
 * the part is then what the one-file feed's would be.
 */
export function partHub(hub: Hub, part: SuitePart, shard?: ShardContent): Hub {
  if (shard) {
    let sub = hubsOfShard.get(shard.results);
    if (!sub) hubsOfShard.set(shard.results, (sub = narrowedHub(hub, part, shard)));
    return sub;
  }
  const cache = hubsOf.get(hub) ?? new Map<SuitePart, Hub>();
  hubsOf.set(hub, cache);
  let sub = cache.get(part);
  if (!sub) cache.set(part, (sub = narrowedHub(hub, part)));
  return sub;
}

/** What a suite's shard gives its part (as `readShard` reads it). */
export interface ShardContent {
  results: readonly Result[];
  /** The cards of its models (a shard written before they moved there has none: the index has them). */
  models?: readonly Model[];
  capabilityIndex?: StoredIndex;
}

/** A part's hub built from a shard's results, by the results. */
const hubsOfShard = new WeakMap<readonly Result[], Hub>();

function narrowedHub(hub: Hub, part: SuitePart, shard?: ShardContent): Hub {
  const { feed } = hub;
  const shown = new Set(part.benchmarkIds);
  // A shard's results in the one-file feed's order: by the part's benchmarks, each in file order.
  const byBenchmark = shard ? groupBy(shard.results, (r) => r.benchmark) : hub.resultsByBenchmark;
  const results: Result[] = part.benchmarkIds.flatMap((id) => byBenchmark.get(id) ?? []);
  const cards = shard ? shardPartCards(hub, results, shard.models ?? []) : indexCards(hub, new Set(part.benchmarkIds.flatMap((id) => hub.modelsByBenchmark.get(id) ?? [])));
  const storedIndex = shard?.capabilityIndex;
  const benchmarks = feed.benchmarks.filter((b) => shown.has(b.id));
  const datasetIds = new Set(benchmarks.flatMap((b) => b.datasets ?? []));
  // A benchmark's results mostly name one dataset: each run of the same one is added once.
  let last: string | undefined;
  for (let i = 0; i < results.length; i++) {
    const dataset = results[i].dataset;
    if (dataset !== undefined && dataset !== last) datasetIds.add((last = dataset));
  }
  const narrowed: Feed = {
    ...feed,
    // A shard's stored capability index back on its suite, as in the one-file feed.
    suites: part.suite ? [storedIndex ? { ...part.suite, capability_index: storedIndex } : part.suite] : [],
    benchmarks,
    models: cards,
    datasets: feed.datasets?.filter((d) => datasetIds.has(d.id)),
    results,
    warnings: undefined,
    shards: undefined,
    totals: undefined,
  };
  // The results are whole: the index's hub expanded its own, `readShard` a shard's.
  return buildHub(narrowed, { expanded: true });
}

/** The index's cards of the models at `indices`, in the index's order. */
function indexCards(hub: Hub, indices: Iterable<number>): Model[] {
  return [...indices].sort((a, b) => a - b).flatMap((i) => hub.models[i].card ?? []);
}

/** A shard's part's cards: the shard's own, then the index's of models the shard has no card for. */
function shardPartCards(hub: Hub, results: readonly Result[], own: readonly Model[]): Model[] {
  const isOwned = spellingIn(cardKeys(own));
  // Resolved first: the index's hub adds a card-less model for an id it does not know.
  const resolved: ResolvedModel[] = [];
  for (let i = 0; i < results.length; i++) if (!isOwned(results[i].model)) resolved.push(hub.model(results[i].model));
  const indexOf = new Map(hub.models.map((m, i) => [m, i]));
  const elsewhere = new Set(resolved.map((m) => indexOf.get(m)!));
  return [...own, ...indexCards(hub, elsewhere)];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
