// Per-item scores (Inspect samples, lm-eval `samples_*.jsonl`, Every Eval Ever instance-level
// `*_samples.jsonl`) → what the feed keeps of them: each result's standard error of the mean over
// its items (where the tool reported none) and its item count, and, within each benchmark, the
// paired difference of each model with the one ranked just above it and with the leader, paired
// by item id. The items themselves stay out of the feed.
import { meanStandardError, modelKey, pairedDifference, type Direction, type MetricValue, type Result } from '../core/index.js';
import { cmp, type ConversionLog } from './log.js';

/** Item id → its score (a mean over epochs where a tool ran an item several times). */
export type ItemScores = Map<string, number>;

/**
 * Item scores read from a file, for the run that `join` names (a run says its join key; the
 * samples may come in its own file or in another).
 */
export interface ItemBatch {
  join: string;
  /** The file they came from, named in warnings. */
  source: string;
  /** The metric's id as the run's reading has it (before the feed settles its ids); "" for the run's first metric. */
  metric: string;
  items: ItemScores;
  /** Item id → its cluster, where `--cluster` names a field (an item without it is its own). */
  clusters?: Map<string, string>;
}

/** A run that per-item scores may belong to: its result, benchmark and reported values. */
interface Claim {
  resultId: string;
  benchmark: string;
  values: Map<string, number | null>;
}

/**
 * Item scores kept until the feed is settled, found by result id. Checked once every file is read
 * (`check`), so that what cannot be used is a warning in the feed: samples no run claims, samples
 * whose mean is not the run's value, and runs of one benchmark scored on different items.
 */
export class ItemStore {
  readonly #batches = new Map<string, Map<string, ItemBatch>>();
  readonly #claims = new Map<string, Claim>();
  /** Feed value per item mean, per usable batch: 1, or 100 where the value is a percentage. */
  readonly #scales = new WeakMap<ItemBatch, number>();

  constructor(private readonly log: ConversionLog) {}

  add(batch: ItemBatch): void {
    if (batch.items.size === 0) return;
    let metrics = this.#batches.get(batch.join);
    if (!metrics) this.#batches.set(batch.join, (metrics = new Map()));
    const earlier = metrics.get(batch.metric);
    if (earlier) this.log.warn(batch.source, `per-item scores of ${batch.metric} for a run already given in ${earlier.source}; the first are kept`);
    else metrics.set(batch.metric, batch);
  }

  /** A run whose per-item scores are filed under `join`. */
  claim(join: string, claim: Claim): void {
    if (!this.#claims.has(join)) this.#claims.set(join, claim);
  }

  get empty(): boolean {
    return this.#batches.size === 0;
  }

  /** The usable item scores of a result, by metric id (as its run had them). */
  of(resultId: string, join: string | undefined): Map<string, ItemBatch> | undefined {
    if (join === undefined || this.#claims.get(join)?.resultId !== resultId) return undefined;
    const usable = [...(this.#batches.get(join) ?? [])].filter(([, batch]) => this.#scales.has(batch));
    return usable.length > 0 ? new Map(usable) : undefined;
  }

  scale(batch: ItemBatch): number {
    return this.#scales.get(batch) ?? 1;
  }

  /** Once every file is read: each batch checked against its run, each benchmark's item sets compared. */
  check(): void {
    const itemSets = new Map<string, Array<{ source: string; items: ItemScores }>>();
    for (const [join, metrics] of [...this.#batches].sort((a, b) => cmp(a[0], b[0]))) {
      const claim = this.#claims.get(join);
      const first = metrics.get('');
      if (claim && first) {
        // Samples that score "the evaluation" are its first metric's.
        metrics.delete('');
        const metric = claim.values.keys().next().value;
        if (metric !== undefined && !metrics.has(metric)) metrics.set(metric, Object.assign(first, { metric }));
      }
      for (const batch of metrics.values()) {
        if (!claim) {
          const eee = join.startsWith('eee:') ? ' (an Every Eval Ever record names its instance-level file in detailed_evaluation_results)' : '';
          this.log.warn(batch.source, `per-item scores${batch.metric ? ` of ${batch.metric}` : ''} belong to no run that was read (${join})${eee}; not used`);
          continue;
        }
        const value = claim.values.get(batch.metric);
        if (typeof value !== 'number') {
          this.log.warn(batch.source, `per-item scores of ${batch.metric}, a metric the run reports no number for; not used`);
          continue;
        }
        const { mean } = meanStandardError([...batch.items.values()]);
        const scale = [1, 100].find((s) => Math.abs(value - s * mean) <= 1e-6 * s);
        if (scale === undefined) {
          this.log.warn(batch.source, `per-item scores of ${batch.metric} average ${Number(mean.toPrecision(6))}, but the run reports ${value}; not used`);
          continue;
        }
        this.#scales.set(batch, scale);
        const key = `${claim.benchmark}\u0000${batch.metric}`;
        itemSets.set(key, [...(itemSets.get(key) ?? []), { source: batch.source, items: batch.items }]);
      }
    }
    for (const [key, sets] of itemSets) {
      const [first, ...rest] = sets;
      const other = rest.find((s) => s.items.size !== first.items.size || [...s.items.keys()].some((id) => !first.items.has(id)));
      if (!other) continue;
      const shared = [...other.items.keys()].filter((id) => first.items.has(id)).length;
      const [benchmark, metric] = key.split('\u0000');
      this.log.warn(
        other.source,
        `benchmark "${benchmark}": ${other.items.size - shared} of its ${other.items.size} items for ${metric} are not in ${first.source}, which has ${first.items.size - shared} not here; runs are paired over the items both have`,
      );
    }
  }
}

interface Scored {
  result: Result;
  value: number;
  batch: ItemBatch;
  /** Feed value per item mean: 1, or 100 where items are 0–1 and the value a percentage. */
  scale: number;
}

/**
 * Fills `results` (one benchmark's or more, settled, mutated in place) from their item scores:
 * `itemsOf(result)` gives them by feed metric id.
 */
export function applyItemScores(results: readonly Result[], itemsOf: (result: Result) => Map<string, ItemBatch> | undefined, scaleOf: (batch: ItemBatch) => number, direction: (metric: string) => Direction): void {
  const byBenchmarkMetric = new Map<string, Scored[]>();
  for (const result of results) {
    const items = itemsOf(result);
    if (!items) continue;
    for (const [metric, batch] of items) {
      const scored = standardError(result, metric, batch, scaleOf(batch));
      if (!scored) continue;
      const key = `${result.benchmark}\u0000${metric}`;
      const list = byBenchmarkMetric.get(key) ?? [];
      list.push(scored);
      byBenchmarkMetric.set(key, list);
    }
  }
  for (const [key, list] of [...byBenchmarkMetric].sort((a, b) => cmp(a[0], b[0]))) {
    const metric = key.slice(key.indexOf('\u0000') + 1);
    pairNeighbours(list, metric, direction(metric));
  }
}

/** The result's metric made `{ value, se, n, se_method: "items" }` where the tool gave no error. */
function standardError(result: Result, metric: string, batch: ItemBatch, scale: number): Scored | null {
  const value = result.metrics[metric];
  const point = typeof value === 'number' ? value : value?.value;
  if (typeof point !== 'number') return null;
  const ids = [...batch.items.keys()];
  const clusters = batch.clusters && ids.map((id) => batch.clusters!.get(id) ?? `item ${id}`);
  const { se, n } = meanStandardError([...batch.items.values()], clusters);
  const stated: MetricValue = typeof value === 'number' ? { value: point } : { ...value! };
  if (stated.se === undefined && !stated.ci && Number.isFinite(se)) Object.assign(stated, { se: scale * se, se_method: clusters ? 'clustered' : 'items' });
  stated.n = n;
  result.metrics[metric] = stated;
  return { result, value: point, batch, scale };
}

/** Each model's best run, best first; each paired with the one above it and with the leader. */
function pairNeighbours(list: Scored[], metric: string, direction: Direction): void {
  const best = new Map<string, Scored>();
  const better = (a: Scored, b: Scored) => (direction === 'lower' ? a.value < b.value : a.value > b.value) || (a.value === b.value && cmp(a.result.id, b.result.id) < 0);
  for (const s of list) {
    const key = modelKey(s.result.model);
    const earlier = best.get(key);
    if (!earlier || better(s, earlier)) best.set(key, s);
  }
  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  ranked.forEach((s, k) => {
    const against = k === 0 ? [] : k === 1 ? [ranked[0]] : [ranked[k - 1], ranked[0]];
    for (const other of against) {
      const record = paired(s, other, metric);
      if (record) (s.result.paired ??= []).push(record);
    }
  });
}

/** The paired difference over the items both have (what only one has is said by ItemStore.check). */
function paired(s: Scored, other: Scored, metric: string) {
  if (s.scale !== other.scale) return null;
  const ids = [...s.batch.items.keys()].filter((id) => other.batch.items.has(id));
  if (ids.length < 2) return null;
  const clusters = s.batch.clusters && ids.map((id) => s.batch.clusters!.get(id) ?? `item ${id}`);
  const d = pairedDifference(
    ids.map((id) => s.batch.items.get(id)!),
    ids.map((id) => other.batch.items.get(id)!),
    { clusters },
  );
  return { against: other.result.id, metric, n: d.n, difference: round(s.scale * d.difference), se: round(s.scale * d.se) };
}

/** Nine significant digits: the feed stays stable across platforms' last-bit differences. */
function round(x: number): number {
  return Number(x.toPrecision(9));
}
