// Feeds joined into one: models merged by identity as the core does (case, aliases), suites,
// benchmarks, metrics and datasets joined by id, results by id. Every conflict (one id, two definitions; one
// result id twice with different values) is reported, never silently resolved: by default it
// stops the merge; with `keepFirst` the first feed's definition is kept and the conflict is
// recorded in the feed's warnings.
import { FEED_VERSION, modelKey, type Feed, type FeedWarning, type Model } from '../core/index.js';
import { cmp, isRecord } from './log.js';

export interface MergeOptions {
  title?: string;
  /** Resolve each conflict by keeping the first feed's value (each is still listed). */
  keepFirst?: boolean;
  generated?: string;
}

export interface MergeOutcome {
  /** The merged feed; null when there were conflicts and `keepFirst` was not set. */
  feed: Feed | null;
  conflicts: FeedWarning[];
  /** Notes that are not conflicts (the same result in two feeds, kept once). */
  notes: FeedWarning[];
}

/** `name` is what messages call each feed (its file). */
export function mergeFeeds(inputs: Array<{ name: string; feed: Feed }>, options: MergeOptions = {}): MergeOutcome {
  const conflicts: FeedWarning[] = [];
  const notes: FeedWarning[] = [];
  const conflict = (source: string, message: string) => conflicts.push({ source, message });

  const byId = <T extends { id: string }>(what: string, pick: (feed: Feed) => T[] | undefined) => {
    const joined = new Map<string, { item: T; from: string }>();
    for (const { name, feed } of inputs) {
      for (const item of pick(feed) ?? []) {
        const earlier = joined.get(item.id);
        if (!earlier) joined.set(item.id, { item, from: name });
        else {
          const union = unite(earlier.item, item);
          if (union) earlier.item = union;
          else conflict(name, `${what} "${item.id}" is defined differently in ${earlier.from}: ${difference(earlier.item, item)}`);
        }
      }
    }
    return [...joined.values()].map((e) => e.item);
  };

  const metrics: NonNullable<Feed['metrics']> = {};
  const metricFrom = new Map<string, string>();
  for (const { name, feed } of inputs) {
    for (const [id, definition] of Object.entries(feed.metrics ?? {})) {
      const earlier = metrics[id];
      if (!earlier) {
        metrics[id] = definition;
        metricFrom.set(id, name);
        continue;
      }
      const union = unite(earlier, definition);
      if (union) metrics[id] = union;
      else conflict(name, `metric "${id}" is defined differently in ${metricFrom.get(id)}: ${difference(earlier, definition)}`);
    }
  }

  const tierFeeds = inputs.filter((i) => i.feed.tiers !== undefined);
  for (const other of tierFeeds.slice(1)) {
    if (JSON.stringify(other.feed.tiers) !== JSON.stringify(tierFeeds[0].feed.tiers)) conflict(other.name, `its tiers differ from those of ${tierFeeds[0].name}`);
  }

  // The same suite (id) from two feeds is one suite, its benchmarks joined; two suites stay two.
  const suites = byId('suite', (f) => f.suites);
  const benchmarks = byId('benchmark', (f) => f.benchmarks);
  const datasets = byId('dataset', (f) => f.datasets);
  const models = mergeModels(inputs, conflict);

  const results = new Map<string, { result: Feed['results'][number]; from: string }>();
  for (const { name, feed } of inputs) {
    for (const result of feed.results) {
      const earlier = results.get(result.id);
      if (!earlier) results.set(result.id, { result, from: name });
      else if (JSON.stringify(earlier.result) === JSON.stringify(result)) notes.push({ source: name, message: `result "${result.id}" is also in ${earlier.from}, identical; kept once` });
      else conflict(name, `result id "${result.id}" is also in ${earlier.from}, with other values: ${difference(earlier.result, result)}`);
    }
  }

  if (conflicts.length > 0 && !options.keepFirst) return { feed: null, conflicts, notes };
  const first = inputs[0]?.feed;
  const source = inputs.find((i) => i.feed.source)?.feed.source;
  const warnings = [
    ...inputs.flatMap(({ feed }) => feed.warnings ?? []),
    ...notes,
    ...conflicts.map((c) => ({ source: c.source, message: `merge conflict, the first is kept: ${c.message}` })),
  ];
  const feed: Feed = {
    version: FEED_VERSION,
    ...(options.generated ? { generated: options.generated } : {}),
    ...(options.title ?? first?.title ? { title: options.title ?? first?.title } : {}),
    ...(source ? { source } : {}),
    ...(tierFeeds[0] ? { tiers: tierFeeds[0].feed.tiers } : {}),
    metrics: Object.fromEntries(Object.keys(metrics).sort(cmp).map((id) => [id, metrics[id]])),
    ...(suites.length > 0 ? { suites: suites.sort((a, b) => cmp(a.id, b.id)) } : {}),
    benchmarks,
    models,
    datasets: datasets.sort((a, b) => cmp(a.id, b.id)),
    results: [...results.values()].map((e) => e.result),
    warnings,
  };
  return { feed, conflicts, notes };
}

/**
 * Cards of one model (by identity: the id or an alias, case ignored) become one card: the first
 * feed's id, every other spelling an alias, fields from each where the others have none. Two
 * values for one field are a conflict.
 */
function mergeModels(inputs: Array<{ name: string; feed: Feed }>, conflict: (source: string, message: string) => void): Model[] {
  const merged: Array<{ model: Model; from: string }> = [];
  const byKey = new Map<string, number>();
  for (const { name, feed } of inputs) {
    for (const card of feed.models) {
      const keys = [card.id, ...(card.aliases ?? [])].map(modelKey);
      const matches = [...new Set(keys.map((k) => byKey.get(k)).filter((i): i is number => i !== undefined))];
      if (matches.length > 1) {
        conflict(name, `model "${card.id}" names models that are separate in the feeds before it: ${matches.map((i) => `"${merged[i].model.id}"`).join(', ')}`);
      }
      if (matches.length === 0) {
        const index = merged.push({ model: { ...card }, from: name }) - 1;
        for (const key of keys) byKey.set(key, index);
        continue;
      }
      const entry = merged[matches[0]];
      const { aliases: _a, id: _i, ...fields } = card;
      const { aliases: _b, id: _j, ...earlierFields } = entry.model;
      const union = unite(earlierFields, fields);
      if (!union) conflict(name, `model "${card.id}" is described differently in ${entry.from} (as "${entry.model.id}"): ${difference(earlierFields, fields)}`);
      const aliases = new Set([...(entry.model.aliases ?? []), ...(card.aliases ?? []), card.id]);
      aliases.delete(entry.model.id);
      entry.model = { id: entry.model.id, ...(union ?? earlierFields), ...(aliases.size > 0 ? { aliases: [...aliases].sort(cmp) } : {}) } as Model;
      for (const key of keys) if (!byKey.has(key)) byKey.set(key, matches[0]);
    }
  }
  return merged.map((e) => e.model);
}

/** Two definitions as one when no field disagrees (fields only one has are kept), else null. */
function unite<T extends object>(a: T, b: T): T | null {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b)) {
    if (!(key in out)) out[key] = value;
    else if (!equal(out[key], value)) return null;
  }
  return out as T;
}

function equal(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The first field that differs, for the message: `direction "higher" ≠ "lower"`. */
function difference(a: object, b: object): string {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (key in left && key in right && !equal(left[key], right[key])) {
      return `${key} ${short(left[key])} ≠ ${short(right[key])}`;
    }
  }
  return 'they differ';
}

function short(value: unknown): string {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
