// A feed of many leaderboards, one leaderboard at a time: the hub shows one suite, ranked from a
// feed narrowed to it, so that the cost of a view follows the suite shown, not the whole feed.
import { buildHub, type Hub } from '../hub.js';
import type { Feed, Result, Suite } from '../types.js';

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
 */
export function partHub(hub: Hub, part: SuitePart): Hub {
  const cache = hubsOf.get(hub) ?? new Map<SuitePart, Hub>();
  hubsOf.set(hub, cache);
  let sub = cache.get(part);
  if (sub) return sub;
  const { feed } = hub;
  const shown = new Set(part.benchmarkIds);
  const results: Result[] = part.benchmarkIds.flatMap((id) => hub.resultsByBenchmark.get(id) ?? []);
  const modelIndices = new Set(part.benchmarkIds.flatMap((id) => hub.modelsByBenchmark.get(id) ?? []));
  const cards = [...modelIndices].sort((a, b) => a - b).flatMap((i) => hub.models[i].card ?? []);
  const benchmarks = feed.benchmarks.filter((b) => shown.has(b.id));
  const datasetIds = new Set(benchmarks.flatMap((b) => b.datasets ?? []).concat(results.flatMap((r) => r.dataset ?? [])));
  const narrowed: Feed = {
    ...feed,
    suites: part.suite ? [part.suite] : [],
    benchmarks,
    models: cards,
    datasets: feed.datasets?.filter((d) => datasetIds.has(d.id)),
    results,
    warnings: undefined,
  };
  sub = buildHub(narrowed);
  cache.set(part, sub);
  return sub;
}
